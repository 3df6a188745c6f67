"""Saving the reader's selection as a quote: map it to article text, refuse duplicates, push the command.

The quote's text and whose words it is are the store's business (derived from the stored article);
this module only decides *which* span of the article the user meant.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTextEdit, QWidget

from qtapp.ui.quotes.colors import DEFAULT_COLOR
from qtapp.ui.quotes.commands import SaveQuote
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.selection import article_range, document_range, passage
from qtapp.ui.quotes.service import QuoteLibrary

if TYPE_CHECKING:
    from qtapp.ui.quotes.dialogs import QuoteDetails


class QuoteSaver(QObject):
    """Turns the reader's selection into a saved quote (through the undo stack)."""

    def __init__(self, window: Any, reader: QTextEdit, library: QuoteLibrary, current: CurrentArticle,
                 stack: QUndoStack, reveal: Callable[[int], None]) -> None:
        super().__init__(reader)
        self._window, self._reader, self._library = window, reader, library
        self._current, self._stack, self._reveal = current, stack, reveal

    @classmethod
    def ask_open_existing(cls, parent: QWidget | None, text: str) -> bool:
        """Saving a passage twice: offer the existing quote instead. Tests monkeypatch this."""
        from PySide6.QtWidgets import QMessageBox  # set up (with its enums) only when a box is shown

        answer = QMessageBox.question(parent, "Already saved",
                                      f"This passage is already in your library:\n\n{text[:300]}\n\n"
                                      "Open the saved quote?")
        return answer == QMessageBox.StandardButton.Yes

    def selected_range(self) -> tuple[int, int] | None:
        """The article-text span the reader's selection covers, clipped and trimmed; None if none."""
        article, doc_map = self._current.article, self._current.document_map
        cursor = self._reader.textCursor()
        if article is None or doc_map is None or not cursor.hasSelection():
            return None
        mapped = document_range(doc_map, cursor.anchor(), cursor.position())
        return article_range(article.text, article.blocks, *mapped) if mapped else None

    def selected_passage(self) -> str:
        article, span = self._current.article, self.selected_range()
        return passage(article.text, article.blocks, *span) if article and span else ""

    def save(self, details: QuoteDetails | None = None) -> int | None:
        """Save the selection; returns the new (or the existing, when reopened) quote id."""
        span, article = self.selected_range(), self._current.article
        if span is None or article is None:
            self._status("Select some of the article's text to save it as a quote.")
            return None
        store = self._library.store
        article_id = self._current.article_id(create=True)
        if store is None or article_id is None:
            return None
        existing = self._library.read(store.find_duplicate, article_id, *span)
        if existing is not None:
            if self.ask_open_existing(self._window, passage(article.text, article.blocks, *span)):
                self._reveal(int(existing))
            return int(existing)
        note, tags, color = (details.note, details.tags, details.color) if details else ("", [], DEFAULT_COLOR)
        command = SaveQuote(self._library, article_id, *span, note=note, tags=tags, color=color)
        self._stack.push(command)
        if command.quote_id is None:
            return None
        record = self._library.read(store.quote, command.quote_id)
        if record is not None:
            self._status(f"Saved: {record.attribution}")
        return command.quote_id

    def save_with_note(self) -> int | None:
        text = self.selected_passage()
        if not text:
            self._status("Select some of the article's text to save it as a quote.")
            return None
        from qtapp.ui.quotes.dialogs import NoteDialog, QuoteDetails  # the dialogs load when first asked for

        details = NoteDialog.ask(self._window, QuoteDetails(color=DEFAULT_COLOR), text)
        return self.save(details) if details is not None else None

    def _status(self, message: str) -> None:
        bar = getattr(self._window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 8000)
