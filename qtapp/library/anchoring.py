"""W3C-style anchors for quotes, and re-anchoring them in a text that may have changed.

A quote keeps a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end), as the
W3C Web Annotation model does. To place it again: the stored position if the text there still matches,
else every exact occurrence scored by how well its surroundings agree with prefix and suffix, else a fuzzy
match (rapidfuzz) above a threshold, else "not found" — reported, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from qtapp.translatable import N_

CONTEXT = 32
FUZZY_THRESHOLD = 85.0
Method = Literal["position", "quote", "fuzzy"]


@dataclass(frozen=True)
class Selector:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        return {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Anchor:
    """Where a selector lands in the current text, how it was found, and how sure (0–100)."""

    start: int
    end: int
    method: Method
    score: float


def selector_for(text: str, start: int, end: int, context: int = CONTEXT) -> Selector:
    if not 0 <= start <= end <= len(text):
        raise ValueError(N_("Library", "span {start}..{end} is outside a text of {text_count} characters")
                         .format(start=start, end=end, text_count=len(text)))
    return Selector(text[start:end], text[max(0, start - context):start], text[end:end + context],
                    start, end)


def _context_score(text: str, selector: Selector, start: int, end: int) -> float:
    """How well the text around [start, end) agrees with the stored prefix and suffix (0–100)."""
    from rapidfuzz.distance import Indel
    scores = []
    if selector.prefix:
        before = text[max(0, start - len(selector.prefix)):start]
        scores.append(Indel.normalized_similarity(before, selector.prefix) * 100)
    if selector.suffix:
        after = text[end:end + len(selector.suffix)]
        scores.append(Indel.normalized_similarity(after, selector.suffix) * 100)
    return sum(scores) / len(scores) if scores else 100.0


def _exact_matches(text: str, exact: str) -> Iterable[int]:
    position = text.find(exact)
    while position != -1:
        yield position
        position = text.find(exact, position + 1)


def anchor(text: str, selector: Selector, threshold: float = FUZZY_THRESHOLD) -> Anchor | None:
    """Place ``selector`` in ``text``; None means "not found in this version"."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel
    exact = selector.exact
    if not exact:
        return None
    if text[selector.start:selector.end] == exact:
        return Anchor(selector.start, selector.end, "position", 100.0)
    best: tuple[float, int, int] | None = None
    for position in _exact_matches(text, exact):
        score = _context_score(text, selector, position, position + len(exact))
        # Prefer better context, then the occurrence nearest the old position.
        key = (score, -abs(position - selector.start), position)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is not None:
        return Anchor(best[2], best[2] + len(exact), "quote", best[0])
    found = fuzz.partial_ratio_alignment(exact, text, score_cutoff=threshold)
    if found is None or found.dest_end <= found.dest_start:
        return None
    # partial_ratio may align the text against part of the quote only; require most of it to be there.
    if (found.dest_end - found.dest_start) < 0.8 * len(exact):
        return None
    start, end = _refine(text, selector, found.dest_start, found.dest_end)
    return Anchor(start, end, "fuzzy", Indel.normalized_similarity(text[start:end], exact) * 100)


def _refine(text: str, selector: Selector, start: int, end: int) -> tuple[int, int]:
    """Move the ends of a fuzzy alignment to where the text best matches the quote and its context.

    partial_ratio aligns a window as long as the old quote, so an edit that made the passage longer or
    shorter leaves the window cut short or spilling over. Each end is re-chosen within a slack, scored
    together with the stored suffix (for the end) or prefix (for the start): a cut-short end is not
    followed by the old suffix, so it loses to the true one.
    """
    from rapidfuzz.distance import Indel
    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    slack = max(4, len(exact) // 3)

    def end_score(e: int) -> tuple[float, int]:
        return Indel.normalized_similarity(text[start:e + len(suffix)], exact + suffix), -abs(e - end)

    end = max(range(max(start + 1, end - slack), min(len(text), end + slack) + 1), key=end_score)

    def start_score(b: int) -> tuple[float, int]:
        return Indel.normalized_similarity(text[max(0, b - len(prefix)):end], prefix + exact), -abs(b - start)

    start = max(range(max(0, start - slack), min(end - 1, start + slack) + 1), key=start_score)
    # Don't swallow a neighbour's blank when the quote itself had none at its edges.
    while start < end and text[start].isspace() and not exact[0].isspace():
        start += 1
    while end > start and text[end - 1].isspace() and not exact[-1].isspace():
        end -= 1
    return start, end
