"""Finding the paragraph breaks a copy-paste lost.

"2022.For over…" or 'challenge."As two…' is a sentence end glued to the next paragraph; "News.Az",
"U.S." and "28.3" are names and numbers, kept whole. "…Road collaborationKazakhstan has…" is a
heading glued to its paragraph. The rules work on any text; nothing here knows the seed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words that start sentences: after a dot they mean a break even when short ("CGTN.As", "2022.For").
SENTENCE_STARTERS = frozenset("""
a an and as at but by during for from he her his however if in it its meanwhile moreover no not now of on
our she since so some still such that the their there these they this those though thus to under until
we what when where which while who why with within yet you over after before both between despite each
every many most much one other only several today together two three yesterday last next all few
""".split())
ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr inc co ltd corp no vs gen sen rep gov mt ft".split())
# Only a sentence end with no space after it can hide a lost break; the rest need no Python-level look.
# A break needs a capital, a mark or a bracket next (a lowercase letter or a digit never makes one), and
# a straight mark only with a character after it: 'go." Costa' (a quotation's end) is never looked at.
_TERMINAL = re.compile(r'[.!?]+(?=[^\sa-z0-9"]|"\S)')
_OPENERS = "“‘"
_CLOSERS = "”’)]"
_GLUED_HEADING = re.compile(r"(?<![\w'’])([a-z]{3,})(?=[A-Z][a-z])")


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$%'’-."):
        start -= 1
    return text[start:index]


def _word_after(text: str, index: int) -> str:
    end = index
    while end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
        end += 1
    return text[index:end]


def _is_dotted_name(before: str, after: str, names: frozenset[str]) -> bool:
    """News.Az, U.S.: the dot belongs to a name, not to a sentence end."""
    last = before.split(".")[-1]
    if f"{last}.{after}" in names or f"{before}.{after}" in names:
        return True
    if len(last) == 1 and last.isupper():  # U.S., J.K.: initials and abbreviations
        return True
    if last.lower() in ABBREVIATIONS:
        return True
    short_suffix = len(after) <= 3 and after.isalpha() and after.lower() not in SENTENCE_STARTERS
    return short_suffix and last[:1].isupper() and last.isalpha()


_DOTTED = re.compile(r"[A-Z][\w-]*\.[A-Z][\w-]*")
_ALONE = re.compile(r"^\s*([A-Z][\w-]*\.[A-Z][\w-]*)\s*$", re.MULTILINE)


def dotted_names(text: str) -> frozenset[str]:
    """Dotted tokens the text itself shows to be names: a line of its own, or written twice or more."""
    found: dict[str, int] = {}
    for start, end in _dotted_spans(text):
        if (start and not text[start - 1].isspace()) or (end < len(text) and text[end] not in " \t\n,;:"):
            continue  # part of a longer token
        found[text[start:end]] = found.get(text[start:end], 0) + 1
    if all(count >= 2 for count in found.values()):
        return frozenset(found)  # no name needs a line of its own (most text has no dotted token at all)
    alone = set(_ALONE.findall(text))
    return frozenset(name for name, count in found.items() if count >= 2 or name in alone)


_DOT_CAPITAL = re.compile(r"\.[A-Z]")
_WORD_RUN = re.compile(r"[\w-]*")


def _dotted_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans ``_DOTTED.finditer`` finds ("News.Az" in "at News.Az."), found from the dots before a capital:
    only those places are read, not every capital of the text. A match's first part is the run of word
    characters before its dot (it cannot hold a dot), from its leftmost capital after the previous match."""
    done = 0  # where the previous match ended
    for dot in _DOT_CAPITAL.finditer(text):
        at = dot.start()
        if at < done:
            continue
        start, index = -1, at - 1
        while index >= done and ((char := text[index]).isalnum() or char in "_-"):  # ``[\w-]``, backwards
            if "A" <= char <= "Z":
                start = index
            index -= 1
        if start < 0:
            continue  # no capital opens the run before this dot
        done = _WORD_RUN.match(text, at + 2).end()
        yield start, done


def _opens_quotation(text: str, index: int) -> bool:
    """An opening mark at ``index`` followed by a capital: the start of a quoted paragraph."""
    return index + 1 < len(text) and text[index] in '"“' and text[index + 1].isupper()


