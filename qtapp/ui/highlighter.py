"""Every extra selection of the reader, owned by one object and kept in named layers.

The reader's tints are drawn, never written into the document (Frescobaldi's arbitrary highlighter does
the same): each layer ("quotes", "find") keeps plain (start, end, colour, key) ranges in document
positions plus a priority, and ``redraw`` turns all of them into ``QTextEdit.ExtraSelection``s in one
``setExtraSelections`` call. Nobody else sets the view's extra selections, so there is nothing to tell
apart or carry over: a rebuilt document gets its tints back from the ranges (``move`` maps them first
when positions shifted), a palette change recomputes the colours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

# A layer's colours: its span's colour name (None: the layer's default) in the view's palette.
Paint = Callable[[str | None, QPalette], QTextCharFormat]


@dataclass(frozen=True)
class Span:
    """A tinted range of the document; ``key`` says what it belongs to (a quote's id, a match's number)."""

    start: int
    end: int
    color: str | None = None
    key: int = 0


class _Layer:
    __slots__ = ("paint", "priority", "spans")  # a plain class: a dataclass costs start-up its generated code

    def __init__(self, paint: Paint, priority: int) -> None:
        self.paint, self.priority = paint, priority
        self.spans: list[Span] = []


class Highlighter(QObject):
    """The extra selections of one QTextEdit, layer by layer; a higher priority is drawn on top."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._layers: dict[str, _Layer] = {}

    def add_layer(self, name: str, paint: Paint, priority: int = 0) -> None:
        """Declare a layer once; its spans start empty."""
        self._layers[name] = _Layer(paint, priority)

    def set_spans(self, name: str, spans: Iterable[Span]) -> None:
        self._layers[name].spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.redraw()

    def update_spans(self, name: str, keys: Iterable[int], spans: Iterable[Span]) -> None:
        """Replace the spans of some keys only (a quote just saved, recoloured or trashed)."""
        drop = set(keys)
        layer = self._layers[name]
        self.set_spans(name, [s for s in layer.spans if s.key not in drop] + list(spans))

    def spans(self, name: str) -> list[Span]:
        return list(self._layers[name].spans)

    def spans_of(self, name: str, key: int) -> list[Span]:
        return [s for s in self._layers[name].spans if s.key == key]

    def key_at(self, name: str, position: int) -> int | None:
        """The key drawn at a document position in a layer (the innermost when its spans overlap)."""
        hits = [s for s in self._layers[name].spans if s.start <= position < s.end]
        return min(hits, key=lambda s: s.end - s.start).key if hits else None

    def clear(self) -> None:
        """Empty every layer: the tints belong to the document that is going."""
        for layer in self._layers.values():
            layer.spans = []
        self.redraw()

    def move(self, moved: Callable[[int], int]) -> None:
        """Map every span to new positions after the document was rebuilt (the caller redraws)."""
        for layer in self._layers.values():
            layer.spans = [replace(s, start=moved(s.start), end=moved(s.end)) for s in layer.spans]

    def withdraw(self) -> None:
        """Take the tints off the view, keeping the spans, until the next ``redraw``: done before the
        document is replaced, whose old positions they name."""
        self._view.setExtraSelections([])

    def redraw(self) -> None:
        document, palette = self._view.document(), self._view.palette()
        limit = max(0, document.characterCount() - 1)
        selections: list[QTextEdit.ExtraSelection] = []
        for layer in sorted(self._layers.values(), key=lambda layer: layer.priority):
            formats: dict[str | None, QTextCharFormat] = {}
            for span in layer.spans:
                if span.color not in formats:
                    formats[span.color] = layer.paint(span.color, palette)
                cursor = QTextCursor(document)
                cursor.setPosition(min(span.start, limit))
                cursor.setPosition(min(span.end, limit), QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = formats[span.color]
                selections.append(selection)
        self._view.setExtraSelections(selections)
