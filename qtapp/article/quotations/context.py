"""The words around a quotation that its rules read: the lead (its sentence up to the opening mark)
and the tail (from the closing mark to the end of that sentence), both outside any other quotation.

Each is bounded (``WINDOW`` characters) so an article with thousands of quotations stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from qtapp.article.quotations.lexicon import ABBREVIATIONS
from qtapp.article.quotations.spans import PackedSpans, Span

WINDOW = 300
_SENTENCE_END = re.compile(r"""[.!?]['"”’)]*(?=\s|$)|[.!?](?=[A-Z])""")
_ENDS_SENTENCE = re.compile(r"[.!?]['’]?\s*$")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?$")
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.$")
_INSIDE_INITIALISM = re.compile(r"[A-Z]\.")
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# the word before an initial that opens a name: "The", a capitalised word, another initial ("W. M. Sunil"), or a
# speech verb the name follows ("said K. Lakshmi Narayanan")
_NAME_BEFORE_INITIAL = re.compile(r"(?:^|(?<![\w.])(?:[Tt]he|[A-Z][\w'’\-]+|[A-Z]\.|said|says|added|adds|told|wrote|"
                                  r"writes|explained|noted|according\s+to))\s+$")
_NAME_NEXT = re.compile(r"\s+(?!(?:The|He|She|It|They|We|I|But|And|A|An|This|That|In|On|At|Its|His|Her|Their)\b)[A-Z]")


class Around(NamedTuple):
    lead: str  # the sentence before the opening mark, after any earlier quotation in it
    tail: str  # after the closing mark, to the end of the sentence or the next quotation
    lead_start: int  # where ``lead`` starts in the block
    sentence_start: bool  # the quotation opens its sentence (nothing but punctuation before it)
    sentence_end: bool  # the quotation closes its sentence (its tail is empty)
    sentence_lead: str  # the whole sentence before the opening mark, earlier quotations included


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    if match.group()[0] != ".":
        return True
    word = _LAST_WORD.search(text[max(0, match.start() - 12):match.start() + 1])
    if word and word.group(1).lower() in ABBREVIATIONS:
        return False
    if not text[match.start() - 1:match.start()].isupper():
        return True  # no initialism ends here
    if _INSIDE_INITIALISM.match(text, match.end()) and _INITIAL.search(text, max(0, match.start() - 2),
                                                                        match.start() + 1):
        return False  # the first dot of "U.S."
    if (_INITIAL.search(text, max(0, match.start() - 2), match.start() + 1) and _NAME_NEXT.match(text, match.end())
            and _NAME_BEFORE_INITIAL.search(text, max(0, match.start() - 40), match.start() - 1)):
        return False  # "The T. Nagar Association", "Kim J. Park": an initial inside a name ("plan B. Officials" ends)
    # "the U.S. Army Corps said": an initialism before a name goes on; before "He", "The" … it may end one
    return not (_INITIALISM.search(text, max(0, match.start() - 12), match.start() + 1)
                and _NAME_NEXT.match(text, match.end()))


_NEAR = 64


def _last_boundary(text: str, low: int, position: int) -> re.Match[str] | None:
    # From the end back: the last boundary is usually the last end, so one check instead of one per end.
    # Each end starts at a [.!?] and swallows only closing marks, so a scan from nearer the position finds
    # the same ends after its start: the last few characters are tried first, the whole window only when
    # no boundary is among them (in dialogue, the window held a dozen ends to list for each quotation).
    near = position - _NEAR
    if near > low:
        for match in reversed(list(_SENTENCE_END.finditer(text, near, position))):
            if _is_boundary(text, match):
                return match
    for match in reversed(list(_SENTENCE_END.finditer(text, low, position))):
        if _is_boundary(text, match):
            return match
    return None


def sentence_start_before(text: str, position: int, floor: int) -> int:
    """Start of the sentence holding ``position``, never before ``floor``."""
    low = max(floor, position - WINDOW)
    last = _last_boundary(text, low, position)
    return last.end() if last else low


def sentence_starts_before(text: str, position: int, floor: int) -> tuple[int, int]:
    """(``sentence_start_before`` with ``floor``, and with no floor) from one scan of the window.

    A scan from further back finds the same sentence ends after ``floor`` (each end starts at a
    [.!?] and swallows only closing marks), so the later start is the floorless one's when its last
    end lies past the floor, else the floor.
    """
    low = max(0, position - WINDOW)
    last = _last_boundary(text, low, position)
    floorless = last.end() if last else low
    floored = max(floor, low)
    return (last.end() if last and last.start() >= floored else floored), floorless


def sentence_end_after(text: str, position: int, ceiling: int) -> int:
    high = min(ceiling, position + WINDOW)
    for match in _SENTENCE_END.finditer(text, position, high):
        if _is_boundary(text, match):
            return match.end()
    return high


def around(text: str, spans: Sequence[Span], index: int) -> Around:
    span = spans[index]
    floor = spans[index - 1].end + 1 if index else 0
    ceiling = spans[index + 1].start - 1 if index + 1 < len(spans) else len(text)
    opening = span.start - 1
    # only a short quotation needs the whole sentence (for a speech verb before an earlier quotation)
    short = floor and len(text[span.start:span.end].split()) <= 4
    if short:
        lead_start, whole_start = sentence_starts_before(text, opening, floor)
    else:
        lead_start = whole_start = sentence_start_before(text, opening, floor)
    lead = text[lead_start:opening]
    after = min(span.end + 1, len(text))
    tail = text[after:sentence_end_after(text, after, ceiling)]
    starts = not lead.strip(" ,;:—–-()")
    # the sentence may have ended inside the quotation ("… end." Those were …)
    inside_end = bool(_ENDS_SENTENCE.search(text, span.start, span.end))
    whole_lead = text[whole_start:opening] if short else lead
    return Around(lead, tail, lead_start, starts, not tail.strip() or (inside_end and _capital(tail)), whole_lead)


def _capital(tail: str) -> bool:
    stripped = tail.lstrip()
    return bool(stripped) and stripped[0].isupper()


# How far outside ``around``'s windows its patterns read: the lookbehinds of the initial and name checks
# before a sentence end (41 characters), and after one a run of spaces and a short word (``_NAME_NEXT``).
_READ_BEFORE = WINDOW + 48
_READ_AFTER = 10
REMEMBERED_AROUNDS = 256
_new = tuple.__new__


def arounds(text: str, spans: Sequence[Span]) -> Iterator[Around]:
    """``around`` for every span of a block, each window read once per distinct wording.

    ``around`` reads only the characters from ``_READ_BEFORE`` before the opening mark to the end of its
    tail's window (and the spaces and short word after it), so two quotations with the same characters
    there, the same neighbours' bounds and the same place relative to the block's start give the same
    words around: a block of tens of thousands of one exchange ("Costa said, "We will go."") reads it
    once instead of once per quotation (issue 15 item 10), and shares the words' strings. Each is made
    as it is asked for: a block's are not all held at once.
    """
    size, count = len(text), len(spans)
    opens, closes = spans.bounds() if isinstance(spans, PackedSpans) else ([s.start for s in spans],
                                                                          [s.end for s in spans])
    read: dict[tuple[object, ...], tuple[Around, int]] = {}  # the words around, and where the lead starts
    floor = 0
    for index in range(count):  # the bounds as ``around`` computes them, in plain comparisons (it is hot)
        start, end = opens[index], closes[index]
        ceiling = opens[index + 1] - 1 if index + 1 < count else size
        opening = start - 1
        after = end + 1 if end < size else size
        high = after + WINDOW if after + WINDOW < ceiling else ceiling
        low = opening - _READ_BEFORE if opening > _READ_BEFORE else 0
        reach = edge = high if high > end else end
        while reach < size and text[reach].isspace():
            reach += 1
        if reach - edge > _READ_AFTER:  # a long run of spaces: read as it is, not remembered
            floor = end + 1
            yield around(text, spans, index)
            continue
        reach = reach + _READ_AFTER if reach + _READ_AFTER < size else size
        lowest = opening - WINDOW if opening - WINDOW > floor else floor  # the floor as ``around`` sees it
        key = (text[low:reach], low == 0, opening - low, end - low, after - low, high - low, floor > 0,
               (lowest if lowest > 0 else 0) - low)
        floor = end + 1
        known = read.get(key)
        if known is None:
            found = around(text, spans, index)
            if len(read) >= REMEMBERED_AROUNDS:
                read.clear()  # windows that never repeat must not pile up
            read[key] = (found, found.lead_start - low)
            yield found
        else:  # the same words, in this quotation's place (made by tuple.__new__: no NamedTuple frame)
            lead, tail, _, starts, ends, whole = known[0]
            yield _new(Around, (lead, tail, known[1] + low, starts, ends, whole))
