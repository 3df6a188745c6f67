"""The team library's first page, read by a reader process while the window builds (issue 17).

Importing psycopg costs ~240 ms of CPU, and a thread in the window's process cannot overlap it with
building the window (the GIL): the team window settled 1.5× later than the same window on SQLite. So
at launch, before Qt is imported, ``begin`` starts a reader process that imports psycopg, opens the
team library exactly as the window would (``opening.open_team``: the same migrations, the same
messages), reads the table's first page and sends it over a pipe, then exits. The window lists that
page when it arrives (read moments ago, not a cache: nothing stale is shown as current), then opens
its own connection in the background for writes, search and the listener, and re-reads once it
listens, so no change between the two reads is lost.

On Linux the reader is forked (safe only while this process has one thread and no Qt: ``begin`` is
called before the window's modules load); elsewhere, or when that no longer holds (tests), it is a
spawned ``python -m`` of this module that reads the address from its stdin (never from argv, which
other users can list). With one core the two would only take turns, so there is no reader then and the
window opens the team library as before, as it does with ``QUOTECLIP_TEAM_EARLY_READ=0`` (for a
``--screenshot`` that must picture the library opened in this process, and for comparing). No Qt here.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import IO, Any

from qtapp.library.postgres.target import is_team_library

FIRST_PAGE = 200  # the library table's first page (``ui/quotes/table_model.PAGE``; a test holds them equal)
OFF_ENV = "QUOTECLIP_TEAM_EARLY_READ"  # "0": no reader process
LIFETIME_S = 60  # a reader nobody reads from ends itself (libpq's connect_timeout is 5 s by default)


@dataclass(frozen=True)
class Answer:
    """What the reader found: ``rows`` (the first page), or ``refused`` (the message opening gives: the
    server is away, a bad password), or neither (the reader failed: the window opens as before)."""

    rows: list[Any] | None = None
    refused: str | None = None


def is_first_page(filters: dict[str, Any]) -> bool:
    """Whether a ``Quotes.find`` call with these arguments asks what the reader read: the first page,
    no filter, the default order."""
    given = {k: v for k, v in filters.items() if v is not None and v != "" and v is not False}
    return given == {"limit": FIRST_PAGE} or given == {"limit": FIRST_PAGE, "offset": 0}


def read_first_page(address: str) -> Answer:
    """Open the team library as the window does and read its first page (the reader's work)."""
    from qtapp.errors import UserError
    from qtapp.library.opening import open_team

    try:
        with open_team(address) as library:
            return Answer(rows=library.quotes.find(limit=FIRST_PAGE))
    except UserError as error:
        return Answer(refused=str(error))


def serve(address: str, out: int) -> None:
    """The reader: the answer, pickled, to the file descriptor ``out``; a bug is printed and sends
    nothing, so the window opens the library itself and says what went wrong there."""
    try:
        data = pickle.dumps(read_first_page(address), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        import traceback

        traceback.print_exc()
        return
    with os.fdopen(out, "wb", closefd=False) as stream:
        stream.write(data)


class EarlyRead:
    """A reader under way; ``receive()`` blocks until its answer (call it off the GUI thread)."""

    def __init__(self, address: str, stream: IO[bytes], *, pid: int | None = None,
                 process: subprocess.Popen[bytes] | None = None) -> None:
        self.address, self._stream, self._pid, self._process = address, stream, pid, process

    def receive(self) -> Answer:
        try:
            data = self._stream.read()
        except (OSError, ValueError):  # discarded meanwhile
            data = b""
        finally:
            self._end(kill=False)  # it has written all it will, and is exiting
        try:
            answer = pickle.loads(data) if data else None
        except Exception:  # cut short: the reader was killed
            answer = None
        return answer if isinstance(answer, Answer) else Answer()

    def discard(self) -> None:
        """Let the reader go, ending it if it still runs (it may be waiting on a server for seconds)."""
        self._end(kill=True)

    def _end(self, *, kill: bool) -> None:
        try:
            self._stream.close()
        except OSError:
            pass
        if self._process is not None:
            if kill and self._process.poll() is None:
                self._process.kill()
            self._process.wait()
        elif self._pid is not None:
            pid, self._pid = self._pid, None
            try:
                if kill and os.waitpid(pid, os.WNOHANG) == (0, 0):
                    os.kill(pid, 9)  # SIGKILL: it runs none of this program's code that could mind
                    os.waitpid(pid, 0)
                elif not kill:
                    os.waitpid(pid, 0)
            except (ChildProcessError, ProcessLookupError):
                pass


_pending: EarlyRead | None = None


def begin(address: str | None) -> EarlyRead | None:
    """Start a reader for ``address`` when it is a team library and there are cores to run it beside
    the window; the window ``take``s it. None: the window opens the library as before."""
    global _pending
    if _pending is not None:
        _pending.discard()
        _pending = None
    if not address or not is_team_library(address) or _cores() < 2 or os.environ.get(OFF_ENV) == "0":
        return None
    try:
        _pending = _fork(address) if _fork_is_safe() else _spawn(address)
    except OSError:
        return None
    return _pending


def take(address: str) -> EarlyRead | None:
    """The reader ``begin`` started for ``address``, once; None when there is none for it."""
    global _pending
    early, _pending = _pending, None
    if early is not None and early.address != address:
        early.discard()
        return None
    return early


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        return os.cpu_count() or 1


def _fork_is_safe() -> bool:
    """A forked child may only use what holds after fork: one thread, no Qt (its own threads, locks)."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(name.startswith("PySide6") for name in sys.modules))


def _fork(address: str) -> EarlyRead:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the reader: never returns into the caller's program, never runs its exit handlers
        code = 0
        try:
            os.close(read)
            import signal

            signal.alarm(LIFETIME_S)
            serve(address, write)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    return EarlyRead(address, os.fdopen(read, "rb"), pid=pid)


def _spawn(address: str) -> EarlyRead:
    process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(address.encode("utf-8"))
        process.stdin.close()
    except OSError:
        pass  # it died at once: it sends nothing, and the window opens the library itself
    return EarlyRead(address, process.stdout, process=process)


if __name__ == "__main__":  # the spawned reader
    if hasattr(os, "fork"):  # POSIX: SIGALRM ends a reader nobody reads from
        import signal

        signal.alarm(LIFETIME_S)
    from qtapp.library.postgres import early_read  # pickled as that module's Answer, not __main__'s

    early_read.serve(sys.stdin.read(), sys.stdout.fileno())
