"""Re-deriving stale articles, then emptying the trash of old deletes, on a thread of its own, so the
window stays free for reading.

The thread has its own connection (a SQLite connection belongs to its thread; a team library's is
its own session on the server) and writes one article per transaction, so the window's own saves
only ever wait for one article. Its signals are emitted from the worker and delivered on the GUI
thread (Qt queues a signal whose receiver lives elsewhere).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from qtapp.errors import UserError
from qtapp.library.stamps import days_ago

log = logging.getLogger(__name__)
# A deleted quote stays in the trash, where Undo finds it, this long; the pass after the day's snapshot
# then purges it for good (an open window's Undo of an older delete says the quote is gone).
TRASH_KEEP_DAYS = 30


class BackgroundRederive(QObject):
    """One pass over the stale articles of the library at ``target`` (a library file, or a team library's
    address); ``stop()`` ends it between articles."""

    progress = Signal(int, int)  # (articles done, articles stale), after each article
    done = Signal(object, str)  # (Report or None, "" or a message the user can act on)

    def __init__(self, target: Path | str, wait_for_snapshot: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target, self._wait = target, wait_for_snapshot
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rederive", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the pass has ended (tests and the benchmark wait on it)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        from qtapp.library import rederive
        from qtapp.library.opening import open_library

        report, error = None, ""
        try:
            self._wait()
            with open_library(self._target) as library:
                version = rederive.current_version()
                total = rederive.stale_count(library, version)
                if total:
                    self.progress.emit(0, total)
                report = rederive.rederive(library, version, progress=self.progress.emit,
                                           stop=self._stop.is_set)
                if not self._stop.is_set():  # DESIGN §5: the trash is purged once nothing can undo it
                    library.quotes.purge_trash(before=days_ago(TRASH_KEEP_DAYS))
        except UserError as failure:  # locked, read-only, damaged: say so, try again next open
            error = str(failure)
        except Exception as failure:  # a bug must not take the window down from a thread
            log.exception("re-deriving the library failed")
            error = f"{type(failure).__name__}: {failure}"
        if not self._stop.is_set():
            self.done.emit(report, error)