def break_points(text: str, names: frozenset[str] = frozenset()) -> list[int]:
    """Offsets in ``text`` where a lost paragraph break belongs."""
    points: list[int] = []
    straight_quotes_before = 0
    last_open = last_close = -1
    scanned = 0
    for match in _TERMINAL.finditer(text):
        # Quote state is carried forward incrementally so a long text is scanned once, not per match.
        straight_quotes_before += text.count('"', scanned, match.end())
        last_open = max(last_open, text.rfind("“", scanned, match.end()))
        last_close = max(last_close, text.rfind("”", scanned, match.end()))
        scanned = match.end()
        pos = match.end()
        nxt = text[pos]
        inside_curly = last_open > last_close
        if (straight_quotes_before % 2 == 1 and nxt != '"') or (inside_curly and nxt != "”"):
            continue  # a sentence end inside a quotation is not a paragraph end
        if nxt in _CLOSERS:
            while pos < len(text) and text[pos] in _CLOSERS:
                pos += 1
            if pos < len(text) and (text[pos].isupper() or _opens_quotation(text, pos)):
                points.append(pos)
        elif nxt in _OPENERS:
            if pos + 1 < len(text) and text[pos + 1].isupper():
                points.append(pos)
        elif nxt == '"':
            closing = straight_quotes_before % 2 == 1
            after = pos + 1 if closing else pos
            if after + (0 if closing else 1) < len(text) and text[after + (0 if closing else 1)].isupper():
                points.append(after)
            elif closing and _opens_quotation(text, after):
                points.append(after)  # 'them.""Then' / 'generation."“We': one quotation ends, the next begins
        elif nxt.isupper() and match.group() == ".":
            before, word_after = _word_before(text, match.start()), _word_after(text, pos)
            if before and not _is_dotted_name(before, word_after, names):
                points.append(pos)
            elif not before and match.start() and text[match.start() - 1] in ')]"”’':
                # "(US$34.6 million).According", 'the job "was all I needed".In 1998': a sentence closed
                # after its bracket or its quotation
                points.append(pos)
        elif nxt.isupper():
            points.append(pos)
    return points


def split_glued(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Split one run of text at its lost paragraph breaks; no character is added or lost."""
    if _TERMINAL.search(text) is None:  # every break follows a sentence's end: a line with none is one piece
        return [text] if text.strip() else []
    pieces, last = [], 0
    for point in break_points(text, names):
        pieces.append(text[last:point])
        last = point
    pieces.append(text[last:])
    pieces = [piece for piece in pieces if piece.strip()]
    if len(pieces) > 1 and " " not in pieces[-1].strip() and not re.search(r"[.!?\"”’)]$", pieces[-1].strip()):
        # One word with no sentence end is no paragraph: "By the Costa.By" keeps its "By" (a dotted name
        # the page also showed in its dropped masthead, so re-reading the clean text must not split it).
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    return pieces


_GLUED_TITLE_CASE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+\b)")
_CLAUSE_MARK = re.compile(r"[.!?;,:]")
# "15.41 BST: …", "8:20 p.m. — Crest …": a time's dots stop no sentence
_STOP = re.compile(r"(?<!\b[ap])(?<!\b[ap]\.m)[.!?;](?!\d)")
_SENTENCE_MARK = re.compile(r"[.!?]")


def _capitalised_heading(text: str, max_length: int) -> tuple[str, str] | None:
    """"About Solvane RoboticsSolvane Robotics builds …", "Qualified PersonThe technical …": a Title Case
    heading glued to its paragraph, told from a brand ("PlayStation") because the paragraph's first word
    starts a sentence or repeats the heading's own name."""
    for match in _GLUED_TITLE_CASE.finditer(text, 0, max_length + 1):
        lead, rest = text[:match.start()], text[match.start():]
        words = lead.split()
        if len(words) < 2 or _CLAUSE_MARK.search(lead) or not all(w[:1].isupper() for w in words):
            continue
        first_word = next(iter(rest.split(maxsplit=1)), "")  # not rest.split(): the rest may be megabytes
        if len(rest) < 40 or not _SENTENCE_MARK.search(rest):
            return None
        # "About NordvattenNordvatten develops …": a boilerplate heading's one-word name, repeated
        if first_word.lower() in SENTENCE_STARTERS or first_word in words[:-1] or (
                words[0] == "About" and first_word == words[-1]):
            return lead, rest
    return None


def split_glued_heading(text: str, max_length: int = 120) -> tuple[str, str] | None:
    """("…Road collaboration", "Kazakhstan has…") when a short, sentence-less lead is glued to a paragraph.

    Brand-like words (iPhone, YouTube, McDonald's, PlayStation) are left alone: the glued word must be
    all lowercase from its start and at least three letters long, and the lead must have two words.
    """
    if not text[:1].isupper() and not text[:1].isdigit():
        return None
    capitalised = _capitalised_heading(text, max_length)
    if capitalised:
        return capitalised
    for match in _GLUED_HEADING.finditer(text, 0, max_length + 1):
        lead, rest = text[:match.end()], text[match.end():]
        if " " not in lead.strip() or _STOP.search(lead):
            return None
        if len(rest) < 40 or not _SENTENCE_MARK.search(rest):
            return None
        return lead, rest
    return None
