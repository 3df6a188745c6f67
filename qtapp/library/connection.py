"""One SQLite connection to a library file: safe opening, error translation, transactions.

Opening never creates anything over an existing file: the file is pre-created (0600) only when missing
and SQLite is then opened with ``mode=rw``, so a file that is not ours is refused, never rewritten.
Writes use ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of failing mid-way.
This module only runs SQL: when to back the file up is ``backup_policy.py``'s, handed in as hooks.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from qtapp.library import handles, schema
from qtapp.library.dialect import SQLITE
from qtapp.library.errors import (
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_LOCKED,
    LibraryDamaged,
    LibraryReadOnly,
    LibraryTooNew,
    LibraryUnavailable,
    translate,
)
from qtapp.translatable import N_

BUSY_TIMEOUT_S = 5.0
log = logging.getLogger(__name__)
SIDE_FILES = ("-wal", "-shm", "-journal")


def _prepare(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600) when missing; never touch an existing file,
    nor create one where a symbolic link points (a dangling link is not the user's library)."""
    if os.path.islink(path) and not path.exists():
        raise LibraryUnavailable(N_("Library", "the library {path} is a link to {realpath}, which does not "
                                               "exist; QuoteClip does not create files through a link")
                                 .format(path=path, realpath=os.path.realpath(path)))
    if path.exists():
        return
    missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in missing:
            os.chmod(folder, 0o700)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass  # another process created it first
    except OSError as error:
        raise LibraryUnavailable(N_("Library", "cannot create the library {path}: {error}")
                                 .format(path=path, error=error.strerror or error)) from error


def read_only_reason(path: Path) -> str | None:
    """Why the library at ``path`` can only be read (its file or folder is read-only), or None.

    Its folder counts: a WAL library writes its -wal and -shm files beside it. A missing file is
    not read-only: it is created (and fails with its own message when the folder refuses).
    """
    if not path.exists():
        return None
    if _read_only_mount(path.parent):
        what = f"the disk holding {path.parent} is mounted read-only"
    elif not os.access(path, os.W_OK):
        what = f"the file {path} is read-only"
    elif not os.access(path.parent, os.W_OK):
        what = f"its folder {path.parent} is read-only"
    else:
        return None
    return (f"the library {path} can only be read ({what}): listing, searching, citing and exporting "
            "work, but nothing can be saved. Make it writable, or open another library with --library")


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: os.access still answers
        return False


def _cannot_open(error: sqlite3.Error) -> bool:
    return ((getattr(error, "sqlite_errorcode", None) or 0) & 0xFF) == SQLITE_CANTOPEN


def _check_length(path: Path) -> None:
    """Refuse a file cut short (a failed copy or sync) before SQLite reads it, so nothing writes to it.

    The header records the database size in pages, valid when its "version-valid-for" number equals the
    change counter. Only checked with no WAL beside the file: while a WAL exists a checkpoint may be
    growing the file, and a header ahead of the file size is then normal.
    """
    try:
        if Path(f"{os.path.realpath(path)}-wal").exists():
            return
        header, size = handles.read_head(path, 100)  # not open(): closing it would drop our locks
    except OSError:
        return  # SQLite reports the same problem in its own words
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        raise LibraryDamaged(path, N_("Library", "the file is cut short: {size} of {expected} bytes")
                                   .format(size=size, expected=pages * page_size))


def _before_open(path: Path, readonly: bool, owner: object) -> tuple[list[str], weakref.finalize]:
    """What is checked before SQLite opens ``path``; returns what to tell the user, and the call that
    ends this process's hold on the file (``handles``: made when ``owner`` closes or is collected).

    A move's note refuses the old place; a stale WAL of another database is set aside; a killed
    move's or export's leftovers beside it are removed. Only at the process's first open of the file:
    a second connection finds the WAL its sibling's, perhaps mid-write, and nothing to check.
    """
    from qtapp.library import moved, wal_check

    first_here = not handles.held_here(path)
    handles.hold(path)
    unhold = weakref.finalize(owner, handles.release, path)
    notices = []
    try:
        moved.refuse_if_moved(path)
        if first_here:
            notice = wal_check.check(path)
            if notice:
                notices.append(notice)
            if not readonly:
                from qtapp.library import leftovers

                leftovers.clean_library(path)
    except BaseException:
        unhold()
        raise
    return notices, unhold


class BackupHooks(Protocol):
    """What the library's backup policy (``backup_policy.py``) is told; this module takes no copies."""

    def before_upgrade(self, conn: sqlite3.Connection, version: int, latest: int) -> None: ...
    def before_first_write(self, conn: sqlite3.Connection) -> None: ...
    def close(self) -> None: ...


class Nesting(Protocol):
    _depth: int


@contextmanager
def joined(db: Nesting) -> Iterator[None]:
    """A transaction opened inside another joins it: nothing is committed until the outer one ends."""
    db._depth += 1
    try:
        yield
    finally:
        db._depth -= 1


