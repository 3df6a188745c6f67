"""A team library's colleagues, live in the window: the core's ``ChangeListener`` bridged to Qt.

The listener (``library/postgres/live.py``, no Qt) waits for NOTIFYs on its own connection and thread
— no polling of the server — and calls back there; a signal emitted from that thread is queued to the
GUI thread, so ``QuoteLibrary`` hears each change where it may touch widgets, and passes it on through
its ``changed(ids)`` like any write of its own. Loaded only for a team library (it imports psycopg).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance

from qtapp.library.postgres.live import Change, ChangeListener


class TeamLive(QObject):
    """Emits ``arrived(Change)`` on the GUI thread for every change anyone commits to the team's quotes."""

    arrived = Signal(object)
    # Listening from now on (``start_in_background``): whatever was read before may have missed a change.
    started = Signal()
    # The listener could not connect (libpq's reason): the window works, only not live.
    refused = Signal(str)

    def __init__(self, conninfo: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The callback runs on the listener's thread: emitting there queues the signal to our thread.
        self.listener = ChangeListener(conninfo, lambda change: self.tell(self.arrived, change))

    @staticmethod
    def tell(signal: SignalInstance, *args: object) -> None:
        """Emit from the listener's threads: the window may have closed (and deleted us) meanwhile, as a
        ``--screenshot`` run does at once; then there is nobody left to tell."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            pass

    def start(self) -> None:
        """LISTEN now; raises ``psycopg.Error`` when the server cannot be reached."""
        self.listener.start()

    def start_in_background(self) -> None:
        """``start`` on a thread, so opening the window does not wait for a second connection; then
        ``started`` or ``refused``."""
        import threading

        import psycopg

        def run() -> None:
            try:
                self.listener.start()
            except psycopg.Error as error:
                self.tell(self.refused, " ".join(str(error).split()))
                return
            self.tell(self.started)

        self._starting = threading.Thread(target=run, name="team-listen", daemon=True)
        self._starting.start()

    def stop(self) -> None:
        starting = getattr(self, "_starting", None)
        if starting is not None:
            starting.join()  # a listener half started would be left running
        self.listener.stop()

    @property
    def listening(self) -> bool:
        return self.listener.listening


def is_own(change: Change, own_pid: int | None) -> bool:
    """A notice of our own write: the window already said it through ``changed``."""
    return own_pid is not None and change.pid == own_pid
