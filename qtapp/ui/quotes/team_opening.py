"""A team library opened off the GUI thread, so the window and its article show before it is connected.

Importing psycopg and connecting take a second or more on a loaded machine, all of it before the first
paint when done in place. The window instead says "Connecting…" (the library panel and the status
bar) and saving waits, as with no library open; ``QuoteLibrary`` takes the store on the GUI thread when
``opened`` arrives (a signal emitted from the thread is queued to the receiver's).

When the program's start began a reader process (``library/postgres/early_read.py``), its first page
comes first (``listed``): the window lists the team's quotes while this process has not yet loaded
psycopg. Only after the window has settled (``SETTLE_S``, so the import does not compete with painting
that page) does this thread open the library itself. A reader that was refused (the server is away, a
bad password) says so through ``opened`` with the same message an open here gives.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from qtapp.errors import UserError

SETTLE_S = 0.3  # from the early page listed to this process importing psycopg


class TeamOpener(QObject):
    """``start(address)`` opens the team library on a thread, then emits ``opened`` once; ``listed``
    first when a reader process read its first page."""

    # (address, the store or None, what to tell the user when it failed)
    opened = Signal(str, object, str)
    # (address, the first page's QuoteRecords) from the reader process, before ``opened``
    listed = Signal(str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def start(self, address: str) -> None:
        from qtapp.library.postgres import early_read

        early = early_read.take(address)
        threading.Thread(target=self._open, args=(address, early), name="team-open", daemon=True).start()

    def cancel(self) -> None:
        """The window let go of the library: a thread still waiting to open it does not."""
        self._cancelled.set()

    def _open(self, address: str, early: object) -> None:
        if early is not None:
            from qtapp.library.postgres.early_read import EarlyRead

            assert isinstance(early, EarlyRead)
            answer = early.receive()
            if answer.refused is not None:
                self._emit(address, None, answer.refused)
                return
            if answer.rows is not None:
                if not self._tell(self.listed, address, answer.rows):
                    return
                if self._cancelled.wait(SETTLE_S):
                    return
        from qtapp.library.opening import open_team

        try:
            store = open_team(address)
        except UserError as error:
            self._emit(address, None, str(error))
            return
        except Exception as error:
            self._emit(address, None, f"{type(error).__name__}: {error}")
            raise  # a bug: said in the window, and printed by the thread's excepthook
        if not self._emit(address, store, ""):
            store.close()  # the window closed meanwhile: nobody will

    def _emit(self, address: str, store: object, error: str) -> bool:
        return self._tell(self.opened, address, store, error)

    @staticmethod
    def _tell(signal: object, *args: object) -> bool:
        try:
            signal.emit(*args)  # type: ignore[attr-defined]
        except RuntimeError:  # the window, and this object with it, is gone
            return False
        return True
