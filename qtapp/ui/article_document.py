"""The map between reader document positions and offsets in the article's canonical text.

The reader shows more than the article text (title, source line, byline card, labels) and splits some
blocks (the editor's note and its disclaimer), so a document position is not a text offset. The builder
records one segment per run of article text it inserts; everything else maps to nothing. Pure Python,
so the arithmetic is tested without a display.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Literal

from qtapp.article.model import Article

Snap = Literal["exact", "forward", "backward"]


@dataclass(frozen=True)
class Segment:
    """``length`` characters of article text at ``text_start``, shown from document ``doc_start``.

    ``shown_as`` is set when the reader shows the text as something other than its block: the
    headline on top, found again inside the reprint note ("has published an article titled “…”").
    Such a segment repeats text another segment shows, so offsets map back to the block's own place.
    """

    doc_start: int
    text_start: int
    length: int
    shown_as: str | None = None

    @property
    def doc_end(self) -> int:
        return self.doc_start + self.length

    @property
    def text_end(self) -> int:
        return self.text_start + self.length


class DocumentMap:
    """Segments in document order (which is also text order: the builder inserts blocks in order)."""

    def __init__(self, article: Article, segments: list[Segment]) -> None:
        self.article = article
        self.segments = sorted(segments, key=lambda s: s.doc_start)
        self._doc_starts = [s.doc_start for s in self.segments]
        self._plain = [s for s in self.segments if s.shown_as is None]
        self._plain_starts = [s.doc_start for s in self._plain]
        self._by_text = sorted((s for s in self.segments if s.shown_as is None), key=lambda s: s.text_start)
        self._text_starts = [s.text_start for s in self._by_text]

    def doc_to_text(self, pos: int, snap: Snap = "exact", *, plain: bool = False) -> int | None:
        """The text offset shown at ``pos``; outside article text: None, or the nearest offset after
        (``forward``) or before (``backward``) it, which is how a selection's ends are read.

        ``plain`` reads only text shown in its own block (a selection running from the headline into
        the body starts where the body does)."""
        segments, starts = (self._plain, self._plain_starts) if plain else (self.segments, self._doc_starts)
        index = bisect.bisect_right(starts, pos) - 1
        if index >= 0 and pos <= segments[index].doc_end:
            segment = segments[index]
            return segment.text_start + pos - segment.doc_start
        if snap == "forward" and index + 1 < len(segments):
            return segments[index + 1].text_start
        if snap == "backward" and index >= 0:
            return segments[index].text_end
        return None

    def shown_as(self, doc_start: int, doc_end: int) -> str | None:
        """The kind a selection is shown as when both its ends lie in one ``shown_as`` segment."""
        first, last = sorted((doc_start, doc_end))
        index = bisect.bisect_right(self._doc_starts, first) - 1
        if index >= 0:
            segment = self.segments[index]
            if segment.shown_as and last <= segment.doc_end:
                return segment.shown_as
        return None

    def spans(self, start: int, end: int, shown_as: str | None = None) -> list[tuple[int, int]]:
        """Document ranges showing text[start:end]: where it is shown as ``shown_as`` if it is, else
        in its own blocks (one range per run of article text, labels skipped)."""
        def runs(kind: str | None) -> list[tuple[int, int]]:
            out = []
            for segment in self.segments:
                if segment.shown_as != kind:
                    continue
                s, e = max(start, segment.text_start), min(end, segment.text_end)
                if s < e:
                    out.append((segment.doc_start + s - segment.text_start,
                                segment.doc_start + e - segment.text_start))
            return out

        return (runs(shown_as) if shown_as else []) or runs(None)

    def text_to_doc(self, offset: int) -> int | None:
        """The document position of a text offset; an offset between blocks (the blank line) or in
        text the reader does not show goes to the start of the next shown text."""
        index = bisect.bisect_right(self._text_starts, offset) - 1
        if index >= 0 and offset <= self._by_text[index].text_end:
            segment = self._by_text[index]
            return segment.doc_start + offset - segment.text_start
        if index + 1 < len(self._by_text):
            return self._by_text[index + 1].doc_start
        return self._by_text[-1].doc_end if self._by_text else None


def segments_for(text: str, doc_start: int, text_start: int) -> list[Segment]:
    """Segments for ``text`` inserted at ``doc_start``: Qt counts a character beyond the BMP (an
    emoji) as two positions and Python as one, so each such character gets a segment of its own."""
    segments: list[Segment] = []
    run_start = 0
    doc = doc_start
    for index, char in enumerate(text):
        if ord(char) > 0xFFFF:
            if index > run_start:
                segments.append(Segment(doc, text_start + run_start, index - run_start))
                doc += index - run_start
            segments.append(Segment(doc, text_start + index, 1))
            doc += 2
            run_start = index + 1
    # Always close with the last run, even empty: the offset after a final emoji needs a home.
    segments.append(Segment(doc, text_start + run_start, len(text) - run_start))
    return segments



def follow_position(before: DocumentMap | None, after: DocumentMap, pos: int) -> int:
    """Where ``pos`` of the old rendering is in the new one, so a selection keeps its words when the
    details around them (headline, source line, byline) are re-rendered at another length.

    A position in a block's own text keeps its text offset; any other (the headline, a label) moves
    with the segment it is in or follows, when both renderings have the same segments."""
    if before is None:
        return pos
    offset = before.doc_to_text(pos, plain=True)
    if offset is not None:
        moved = after.text_to_doc(offset)
        return pos if moved is None else moved
    if len(before.segments) != len(after.segments):
        return pos
    index = bisect.bisect_right([s.doc_start for s in before.segments], pos) - 1
    if index < 0:
        return pos  # above all article text: the top of the page did not move
    old, new = before.segments[index], after.segments[index]
    if pos <= old.doc_end:
        return new.doc_start + min(pos - old.doc_start, new.length)
    limit = after.segments[index + 1].doc_start if index + 1 < len(after.segments) else None
    moved = new.doc_end + pos - old.doc_end
    return moved if limit is None else min(moved, limit)
