"""One SQLite connection to a library file: safe opening, error translation, transactions.

Opening never creates anything over an existing file: the file is pre-created (0600) only when missing
and SQLite is then opened with ``mode=rw``, so a file that is not ours is refused, never rewritten.
Writes use ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of failing mid-way.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qtapp.library import handles, schema
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

BUSY_TIMEOUT_S = 5.0
# Take the day's snapshot before the first write. The command line turns this off (cli.py): there
# the copy (5 s at 1 GB) held up a one-quote save, and the window takes it off its thread at start.
DAILY_ON_WRITE = True
log = logging.getLogger(__name__)
SIDE_FILES = ("-wal", "-shm", "-journal")


def _prepare(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600) when missing; never touch an existing file,
    nor create one where a symbolic link points (a dangling link is not the user's library)."""
    if os.path.islink(path) and not path.exists():
        raise LibraryUnavailable(f"the library {path} is a link to {os.path.realpath(path)}, which does "
                                 "not exist; QuoteClip does not create files through a link")
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
        raise LibraryUnavailable(f"cannot create the library {path}: {error.strerror or error}") from error


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
        raise LibraryDamaged(path, f"the file is cut short: {size} of {pages * page_size} bytes")


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


class Database:
    """A connection wrapper whose every failure is a LibraryError (user can act) or LibraryBug."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.notices, self._unhold = _before_open(Path(path).expanduser().absolute(), readonly, self)
        self.path = Path(path).expanduser().absolute()
        # Why nothing can be written, when the file or its folder is read-only: it is then opened for
        # reading (list, search, cite, export) and every write says this instead of failing half-way.
        self.readonly_reason = None if readonly else read_only_reason(self.path)
        self.readonly = readonly or self.readonly_reason is not None
        self._depth = 0
        self._daily_checked = self.readonly or not DAILY_ON_WRITE
        self._daily_thread: threading.Thread | None = None
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
            raise LibraryDamaged(self.path, "it holds tables QuoteClip did not create")
        if version >= 1 and not schema.REQUIRED_TABLES <= tables:
            raise LibraryDamaged(self.path, "tables are missing")
        self.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            if version == 0:
                raise LibraryUnavailable(f"{self.path} is an empty file, not a library yet")
            if version < schema.LATEST and self.readonly_reason:
                raise LibraryReadOnly(f"{self.readonly_reason}. It was written by an older QuoteClip and "
                                      "must be upgraded before this version can read it, which needs "
                                      "writing to it")
            return
        if 1 <= version < schema.LATEST:  # before anything (even the WAL switch) touches the old file
            self._snapshot(f"before-v{schema.LATEST}", required=True)
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

    def _snapshot(self, reason: str, *, required: bool) -> None:
        """Back the library up; a failure stops a migration (``required``) but never a user's save."""
        from qtapp.library import snapshots  # at the first write of the day, not when the window opens

        try:
            snapshots.take(self.conn, self.path, reason)
        except (OSError, sqlite3.Error, LibraryDamaged) as error:
            if required:
                raise LibraryUnavailable(f"cannot back up the library before upgrading it ({error}); "
                                         f"free some space in {snapshots.backup_dir(self.path)} and try "
                                         "again. The library was not changed.") from error
            log.warning("daily library snapshot failed: %s", error)

    def _daily_snapshot(self) -> None:
        """Once a day, before the first write, when the library holds anything worth keeping."""
        from qtapp.library import snapshots

        if self._daily_thread is not None:
            self._daily_thread.join()  # started by snapshot_in_background: that one is today's
            self._daily_thread = None
            self._daily_checked = True
            return
        self._daily_checked = True
        if snapshots.daily_due(self.path) and self.scalar("SELECT EXISTS (SELECT 1 FROM articles)"):
            self._snapshot("daily", required=False)

    def snapshot_in_background(self) -> bool:
        """Take today's snapshot now on a thread of its own, if one is due; True if it started.

        The window calls this soon after it opens the library, so the first save of the day does not
        wait for a copy of the whole file (~350 ms at 100k quotes). The snapshot still holds the library
        as it was before any write: a write first waits for it to finish (``_daily_snapshot``), and so
        does ``close``. The thread has its own connection (a connection belongs to its thread), and
        SQLite copies pages without holding the interpreter's lock.
        """
        from qtapp.library import snapshots

        if self._daily_checked or self._daily_thread is not None or not snapshots.daily_due(self.path):
            return False
        self._daily_thread = threading.Thread(target=self._snapshot_on_thread, name="daily-snapshot")
        self._daily_thread.start()
        return True

    def wait_for_snapshot(self) -> None:
        """Return once a background snapshot (if one was started) is written; safe from any thread."""
        thread = self._daily_thread
        if thread is not None:
            thread.join()

    @property
    def snapshotting(self) -> bool:
        """A background snapshot is still being written."""
        return self._daily_thread is not None and self._daily_thread.is_alive()

    def _snapshot_on_thread(self) -> None:
        from qtapp.library import snapshots

        try:
            source = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
            try:
                if source.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
                    snapshots.take(source, self.path, "daily")
            finally:
                source.close()
        except (OSError, sqlite3.Error, LibraryDamaged) as error:
            log.warning("daily library snapshot failed: %s", error)

    def close(self) -> None:
        if self._daily_thread is not None:
            self._daily_thread.join()  # a half-written snapshot would only be a leftover temporary file
            self._daily_thread = None
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
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.refuse_write()
        if not self._daily_checked:
            self._daily_snapshot()
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
