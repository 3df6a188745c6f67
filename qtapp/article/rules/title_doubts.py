"""Headlines that may be the site's or an organisation's name instead: read, but shown as needing a check.

"Judiciary of Tanzania", "Moldova Live", "Nyasa Times — Malawi news, views and more", "Returned after 110
years: the mask comes home | Musée des Civilisations": the headline search takes the nearest headline-like
line above the byline or the prose, and a page whose real headline is lost or set apart can leave it a
site's name, a channel's name or a headline with the site's name run onto it. Such a line is kept as the
title (it often is one) but its field is marked "Check", never shown as sure.
"""

from __future__ import annotations

import re

from qtapp.article.rules.engine import per_line
from qtapp.article.rules.furniture import SECTION_WORDS
from qtapp.article.rules.outlets import SECTIONS, is_outlet
from qtapp.article.rules.persons import INSTITUTION_WORDS, OPERATOR_WORDS
from qtapp.article.lazy_patterns import compile_lazily

# Words that name a body, a channel or a site's part; a short line in capitals of these names no event
_BODY_WORDS = INSTITUTION_WORDS | OPERATOR_WORDS | SECTIONS | frozenset("""
judiciary government republic kingdom embassy parliament court police municipality province office
channel live feed official musée museo museu
""".split())
_SMALL = frozenset({"of", "the", "and", "for", "&", "in", "on", "de", "des", "du", "di", "da", "del", "la", "le",
                    "van", "von"})
# "Le Mauricien column", "Scotsman comment": an outlet's name and the kind of piece it heads
_OUTLET_KIND = compile_lazily(r"^(?P<outlet>.+?)\s+(?:column|comment|editorial|view|opinion|op-ed|leader)$", re.IGNORECASE)


def outlet_and_kind(text: str) -> bool:
    """'Scotsman comment', 'Le Mauricien column': the label an outlet sets over a piece, never its headline."""
    found = _OUTLET_KIND.match(text.strip()) if len(text) <= 80 else None
    return bool(found) and is_outlet(found.group("outlet"))
_PARTS = compile_lazily(r"\s+[|—–]\s+|\s+-\s+")


@per_line
def names_a_body(title: str) -> bool:
    """A line of at most eight words, every one capitalised (or a small linking word), one of them a word
    that names a body, a channel or a section: "Judiciary of Tanzania", "Moldova Live"."""
    words = title.strip().split()
    if not words or len(words) > 8 or any(c in title for c in ",:;?!\"“”"):
        return False
    lowered = [w.strip(".'’").lower() for w in words]
    if not all(w[:1].isupper() or w[:1].isdigit() or low in _SMALL for w, low in zip(words, lowered, strict=True)):
        return False
    return any(low in _BODY_WORDS for low in lowered)


@per_line
def doubtful_title(title: str) -> bool:
    """Whether a headline may be a site's or an organisation's name, or carry one in a part of its own."""
    text = title.strip()
    if len(text) > 200:
        return False
    if is_outlet(text) or names_a_body(text) or bodies_in_a_row(text):
        return True
    if credit_line(text) or strapline(text) or menu_like(text) or programme_name(text) or ticker(text):
        return True
    parts = [part for part in _PARTS.split(text) if part]
    # "Nyasa Times — Malawi news, views and more", "Headline | Musée des Civilisations de Foumban"
    return len(parts) >= 2 and any(is_outlet(part) or names_a_body(part) for part in (parts[0], parts[-1]))


def site_label(title: str, masthead: list[str]) -> bool:
    """'Scotsman comment' on a page whose logo reads 'The Scotsman': a short line that opens with the site's
    own name is the site's label for a section or a kind of piece, more likely than the headline."""
    words = title.split()
    if len(words) > 4:
        return False
    for logo in masthead[:3]:
        name = re.sub(r"^(?i:the)\s+", "", logo.strip()).split()
        if 1 <= len(name) <= 4 and len(words) > len(name) and [w.lower() for w in words[:len(name)]] == [
                w.lower() for w in name]:
            return True
    return False


_CREDIT = compile_lazily(r"^(?:photos?|pictures?|images?|video|words|text|story)(?:\s+by)?\s*:?\s+"
                         r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$", re.IGNORECASE)


def credit_line(text: str) -> bool:
    """'Photos: Harriet Lyall', 'Words by Ana Ruiz': a credit for pictures or text, whose name is a person's,
    never a headline."""
    found = _CREDIT.match(text.strip()) if len(text) <= 80 else None
    return bool(found) and all(w[:1].isupper() for w in found.group("name").split())


_STRAPLINE = compile_lazily(r"^(?:(?:published|produced|brought\s+to\s+you|presented|powered|edited|run)"
                            r"(?:\s+(?:daily|weekly|monthly|online|here|proudly|jointly))?\s+by|a\s+(?:publication|project|service|website)\s+of)\s+",
                            re.IGNORECASE)


def strapline(text: str) -> bool:
    """'Published daily by the Lowy Institute', 'A publication of the Press Council': the line under a site's
    logo saying whose it is."""
    return len(text) <= 100 and bool(_STRAPLINE.match(text.strip())) and not re.search(r"[.!?]\s\S", text)


_MENU_FUNCTION = frozenset("a an of to for with from by on at as is are was were be has have will said says "
                           "that this it its their his her not no".split())


def menu_like(text: str) -> bool:
    """'Czech Republic Slovakia Poland Hungary Podcast About us': a menu's items run together, ending on a
    menu's words, with no verb, function word or sentence punctuation between them."""
    words = text.split()
    if not 5 <= len(words) <= 14 or re.search(r"[,;:!?\"“”]", text):
        return False
    lowered = [w.strip(".'’").lower() for w in words]
    if any(w in _MENU_FUNCTION for w in lowered):
        return False
    menu = [w in SECTION_WORDS for w in lowered]
    return sum(menu) >= 2 and menu[-1] and all(w[:1].isupper() or m for w, m in zip(words, menu, strict=True))


def bodies_in_a_row(text: str) -> bool:
    """'Mainland Affairs Council, Republic of China (Taiwan)': an organisation's name and its country's, the
    masthead of an official site, every part a body's name."""
    plain = re.sub(r"\s*\([^()]{1,40}\)", "", text).strip()
    parts = [part.strip() for part in plain.split(",")]
    return 2 <= len(parts) <= 3 and all(part and names_a_body(part) for part in parts)


_PROGRAMME = compile_lazily(r"^The(?:\s+[A-Z][\w'’-]*){1,3}$")


def programme_name(text: str) -> bool:
    """'The Morning Slot', 'The World Tonight': "The" and a few capitalised words, no verb, no lowercase word:
    a programme's, a column's or a series' name over its items, more often than a headline."""
    return len(text) <= 40 and bool(_PROGRAMME.match(text.strip()))


# a glyph after the ticker's word, or a colon after one that no headline opens with ("Live: …" often does)
_TICKER = compile_lazily(r"^(?:(?i:breaking(?:\s+news)?|live|just\s+in|latest|developing|now)\s*[▸►▶»|•·]|"
                         r"(?i:breaking(?:\s+news)?|just\s+in|developing)\s*[:—–-]|LIVE\s*:)")


def ticker(text: str) -> bool:
    """'Breaking ▸ Port strike called off', 'LIVE: Budget day as it happens': a news ticker's strip, whose item
    may be another story than the page's."""
    return len(text) <= 160 and bool(_TICKER.match(text.strip()))
