"""A team library's open begun as the program starts, on a thread, for the window to take once it is up.

Importing psycopg (0.3 s idle, a second on a loaded machine) and connecting used to start only after
the window was shown, so a team library's window settled that much later than the same window on
SQLite. Begun before Qt is even imported, they overlap the window's own start; the window's opener
(``ui/quotes/team_opening.py``) then takes this open instead of beginning one. Only the window's own
process begins one (``cli.main``): nothing here runs for a library file, a command or a test.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_pending: dict[str, EarlyOpen] = {}


class EarlyOpen:
    """``open_team(address)`` running on a daemon thread; ``result()`` waits for it."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._done = threading.Event()
        self._store: Any = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, name="team-early-open", daemon=True).start()

    def _run(self) -> None:
        try:
            from qtapp.library.opening import open_team

            self._store = open_team(self.address)
        except BaseException as error:  # handed to whoever takes it, to be said or raised there
            self._error = error
        finally:
            self._done.set()

    def result(self) -> Any:
        """The open ``TeamLibrary``, or the error opening it raised (a ``UserError`` to tell)."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._store


def begin(address: str) -> None:
    """Start opening the team library at ``address`` now; a second call for it changes nothing."""
    with _lock:
        if address not in _pending:
            _pending[address] = EarlyOpen(address)


def take(address: str) -> EarlyOpen | None:
    """The open begun for ``address``, once (whoever takes it owns the store), or None."""
    with _lock:
        return _pending.pop(address, None)
