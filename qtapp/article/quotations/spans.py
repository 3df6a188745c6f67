"""Where the quoted words are: spans between double quotation marks, one block at a time.

Only double marks open a quotation (single marks are apostrophes too often to trust); marks of any
kind inside an open quotation are part of it, so “… ‘quiet diplomacy’ …” and "… 'cheapest,' …" stay one
quotation. Straight marks pair by parity, curly marks by direction. A quotation never crosses a block;
one left open at the end of a block (the news habit for a quotation that runs on into the next
paragraph, which opens with a mark again) is kept to the block's end, and any other unclosed mark is
ignored.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from itertools import chain, repeat
from typing import NamedTuple, overload

_MARKS = re.compile(r'["“”]')


class Span(NamedTuple):
    start: int  # first character inside the marks
    end: int  # the closing mark (or the block's end when the quotation runs on)
    runs_on: bool = False


_STRAIGHT_PAIR = re.compile(r'"([^"]*)"')
_new = tuple.__new__


def quote_spans(text: str, next_opens: bool = False) -> list[Span]:
    """Spans of ``text`` in quotation marks, in order; ``next_opens`` says the next block opens with a mark.

    Linear: only the marks are visited.
    """
    if "“" in text or "”" in text:
        return _paired(text, next_opens)
    # straight marks only (most text): they pair by parity, each pair found by one scan of the pattern
    # each Span made by tuple.__new__ (no NamedTuple __new__ frame: a block may hold 40,000)
    spans = [_new(Span, (*pair.span(1), False)) for pair in _STRAIGHT_PAIR.finditer(text) if pair.group(1).strip()]
    if text.count('"') % 2 and next_opens:
        open_at = text.rfind('"')
        if text[open_at + 1:].strip():
            spans.append(Span(open_at + 1, len(text), runs_on=True))
    return spans


def _paired(text: str, next_opens: bool) -> list[Span]:
    """``quote_spans`` mark by mark, for curly marks (paired by direction, the other kinds inside them)."""
    spans: list[Span] = []
    open_at: int | None = None  # the mark that opened the current quotation
    open_mark = ""
    for mark in _MARKS.finditer(text):
        index, ch = mark.start(), mark.group()
        if open_at is None:
            if ch in '"“':
                open_at, open_mark = index, ch
            continue  # a closing curly mark with nothing open is a stray
        if (open_mark == '"' and ch == '"') or (open_mark == "“" and ch == "”"):
            if text[open_at + 1:index].strip():
                spans.append(Span(open_at + 1, index))
            open_at = None
        # any other mark inside an open quotation (a nested or mismatched one) belongs to it
    if open_at is not None and next_opens and text[open_at + 1:].strip():
        spans.append(Span(open_at + 1, len(text), runs_on=True))
    return spans


def starts_with_quote(text: str) -> bool:
    return text[:1] in '"“'


class PackedSpans(Sequence[Span]):
    """A block's spans as two arrays of offsets, each Span made when it is read: 16 bytes a span instead
    of ~140 (a tuple and two numbers), for a block holding tens of thousands (issue 15 item 10)."""

    __slots__ = ("_ends", "_runs_on", "_starts")

    def __init__(self, spans: list[Span]) -> None:
        self._starts = array("q", [span.start for span in spans])
        self._ends = array("q", [span.end for span in spans])
        self._runs_on = len(spans) - 1 if spans and spans[-1].runs_on else -1  # only the last may run on

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[Span]:
        count, last = len(self._starts), self._runs_on
        runs_on = chain(repeat(False, last), (True,), repeat(False, count - last - 1)) if last >= 0 else repeat(False)
        # each Span made by tuple.__new__ at C speed: no generator step, no NamedTuple __new__ frame
        return map(_new, repeat(Span), zip(self._starts, self._ends, runs_on))  # type: ignore[arg-type]

    def bounds(self) -> tuple[Sequence[int], Sequence[int]]:
        """Every span's start and end, as offsets (what ``arounds`` reads of each, without a Span)."""
        return self._starts, self._ends

    @overload
    def __getitem__(self, index: int) -> Span: ...
    @overload
    def __getitem__(self, index: slice) -> list[Span]: ...
    def __getitem__(self, index: int | slice) -> Span | list[Span]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._starts)
        return Span(self._starts[index], self._ends[index], index == self._runs_on)
