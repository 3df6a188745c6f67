"""The window's small dialogs: modal questions behind classmethods tests monkeypatch instead of clicking,
and the one way non-modal dialogs are shown."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from qtapp.ui import headless

D = TypeVar("D", bound=QDialog)

# Marked for pyside6-lupdate in the "Dialogs" context; translated when the dialog opens.
OPEN_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Articles (*.txt *.md *.html *.htm);;Text (*.txt *.md);;"
                                           "Web pages (*.html *.htm);;All files (*)")


class ErrorMessage:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user what went wrong and what to do; the current article stays open."""
        if headless.intercept(text):
            return
        QMessageBox.warning(parent, title, text)


class UrlDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, last: str | None) -> str | None:
        """The address to fetch (the clipboard's when it holds one, else the last typed), or None."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        copied = QGuiApplication.clipboard().text().strip()
        start = copied if copied[:8].lower().startswith(("http://", "https://")) and " " not in copied \
            else (last or "https://")
        url, ok = QInputDialog.getText(parent, QCoreApplication.translate("Dialogs", "Open URL"),
                                       QCoreApplication.translate("Dialogs", "Address of the article (http or https):"),
                                       QLineEdit.EchoMode.Normal, start)
        return url.strip() if ok and url.strip() else None


class OpenDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: Path | None) -> Path | None:
        """The file to open, or None when the user cancels."""
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open Article"),
                                              str(directory or Path.home()),
                                              QCoreApplication.translate("Dialogs", str(OPEN_FILTER)))
        return Path(name) if name else None


def show_modeless(dialog: D) -> D:
    """Show a non-modal dialog that frees itself when closed (Preferences, Shortcuts, About)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    # Take the keyboard: otherwise keys (Esc to close, typing to search) go on reaching the main window.
    dialog.raise_()
    dialog.activateWindow()
    return dialog
