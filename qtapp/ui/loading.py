"""Opening a large article off the GUI thread, with a progress dialog whose Cancel keeps the current one.

The parser is pure Python and linear (about 0.15 s per MB), so a file over ``LARGE_BYTES`` is read and
parsed in a ``QThreadPool`` task while the window keeps painting; the result comes back through a
queued signal. Python threads cannot be interrupted, so Cancel closes the dialog at once and the
result is dropped when it arrives: the article on screen is never replaced by a cancelled one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from qtapp.article.model import Article
from qtapp.errors import UserError

LARGE_BYTES = 1024 * 1024


def is_large(path: str | Path) -> bool:
    try:
        return Path(path).stat().st_size > LARGE_BYTES
    except OSError:
        return False  # the ordinary path reports a missing or unreadable file


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so the slots run there (queued)."""

    done = Signal(object, str)
    failed = Signal(str)


class _ReadJob(QRunnable):
    def __init__(self, path: Path, read: Callable[[Path], tuple[Article, str]], relay: _Relay) -> None:
        super().__init__()
        self.path, self.read, self.relay = path, read, relay

    def run(self) -> None:
        try:
            article, source = self.read(self.path)
        except UserError as error:
            self.relay.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - a parser bug must not vanish inside a thread
            self.relay.failed.emit(f"{self.path.name} could not be read ({type(error).__name__}: {error}).")
        else:
            self.relay.done.emit(article, source)


class BackgroundOpen(QObject):
    """One background read: ``loaded(article, source)`` or ``failed(message)``, or nothing if cancelled."""

    loaded = Signal(object, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, path: Path, read: Callable[[Path], tuple[Article, str]],
                 label: str | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.active = True
        self.progress = QProgressDialog(label or f"Reading {path.name}…", "Cancel", 0, 0, parent)
        self.progress.setObjectName("openProgress")
        self.progress.setWindowTitle("Opening article")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self.progress.show()
        QThreadPool.globalInstance().start(_ReadJob(path, read, self._relay))

    def cancel(self) -> None:
        if self.active:
            self.active = False
            self.progress.close()
            self.cancelled.emit()

    def _done(self, article: Article, source: str) -> None:
        if self.active:
            self.active = False
            self.progress.close()
            self.loaded.emit(article, source)

    def _failed(self, message: str) -> None:
        if self.active:
            self.active = False
            self.progress.close()
            self.failed.emit(message)
