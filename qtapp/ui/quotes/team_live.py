"""A team library's colleagues, live in the window: the core's ``ChangeListener`` bridged to Qt.

The listener (``library/postgres/live.py``, no Qt) waits for NOTIFYs on its own connection and thread
— no polling of the server — and calls back there; a signal emitted from that thread is queued to the
GUI thread, so ``QuoteLibrary`` hears each change where it may touch widgets, and passes it on through
its ``changed(ids)`` like any write of its own. Loaded only for a team library (it imports psycopg).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qtapp.library.postgres.live import Change, ChangeListener


class TeamLive(QObject):
    """Emits ``arrived(Change)`` on the GUI thread for every change anyone commits to the team's quotes."""

    arrived = Signal(object)

    def __init__(self, conninfo: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The callback runs on the listener's thread: emitting there queues the signal to our thread.
        self.listener = ChangeListener(conninfo, self.arrived.emit)

    def start(self) -> None:
        """LISTEN now; raises ``psycopg.Error`` when the server cannot be reached."""
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    @property
    def listening(self) -> bool:
        return self.listener.listening


def is_own(change: Change, own_pid: int | None) -> bool:
    """A notice of our own write: the window already said it through ``changed``."""
    return own_pid is not None and change.pid == own_pid
