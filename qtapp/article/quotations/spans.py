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
from typing import NamedTuple

_MARKS = re.compile(r'["“”]')


class Span(NamedTuple):
    start: int  # first character inside the marks
    end: int  # the closing mark (or the block's end when the quotation runs on)
    runs_on: bool = False


def quote_spans(text: str, next_opens: bool = False) -> list[Span]:
    """Spans of ``text`` in quotation marks, in order; ``next_opens`` says the next block opens with a mark.

    Linear: only the marks are visited.
    """
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
