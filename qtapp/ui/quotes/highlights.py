"""Which saved quotes the reader shows, and where: re-anchored each time an article is shown.

Quotes are stored as offsets plus text around them, never as cursors; on ``articleChanged`` each quote
of the article is placed again with the store's anchoring (position, exact text scored by its context,
fuzzy). One that can't be placed is kept in ``missing`` and listed as "not found in this version".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QMouseEvent, QTextCursor

from qtapp.library.records import QuoteRecord
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.highlighter import QuoteHighlighter, Span
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.reader import ReaderView


def _shown_as(block_kind: str | None) -> str | None:
    """A headline quote is drawn on the headline, not where its words recur in the reprint note."""
    return "title" if block_kind == "title" else None


class ArticleHighlights(QObject):
    """Keeps the reader's tints in step with the library for the article on screen."""

    quoteClicked = Signal(int)
    missingChanged = Signal()

    def __init__(self, reader: ReaderView, library: QuoteLibrary, current: CurrentArticle) -> None:
        super().__init__(reader)
        self._reader, self._library, self._current = reader, library, current
        self.highlighter = QuoteHighlighter(reader)
        self.placed: dict[int, tuple[int, int]] = {}
        self.missing: list[QuoteRecord] = []
        reader.mouseReleased.connect(self._clicked)

    def refresh(self) -> None:
        """Re-read this article's quotes, place each one, and redraw."""
        article = self._current.article
        store = self._library.store
        records: list[QuoteRecord] = []
        if article is not None and store is not None:
            for article_id in self._current.article_ids():
                records.extend(self._library.read(store.quotes.find, article_id=article_id) or [])
        if records:
            from qtapp.library.anchoring import Selector, anchor  # an article with no quotes needs none
        placed: dict[int, tuple[int, int]] = {}
        missing: list[QuoteRecord] = []
        spans: list[Span] = []
        for record in records:
            assert article is not None
            found = anchor(article.text, Selector(record.exact, record.prefix, record.suffix,
                                                  record.start, record.end))
            if found is None:
                missing.append(record)
                continue
            placed[record.id] = (found.start, found.end)
            spans.extend(Span(s, e, record.color, record.id)
                         for s, e in self._current.document_spans(found.start, found.end,
                                                                   _shown_as(record.block_kind)))
        self.placed = placed
        self.highlighter.set_spans(spans)
        if [r.id for r in missing] != [r.id for r in self.missing]:
            self.missing = missing
            self.missingChanged.emit()
        self.missing = missing

    def select(self, quote_id: int) -> bool:
        """Select a placed quote in the reader and scroll to it (the jump from the library)."""
        spans = self.highlighter.spans_of(quote_id)
        if not spans:
            return False
        cursor = QTextCursor(self._reader.document())
        cursor.setPosition(spans[0].start)
        cursor.setPosition(spans[-1].end, QTextCursor.MoveMode.KeepAnchor)
        self._reader.reveal(cursor)
        return True

    def _clicked(self, event: QMouseEvent) -> None:
        # A plain click (no selection made) on a tint selects that quote's row in the library.
        if not self._reader.textCursor().hasSelection():
            position = self._reader.cursorForPosition(event.position().toPoint()).position()
            key = self.highlighter.key_at(position)
            if key is not None:
                self.quoteClicked.emit(key)
