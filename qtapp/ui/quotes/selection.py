"""From a selection in the reader to a passage of the article's canonical text.

Pure functions on (text, start, end) so the rules — clip to article blocks, whole words and no stray
quotation marks at the ends (``qtapp.library.passages``, shared with the store), one newline between
blocks — are tested with plain strings; only ``document_range`` touches the document map.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

from qtapp.library.passages import meant


class BlockSpan(Protocol):
    """Anything with a [start, end) span of the article text; read-only, so frozen ``Block``s fit."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class DocumentMap(Protocol):
    def doc_to_text(self, pos: int, snap: Literal["exact", "forward", "backward"] = ..., *,
                    plain: bool = ...) -> int | None: ...
    def text_to_doc(self, offset: int) -> int | None: ...
    def shown_as(self, doc_start: int, doc_end: int) -> str | None: ...


def clip_to_blocks(blocks: Sequence[BlockSpan], start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) so it begins and ends inside article blocks; None when it touches none."""
    inside = [(max(b.start, start), min(b.end, end)) for b in blocks if b.start < end and start < b.end]
    inside = [(s, e) for s, e in inside if s < e]
    if not inside:
        return None
    return inside[0][0], inside[-1][1]


def passage(text: str, blocks: Sequence[BlockSpan], start: int, end: int) -> str:
    """The words between start and end as a reader sees them: one newline where blocks meet."""
    parts = [text[max(b.start, start):min(b.end, end)] for b in blocks
             if b.start < end and start < b.end]
    parts = [p for p in parts if p]
    return "\n".join(parts) if parts else text[start:end]


def article_range(text: str, blocks: Sequence[BlockSpan], start: int, end: int, *, exact: bool = False
                  ) -> tuple[int, int] | None:
    """Clip a canonical range to article text and read it as the words meant: the range a quote is
    saved with. ``exact`` keeps the ends as selected (only blanks go)."""
    if start > end:
        start, end = end, start
    clipped = clip_to_blocks(blocks, start, end) if blocks else (max(0, start), min(len(text), end))
    if clipped is None:
        return None
    return meant(text, *clipped, exact=exact)


def document_range(doc_map: DocumentMap, anchor: int, position: int) -> tuple[int, int] | None:
    """Map a document selection to canonical offsets, skipping text that is not the article's.

    Each end snaps inward to the nearest article text, so a selection that starts in the title or a
    label is clipped to the article's own words.
    """
    first, last = min(anchor, position), max(anchor, position)
    if first == last:
        return None
    plain = doc_map.shown_as(first, last) is None  # all inside the headline, or read from the body
    start = doc_map.doc_to_text(first, "forward", plain=plain)
    end = doc_map.doc_to_text(last, "backward", plain=plain)
    if start is None or end is None or end <= start:
        return None
    return start, end
