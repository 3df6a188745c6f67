"""The progress dialog of a long import or export, and the callback the core's ``Progress`` calls.

The library's writers report ``(done, total)`` as they go; this turns that into a window-modal dialog
whose Cancel raises ``Cancelled`` inside the writer, so its transaction (or atomic file) is rolled back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog


class Cancelled(Exception):
    """The user pressed Cancel while the work was running."""


def progress_dialog(parent: QWidget, name: str, title: str, label: str, cancel: str,
                    total: int = 0) -> QProgressDialog:
    """A window-modal dialog shown only if the work outlasts 300 ms; ``total`` 0 until the work says."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, cancel, 0, total, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def reporter(dialog: QProgressDialog | None) -> Callable[[int, int], None]:
    """The ``(done, total)`` callback that moves ``dialog`` (nothing without one) and raises on Cancel."""
    def report(done: int, total: int) -> None:
        if dialog is None:
            return
        if dialog.maximum() != max(total, 1):
            dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        QCoreApplication.processEvents()  # let Cancel be clicked
        if dialog.wasCanceled():
            raise Cancelled

    return report


def close(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
