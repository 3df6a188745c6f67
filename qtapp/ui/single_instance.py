"""One window per user: `quoteclip FILE` while QuoteClip is open opens FILE in the open window.

The running window listens on a local socket (QLocalServer, readable only by its user) and leaves a
marker file naming it in the config folder. A new launch looks for the marker first, so a normal start
with no window open never loads QtNetwork; only when the marker names a live process does it connect,
send the file's absolute path (a ``quoteclip://quote/ID`` link as it is; nothing, to bring the window
forward) and exit. A stale marker (the
window was killed) or an unanswered socket means "start normally".
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from qtapp import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

    from qtapp.ui.main_window import MainWindow

REPLY_MS = 3000  # the running window answers within this, or the new launch starts its own


def server_name() -> str:
    """The socket's name: one per user and config folder (a test's or a portable setup's own)."""
    digest = hashlib.sha1(str(paths.config_dir().resolve()).encode()).hexdigest()[:16]
    return f"quoteclip-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


def _marker() -> Path:
    return paths.config_dir() / "instance"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def send_to_running(file: str | None) -> bool:
    """Hand ``file`` (None: just show the window) to the open window; True when it took it."""
    try:
        pid = int(_marker().read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid == os.getpid() or not _alive(pid):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(REPLY_MS):
        return False
    from qtapp.quote_link import is_quote_link

    message = (file if is_quote_link(file) else str(Path(file).resolve())) if file else ""
    socket.write((message + "\n").encode("utf-8"))
    socket.flush()
    answered = socket.waitForReadyRead(REPLY_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


def serve(window: MainWindow) -> QLocalServer | None:
    """Listen for later launches on the window's behalf; None when the socket cannot be made."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(window)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    name = server_name()
    QLocalServer.removeServer(name)  # a socket file left by a window that was killed
    if not server.listen(name):
        return None

    def take() -> None:
        connection = server.nextPendingConnection()
        if connection is None:
            return

        def read() -> None:
            if not connection.canReadLine():
                return
            path = bytes(connection.readLine().data()).decode("utf-8", "replace").strip()
            connection.write(b"ok\n")
            connection.flush()
            connection.disconnectFromServer()
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
            from qtapp.quote_link import is_quote_link

            if is_quote_link(path):
                from qtapp.ui.quote_links import open_quote_link

                open_quote_link(window, path)
            elif path:
                window.open_article(path)

        connection.readyRead.connect(read)
        connection.disconnected.connect(connection.deleteLater)

    server.newConnection.connect(take)
    marker = _marker()
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"{os.getpid()}\n", encoding="utf-8")
    except OSError:
        pass  # without a marker later launches open their own window, as before

    def forget() -> None:
        try:
            if marker.read_text(encoding="utf-8").split()[0] == str(os.getpid()):
                marker.unlink()
        except (OSError, IndexError):
            pass

    window.destroyed.connect(lambda *_: forget())
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(forget)
    return server
