"""Which saved quotes the reader shows, and where: re-anchored each time an article is shown.

Quotes are stored as offsets plus text around them, never as cursors; on ``articleChanged`` each quote
of the article is placed again with the store's anchoring (position, exact text scored by its context,
fuzzy). One that can't be placed is kept in ``missing`` and listed as "not found in this version".
A quote just saved, edited or trashed in this text is placed by ``update`` alone, where its stored
offsets say: the others have not moved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QMouseEvent, QPalette, QTextCharFormat, QTextCursor

from qtapp.library.records import QuoteRecord
from qtapp.ui.highlighter import Span
from qtapp.ui.quotes.colors import highlight_color
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.reader import ReaderView

LAYER = "quotes"  # the reader highlighter's layer of saved quotes (under the find bar's matches)


def quote_format(color: str | None, palette: QPalette) -> QTextCharFormat:
    """A saved quote's tint: its colour, made readable on the page's colour."""
    fmt = QTextCharFormat()
    fmt.setBackground(highlight_color(color, palette))
    return fmt


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
        self.highlighter = reader.highlighter
        self.highlighter.add_layer(LAYER, quote_format, priority=0)
        self.placed: dict[int, tuple[int, int]] = {}
        self.missing: list[QuoteRecord] = []
        reader.mouseReleased.connect(self._clicked)

    def refresh(self) -> None:
        """Re-read this article's quotes, place each one, and redraw."""
        article = self._current.article
        records: list[QuoteRecord] = []
        if article is not None:
            for article_id in self._current.article_ids():
                records.extend(self._library.quotes(article_id=article_id) or [])
        if records:
            from qtapp.library.anchoring import Selector, anchor
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
        self.highlighter.set_spans(LAYER, spans)
        if [r.id for r in missing] != [r.id for r in self.missing]:
            self.missing = missing
            self.missingChanged.emit()
        self.missing = missing

    def update(self, records: list[QuoteRecord]) -> None:
        """Redraw only these quotes (just written): a live one of this article where its offsets
        hold its words (else anchored), a trashed one taken off."""
        article, mine = self._current.article, set(self._current.article_ids())
        keys = {r.id for r in records}
        spans: list[Span] = []
        missing = [r for r in self.missing if r.id not in keys]
        for record in records:
            self.placed.pop(record.id, None)
            if article is None or record.deleted_at is not None or record.article_id not in mine:
                continue
            if article.text[record.start:record.end] == record.exact:
                found: tuple[int, int] | None = (record.start, record.end)
            else:
                from qtapp.library.anchoring import Selector, anchor

                hit = anchor(article.text, Selector(record.exact, record.prefix, record.suffix,
                                                    record.start, record.end))
                found = (hit.start, hit.end) if hit is not None else None
            if found is None:
                missing.append(record)
                continue
            self.placed[record.id] = found
            spans.extend(Span(s, e, record.color, record.id)
                         for s, e in self._current.document_spans(*found, _shown_as(record.block_kind)))
        self.highlighter.update_spans(LAYER, keys, spans)
        if [r.id for r in missing] != [r.id for r in self.missing]:
            self.missing = missing
            self.missingChanged.emit()

    def select(self, quote_id: int) -> bool:
        """Select a placed quote in the reader and scroll to it (the jump from the library)."""
        spans = self.spans_of(quote_id)
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
            key = self.key_at(position)
            if key is not None:
                self.quoteClicked.emit(key)

    def key_at(self, position: int) -> int | None:
        """The quote tinted at a document position (the innermost where tints overlap)."""
        return self.highlighter.key_at(LAYER, position)

    def spans_of(self, quote_id: int) -> list[Span]:
        return self.highlighter.spans_of(LAYER, quote_id)
