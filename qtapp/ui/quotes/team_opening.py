"""A team library opened off the GUI thread, so the window and its article show before it is connected.

Importing psycopg and connecting take a second or more on a loaded machine, all of it before the first
paint when done in place. The window instead says "Connecting…" (the library panel and the status
bar) and saving waits, as with no library open; ``QuoteLibrary`` takes the store on the GUI thread when
``opened`` arrives (a signal emitted from the thread is queued to the receiver's).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from qtapp.errors import UserError


class TeamOpener(QObject):
    """``start(address)`` opens the team library on a thread, then emits ``opened`` once."""

    # (address, the store or None, what to tell the user when it failed)
    opened = Signal(str, object, str)

    def start(self, address: str) -> None:
        threading.Thread(target=self._open, args=(address,), name="team-open", daemon=True).start()

    def _open(self, address: str) -> None:
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
        try:
            self.opened.emit(address, store, error)
        except RuntimeError:  # the window, and this object with it, is gone
            return False
        return True
