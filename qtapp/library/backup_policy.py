"""When the library is backed up: before a schema upgrade, always, and once a day before the first write.

This is policy, kept beside the library and out of the SQL wrapper: ``connection.Database`` only calls
the two hooks below (``before_upgrade`` while it opens an older file, ``before_first_write`` at each
outer transaction) and ``close``; how a snapshot is written is ``snapshots.py``. The window starts the
day's copy on a thread of its own soon after it opens the library (``start_in_background``), so the
first save of the day does not wait for a copy of the whole file (~350 ms at 100k quotes). No Qt here.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from qtapp.library.errors import LibraryDamaged, LibraryUnavailable
from qtapp.translatable import N_

# Take the day's snapshot before the first write. The command line turns this off (cli.py): there
# the copy (5 s at 1 GB) held up a one-quote save, and the window takes it off its thread at start.
DAILY_ON_WRITE = True
log = logging.getLogger(__name__)


class BackupPolicy:
    """The backups of one open library file; ``Database`` calls its hooks, the window its thread."""

    def __init__(self, path: Path, *, busy_timeout: float) -> None:
        self.path = path
        self._busy_timeout = busy_timeout
        self._daily_checked = not DAILY_ON_WRITE
        self._thread: threading.Thread | None = None

    def before_upgrade(self, conn: sqlite3.Connection, version: int, latest: int) -> None:
        """A whole copy before a migration touches the old file; without it the upgrade does not start."""
        from qtapp.library import snapshots

        try:
            snapshots.take(conn, self.path, f"before-v{latest}")
        except (OSError, sqlite3.Error, LibraryDamaged) as error:
            raise LibraryUnavailable(N_("Backup", "cannot back up the library before upgrading it ({error}); "
                                                  "free some space in {backup_dir} and try again. The "
                                                  "library was not changed.")
                                     .format(error=error, backup_dir=snapshots.backup_dir(self.path))) from error

    def before_first_write(self, conn: sqlite3.Connection) -> None:
        """Once a day, before the first write, when the library holds anything worth keeping; a
        failure is logged and never stops the user's save."""
        if self._daily_checked:
            return
        self._daily_checked = True
        if self._thread is not None:
            self._thread.join()  # started by start_in_background: that one is today's
            self._thread = None
            return
        from qtapp.library import snapshots

        if snapshots.daily_due(self.path) and conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
            try:
                snapshots.take(conn, self.path, "daily")
            except (OSError, sqlite3.Error, LibraryDamaged) as error:
                log.warning("daily library snapshot failed: %s", error)

    def start_in_background(self) -> bool:
        """Take today's snapshot now on a thread of its own, if one is due; True if it started (the
        caller asks only of a library it can write).

        The snapshot still holds the library as it was before any write: a write first waits for it
        (``before_first_write``), and so does ``close``. The thread has its own connection (a connection
        belongs to its thread), and SQLite copies pages without holding the interpreter's lock.
        """
        from qtapp.library import snapshots

        if self._daily_checked or self._thread is not None or not snapshots.daily_due(self.path):
            return False
        self._thread = threading.Thread(target=self._snapshot_on_thread, name="daily-snapshot")
        self._thread.start()
        return True

    def wait(self) -> None:
        """Return once a background snapshot (if one was started) is written; safe from any thread."""
        thread = self._thread
        if thread is not None:
            thread.join()

    @property
    def running(self) -> bool:
        """A background snapshot is still being written (the benchmarks wait for it to end)."""
        return self._thread is not None and self._thread.is_alive()

    def _snapshot_on_thread(self) -> None:
        from qtapp.library import snapshots

        try:
            source = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=self._busy_timeout)
            try:
                if source.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
                    snapshots.take(source, self.path, "daily")
            finally:
                source.close()
        except (OSError, sqlite3.Error, LibraryDamaged) as error:
            log.warning("daily library snapshot failed: %s", error)

    def close(self) -> None:
        if self._thread is not None:
            self._thread.join()  # a half-written snapshot would only be a leftover temporary file
            self._thread = None
