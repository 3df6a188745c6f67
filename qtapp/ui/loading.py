"""Opening a large article off the GUI thread, with a progress dialog whose Cancel keeps the current one.

The parser is pure Python and linear, so a file over ``LARGE_BYTES`` is read and parsed in a
``QThreadPool`` task while the window keeps painting; the result comes back through a queued signal.
Python threads cannot be interrupted, so Cancel closes the dialog at once and the result is dropped
when it arrives: the article on screen is never replaced by a cancelled one. The parsed article is
then laid out a few thousand blocks per turn of the event loop (``lay_out``), with the dialog counting
the blocks; Cancel (or Esc) then drops the half-built document and the previous article stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from qtapp.article.model import Article
from qtapp.errors import UserError
from qtapp.ui.i18n import error_message

LARGE_BYTES = 1024 * 1024
SLICE_SECONDS = 0.05  # layout work between two turns of the event loop: input stays responsive


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
            self._emit(self.relay.failed, error_message(error))
        except Exception as error:  # noqa: BLE001 - a parser bug must not vanish inside a thread
            self._emit(self.relay.failed,
                       f"{self.path.name} could not be read ({type(error).__name__}: {error}).")
        else:
            self._emit(self.relay.done, article, source)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted": the window closed first; nobody waits
            pass


class BackgroundOpen(QObject):
    """One background read: ``loaded(article, source)`` or ``failed(message)``, or nothing if cancelled."""

    loaded = Signal(object, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, path: Path, read: Callable[[Path], tuple[Article, str]],
                 lay_out: Callable[[Article], Generator[tuple[int, int], None, None]] | None = None,
                 label: str | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.active = True
        self.lay_out = lay_out
        self._steps: Generator[tuple[int, int], None, None] | None = None
        self._result: tuple[Article, str] | None = None
        self._stepper = QTimer(self, interval=0)
        self._stepper.timeout.connect(self._step)
        self.progress = QProgressDialog(label or self.tr("Reading {name}…").format(name=path.name),
                                        self.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("openProgress")
        self.progress.setWindowTitle(self.tr("Opening article"))
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
            self._stepper.stop()
            if self._steps is not None:
                self._steps.close()  # the half-built document is dropped; the reader never saw it
                self._steps = None
            self.progress.close()
            self.cancelled.emit()

    def _done(self, article: Article, source: str) -> None:
        if not self.active:
            return
        if self.lay_out is None:
            self._finish(article, source)
            return
        self._result = (article, source)
        self._steps = self.lay_out(article)
        self.progress.setLabelText(self.tr("Laying out {name}…").format(name=self.path.name))
        self.progress.setRange(0, max(1, len(article.blocks)))
        self._stepper.start()

    def _step(self) -> None:
        """One slice of layout (~50 ms at most), then back to the event loop."""
        deadline = time.perf_counter() + SLICE_SECONDS
        try:
            # setValue lets a modal dialog process events, so a Cancel may have closed the steps meanwhile
            while self._steps is not None and time.perf_counter() < deadline:
                done, total = next(self._steps)
                self.progress.setValue(min(done, total))
        except StopIteration:
            self._stepper.stop()
            self._steps = None
            assert self._result is not None
            self._finish(*self._result)

    def _finish(self, article: Article, source: str) -> None:
        self.active = False
        self.progress.close()
        self.loaded.emit(article, source)

    def _failed(self, message: str) -> None:
        if self.active:
            self.active = False
            self.progress.close()
            self.failed.emit(message)
