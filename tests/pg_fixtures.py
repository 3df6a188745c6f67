"""Fixtures for the team library: one throwaway PostgreSQL cluster per test session, a fresh database
per test (copied from a migrated template, so a test pays ~20 ms, not a migration), and ``backend``:
the same test on a SQLite library and on a team library.

Tests that need the server skip, saying why, only where no PostgreSQL binaries are installed; a cluster
that is installed but fails to start is an error, not a skip.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import pg_cluster

_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_cluster.Cluster]:
    """A running cluster on 127.0.0.1, stopped and removed at the end of the session."""
    if pg_cluster.binaries() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine: "
                    "install postgresql to run the team-library tests")
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[team]'")
    cluster = pg_cluster.start_cluster()
    try:
        from qtapp.library.postgres.store import TeamLibrary

        uri = cluster.create_database("quoteclip_template")
        TeamLibrary.open(uri).close()  # migrated once; each test's database is a copy
        yield cluster
    finally:
        pg_cluster.remove(cluster)


@pytest.fixture
def pg_uri(pg: pg_cluster.Cluster) -> Iterator[str]:
    """The address of a new, migrated, empty team library (the superuser's, who owns it), dropped
    after the test (each is ~8 MB: a session's hundred would fill a small /tmp)."""
    import psycopg

    name = f"t{next(_numbers)}"
    with psycopg.connect(pg.uri(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE quoteclip_template')
    yield pg.uri(name)
    try:
        with psycopg.connect(pg.uri(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.OperationalError:
        pass  # a test that stopped the server left it stopped: the cluster goes at the session's end


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """An open, empty library of each backend: the contract suite runs on both."""
    if request.param == "sqlite":
        from qtapp.library.store import Library

        library: Any = Library.open(tmp_path / "library.sqlite3")
    else:
        from qtapp.library.postgres.store import TeamLibrary

        library = TeamLibrary.open(request.getfixturevalue("pg_uri"))
    yield library
    library.close()
