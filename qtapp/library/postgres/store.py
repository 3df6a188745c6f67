"""A team library: the ``contract.Backend`` on a PostgreSQL database, composed like SQLite's ``Library``.

``TeamLibrary.open(conninfo)`` connects (a libpq URI or ``service=NAME``), creates or migrates the
schema when the role may, and gives ``articles`` and ``quotes``. ``db`` answers what the window asks
of SQLite's connection (``readonly``, ``readonly_reason``, ``notices``); ``role`` is who we are on the
server, the name every quote we save records as ``clipped_by``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from qtapp.library.postgres.articles import TeamArticles
from qtapp.library.postgres.connection import TeamDatabase
from qtapp.library.postgres.quotes import TeamQuotes

if TYPE_CHECKING:
    from qtapp.library import contract


class TeamLibrary:
    """One open team library. Use as a context manager, or call ``close()``."""

    def __init__(self, db: TeamDatabase) -> None:
        self.db = db
        self.articles = TeamArticles(db)
        self.quotes = TeamQuotes(db, self.articles)

    @classmethod
    def open(cls, conninfo: str, *, readonly: bool = False) -> TeamLibrary:
        return cls(TeamDatabase(conninfo, readonly=readonly))

    @property
    def path(self) -> Path:
        """The address with its password removed, as a Path only to keep the contract's type: no file."""
        return self.db.path

    @property
    def address(self) -> str:
        """The address with its password removed: what to show and log."""
        return self.db.shown

    @property
    def role(self) -> str:
        return self.db.role

    def snapshot_in_background(self) -> bool:
        """No local snapshots of a server's database: its backups are the administrator's."""
        return False

    def wait_for_snapshot(self) -> None:
        """Nothing to wait for: see ``snapshot_in_background``."""

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> TeamLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[TeamLibrary]:
        """Group several writes: all are kept, or none if anything inside raises."""
        with self.articles.transaction():
            yield self


if TYPE_CHECKING:  # mypy holds the team backend to the same contract as SQLite's
    _articles: type[contract.Articles] = TeamArticles
    _quotes: type[contract.Quotes] = TeamQuotes
    _backend: type[contract.Backend] = TeamLibrary
