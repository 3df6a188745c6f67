"""Where a quote sits in the text an article was read from, for selectors that count in the source.

The library anchors quotes in the article's cleaned text (blocks joined by blank lines, chrome dropped,
hard-wrapped lines joined), but an annotation names the page or file itself. A quote is placed in the
stored source only when that is certain: its words, with any run of blanks standing for any other,
occur there as often as in the cleaned text, so the n-th occurrence is the same passage. A web page is
never placed: its stored source is the text extracted from the markup, which is not the text a browser
counts in the page (``None``: the caller then says which text its offsets count in).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from qtapp.article.model import BLOCK_SEPARATOR, Article

_BLANKS = re.compile(r"\s{2,}")
_ANY_BLANK = re.compile(r"\s")
CONTEXT = 32  # characters of prefix and suffix, as Hypothesis and the library's own anchors keep


class Collapsed:
    """``text`` with each run of blanks as one space, and the way back to the text's own offsets."""

    def __init__(self, text: str) -> None:
        self.text = _ANY_BLANK.sub(" ", _BLANKS.sub(" ", text))
        self._norm: list[int] = []  # where each run of 2+ blanks starts, in the collapsed text
        self._orig: list[int] = []  # ... in the text
        self._after: list[int] = []  # characters dropped up to the end of each run
        dropped = 0
        for run in _BLANKS.finditer(text):
            self._orig.append(run.start())
            self._norm.append(run.start() - dropped)
            dropped += len(run.group()) - 1
            self._after.append(dropped)

    def to_text(self, offset: int) -> int:
        """The text's offset of the collapsed text's character ``offset``."""
        index = bisect_right(self._norm, offset) - 1
        if index < 0:
            return offset
        if offset == self._norm[index]:
            return self._orig[index]
        return offset + self._after[index]

    def to_collapsed(self, offset: int) -> int:
        """The collapsed offset of the text's ``offset`` (inside a run: the run's one space)."""
        index = bisect_right(self._orig, offset) - 1
        if index < 0:
            return offset
        before = self._after[index - 1] if index else 0
        if offset < self._orig[index] + self._after[index] - before + 1:
            return self._norm[index]
        return offset - self._after[index]


def _nth(haystack: str, needle: str, count: int) -> int:
    """Where the ``count``-th (from 0) occurrence of ``needle`` starts, occurrences allowed to overlap."""
    at = -1
    for _ in range(count + 1):
        at = haystack.find(needle, at + 1)
        if at < 0:
            break
    return at


def _occurrences(haystack: str, needle: str, end: int | None = None) -> int:
    found, at = 0, haystack.find(needle, 0, end)
    while at >= 0:
        found += 1
        at = haystack.find(needle, at + 1, end)
    return found


def looks_like_markup(source: str) -> bool:
    """A saved web page: its offsets would count tags, not the words a reader sees."""
    return source.lstrip("\ufeff \t\r\n")[:1] == "<"


@dataclass(frozen=True)
class Placed:
    """A quote as it stands in the source: its span and its own characters around it."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


class SourceText:
    """An article's source and cleaned text, each collapsed once, for the quotes of that article."""

    def __init__(self, source: str, article: Article, *, web_page: bool = False) -> None:
        self.source, self.article = source, article
        self.markup = web_page or looks_like_markup(source)
        self._source = None if self.markup else Collapsed(source)
        self._text = Collapsed(article.text)

    def place(self, start: int, end: int, prefix: str = "", suffix: str = "") -> Placed | None:
        """The source span of the cleaned text's ``[start, end)``, or None unless it is certain.

        ``prefix``/``suffix`` are the cleaned text's context, already cut at block joins; the source's
        own characters for them are returned when the source has them right there, else "".
        """
        if self._source is None or not 0 <= start < end <= len(self.article.text):
            return None
        text, source = self._text, self._source
        begin = text.to_collapsed(start)
        needle = text.text[begin:text.to_collapsed(end - 1) + 1]
        if not needle.strip() or text.text.find(needle, begin, begin + len(needle)) != begin:
            return None
        total = _occurrences(text.text, needle)
        if total != _occurrences(source.text, needle):
            return None  # the source holds the words elsewhere too (chrome the reading dropped): unsure
        at = _nth(source.text, needle, _occurrences(text.text, needle, begin + len(needle) - 1))
        if at < 0:
            return None
        first, last = source.to_text(at), source.to_text(at + len(needle) - 1) + 1
        return Placed(first, last, self.source[first:last], self._before(at, prefix), self._after(at + len(needle),
                                                                                                    suffix))

    def locate(self, start: int, end: int) -> tuple[int, int] | None:
        """The cleaned text's span of the source's ``[start, end)``: ``place`` the other way round, by
        the same rule (the words occur as often in both, so the n-th is the same passage), else None."""
        if self._source is None or not 0 <= start < end <= len(self.source):
            return None
        text, source = self._text, self._source
        begin = source.to_collapsed(start)
        needle = source.text[begin:source.to_collapsed(end - 1) + 1]
        if not needle.strip() or _occurrences(source.text, needle) != _occurrences(text.text, needle):
            return None
        at = _nth(text.text, needle, _occurrences(source.text, needle, begin + len(needle) - 1))
        if at < 0:
            return None
        return text.to_text(at), text.to_text(at + len(needle) - 1) + 1

    def _before(self, at: int, prefix: str) -> str:
        assert self._source is not None
        wanted = Collapsed(prefix).text
        if not wanted or self._source.text[max(0, at - len(wanted)):at] != wanted:
            return ""
        return self.source[self._source.to_text(at - len(wanted)):self._source.to_text(at)]

    def _after(self, at: int, suffix: str) -> str:
        assert self._source is not None
        wanted = Collapsed(suffix).text
        if not wanted or self._source.text[at:at + len(wanted)] != wanted:
            return ""
        end = self._source.to_text(at + len(wanted) - 1) + 1
        return self.source[self._source.to_text(at):end]

    def block_of(self, start: int, end: int) -> tuple[str, int] | None:
        """(the block's text, its start) when ``[start, end)`` lies inside one block, else None."""
        index = self.article.block_at(start)
        if index is None:
            return None
        block = self.article.blocks[index]
        return (block.text, block.start) if end <= block.end else None


def within_block(prefix: str, suffix: str) -> tuple[str, str]:
    """The context cut where a block join starts: a prefix from the previous paragraph is not context."""
    if BLOCK_SEPARATOR in prefix:
        prefix = prefix.rsplit(BLOCK_SEPARATOR, 1)[1]
    if BLOCK_SEPARATOR in suffix:
        suffix = suffix.split(BLOCK_SEPARATOR, 1)[0]
    return prefix, suffix
