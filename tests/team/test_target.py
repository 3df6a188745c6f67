"""Telling a team library's address from a file, and showing it without its password (no server needed)."""

from __future__ import annotations

import pytest

from qtapp import paths
from qtapp.library.postgres.target import is_team_library, redact


@pytest.mark.parametrize("value", ["postgresql://ann@db.example:5432/quotes", "postgres://db/quotes",
                                   "POSTGRESQL://db", "service=newsdesk", "host=db dbname=quotes",
                                   "  dbname = quotes user=ann"])
def test_libpq_addresses_are_team_libraries(value):
    assert is_team_library(value)


@pytest.mark.parametrize("value", ["library.sqlite3", "/home/ann/postgresql/lib.sqlite3", "", None,
                                   "C:\\\\Users\\\\ann\\\\library.sqlite3", "service.sqlite3", "notes=old.sqlite3"])
def test_files_are_not(value):
    assert not is_team_library(value)


@pytest.mark.parametrize(("given", "shown"), [
    ("postgresql://ann:s3cret@db:5432/quotes", "postgresql://ann@db:5432/quotes"),
    ("postgresql://ann:s3cret@db/quotes?sslmode=require", "postgresql://ann@db/quotes?sslmode=require"),
    ("postgresql://ann@db/quotes?password=s3cret&sslmode=verify-full", "postgresql://ann@db/quotes?sslmode=verify-full"),
    ("postgresql://ann@db/quotes?sslmode=require&password=s3cret", "postgresql://ann@db/quotes?sslmode=require"),
    ("host=db password=s3cret dbname=quotes", "host=db dbname=quotes"),
    ("host=db password='s3 cret' dbname=quotes", "host=db dbname=quotes"),
    ("service=newsdesk", "service=newsdesk"),
])
def test_the_password_never_shows(given, shown):
    assert redact(given) == shown and "s3" not in redact(given)


def test_the_address_is_kept_as_given_for_the_run(monkeypatch):
    monkeypatch.setenv(paths.LIBRARY_ENV, "")
    paths.set_library_override("postgresql://ann@db:5432/quotes")
    assert paths.library_file() == "postgresql://ann@db:5432/quotes"
    paths.set_library_override("service=newsdesk")
    assert paths.library_file() == "service=newsdesk"
