"""Lines into paragraphs: blank lines separate; a hard-wrapped paragraph's lines are joined again.

Two lines of one chunk are one paragraph only when the first was plainly broken for width: it is long,
and the next line's first word would not have fitted on it (a greedy wrap, as mail and text editors
make). A headline over its byline, a name alone under a headline, or a run of menu lines are short or
stand on their own, and keep their lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BLANK_LINE = re.compile(r"\n\s*\n")
MIN_WRAP_WIDTH = 50
SURE_WRAP_WIDTH = 64  # text wrapped for reading is 64–80 wide; two headlines of 60 are two lines
MAX_READING_WIDTH = 80
WRAPPED_SHARE_OF_WIDTH = 0.8  # a wrapped line's length over the wrap width, for most lines but the last
# Capitalised with no sentence end (a headline), or opening with a bracket or quote ("(Reporting by …)"):
# a line of its own, not the tail of the one above
_HEADLINE_LIKE = re.compile(r"^[A-Z][^.!?]*$|^[(\"“‘](?!\d+\)$)")  # but "(14)" is a count's tail
# The closed class of words a list of other stories is labelled by: "Read also", "RELATED NEWS", "More from X"
_LIST_LABEL = re.compile(r"^(?:related|read|more|most|also|see also|recommended|trending|you may also)\b",
                         re.IGNORECASE)
_UNFINISHED = re.compile(r"(?:,|\b(?:a|an|the|of|for|to|and|or|in|on|at|by|with|from|as|after|before|into|"
                         r"than|that|its|their|his|her))$", re.IGNORECASE)


def _wrapped(line: str, following: str, width: int, wide_is_sure: bool = True) -> bool:
    """Broken for width: long, the next word would not have fitted, and the line is plainly unfinished
    (the text is wide, the next line goes on in lowercase, or this one ends on "of" or a comma). A width
    read off one line alone (``wide_is_sure`` false) is no proof by itself that the text was wrapped."""
    first_word = next(iter(following.split(maxsplit=1)), "")
    if len(line) + 1 + len(first_word) <= width - 1:
        return False
    if len(line) < 0.7 * width and (len(first_word) < 0.3 * width or "@" not in first_word and "/" not in first_word):
        return False  # short, unless the next word is an address too long to fit ("… Write to" / "letters@…")
    if width >= SURE_WRAP_WIDTH and wide_is_sure or first_word[:1].islower() or _UNFINISHED.search(line):
        return True
    # A sentence broken for width: this part runs on, the next ends it ("… in the Qilian" / "Mountains. [Photo]").
    return not re.search(r"[.!?:;,\"”’)\]]$", line) and bool(re.search(r"[.!?\"”’)\]]$", following.rstrip()))


_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s")


def _next_in_list(previous: str, line: str) -> bool:
    """'1. Gardaí appeal …' then '2. Famous chipper …': items of a numbered list, never one wrapped line."""
    a, b = _NUMBERED.match(previous), _NUMBERED.match(line)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1)


def _never(line: str) -> bool:
    return False


def _goes_on(previous: str, line: str, stands_alone: Callable[[str], bool], listing: bool) -> bool:
    """A wrapped line's tail: it does not stand alone, is no next item of a list, and either goes on in
    lowercase or follows a line that does not stand alone (a wrapped copyright or notice goes on in
    lowercase; a headline under a cookie banner does not). Under a list's label a capitalised line is the
    next item, even one with a question mark."""
    if stands_alone(line) or _next_in_list(previous, line):
        return False
    if listing and _HEADLINE_LIKE.match(previous) and (_HEADLINE_LIKE.match(line) or line[:1].isupper()):
        return False  # "Bus network overhaul: what changes" / "Free transport five years on – who gains?"
    return line[:1].islower() or not stands_alone(previous)


def _rejoins(current: str, previous: str, line: str, stands_alone: Callable[[str], bool],
             furniture: Callable[[str], bool], caption: Callable[[str], bool], listing: bool) -> bool:
    """Furniture or a caption broken for width, one half standing alone: "Media contact: …, +44" /
    "1632 960 412", "… on March 13, 2025." / "Photo: Léo Castagnet / AFP". Under a list's label a
    headline-like item is whole ("Related coverage:" / "JR Hokkaido to cut …" / "© Kyodo News …"), and a
    line that is whole furniture on its own is no headline's tail ("… drip irrigation" / "© 2025 Khmer …")."""
    if stands_alone(current) == stands_alone(line) and not line[:1].islower():
        return False
    if listing and _HEADLINE_LIKE.match(previous):
        return False
    joined = f"{current} {line}"
    if _UNFINISHED.search(previous):
        if furniture(joined):
            return True
    elif not _HEADLINE_LIKE.match(line) and furniture(joined) and (
            line[:1].islower() or not _HEADLINE_LIKE.match(previous) or not furniture(line)):
        return True  # a whole copyright line under a headline ("…drip irrigation" / "© 2025 …") is its own
    return caption(joined) and not caption(current)


