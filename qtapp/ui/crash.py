"""Unhandled exceptions: a crash report in the log folder and a dialog the user can copy it from.

Qt calls slots and virtual methods from C++, where a Python exception cannot propagate; PySide hands it
to ``sys.excepthook`` and carries on. ``crash_hook.install()`` (called by ``run_window``) makes that hook write the
report to ``paths.log_dir()`` and show it, so the user has something to send and the window stays up.
The library needs no special care: every write is one transaction that rolls back when it raises.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from qtapp import APP_NAME, __version__, paths
from qtapp.ui import headless
from qtapp.ui.accessibility import named

__all__ = ["CrashDialog", "handle", "report_text", "write_report"]
log = logging.getLogger(__name__)
_showing = False  # an exception raised while the dialog is up is logged, not shown on top of it


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    lines = [f"{APP_NAME} {__version__} crash report, {datetime.now().isoformat(timespec='seconds')}",
             f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}, "
             f"{platform.platform()}", ""]
    lines.extend(traceback.format_exception(kind, error, tb))
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_report(text: str) -> Path | None:
    """Keep the report as ``crash-<time>.log`` (0600, in a 0700 folder); None if even that fails."""
    try:
        folder = paths.log_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.log"
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        return target
    except OSError as error:
        log.error("cannot write the crash report: %s", error)
        return None


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, report: str, saved: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("{app} hit a bug").format(app=APP_NAME))
        where = (self.tr("It was saved as {path}.").format(path=saved) if saved
                 else self.tr("It could not be saved to a file."))
        intro = QLabel(self.tr("Something went wrong inside {app}. Your library is safe: a save that did "
                               "not finish was undone. {where} Please copy the report below into a bug "
                               "report.").format(app=APP_NAME, where=where))
        intro.setWordWrap(True)
        self.text = named(QPlainTextEdit(report, readOnly=True), "crashReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("&Copy Report", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, report: str, saved: Path | None) -> None:
        """Show the report modally; tests monkeypatch this."""
        cls(parent, report, saved).exec()


def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """The excepthook: write the report, then show it if there is a window to show it in."""
    global _showing
    report = report_text(kind, error, tb)
    saved = write_report(report)
    log.error("unhandled %s; report at %s", kind.__name__, saved)
    app = QApplication.instance()
    if _showing or not isinstance(app, QApplication) or headless.active:
        sys.stderr.write(report)
        headless.intercept(f"{APP_NAME} hit a bug; its report is above"
                           + (f" and in {saved}" if saved else ""))
        return
    _showing = True
    try:
        CrashDialog.ask(app.activeWindow(), report, saved)
    finally:
        _showing = False
