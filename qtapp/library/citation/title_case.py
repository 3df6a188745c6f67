"""CSL ``text-case="title"`` as citeproc-js applies it, so our titles match what Zotero prints.

citeproc-py 0.11.1 capitalises after a hyphen never ("Cross-border") and lowercases only CSL's short
list of stop words ("Barges Near Vukovar"); citeproc-js (the engine Zotero uses) capitalises each part of
a hyphenated word, keeps its longer list of prepositions lowercase, and capitalises a stop word that
ends the title. This is a port of its ``CSL.Output.Formatters.title`` for plain text: words already
carrying a capital are left alone, the first word and a word after ``: ? !`` are capitalised.
"""

from __future__ import annotations

import re

# citeproc-js 1.4.63's CSL.SKIP_WORDS, in its order ("thru" has a stray space there too, kept).
SKIP_WORDS = (
    "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst",
    "among", "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart",
    "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
    "but", "by", "circa", "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given",
    "in", "inside", "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on",
    "onto", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through", " thru",
    "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up",
    "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis", "with", "within", "without",
    "according to", "ahead of", "apart from", "as for", "as of", "as per", "as regards", "aside from",
    "back to", "because of", "close to", "due to", "except for", "far from", "inside of", "instead of",
    "near to", "next to", "on to", "out from", "out of", "outside of", "prior to", "pursuant to",
    "rather than", "regardless of", "such as", "that of", "up to", "where as", "or", "yet", "so", "for",
    "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca",
)
# The words are regular-expression source in citeproc-js ("vs." matches "vsX"): kept so.
_SKIP = re.compile("(?:(?:[?!:]*\\s+|-|^)(?:" + "|".join(SKIP_WORDS) + ")(?=[!?:]*\\s+|-|$))")
# What splits a title into runs of words: quotes, punctuation, brackets (tags never reach us as text).
_TAGS = re.compile("(\u2018|\u2019|\u201C|\u201D| \"| '|\"|'|[-\u2013\u2014/.,;?!:]|\\[|\\]|\\(|\\))")
_SPACES = re.compile("([\u00A0\u0020\u2000-\u200B\u205F\u3000]+)")
_OPENERS = {" \"": (" '", "\""), " '": (" \"", "'"), "\u2018": ("\u2018", "\u2019"),
            "\u201C": ("\u201C", "\u201D")}
_QUOTE = re.compile("(^(?:\u2018|\u2019|\u201C|\u201D|\"|')|(?: \"| ')$)")


def _capitalise(word: str) -> str:
    match = re.match(r"(\s*)(.)(.*)", word, re.DOTALL)
    if not match or ("\u0370" <= match.group(2) <= "\u03FF" and not match.group(3)):
        return word  # a lone Greek letter stays as written
    return match.group(1) + match.group(2).upper() + match.group(3)


def _split(text: str) -> tuple[list[str], list[str]]:
    """citeproc-js's Doppeler: strings between the tags, and the tags; an apostrophe inside a word stays."""
    parts = _TAGS.split(text)
    strings, tags = parts[0::2], parts[1::2]
    for index in range(len(tags) - 1, -1, -1):
        if tags[index] == "'" and strings[index + 1]:
            strings[index + 1] = "'" + strings[index + 1]
            tags[index] = ""
    return strings, tags


class _State:
    def __init__(self) -> None:
        self.is_first = True
        self.after_punct = False
        self.last: tuple[int, int] | None = None
        self.quotes: list[tuple[str, str, int | None]] = []  # opener, closer, where it opened


def _words(run: str, index: int, state: _State, following: str | None) -> str:
    if not run.strip():
        return run
    pieces = _SPACES.split(run)
    words = pieces[0::2]
    for position, word in enumerate(words):
        if not word:
            continue
        lower = word.lower()
        capitalise = (
            (len(word) > 1 and not _SKIP.search(lower))
            or (position == len(words) - 1 and following == "-")
            or state.is_first or state.after_punct)
        if capitalise and word == lower:
            words[position] = _capitalise(word)
        state.after_punct = state.is_first = False
        state.last = (index, position)
    pieces[0::2] = words
    return "".join(pieces)


def _quote_fix(tag: str, position: int, state: _State) -> int | None:
    """Where a quote mark that does not pair up sits (its run's first letter is then put back)."""
    match = _QUOTE.search(tag)
    if not match:
        return None
    mark = match.group(1)
    if mark in ("\u201C", "\u2018", " \"", " '"):
        opener, closer = _OPENERS[mark]
        if not state.quotes or mark == state.quotes[-1][0]:
            state.quotes.append((opener, closer, position))
            return None
        previous = state.quotes.pop()
        state.quotes.append((opener, closer, None))
        return previous[2]
    if state.quotes and mark == state.quotes[-1][1]:
        state.quotes.pop()
        return None
    return position


def title_case(text: str) -> str:
    """``text`` in title case the way citeproc-js writes it."""
    if not text:
        return ""
    strings, tags = _split(text)
    original = list(strings)
    state = _State()
    if strings[0].strip():
        strings[0] = _words(strings[0], 0, state, tags[0] if tags else None)
    for index, tag in enumerate(tags):
        run = strings[index + 1]
        if re.search(r"[!?:]$", tag):
            state.after_punct = True
        # citeproc-js passes its whole split here, not the next tag: a hyphen counts only after the first run
        strings[index + 1] = _words(run, index + 1, state, None)
        where = _quote_fix(tag, index, state)
        if where is not None:
            strings[where + 1] = original[where + 1][:1] + strings[where + 1][1:]
            state.last = None
        if run.strip():
            state.is_first = state.after_punct = False
    for _opener, _closer, where in state.quotes:
        if where is not None:
            strings[where + 1] = original[where + 1][:1] + strings[where + 1][1:]
    if state.last is not None:
        index, position = state.last
        pieces = _SPACES.split(strings[index])
        word = pieces[position * 2]
        if len(word) > 1 and _SKIP.search(word.lower()):
            pieces[position * 2] = _capitalise(word)
        strings[index] = "".join(pieces)
    out = [strings[0]]
    for tag, run in zip(tags, strings[1:], strict=True):
        out.append(tag)
        out.append(run)
    return "".join(out)