def _byline_under_headline(previous: str, line: str, names_alone: Callable[[str], bool],
                           page_width: Callable[[], int]) -> bool:
    """'No, Nairobi has not tripled … rate table' / 'Wanjiru Kamau-Odhiambo': on a page of unwrapped lines, a
    name alone under a headline that ends on no unfinished word stands on its own line, however wide the
    headline. On a page wrapped for reading it may be the headline's tail ('… with archivist' / 'Ana Ruiz')."""
    return _finished_headline(previous) and names_alone(line) and page_width() > MAX_READING_WIDTH


def _lead_under_headline(previous: str, line: str, agency_lead: Callable[[str], bool]) -> bool:
    """'Bahrain signs deal for second … plant at Hidd' / 'Manama, Mar. 3 (BNA): The Electricity …': the story's
    dateline lead opens a paragraph of its own under the headline, even on a page wrapped for reading."""
    return _finished_headline(previous) and agency_lead(line)


_HEADLINE_LINE = re.compile(r"^[A-Z'\"“‘][^.!?]*$")  # capitalised (or quoted) with no sentence end


def _finished_headline(line: str) -> bool:
    return bool(_HEADLINE_LINE.match(line)) and not _UNFINISHED.search(line)


_SPACE_RUN = re.compile(r"\s{2,}|\t")
MAX_MENU = 400  # the longest menu line read; a longer line is prose, never split into items
_ITEM_END = re.compile(r"[.!?,;:]$")


def _spaced_items(line: str) -> bool:
    """'News  Business  Sport  Culture': three or more short items set apart by runs of spaces (or tabs), as a
    page's menu or share bar copies, none ending like a sentence."""
    if len(line) > MAX_MENU or "  " not in line and "\t" not in line:
        return False
    items = _SPACE_RUN.split(line.strip())
    return len(items) >= 3 and all(map(_item_like, items))


def _item_like(text: str) -> bool:
    return len(text) <= 30 and len(text.split()) <= 4 and not _ITEM_END.search(text)


MAX_FURNITURE = 400  # the longest banner or notice furniture() reads; a longer run is prose


def _after_furniture(current: str, previous: str, line: str, furniture: Callable[[str], bool]) -> bool:
    """A capitalised line after a banner that is whole already ("… Accept all | Manage choices" /
    "Shannonside Herald"): the site's next line, not the banner's wrapped tail."""
    return (line[:1].isupper() and not _UNFINISHED.search(previous) and len(current) <= MAX_FURNITURE
            and furniture(current) and not furniture(line))


def _wrapped_wide(lines: list[str], width: int) -> bool:
    """Wrapped at a width wider than reading text's: more than half its lines end near it, as a greedy wrap
    leaves them. A page of one line per block (a headline of 60, a paragraph of 240, one of 130) has lines
    of every length, and its longest line is no width anything was broken at."""
    near = sum(len(line) >= WRAPPED_SHARE_OF_WIDTH * width for line in lines)
    return 2 * near > len(lines)


_OPEN_SEPARATOR = re.compile(r"\s[|›»·]$")


def _menu_goes_on(previous: str, line: str) -> bool:
    """'News | Politics | Business | Sports |' over 'Columnists | Subscribe': a menu broken for width after
    a separator (no menu ends on one), its items going on, whatever each item would read as alone."""
    return len(previous) >= MIN_WRAP_WIDTH and bool(_OPEN_SEPARATOR.search(previous)) \
        and not _ITEM_END.search(line) and len(line) <= MAX_READING_WIDTH


