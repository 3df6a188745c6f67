"""Which span of the text a person meant: the one set of rules for a selection's ends.

Pure functions on (text, start, end), so the window's selection, the store's attribution and the
command line agree on what a selection holds. A drag rarely lands exactly on word boundaries or
between a quotation mark and its words; these rules read the selection as the words it touches:

- ``snap_to_words``: an end inside a word moves out to take the whole word ("ide." -> "wide.").
- ``trim_marks``: blanks go, a quotation mark at an end goes unless its partner is inside the
  selection, and a pair that encloses the whole selection goes too (the citation adds its own),
  so a passage never ends on a stray mark (“…generation,‘”).
"""

from __future__ import annotations

import re
import unicodedata

OPENING = frozenset("“‘«„‚‹")
CLOSING = frozenset("”’»›")
STRAIGHT = frozenset("\"'")
MARKS = frozenset(OPENING) | CLOSING | STRAIGHT
# The marks found by the regex engine: a long block with many quotes is not walked character by character
# in Python for each one (a backup's 12,000 quotes in one block took minutes).
_MARK = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
# Characters that continue a word when they sit between two word characters: "Kazakhstan's",
# "25.3", "1,000". A hyphen does not: "China-Kazakhstan" is two words, as a double-click has it.
_JOINERS = frozenset("'’.,")


def _is_word(char: str) -> bool:
    """Letters and digits, and combining marks (é as e + U+0301, Hebrew points), which belong to the
    letter before them: a boundary between the two would cut a character in half."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _inside_word(text: str, index: int) -> bool:
    """Whether a boundary at ``index`` cuts a word in two (both sides belong to the same word)."""
    if index <= 0 or index >= len(text):
        return False
    before, after = text[index - 1], text[index]
    if _is_word(before) and _is_word(after):
        return True
    if before in _JOINERS and _is_word(after) and index >= 2 and _is_word(text[index - 2]):
        return before not in ".," or (text[index - 2].isdigit() and after.isdigit())
    if after in _JOINERS and _is_word(before) and index + 1 < len(text) and _is_word(text[index + 1]):
        return after not in ".," or (before.isdigit() and text[index + 1].isdigit())
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Move each end that falls inside a word out to that word's edge; an empty span stays empty."""
    if start >= end:
        return start, end
    while _inside_word(text, start):
        start -= 1
    while _inside_word(text, end):
        end += 1
    return start, end


def trim_blanks(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _straight_opens(text: str, index: int) -> bool:
    """A straight quote opens when nothing but a blank, a bracket or a dash comes before it."""
    return index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-/"


def _role(text: str, index: int) -> str | None:
    """'open', 'close' or None (an apostrophe, or not a mark) for the character at ``index``."""
    char = text[index]
    if char in STRAIGHT or char == "’":
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if char != '"' and _is_word(before) and (_is_word(after) or before.lower() == "s"):
            return None  # Kazakhstan's, students' / students’: an apostrophe
        if char == "’":
            return "close"
        return "open" if _straight_opens(text, index) else "close"
    if char in "“‘" and index and not text[index - 1].isspace() and not _straight_opens(text, index):
        after = text[index + 1] if index + 1 < len(text) else " "
        if not _is_word(after):
            return "close"  # German „so“ and ‚so‘: the high mark closes after a word
    if char in OPENING:
        return "open"
    if char in CLOSING:
        return "close"
    return None


def _family(char: str) -> str:
    """Marks that pair with each other: double, single or guillemets."""
    if char in "\"“”„":
        return "double"
    if char in "'‘’‚":
        return "single"
    return "angle"


def _partner(text: str, start: int, end: int, index: int) -> int | None:
    """The index, within [start, end), of the mark pairing the one at ``index``; None if outside."""
    role, family = _role(text, index), _family(text[index])
    depth = 0
    if role == "open":
        for match in _MARK.finditer(text, index + 1, end):
            i = match.start()
            if _family(text[i]) == family:
                r = _role(text, i)
                depth += 1 if r == "open" else -1 if r == "close" else 0
                if depth < 0:
                    return i
    elif role == "close":
        for i in reversed([m.start() for m in _MARK.finditer(text, max(start, 0), index)]):
            if _family(text[i]) == family:
                r = _role(text, i)
                depth += 1 if r == "close" else -1 if r == "open" else 0
                if depth < 0:
                    return i
    return None


def trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Blanks and unpaired quotation marks off both ends; an enclosing pair off too."""
    start, end = trim_blanks(text, start, end)
    while start < end:
        first, last = start, end - 1
        if text[first] in MARKS and _role(text, first) is None:
            # The tail of a possessive (students’) does not begin a passage.
            start = trim_blanks(text, first + 1, end)[0]
            continue
        if text[first] in MARKS:
            partner = _partner(text, start, end, first)
            if partner is None or partner == last:
                start, end = trim_blanks(text, first + 1, last if partner == last else end)
                continue
        if text[last] in MARKS and _role(text, last) is not None and _partner(text, start, end, last) is None:
            end = trim_blanks(text, start, last)[1]
            continue
        break
    return start, end


def inside_marks(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether [start, end) sits inside a pair of quotation marks of ``text[lo:hi]`` (its block).

    A passage between marks may be someone else's words even when no rule found a speaker for it
    (BVG called the strike "disproportionate"): saved as the author's, it must say so.
    """
    for index in reversed([m.start() for m in _MARK.finditer(text, lo, max(lo, start - 1) + 1)]):
        if _role(text, index) == "open":
            partner = _partner(text, lo, hi, index)
            if partner is not None and partner >= end:
                return True
    return False


def meant(text: str, start: int, end: int, *, exact: bool = False) -> tuple[int, int] | None:
    """The span a person meant by selecting [start, end): whole words, no stray marks; None if empty.

    ``exact`` keeps the ends where they are (only blanks go): the window's Alt modifier.
    """
    if start > end:
        start, end = end, start
    if not exact:
        start, end = snap_to_words(text, *trim_blanks(text, start, end))
        start, end = trim_marks(text, start, end)
    else:
        start, end = trim_blanks(text, start, end)
    return (start, end) if start < end else None
