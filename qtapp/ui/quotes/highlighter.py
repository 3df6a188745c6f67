"""Draws saved quotes over the reader as ExtraSelections, never by editing the document.

One small object owns our part of ``reader.extraSelections()`` (as Frescobaldi's arbitrary highlighter
does): it keeps plain (start, end, colour, key) ranges in document positions and rebuilds the
selections from them, so palette changes and re-layouts never leave stale cursors behind. Selections
that others put on the reader (a find bar, say) are kept: ours carry a marker property.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from qtapp.ui.quotes.colors import highlight_color

# Marks a format as ours so we can tell our selections from other people's.
_OWNER = QTextFormat.Property.UserProperty + 0x51C


@dataclass(frozen=True)
class Span:
    """A highlighted range of the document; ``key`` says which quote it belongs to."""

    start: int
    end: int
    color: str | None
    key: int


class QuoteHighlighter(QObject):
    """Owns the quote tints on one QTextEdit and redraws them when the palette changes."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._spans: list[Span] = []
        view.installEventFilter(self)
        # ReaderView rebuilds its document on zoom and theme changes and says so: redraw after it.
        rendered = getattr(view, "rendered", None)
        self._follows_render = rendered is not None
        if rendered is not None:
            rendered.connect(self.redraw)

    def spans(self) -> list[Span]:
        return list(self._spans)

    def set_spans(self, spans: Iterable[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.redraw()

    def update_spans(self, keys: Iterable[int], spans: Iterable[Span]) -> None:
        """Replace the spans of some quotes only (one just saved, recoloured or trashed)."""
        drop = set(keys)
        self.set_spans([s for s in self._spans if s.key not in drop] + list(spans))

    def clear(self) -> None:
        self.set_spans([])

    def key_at(self, position: int) -> int | None:
        """The quote drawn at a document position (the innermost when highlights overlap)."""
        hits = [s for s in self._spans if s.start <= position < s.end]
        return min(hits, key=lambda s: s.end - s.start).key if hits else None

    def spans_of(self, key: int) -> list[Span]:
        return [s for s in self._spans if s.key == key]

    def withdraw(self) -> None:
        """Take our tints off the view (keeping the spans) until the next ``redraw``.

        Done before the reader rebuilds its document, so it never has to carry our selections over.
        """
        others = [s for s in self._view.extraSelections() if not s.format.hasProperty(_OWNER)]
        self._view.setExtraSelections(others)

    def redraw(self) -> None:
        document = self._view.document()
        palette = self._view.palette()
        formats: dict[str | None, QTextCharFormat] = {}
        ours: list[QTextEdit.ExtraSelection] = []
        limit = max(0, document.characterCount() - 1)
        for span in self._spans:
            fmt = formats.get(span.color)
            if fmt is None:
                fmt = QTextCharFormat()
                fmt.setBackground(highlight_color(span.color, palette))
                fmt.setProperty(_OWNER, True)
                formats[span.color] = fmt
            cursor = QTextCursor(document)
            cursor.setPosition(min(span.start, limit))
            cursor.setPosition(min(span.end, limit), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            ours.append(selection)
        others = [s for s in self._view.extraSelections() if not s.format.hasProperty(_OWNER)]
        self._view.setExtraSelections(others + ours)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # The tint depends on the page colour: recompute it when the theme changes.
        if watched is self._view and event.type() in (QEvent.Type.PaletteChange,
                                                        QEvent.Type.ApplicationPaletteChange):
            if self._follows_render:
                self.withdraw()  # the reader re-renders for the new palette; ``rendered`` redraws
            else:
                self.redraw()
        return False