def _page_width(chunks: list[str]) -> int:
    """The longest line of the page: the width it was wrapped at, when it was wrapped for reading."""
    return max((len(chunk) if "\n" not in chunk else max(map(len, chunk.split("\n"))) for chunk in chunks),
               default=0)


def paragraphs(text: str, stands_alone: Callable[[str], bool], furniture: Callable[[str], bool] = _never,
               caption: Callable[[str], bool] = _never, names_alone: Callable[[str], bool] = _never,
               agency_lead: Callable[[str], bool] = _never) -> list[str]:
    """Blank-line separated chunks, each split into lines unless its lines were wrapped for width.

    ``stands_alone`` says which lines are never the continuation of a wrapped one (a byline, a date line,
    a piece of page furniture), whatever their length. A line broken for width whose halves make one piece
    of ``furniture`` ("Media contact: …, +44" / "1632 960 412") is joined even so when the text was wrapped for
    reading, unless both halves stand alone or the second is a headline of its own; so is a caption broken
    before its credit ("… on March 13, 2025." / "Photo: Léo Castagnet / AFP"). A line of ``names_alone`` under a
    headline-like line that is finished is the headline's byline, never its wrapped tail; an ``agency_lead`` under
    it is the story's first paragraph.
    """
    out: list[str] = []
    chunks = _BLANK_LINE.split(text)
    widest: list[int] = []  # read only when a chunk asks: most pages never do

    def page_wide() -> int:
        if not widest:
            widest.append(_page_width(chunks))
        return widest[0]

    for chunk in chunks:
        if "\n" not in chunk:  # one line: nothing to join (most chunks of a page of tiny paragraphs)
            line = " ".join(chunk.split())
            if line:
                out.append(line)
            continue
        raw = [line for line in chunk.split("\n") if line.strip()]
        lines = [" ".join(line.split()) for line in raw]
        if not lines:
            continue
        menus = [_spaced_items(line) for line in raw]
        width = max(len(line) for line in lines)
        wide_is_sure = True
        if width < MIN_WRAP_WIDTH or len(lines) == 2 and width <= MAX_READING_WIDTH:
            page_width = page_wide()
            if page_width <= MAX_READING_WIDTH and width < MIN_WRAP_WIDTH:
                width = page_width  # a short chunk of a page wrapped for reading is wrapped at the page's width
            # "Notes from a Northern Kitchen — a blog about food in Finland" / "Why every Finnish …": on a page
            # of unwrapped lines, a two-line chunk's width is its first line's length, no proof of a wrap
            wide_is_sure = page_width <= MAX_READING_WIDTH
        elif width > MAX_READING_WIDTH and not _wrapped_wide(lines, width):
            wide_is_sure = False
        # "Related coverage:" or "Read also" over its headlines: a label's list, one item a line
        listing = len(lines[0]) <= 40 and (lines[0].endswith(":") or bool(
            _LIST_LABEL.match(lines[0]) and furniture(lines[0])))
        current = lines[0]
        for number, (previous, line) in enumerate(zip(lines, lines[1:], strict=False)):
            if menus[number + 1] or menus[number] and not _item_like(line):
                # a menu's items set apart by runs of spaces: no wrapped line's half, though an item of its
                # own may be broken off its end ("…  Join the conversation" / "(14)")
                out.append(current)
                current = line
            elif _menu_goes_on(previous, line):
                current = f"{current} {line}"
            elif width >= MIN_WRAP_WIDTH and _wrapped(previous, line, width, wide_is_sure) \
                    and not _byline_under_headline(previous, line, names_alone, page_wide) \
                    and not _lead_under_headline(previous, line, agency_lead) and (
                    _goes_on(previous, line, stands_alone, listing)
                    and not _after_furniture(current, previous, line, furniture)
                    or width <= MAX_READING_WIDTH and _rejoins(current, previous, line, stands_alone, furniture,
                                                               caption, listing)):
                current = f"{current} {line}"
            else:
                out.append(current)
                current = line
        out.append(current)
    return out
