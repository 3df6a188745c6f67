"""The library's two kinds of failure: ones the user can act on, and bugs.

Like qutebrowser's ``sql.py`` (KnownError vs BugError): a locked, read-only, damaged or too-new library is
a ``LibraryError`` (a ``UserError``) whose message says what to do; any other sqlite3 error is a bug and
keeps its traceback. Messages are marked with ``N_`` so the window shows them translated.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from qtapp.errors import UserError
from qtapp.translatable import N_

# Primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
NEARLY_FULL_BYTES = 1024 * 1024  # less room than this and SQLite's -wal/-shm files cannot grow


class LibraryError(UserError):
    """A library problem the user can do something about."""


class LibraryLocked(LibraryError):
    pass


class LibraryReadOnly(LibraryError):
    pass


class LibraryDamaged(LibraryError):
    """The file is not a QuoteClip library or is corrupt; it is left untouched at ``path``."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(N_("Library", "{path} is damaged or is not a QuoteClip library ({detail}); it was "
                            "not changed. Move it aside to start a new library, or open another one with "
                            "--library.").format(path=path, detail=detail))
        self.path = path


class ArticleDamaged(LibraryError):
    """One article's stored row cannot be read (a flipped byte in its JSON): the rest of the library can.

    ``quote_ids`` are its live quotes, which readers of the whole library skip and report.
    """

    def __init__(self, article_id: int, detail: str, quote_ids: tuple[int, ...] = ()) -> None:
        shown = ", ".join(str(i) for i in quote_ids[:20]) + (", …" if len(quote_ids) > 20 else "")
        quotes = (N_("Library", "its quotes ({ids}) are").format(ids=shown) if quote_ids
                  else N_("Library", "it has no quotes, and is"))
        super().__init__(N_("Library", "article {id} in the library is damaged ({detail}); {quotes} left "
                            "out. Add the article's file again to repair its reading, or restore a backup "
                            "(Library ▸ Backups) to get it back whole.").format(id=article_id, detail=detail,
                                                                               quotes=quotes))
        self.article_id, self.detail, self.quote_ids = article_id, detail, quote_ids


class LibraryTooNew(LibraryError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(N_("Library", "the library {path} was written by a newer QuoteClip (schema {found}); "
                            "this version reads up to {supported}. Update QuoteClip to open it.").format(
                                path=path, found=found, supported=supported))
        self.found, self.supported = found, supported


class LibraryUnavailable(LibraryError):
    """The file cannot be opened or written: permissions, a missing folder, a full disk."""


class NotFound(LibraryError, LookupError):
    """No article or quote with that id."""


class LibraryBug(Exception):
    """An SQL error that is our fault (bad statement, broken invariant): not something to show as advice."""


def disk_is_full(path: Path) -> bool:
    """The disk holding ``path`` has (almost) no room for us: SQLite reports that as SQLITE_FULL only
    when the main file grows; a -shm or -wal that cannot be created or grown is a plain I/O error."""
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):  # no such folder, or no statvfs (Windows)
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def translate(error: sqlite3.Error, path: Path) -> Exception:
    """Map an sqlite3 error to the matching LibraryError, or to LibraryBug when the user can't fix it."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return LibraryLocked(N_("Library", "the library {path} is locked: another QuoteClip window or command "
                                "is writing to it; close the other one or try again in a moment").format(path=path))
    if code == SQLITE_READONLY:
        return LibraryReadOnly(N_("Library", "the library {path} is read-only; check the permissions of the file "
                                  "and its folder, or open another library with --library").format(path=path))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return LibraryDamaged(path, str(error))
    if code == SQLITE_FULL or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and disk_is_full(path)):
        return LibraryUnavailable(N_("Library", "the disk holding {path} is full. The change was not saved; "
                                     "free some space and try again").format(path=path))
    if code == SQLITE_IOERR:  # e.g. a write past the file-size limit or to a failing disk
        return LibraryUnavailable(N_("Library", "cannot read or write the library {path} ({error}): the disk "
                                     "may be full or failing. The change was not saved; free some space and try "
                                     "again").format(path=path, error=error))
    if code in (SQLITE_CANTOPEN, SQLITE_PERM):
        return LibraryUnavailable(N_("Library", "cannot open or write the library {path} ({error}); check that "
                                     "the folder exists and that you may write to it").format(path=path,
                                                                                           error=error))
    return LibraryBug(f"{type(error).__name__}: {error}")
