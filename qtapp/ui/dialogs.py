"""The window's small modal questions, each behind a classmethod tests monkeypatch instead of clicking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from qtapp import APP_NAME, __version__

OPEN_FILTER = "Articles (*.txt *.md *.html *.htm);;Text (*.txt *.md);;Web pages (*.html *.htm);;All files (*)"


class ErrorMessage:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user what went wrong and what to do; the current article stays open."""
        QMessageBox.warning(parent, title, text)


class OpenDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: Path | None) -> Path | None:
        """The file to open, or None when the user cancels."""
        name, _ = QFileDialog.getOpenFileName(parent, "Open Article", str(directory or Path.home()),
                                              OPEN_FILTER)
        return Path(name) if name else None


class AboutDialog:
    @classmethod
    def show(cls, parent: QWidget | None) -> None:
        QMessageBox.about(parent, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3><p>Read articles and save quotations "
                          "with correct attribution to a local library.</p>")
