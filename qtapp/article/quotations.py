"""Quoted words in a block, and who said them when the text says so.

Straight quotes pair by parity, curly quotes by direction. A speaker is taken only from a speech verb
next to a name ("X said, "…"", ""…," said Dr. X"); titles, policy names and scare quotes get none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from qtapp.article.names import NAME, full_name, strip_titles

SPEECH_VERBS = (r"(?:said|says|say|told|tells|added|adds|noted|notes|wrote|writes|stated|states|"
                r"explained|explains|asked|asks|quoted|quotes|quoting|declared|declares|remarked|"
                r"insisted|insists|argued|argues|warned|warns|recalled|recalls|stressed|stresses|"
                r"emphasized|emphasised|emphasizes|emphasises|replied|replies|answered|answers)")
# Name, then (within the same sentence, no other quote) a speech verb, ending in "," or ":".
_BEFORE = re.compile(rf"(?P<name>{NAME})\s+(?:has\s+|had\s+|once\s+|also\s+)?{SPEECH_VERBS}\b"
                     rf"[^.!?\"“”]*[,:]\s*$")
_AFTER = re.compile(rf"^\s*,?\s*(?:{SPEECH_VERBS}\s+(?P<name1>{NAME})|(?P<name2>{NAME})\s+{SPEECH_VERBS}\b"
                    rf"|according\s+to\s+(?P<name3>{NAME}))")
MAX_LEAD = 300
_PRONOUNS = frozenset("he she they it we i you this that".split())


_MARKS = re.compile(r'["“”]')


def quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each pair of double quotes, marks excluded."""
    straight: list[int] = []
    opening: int | None = None
    for mark in _MARKS.finditer(text):  # only the marks are visited, not every character
        index, ch = mark.start(), mark.group()
        if ch == '"':
            straight.append(index)
        elif ch == "“":
            opening = index
        elif opening is not None:
            yield opening + 1, index
            opening = None
    for open_at, close_at in zip(straight[0::2], straight[1::2], strict=False):  # an odd last one is left open
        yield open_at + 1, close_at


def _clean_speaker(raw: str | None, resolve: Callable[[str], str]) -> str | None:
    if not raw:
        return None
    name = strip_titles(raw.strip())
    if not name or name.lower() in _PRONOUNS or name.split()[0].lower() in _PRONOUNS:
        return None
    return resolve(name)


def _starts_sentence(block: str, open_mark: int) -> bool:
    before = block[:open_mark].rstrip()
    return not before or before[-1] in ".!?:,;"


def find_speaker(block: str, start: int, end: int, resolve: Callable[[str], str]) -> str | None:
    """The named speaker of the quotation ``block[start:end]``, or None.

    ``resolve`` turns a short name into the fullest form the article uses (``name_resolver``).
    """
    # Look back over one sentence at most, and never further than a few hundred characters, so a
    # block with thousands of quotations stays linear.
    window = max(0, start - 1 - MAX_LEAD)
    sentence_start = max(block.rfind(ch, window, start - 1) for ch in ".!?\"“”")
    lead = block[max(sentence_start + 1, window):start - 1]
    match = _BEFORE.search(lead)
    if match:
        # The subject is the name closest to the verb: "President Xi quotes …" gives "President Xi".
        return _clean_speaker(match.group("name"), resolve)
    if _starts_sentence(block, start - 1):
        match = _AFTER.match(block[end + 1:end + 120])
        if match:
            raw = match.group("name1") or match.group("name2") or match.group("name3")
            return _clean_speaker(raw, resolve)
    return None


def name_resolver(text: str) -> Callable[[str], str]:
    """``full_name`` over one article's text, remembered per short name for this parse only.

    (A cache keyed by the text itself would compare whole articles on every lookup.)
    """
    return lru_cache(maxsize=None)(lambda short: full_name(short, text))
