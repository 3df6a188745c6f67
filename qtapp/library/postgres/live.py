"""Colleagues' changes as they happen: LISTEN on ``quoteclip_changes`` (NOTIFYed by the quotes' triggers,
``schema.py``) and a callback for each, so an open window follows the team without polling.

No Qt here. ``ChangeListener`` keeps its own connection (a LISTENing connection must not be busy with
queries) and waits on a thread of its own; the callback runs on that thread, so a window passes one
that emits a Qt signal (queued to the GUI thread). When the server goes away the listener says so
(``Change("lost")``), tries again every few seconds, and after it is back sends ``Change("reconnected")``:
notices sent meanwhile are gone, so whoever listens should read everything again.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from qtapp.library.postgres.schema import CHANNEL
from qtapp.library.postgres.target import redact

log = logging.getLogger(__name__)
RETRY_S = 2.0
WAIT_S = 0.25  # how often the thread looks up from waiting, to notice stop()


@dataclass(frozen=True)
class Change:
    """One statement's change to quotes: ``op`` is "insert", "update" or "delete" (or "lost" and
    "reconnected" about the listener itself); ``ids`` the quotes (None: too many to list, or unknown),
    ``by`` the role that made it, ``pid`` the server process that sent it (compare with
    ``TeamLibrary.db.conn.info.backend_pid`` to skip one's own)."""

    op: str
    ids: tuple[int, ...] | None = None
    by: str | None = None
    pid: int | None = None

    @classmethod
    def from_notice(cls, payload: str, pid: int) -> Change:
        try:
            data = json.loads(payload)
            ids = data.get("ids")
            return cls(str(data["op"]), None if ids is None else tuple(int(i) for i in ids), data.get("by"), pid)
        except (ValueError, TypeError, KeyError, AttributeError):  # anyone may NOTIFY: then read it all again
            return cls("update", None, None, pid)


class ChangeListener:
    """Calls ``callback(Change)`` for every change any client makes to the team library's quotes."""

    def __init__(self, conninfo: str, callback: Callable[[Change], None]) -> None:
        self.conninfo = conninfo
        self.callback = callback
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Connect and LISTEN, then return; changes committed from now on reach the callback."""
        if self._thread is not None:
            return
        conn = self._connect()  # the first connection fails here, where the caller can say why
        self._thread = threading.Thread(target=self._run, args=(conn,), name="team-listener", daemon=True)
        self._thread.start()
        self._ready.wait()

    def stop(self) -> None:
        """Stop listening and close the connection; returns once the thread has ended."""
        self._stop.set()
        thread = self._thread
        # made but not yet started by ``start`` on another thread (a window closed at once): the set stop
        # ends it when it runs; joining it now would raise
        if thread is not None and thread.ident is not None:
            thread.join()
        self._thread = None

    @property
    def listening(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _connect(self) -> psycopg.Connection[tuple[object, ...]]:
        from qtapp.library.postgres.connection import CONNECT_TIMEOUT_S

        conn = psycopg.connect(self.conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="quoteclip-listener")
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self, conn: psycopg.Connection[tuple[object, ...]] | None) -> None:
        self._ready.set()
        while not self._stop.is_set():
            if conn is None:
                try:
                    conn = self._connect()
                except psycopg.Error as error:
                    log.info("team listener: %s still away (%s)", redact(self.conninfo), error)
                    self._stop.wait(RETRY_S)
                    continue
                self._tell(Change("reconnected"))
            try:
                for notice in conn.notifies(timeout=WAIT_S):
                    self._tell(Change.from_notice(notice.payload, notice.pid))
            except psycopg.Error as error:
                log.info("team listener lost %s: %s", redact(self.conninfo), error)
                conn.close()
                conn = None
                self._tell(Change("lost"))
        if conn is not None:
            conn.close()

    def _tell(self, change: Change) -> None:
        try:
            self.callback(change)
        except Exception:  # a listener's bug must not stop the team's notices
            log.exception("team listener callback failed on %s", change)
