"""Open the library the user chose, whichever backend holds it: a file (SQLite) or a team library.

``--library`` and ``QUOTECLIP_LIBRARY`` take a file path, a libpq URI (``postgresql://USER@HOST/DB``)
or a connection string (``service=NAME``); ``paths.library_file()`` gives what was chosen, and this
decides which backend opens it. The command line opens every library through here; psycopg is loaded
only for a team library, so the single-user path costs what it did.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from qtapp import paths
from qtapp.library.postgres.target import is_team_library, redact
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.postgres.store import TeamLibrary


def open_team(conninfo: str) -> TeamLibrary:
    """A team library, or a LibraryUnavailable saying how to get psycopg when it is not installed."""
    try:
        from qtapp.library.postgres.store import TeamLibrary
    except ImportError as error:
        from qtapp.library.errors import LibraryUnavailable

        raise LibraryUnavailable(N_("Library", "{conninfo} is a team library, which needs psycopg: install "
                                               "QuoteClip with its team extra (pip install 'quoteclip[team]')")
                                 .format(conninfo=redact(conninfo))) from error
    return TeamLibrary.open(conninfo)


def open_library(target: str | os.PathLike[str] | None = None) -> Any:
    """The library at ``target`` (default: the one chosen for this run), migrated forward.

    Typed ``Any`` for the commands, which also reach SQLite's own ``db`` where a feature is SQLite's
    only (imports, backups); both backends keep ``contract.Backend``.
    """
    value = paths.library_file() if target is None else os.fspath(target)
    if is_team_library(value):
        return open_team(value)
    from qtapp.library.store import Library

    return Library.open(value)


def open_for_reading(target: str | os.PathLike[str] | None = None) -> Any:
    """For commands that only read: SQLite's read-only open; a team library opens as it always does
    (what a role may change is the server's to say)."""
    value = paths.library_file() if target is None else os.fspath(target)
    if is_team_library(value):
        return open_team(value)
    from qtapp.library.store import Library

    return Library.open_for_reading(value)
