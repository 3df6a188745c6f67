"""Saving the reader's selection as a quote: map it to article text, refuse duplicates, push the command.

The quote's text and whose words it is are the store's business (derived from the stored article);
this module only decides *which* span of the article the user meant: whole words without stray
quotation marks (``qtapp.library.passages``), or exactly what was selected while Alt is held (when
saving, or when the mouse let go of the selection).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from qtapp.library.attribution import check_message
from qtapp.library.records import QuoteRecord
from qtapp.ui.i18n import shown
from qtapp.ui.quotes.colors import DEFAULT_COLOR
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.selection import article_range, document_range, passage
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.quotes.undo_commands import SaveQuote

if TYPE_CHECKING:
    from qtapp.ui.quotes.quote_dialogs import QuoteDetails
    from qtapp.ui.quotes.window import QuoteWindow
    from qtapp.ui.reader import ReaderView

EXACT_MODIFIER = Qt.KeyboardModifier.AltModifier
# Marked for pyside6-lupdate in the "QuoteSaver" context; translated where they are shown.
NO_SELECTION = QT_TRANSLATE_NOOP("QuoteSaver", "Select some of the article's text to save it as a quote.")
NOT_ARTICLE_TEXT = QT_TRANSLATE_NOOP("QuoteSaver", "The selection holds none of the article's own words (the "
                                                   "source line and labels are QuoteClip's); select words of the "
                                                   "article to save them.")


class QuoteSaver(QObject):
    """Turns the reader's selection into a saved quote (through the undo stack)."""

    def __init__(self, window: QuoteWindow, reader: ReaderView, library: QuoteLibrary, current: CurrentArticle,
                 stack: QUndoStack, reveal: Callable[[int], None]) -> None:
        super().__init__(reader)
        self._window, self._reader, self._library = window, reader, library
        self._current, self._stack, self._reveal = current, stack, reveal
        self._exact_selection: tuple[int, int] | None = None  # a selection made with Alt held
        reader.mouseReleased.connect(self._mouse_released)

    @classmethod
    def ask_open_existing(cls, parent: QWidget | None, text: str) -> bool:
        """Saving a passage twice: offer the existing quote instead. Tests monkeypatch this."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, QCoreApplication.translate("QuoteSaving", "Already saved"),
                                      QCoreApplication.translate(
                                          "QuoteSaving", "This passage is already in your library:\n\n{passage}\n\n"
                                          "Open the saved quote?").format(passage=text[:300]))
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def exact_held() -> bool:
        """Alt is down now (Ctrl+Alt+Shift+S, or Alt with a click on the toolbar or a menu)."""
        return bool(QGuiApplication.keyboardModifiers() & EXACT_MODIFIER)

    def _mouse_released(self, event: QMouseEvent) -> None:
        cursor = self._reader.textCursor()
        exact = cursor.hasSelection() and bool(event.modifiers() & EXACT_MODIFIER)
        self._exact_selection = (cursor.anchor(), cursor.position()) if exact else None

    def _exact(self) -> bool:
        cursor = self._reader.textCursor()
        return self.exact_held() or self._exact_selection == (cursor.anchor(), cursor.position())

    def selection(self, exact: bool | None = None) -> tuple[int, int, str | None] | str:
        """(start, end, shown as) of the article text the reader's selection means, or what to tell
        the user instead. ``exact`` None: exact while Alt is held or the selection was made with it."""
        article, doc_map = self._current.article, self._current.document_map
        cursor = self._reader.textCursor()
        if not cursor.hasSelection():
            return self.tr(str(NO_SELECTION))
        if article is None or doc_map is None:
            return self.tr("Open an article to save quotes from it.")
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        mapped = document_range(doc_map, first, last)
        exact = self._exact() if exact is None else exact
        span = article_range(article.text, article.blocks, *mapped, exact=exact) if mapped else None
        if span is None:
            return self.tr(str(NOT_ARTICLE_TEXT))
        return span[0], span[1], doc_map.shown_as(first, last)

    def selected_range(self) -> tuple[int, int] | None:
        """The article-text span the reader's selection means; None if it means none."""
        found = self.selection()
        return None if isinstance(found, str) else found[:2]

    def selected_passage(self) -> str:
        article, span = self._current.article, self.selected_range()
        return passage(article.text, article.blocks, *span) if article and span else ""

    def save(self, details: QuoteDetails | None = None, *, exact: bool | None = None) -> int | None:
        """Save the selection; returns the new (or the existing, when reopened) quote id."""
        found, article = self.selection(exact), self._current.article
        if isinstance(found, str) or article is None:
            self._status(found if isinstance(found, str) else self.tr(str(NO_SELECTION)))
            return None
        start, end, shown_as = found
        if not self._library.available:
            return None
        source = self._current.source()
        # An article not stored yet has no quotes to repeat: it is stored with this one, in one go.
        existing = self._library.duplicate(source.article_id, start, end) if source.article_id is not None else None
        if existing is not None:
            if self.ask_open_existing(self._window.window(), passage(article.text, article.blocks, start, end)):
                self._reveal(int(existing))
            return int(existing)
        note, tags, color = (details.note, details.tags, details.color) if details else ("", [], DEFAULT_COLOR)
        command = SaveQuote(self._library, source, start, end, note=note, tags=tags, color=color,
                            block_kind=shown_as)
        self._stack.push(command)
        if command.record is None:
            return None
        self._status(saved_message(command.record))
        return command.record.id

    def save_with_note(self) -> int | None:
        exact = self._exact()  # read before the dialog: Alt is let go by the time it closes
        found = self.selection(exact)
        if isinstance(found, str):
            self._status(found)
            return None
        article = self._current.article
        assert article is not None
        text = passage(article.text, article.blocks, found[0], found[1])
        from qtapp.ui.quotes.quote_dialogs import NoteDialog, QuoteDetails

        details = NoteDialog.ask(self._window.window(), QuoteDetails(color=DEFAULT_COLOR), text)
        return self.save(details, exact=exact) if details is not None else None

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)


def saved_message(record: QuoteRecord) -> str:
    """"Saved: <attribution>", and what to check when the attribution is a default."""
    check = check_message(record.check_reason) if record.needs_check else None
    saved = QCoreApplication.translate("QuoteSaving", "Saved: {attribution}").format(attribution=record.attribution)
    return saved + (f" — {shown(check)}" if check else "")