class Database:
    """A connection wrapper whose every failure is a LibraryError (user can act) or LibraryBug."""

    dialect = SQLITE  # how the library's shared SQL is spelled for it (``dialect.py``)

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False,
                 backups: BackupHooks | None = None) -> None:
        self.notices, self._unhold = _before_open(Path(path).expanduser().absolute(), readonly, self)
        self.path = Path(path).expanduser().absolute()
        # Why nothing can be written, when the file or its folder is read-only: it is then opened for
        # reading (list, search, cite, export) and every write says this instead of failing half-way.
        self.readonly_reason = None if readonly else read_only_reason(self.path)
        self.readonly = readonly or self.readonly_reason is not None
        self._depth = 0
        self.backups = backups
        if not self.readonly:
            _prepare(self.path)
        _check_length(self.path)
        self.conn = self._connect("ro" if self.readonly else "rw")
        try:
            self._check_and_migrate()
        except LibraryUnavailable as error:
            self.conn.close()
            if not (self.readonly and isinstance(error.__cause__, sqlite3.OperationalError)
                    and _cannot_open(error.__cause__) and not Path(f"{self.path}-wal").exists()):
                raise
            # A read-only folder cannot take the -shm file a WAL reader needs. With no -wal beside
            # the file nobody is writing it (nobody can create one), so it can be read as it stands.
            self.conn = self._connect("ro&immutable=1")
            try:
                self._check_and_migrate()
            except BaseException:
                self.conn.close()
                raise
        except BaseException:
            self.conn.close()
            raise

    def _connect(self, mode: str) -> sqlite3.Connection:
        try:
            return sqlite3.connect(f"{self.path.as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S,
                                   isolation_level=None)
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def refuse_write(self) -> None:
        """Raise LibraryReadOnly, saying why, when this library cannot be written."""
        if self.readonly:
            raise LibraryReadOnly(self.readonly_reason or f"the library {self.path} was opened read-only; "
                                  "nothing was changed")

    def _check_and_migrate(self) -> None:
        # One read transaction, so the version and the tables come from the same moment: between two
        # separate reads another process may commit a migration, and a new library would look damaged.
        # The first read may fail before the transaction really starts (no room for a new -shm file):
        # commit only what began, or that COMMIT's own error would hide the real one.
        self.execute("BEGIN")
        try:
            version = self.scalar("PRAGMA user_version")
            tables = {row[0] for row in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except BaseException:
            self._rollback()
            raise
        self.execute("COMMIT")
        if version > schema.LATEST:
            raise LibraryTooNew(self.path, version, schema.LATEST)
        if version == 0 and tables:
            raise LibraryDamaged(self.path, N_("Library", "it holds tables QuoteClip did not create"))
        if version >= 1 and not schema.REQUIRED_TABLES <= tables:
            raise LibraryDamaged(self.path, N_("Library", "tables are missing"))
        self.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            if version == 0:
                raise LibraryUnavailable(N_("Library", "{path} is an empty file, not a library yet")
                                         .format(path=self.path))
            if version < schema.LATEST and self.readonly_reason:
                raise LibraryReadOnly(N_("Library", "{readonly_reason}. It was written by an older QuoteClip "
                                                    "and must be upgraded before this version can read it, "
                                                    "which needs writing to it")
                                      .format(readonly_reason=self.readonly_reason))
            return
        if 1 <= version < schema.LATEST and self.backups is not None:
            self.backups.before_upgrade(self.conn, version, schema.LATEST)  # before even the WAL switch
        self._use_wal()
        self.execute("PRAGMA synchronous = FULL")  # a saved quote survives a power cut, not just a crash
        self.execute("PRAGMA cache_size = -32000")  # 32 MB: big batches and FTS merges stay in memory
        try:
            schema.migrate(self.conn)
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def _use_wal(self) -> None:
        """Switch to WAL once per file, retrying within the busy timeout.

        SQLite does not run the busy handler for ``PRAGMA journal_mode = WAL`` (it needs exclusive access),
        so two processes opening a new library at once would see "locked" at once. WAL is a property of
        the file: after the first open there is nothing to switch and no lock is taken.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        delay = 0.005
        while True:
            try:
                if str(self.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                    return
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
                if code not in (SQLITE_BUSY, SQLITE_LOCKED) or time.monotonic() >= deadline:
                    raise translate(error, self.path) from error
            time.sleep(delay)
            delay = min(delay * 2, 0.1)

    def close(self) -> None:
        if self.backups is not None:
            self.backups.close()
        self.conn.close()
        self._unhold()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        try:
            cursor = self.conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def _refuse_if_moved(self) -> None:
        """Inside the write lock: a Move Library in another process writes its marker under that same
        lock, so a write that gets the lock after a move sees the marker and goes nowhere."""
        from qtapp.library import moved

        try:
            moved.refuse_if_moved(self.path)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Commit on success, roll back on any error; nested uses join the outer transaction."""
        if self._depth:
            with joined(self):
                yield self
            return
        self.refuse_write()
        if self.backups is not None:
            self.backups.before_first_write(self.conn)
        self.execute("BEGIN IMMEDIATE")
        self._refuse_if_moved()
        self._depth = 1
        try:
            yield self
            self.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        """Undo an open transaction without letting a failing ROLLBACK hide the error that caused it."""
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error as error:  # SQLite rolls back on its own when the connection closes
            log.warning("rollback failed: %s", error)
