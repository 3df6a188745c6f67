"""The editors' words around the author's: reprint notes, editor's note labels, disclaimers, taglines,
captions, credit lines and sign-offs.

Each shape is an ordered list of small named rules (``REPRINT_RULES``, ``EDITORS_NOTE_RULES``,
``DISCLAIMER_RULES``, ``TAGLINE_RULES``, ``CAPTION_RULES``, ``CREDIT_RULES``, ``SIGN_OFF_RULES``,
``LETTER_RULES``), each reading one piece of text; a ``…_rule`` function gives the answer and the rule
that found it (``parse --explain`` shows it), the plain function the answer alone. ``blocks`` decides
where they stand and ``fields`` what they tell about the article. A new shape is one rule in its list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qtapp.article import frontmatter as fm
from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.names import NAME, normal_case, strip_titles
from qtapp.article.rules.dates import parse_date
from qtapp.article.rules.engine import Rule, first, per_line, rule
from qtapp.article.rules.furniture import LANGUAGE_NAMES
from qtapp.article.rules.outlets import canonical, is_outlet
from qtapp.article.rules.persons import INSTITUTION_WORDS, is_person

_Q_OPEN, _Q_CLOSE = "[“\"‘]", "[”\"’]"
_PIECE = r"(?:article|op-ed|opinion\s+(?:piece|article)|commentary|piece|story|column|report|editorial|essay|feature)"
_OUTLET = r"(?P<pub>[A-Z][^,]*?)(?:,\s+[^,]*?,)?"
# Every word ``_PIECE`` can match holds one of these: a note that must name "the article" is looked for
# only in a line holding one (most paragraphs hold none, and the patterns that start with an outlet's
# name try every length of it before failing)
_PIECE_WORDS = ("article", "op-ed", "opinion", "commentary", "piece", "story", "column", "report", "editorial",
                "essay")


def _names_a_piece(text: str) -> bool:
    # ``_PIECE_WORDS`` spelled out: a generator over them was a tenth of reading the corpus' lines
    return ("article" in text or "op-ed" in text or "opinion" in text or "commentary" in text or "piece" in text
            or "story" in text or "column" in text or "report" in text or "editorial" in text or "essay" in text)
_NAMED = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and))*"
_REPRINTS = (r"(?:reprints|republishes|re-publishes|reproduces|reposts|is\s+reprinting|presents|shares|"
             r"offers|carries|runs|brings|publishes)")


def outlet_name(raw: str) -> str:
    """'CGTN, a Chinese news TV channel' → 'CGTN'; 'The Baltic Ledger.' keeps its article."""
    return raw.split(",")[0].strip().rstrip(".").strip()


@dataclass(frozen=True)
class ReprintNote:
    publisher: str
    title: str | None = None
    reprinted_by: str | None = None
    at_end_only: bool = False  # "Source: X" closing a page is a sign-off, not a note above it
    author: str | None = None  # "… has published an opinion article by Xu Wenjie on …"
    date: str | None = None  # "… originally published by The Kathmandu Post on 2 February 2026 …"
    role: str | None = None  # "The following column by X, chief economist of Y, …": what the note says X is


# "The Chinese newspaper Global Times" → "Global Times": a description before the outlet's name.
_DESCRIBED = re.compile(r"^(?:The|the)\s+(?:[A-Za-z-]+\s+){0,3}?(?:newspaper|broadcaster|network|agency|daily|"
                        r"outlet|magazine|channel|website|tabloid|portal)\s+(?=[A-Z])")


_OWN_SERVICE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:wire|service|feed|website|site|edition|desk)$")
_ON_DATE = re.compile(r"\s+on\s+(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)$")


# "Himal Southasian and has been republished here with permission": the outlet's name ends where the note's
# grammar goes on, and an outlet the clause names as the one it is republished on is the reprinter
_GOES_ON = re.compile(r"\s+and\s+(?:is|was|has\s+been|have\s+been|is\s+being)\s+(?:re-?published|reprinted|reproduced|"
                      r"shared|carried|posted)\b(?:\s+(?:on|by|in)\s+(?P<rep>(?:the\s+)?[A-Z][^.,]*?)"
                      r"(?=\s+(?:under|with|as|by|through|via)\s|[.,]|$))?")


def _note_goes_on(publisher: str) -> tuple[str, str | None]:
    """'Hong Kong Free Press (HKFP) and is republished on Global Voices under …' → the outlet, Global Voices."""
    found = _GOES_ON.search(publisher)
    if not found:
        return publisher, None
    return publisher[:found.start()], found.group("rep")


def _note(match: re.Match[str], at_end_only: bool = False) -> ReprintNote:
    groups = match.groupdict()
    title = groups.get("title")
    reprinter = groups.get("rep") or groups.get("rep2")
    publisher = _DESCRIBED.sub("", groups.get("pub") or groups.get("pub2") or "")
    dated = _ON_DATE.search(publisher)  # "The Kathmandu Post on 2 February 2026": the outlet, then its date
    if dated:
        publisher = publisher[:dated.start()]
    publisher = _OWN_SERVICE.sub("", publisher)  # "Belga's English-language wire" → Belga
    publisher, carried_on = _note_goes_on(publisher)
    reprinter = reprinter or carried_on
    author = groups.get("author")
    return ReprintNote(canonical(outlet_name(publisher)), title.strip(" .,") if title else None,
                       canonical(outlet_name(reprinter)) if reprinter else None, at_end_only,
                       author if author and is_person(author) else None,
                       parse_date(dated.group("date")) if dated else None)


_PUBLISHED_TITLED = re.compile(
    rf"^{_OUTLET}\s+(?:has\s+)?(?:published|ran|run|carried|released|printed|issued)\s+(?:an?\s+)?{_PIECE}\s+"
    rf"(?:by\s+[^“\"‘]{{2,80}}?\s+)?(?:titled|entitled|headlined|called|named|under\s+the\s+(?:title|headline))\s+{_Q_OPEN}"
    rf"(?P<title>.+?)[.,]?{_Q_CLOSE}[.,]?(?:\s+on\s+\w+\.?)?\s+(?P<rep>{_NAMED})\s+{_REPRINTS}\b[^.]*\.?\s*$")


@rule("reprint.published_titled")
def published_titled(text: str) -> ReprintNote | None:
    """'CGTN, a TV channel, has published an article titled “…”. News.Az reprints the article.'"""
    match = _PUBLISHED_TITLED.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_PUBLISHED_BY_AUTHOR = re.compile(
    rf"^{_OUTLET}\s+(?:has\s+)?(?:published|ran|carried|run)\s+(?:an?\s+)?{_PIECE}\s+by\s+(?P<author>{NAME})"
    rf"(?=[\s,])[^.“\"‘]{{0,200}}?\.\s+"
    rf"(?P<rep>{_NAMED})\s+{_REPRINTS}\s+(?:it|the\s+{_PIECE})\b[^.]*\.?\s*$")


@rule("reprint.published_by_author")
def published_by_author(text: str) -> ReprintNote | None:
    """'CGTN has published an opinion article by Zhou Mingxuan on … . Trend presents the article in full.'"""
    match = _PUBLISHED_BY_AUTHOR.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_APPEARS_ON = re.compile(
    rf"^This\s+{_PIECE}\s+(?:was|is)\s+(?:originally|first)\s+(?:published|carried|issued)\s+(?:by|in)\s+(?:the\s+)?"
    rf"(?P<pub>[A-Z][^.,]*?)\s+and\s+(?:appears|is\s+(?:published|carried|shared))\s+(?:on|in|by)\s+(?P<rep>{_NAMED})"
    rf"(?:\s+(?:under|with|as|by)\s+[^.]*)?\.?\s*$")


@rule("reprint.appears_on")
def appears_on(text: str) -> ReprintNote | None:
    """'This article was originally published by Xinhua News Agency and appears on APA under an agreement.'"""
    match = _APPEARS_ON.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_CARRIED_FROM_WIRE = re.compile(
    rf"^This\s+{_PIECE}\s+(?:is|was|has\s+been)\s+(?:carried|taken|sourced|published)\s+(?:from|off)\s+(?:the\s+)?"
    rf"(?P<pub>[A-Z][\w.&'’ -]*?)\s+(?:wire|feed|newswire|service)\b[^;.]*[;.]\s+(?P<rep>(?:The\s+)?{_NAMED})\s+"
    rf"(?:has|have|did)\s+not\b[^.]*\.?\s*$")


@rule("reprint.carried_from_wire")
def carried_from_wire(text: str) -> ReprintNote | None:
    """'This report is carried from the PTI wire as received; The Hindu has not edited the text.'"""
    match = _CARRIED_FROM_WIRE.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_FIRST_CARRIED = re.compile(
    rf"^The\s+following\s+{_PIECE}\s+was\s+(?:first|originally)\s+(?:carried|published|run)\s+(?:by|in|on)\s+"
    rf"(?P<pub>[A-Z][^,.]*?)\s+under\s+the\s+(?:headline|title)\s+{_Q_OPEN}(?P<title>.+?)[.,]?{_Q_CLOSE}[.,]?"
    rf"\s+(?P<rep>{_NAMED})\s+{_REPRINTS}\b[^.]*\.?\s*$")


@rule("reprint.first_carried")
def first_carried(text: str) -> ReprintNote | None:
    """'The following opinion piece was first carried by CGTN under the headline "…". Kazinform reposts it.'"""
    match = _FIRST_CARRIED.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_CARRIES_FROM = re.compile(rf"^(?P<rep>[A-Z][^,.]*?)\s+(?:carries|runs|republishes|reprints)\s+this\s+"
                           rf"(?:{_PIECE}\s+)?from\s+(?P<pub>[A-Z][^,.]*?)(?:,[^.]*)?\.?\s*$")
_CARRIES_THIS = re.compile(rf"^(?P<rep>[A-Z][^,.]*?)\s+(?:carries|runs|publishes|republishes)\s+this\s+"
                           rf"(?P<pub>[A-Z][\w .'’-]*?)\s+"
                           rf"{_PIECE}(?:\s+(?:under|with|as)\s+[^.]*)?\.?\s*$")


_CARRIED_BELOW = re.compile(
    rf"^{_OUTLET}\s+(?:has\s+)?(?:carried|published|ran|printed)\s+the\s+{_PIECE}\s+(?:below|above)\b[^.]*\.\s+"
    rf"(?P<rep>{_NAMED})\s+{_REPRINTS}\s+it\b[^.]*\.?\s*$")


@rule("reprint.carried_below")
def carried_below(text: str) -> ReprintNote | None:
    """'CGTN, China's international broadcaster, carried the opinion piece below on its website. AzerNews
    publishes it in full.'"""
    match = _CARRIED_BELOW.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


# "Khaleej Times has published the feature below, which is distributed here in full on the newspaper's
# behalf.": one sentence, the outlet that wrote it and the wire's "here" (the wire's dateline names it)
_BELOW_ON_BEHALF = re.compile(
    rf"^{_OUTLET}\s+(?:has\s+)?(?:published|produced|written|prepared)\s+the\s+{_PIECE}\s+below,?\s+which\s+is\s+"
    rf"(?:distributed|reproduced|carried|published|shared)\s+here\b[^.]*\bon\s+(?:the\s+\w+['’]s|its)\s+behalf\.?\s*$"
    rf"|^The\s+{_PIECE}\s+below\s+was\s+(?:produced|published|written|prepared)\s+by\s+(?P<pub2>[A-Z][^,.]*?)\s+and\s+"
    rf"is\s+distributed\s+by\s+(?P<rep>{_NAMED})\s+on\s+(?:the\s+\w+['’]s|its)\s+behalf\.?\s*$")


@rule("reprint.below_on_behalf")
def below_on_behalf(text: str) -> ReprintNote | None:
    """'Khaleej Times has published the feature below, which is distributed here in full on the newspaper's
    behalf.' → Khaleej Times (a press-release wire carries it)."""
    match = _BELOW_ON_BEHALF.match(text)
    return _note(match) if match else None


@rule("reprint.carries_from")
def carries_from(text: str) -> ReprintNote | None:
    """'China Daily carries this report from Metro Daily, a Chengdu newspaper.' / 'X carries this AP story.'"""
    match = (_CARRIES_FROM.match(text) or _CARRIES_THIS.match(text)) if "this" in text else None
    return _note(match) if match else None


_CARRIED_BY = re.compile(rf"^This\s+{_PIECE}\s+(?:by|from)\s+(?P<pub>[A-Z][^,.]*?)\s+is\s+(?:carried|republished|"
                         rf"reprinted|reproduced)\s+by\s+(?P<rep>(?:the\s+)?{_NAMED})(?:\s+(?:under|with)\s+[^.]*)?"
                         rf"\.?\s*$")


@rule("reprint.carried_by")
def carried_by(text: str) -> ReprintNote | None:
    """'This report by Xinhua is carried by the Pearl River Post under a content-sharing agreement.'"""
    match = _CARRIED_BY.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_BY_WITH_PERMISSION = re.compile(
    rf"^This\s+{_PIECE}\s+(?:by|from)\s+(?:the\s+)?(?P<pub>[A-Z][^.,]*?)\s+(?:is|was|has\s+been)\s+(?:reproduced|"
    rf"republished|reprinted|carried|used)\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission|under\s+licen[cs]e)\.?\s*$")


@rule("reprint.by_with_permission")
def by_with_permission(text: str) -> ReprintNote | None:
    """'This article by NordPress is reproduced with permission.' → NordPress (the page's logo is the site
    that reproduces it); 'This article by Ola Brandt is …' names the writer, no outlet."""
    match = _BY_WITH_PERMISSION.match(text) if _names_a_piece(text) else None
    return _note(match) if match and not is_person(match.group("pub")) else None


# "(Except for the headline, this story has not been edited by X staff and is published from a syndicated feed.)":
# the site says it carries a feed's copy, and names no one who wrote it (the byline or the dateline does)
_FROM_A_FEED = re.compile(
    rf"^\(?(?:Except\s+for\s+the\s+headline,\s+this\s+{_PIECE}\s+has\s+not\s+been\s+edited\s+by|"
    rf"Only\s+the\s+headline\s+of\s+this\s+{_PIECE}\s+(?:has\s+been|was|is)\s+(?:changed|edited|written)\s+by)\s+"
    rf"(?:the\s+)?(?P<rep>{_NAMED})\s+staff\b[^()]{{0,80}}?\b(?:syndicated|agency|wire|news)\s+feed\.?\)?\s*$")


@rule("reprint.from_a_feed")
def from_a_feed(text: str) -> ReprintNote | None:
    """'(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated
    feed.)' → carried by NDTV; who wrote it the note does not say."""
    match = _FROM_A_FEED.match(text) if "feed" in text and "staff" in text else None
    return ReprintNote("", reprinted_by=canonical(match.group("rep"))) if match else None


_DISTRIBUTED_AND_CARRIED = re.compile(
    rf"^This\s+{_PIECE}\s+(?:is|was|has\s+been)\s+(?:distributed|supplied|provided|syndicated)\s+by\s+(?:the\s+)?"
    rf"(?P<pub>[A-Z][^.,]*?)\s+and\s+(?:is\s+|was\s+)?(?:carried|republished|reprinted|reproduced|published)\s+"
    rf"(?:here\s+)?by\s+(?P<rep>(?:the\s+)?{_NAMED})(?:\s+(?:under|with|as|through)\s+[^.]*)?\.?\s*$")


@rule("reprint.distributed_and_carried")
def distributed_and_carried(text: str) -> ReprintNote | None:
    """'This story is distributed by AFP and carried by Daily Sabah under a syndication agreement.' → AFP,
    reprinted by Daily Sabah: the agency that sends the story out, the site that runs it."""
    match = _DISTRIBUTED_AND_CARRIED.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_ORIGINALLY_PUBLISHED = re.compile(
    rf"^(?:This\s+{_PIECE}\s+(?:(?:was|is)\s+)?)?(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on)\s+"
    rf"(?:the\s+)?(?P<pub>[A-Z][^.,]*?)(?:,\s+an?\s+[^.,]*,)?(?:\s+and\s+is\s+(?:republished|reprinted|reproduced|shared)(?:\s+(?:here|by\s+"
    rf"(?P<rep>[A-Z][^.,]*?)))?(?:\s+(?:with|under)\s+[^.]*)?)?\.?(?:\s+(?:It|This\s+\w+)\s+(?:appears|is\s+"
    rf"(?:published|shared|reproduced))\s+here\b[^.]*\.)?\s*$"
    # "This article originally appeared in X, a quarterly magazine. Y republishes it with permission."
    rf"|^This\s+{_PIECE}\s+(?:originally|first)\s+(?:appeared|ran)\s+(?:in|on)\s+(?:the\s+)?(?P<pub2>[A-Z][^.,]*?)"
    rf"(?:,[^.]*)?\.\s+(?P<rep2>(?:The\s+)?{_NAMED})\s+{_REPRINTS}\s+it\b[^.]*\.?\s*$")
_FIRST_APPEARED = re.compile(rf"^This\s+{_PIECE}\s+(?:first\s+)?appeared\s+(?:first\s+)?(?:in|on)\s+"
                             rf"(?P<pub>[A-Z][^.,]*?)\.?\s*$")


# what a syndicated piece's credit line adds after naming who ran it first: "and is distributed by Crossway
# Features Syndicate", "Reprinted with permission.", "Copyright: Project Syndicate, 2026.", the outlet's address
_CREDIT_TAIL = re.compile(r"(?:\s+and\s+is\s+(?:distributed|syndicated)\s+by\s+[A-Z][^.]{2,60}?(?=\.))?\."
                          r"(?:\s+(?:(?:Reprinted|Republished|Reproduced|Used)\s+(?:here\s+)?with\s+permission|"
                          r"(?:Copyright|©)\s*:?\s*[A-Z][^.]{1,60}?)\.|"
                          r"\s+(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?)*\s*$")


@rule("reprint.originally_published")
def originally_published(text: str) -> ReprintNote | None:
    """'This story was originally published by Xinhua and is reproduced by The Astana Times under …'; never
    'This article was originally published in Portuguese.', which names the language, not who published it."""
    match = _ORIGINALLY_PUBLISHED.match(text) or _FIRST_APPEARED.match(text)
    if not match and text.startswith("This ") and "." in text:
        # "This article first appeared in Project Syndicate. Copyright: Project Syndicate, 2026." → the note,
        # the credit after it off (a syndicate that distributes it carries the piece to the site, no reprinter)
        bare = _CREDIT_TAIL.sub("", text, count=1)
        match = _FIRST_APPEARED.match(bare) if bare != text else None
    if match and (match.group("pub") or match.groupdict().get("pub2") or "").strip().lower() in LANGUAGE_NAMES:
        return None
    return _note(match) if match else None


_REPRINTED_FROM = re.compile(r"^(?:Reprinted|Republished|Reproduced)\s+(?:from|courtesy\s+of|with\s+permission\s+"
                             r"(?:from|of))\s+(?P<pub>[^.,]+?)\.?\s*$")


_WIRE_TRANSLATED = re.compile(
    rf"^(?:From\s+the\s+wires?:\s+)?(?i:this)\s+{_PIECE}\s+(?:is|was)\s+(?:based\s+on\s+an?\s+(?:report|story|dispatch)\s+"
    rf"(?:from|by)|produced\s+by|written\s+by|supplied\s+by|provided\s+by)\s+(?P<pub>(?:the\s+)?[A-Za-z][^,.]*?)"
    rf"(?:,\s+[^,.]*,)?\s+(?:and\s+)?(?:(?:was|has\s+been|is)\s+)?(?:edited|translated|adapted)"
    rf"(?:\s+and\s+(?:edited|translated|adapted))?\s+(?:by|for)\s+(?P<rep>(?:The\s+)?{_NAMED})\.(?:\s+[^.]*\.)?\s*$")


@rule("reprint.wire_translated")
def wire_translated(text: str) -> ReprintNote | None:
    """'This article is based on a report from Ritzau, the Danish news agency, and was edited and translated by
    The Copenhagen Courier.' → Ritzau, reprinted by The Copenhagen Courier."""
    match = _WIRE_TRANSLATED.match(text) if _names_a_piece(text.lower()) else None
    return _note(match) if match else None


_UNDER_LICENCE = re.compile(
    rf"^This\s+{_PIECE}\s+(?:was|is)\s+(?:published|carried|reproduced)\s+under\s+an?\s+licen[cs]e\s+(?:agreement\s+)?"
    rf"with\s+(?:the\s+)?(?P<pub>[A-Z][^.()]*?)(?:\s+\([^)]{{1,20}}\))?\.\s+(?P<rep>(?:The\s+)?{_NAMED})\s+"
    rf"(?:carries|publishes|runs|reprints)\b[^.]*\.?\s*$")


@rule("reprint.under_licence")
def under_licence(text: str) -> ReprintNote | None:
    """'This article was published under a licence agreement with the Czech News Agency (CTK). Prague Daily
    Monitor carries CTK reports …' → the agency, reprinted by the outlet that carries them."""
    match = _UNDER_LICENCE.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


@rule("reprint.reprinted_from")
def reprinted_from(text: str) -> ReprintNote | None:
    """'Reprinted from The Baltic Ledger.', 'Republished with permission from X.'"""
    match = _REPRINTED_FROM.match(text)
    return _note(match) if match else None




_FOLLOWING_BY_AUTHOR = re.compile(
    rf"^The\s+following\s+{_PIECE}\s+by\s+(?P<author>[^,]{{2,60}}?)(?:,\s+(?P<role>[^,]{{2,120}}),)?\s+"
    rf"(?:(?:was|is)\s+(?:published|carried|run)\s+(?:today\s+|on\s+\w+\s+)?in|appears\s+in|appeared\s+in|runs\s+in)\s+"
    rf"(?:the\s+)?(?:(?P<date>\d{{1,2}}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|[A-Z][a-z]+\s+\d{{1,2}},\s+(?:19|20)\d\d)\s+)?"
    rf"(?:(?:print|morning|weekend|online)\s+)?(?:edition|issue)?\s*(?:of\s+)?(?:the\s+)?(?P<pub>[A-Z][^.:]*?)"
    rf"(?:\s+on\s+(?P<on>[A-Z][a-z]+\.?\s+\d{{1,2}},\s+(?:19|20)\d\d|\d{{1,2}}\s+[A-Z][a-z]+\s+(?:19|20)\d\d))?"
    rf"(?:\s+and\s+is\s+(?:distributed|reproduced|republished|issued)\s+by\s+[^.:]*)?\s*[.:]\s*$")


@rule("reprint.following_by_author")
def following_by_author(text: str) -> ReprintNote | None:
    """'The following commentary by Katharina Leitner-Moser, deputy editor-in-chief, appears in the 12 March
    2025 edition of the Salzburger Tagesbote:' → the paper, the writer, her role and the edition's date."""
    match = _FOLLOWING_BY_AUTHOR.match(text) if text.startswith("The following") else None
    if not match or not is_person(strip_titles(match.group("author"))):
        return None
    return ReprintNote(canonical(match.group("pub")), author=strip_titles(match.group("author")),
                       date=parse_date(match.group("date") or match.group("on") or ""),
                       role=match.group("role").strip() if match.group("role") else None)


_PUBLISHED_TODAY_BY = re.compile(rf"^The\s+following\s+(?:{_PIECE}|statement|release|press\s+release)"
                                 rf"(?:\s+by\s+{_NAMED})?\s+was\s+"
                                 rf"(?:published|issued|released)\s+(?:today\s+|on\s+\w+\s+)?by\s+(?:the\s+)?"
                                 rf"(?P<pub>[A-Z][^:]*?)(?:\s*:|\s+and\s+is\s+(?:reproduced|republished|reprinted|"
                                 rf"distributed)\s+(?:here\s+)?(?:with|on\s+behalf\s+of)\s+[^.:]*\.|\.\s+It\s+is\s+(?:reproduced|"
                                 rf"republished|reprinted)\s+here\b[^.:]*\.)\s*$"
                                 # "The following column by Dr. X, chief economist of Y, was published today in Z."
                                 rf"|^The\s+following\s+{_PIECE}\s+by\s+[^,]{{2,60}}(?:,\s+[^,]{{2,120}},)?\s+was\s+"
                                 rf"(?:published|carried|run)\s+(?:today\s+|on\s+\w+\s+)?in\s+(?:the\s+)?"
                                 rf"(?P<pub3>[A-Z][^.:]*?)(?:\s+and\s+is\s+(?:distributed|reproduced|republished|issued)"
                                 rf"\s+by\s+[^.:]*)?\s*[.:]\s*$"
                                 rf"|^The\s+following\s+is\s+an?\s+{_PIECE}\s+(?:published|issued|released)\s+"
                                 rf"(?:today\s+|on\s+\w+\s+)?by\s+(?:the\s+)?(?P<pub2>[A-Z][^:]*?)\s*:\s*$")


@rule("reprint.published_today_by")
def published_today_by(text: str) -> ReprintNote | None:
    """'The following article was published today by China Daily:' or '… by The Japan Times. It is reprinted
    here in full …' (a press-release wire's lead)."""
    match = _PUBLISHED_TODAY_BY.match(text)
    if match and (match.group("pub2") or match.group("pub3")):
        return ReprintNote(canonical(match.group("pub2") or match.group("pub3")))
    return _note(match) if match else None


_SOURCE_LINE = re.compile(r"^(?:Source|Publication|Originally\s+published\s+in|From)\s*:\s*(?P<pub>[^|]{2,60}?)"
                          r"\.?\s*$|^SOURCE\s+(?P<pub2>[A-Z][^|]{1,60}?)\s*$")


@rule("reprint.source_line")
def source_line(text: str) -> ReprintNote | None:
    """'Source: Global Times', 'Publication: The Andean Observer', 'SOURCE Halberd Analytics'."""
    match = _SOURCE_LINE.match(text)
    if not match:
        return None
    name = match.group("pub") or match.group("pub2")
    if len(name.split()) > 7:
        return None
    return ReprintNote(canonical(outlet_name(name) if not name.endswith(".") else name), None, None,
                       at_end_only=bool(match.group("pub2")))


_UNDER_AGREEMENT = re.compile(
    rf"^This\s+{_PIECE}\s+(?:is|was|has\s+been)\s+(?:republished|reprinted|reproduced|carried|published)\s+by\s+"
    rf"(?:the\s+)?(?P<rep>{_NAMED})\s+under\s+an?\s+[^.]{{0,60}}?(?:agreement|arrangement|licen[cs]e|partnership)\s+"
    rf"with\s+(?:the\s+)?(?P<pub>[A-Z][^.]*?)\.?\s*$")


@rule("reprint.under_agreement")
def under_agreement(text: str) -> ReprintNote | None:
    """'This story is republished by the Oman Observer under a content agreement with Reuters.' → Reuters,
    reprinted by the Oman Observer."""
    match = _UNDER_AGREEMENT.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


_TRANSLATED_FROM = re.compile(
    rf"^This\s+{_PIECE}\s+(?:was|is)\s+(?:originally|first)\s+(?:published|written)\s+in\s+[A-Z][a-z]+\s+"
    rf"(?:by|in)\s+(?:the\s+)?(?P<pub>[A-Z][^.,]*?)\.(?:\s+(?:It\s+(?:was|is|has\s+been)\s+)?"
    rf"(?:[Tt]ranslated\s+and\s+)?(?:republished|reprinted|translated|reproduced)\s+(?:here\s+)?by\s+"
    rf"(?:the\s+)?(?P<rep>{_NAMED})(?:\s+(?:with|under)\s+[^.]*)?\.?)?\s*$")


@rule("reprint.translated_from")
def translated_from(text: str) -> ReprintNote | None:
    """'This article was originally published in Spanish by El Comercio. Translated and republished by Andes
    Dispatch.' → El Comercio, reprinted by Andes Dispatch."""
    match = _TRANSLATED_FROM.match(text) if _names_a_piece(text) else None
    return _note(match) if match else None


# "This article is republished from The Conversation under a Creative Commons license. Read the original
# article.": a licence lets any site carry the piece, so the note names only who wrote it first
_REPUBLISHED_UNDER_LICENCE = re.compile(
    rf"^(?:This\s+{_PIECE}\s+(?:is|was|has\s+been)\s+)?(?:re-?published|reprinted|reproduced)\s+from\s+"
    rf"(?P<pub>[A-Z][^.,]*?)\s+under\s+(?:an?\s+|the\s+)?(?:Creative\s+Commons|CC[\s-]BY)\b[^.]{{0,60}}\."
    rf"(?:\s+(?:Read|See|View)\s+the\s+original\s+(?:{_PIECE}|version)\b[^.]{{0,40}}\.?)?\s*$")


@rule("reprint.republished_under_licence")
def republished_under_licence(text: str) -> ReprintNote | None:
    """'This article is republished from The Conversation under a Creative Commons license.' → The Conversation
    (the site carrying it says "here" by its own logo: ``fields.licence_reprinter``)."""
    match = _REPUBLISHED_UNDER_LICENCE.match(text) if "ommons" in text or "CC" in text else None
    return _note(match) if match else None


REPRINT_RULES: tuple[Rule[ReprintNote], ...] = (
    under_agreement, translated_from, republished_under_licence,
    published_titled, published_by_author, first_carried, carried_below, below_on_behalf, carries_from, carried_by,
    distributed_and_carried, by_with_permission, from_a_feed, appears_on, carried_from_wire, wire_translated,
    under_licence, originally_published, reprinted_from,
    following_by_author, published_today_by,
    source_line,
)


MAX_NOTE = 600  # a reprint note is a sentence or two; a regex over a whole long line would hold the GIL


def reprint_note(text: str) -> ReprintNote | None:
    found = reprint_rule(text)
    return found[0] if found else None


# The rules that answer only for a line naming "the article" (``_names_a_piece``): a line naming none is not
# asked them (most lines: ten calls a line, each asking the same question of the words)
_NAMING_A_PIECE = frozenset({published_titled, published_by_author, appears_on, carried_from_wire, first_carried,
                             carried_below, carried_by, under_licence, under_agreement, translated_from,
                             distributed_and_carried, by_with_permission, from_a_feed})
_NAMING_NO_PIECE = tuple(candidate for candidate in REPRINT_RULES if candidate not in _NAMING_A_PIECE)


@per_line
def reprint_rule(text: str) -> tuple[ReprintNote, str] | None:
    if len(text) > MAX_NOTE:
        return None
    text = text.strip()
    return first(REPRINT_RULES if _names_a_piece(text) else _NAMING_NO_PIECE, text)


def _label(words: str) -> re.Pattern[str]:
    """The label opening an editors' note: its words, then a colon or a dash (``fm.EDITORS_LABEL`` is their union)."""
    return re.compile(rf"^\s*(?:{words})\s*[:：—–-]\s*", re.IGNORECASE)


_EDITORS_NOTE_LABEL = _label(r"editor['’]?s['’]?\s+note")
_FROM_THE_EDITORS = _label(r"note\s+from\s+the\s+editors?")
# "Correction, 18 February 2025:": the label may carry the day the editors corrected the piece
_CORRECTION = _label(r"(?:correction|clarification)(?:,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
                     r"|,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?")


@rule("editors_note.label")
def editors_note_label(text: str) -> re.Match[str] | None:
    """"Editor's note: Wang Haiyan is a research fellow at …": the label, then the editors' words."""
    return _EDITORS_NOTE_LABEL.match(text)


@rule("editors_note.from_the_editors")
def from_the_editors(text: str) -> re.Match[str] | None:
    """'Note from the editors: This essay is part of …'."""
    return _FROM_THE_EDITORS.match(text)


@rule("editors_note.correction")
def correction(text: str) -> re.Match[str] | None:
    """'Correction: An earlier version of this article misstated …', 'Clarification: …': the editors' own note."""
    return _CORRECTION.match(text)


EDITORS_NOTE_RULES: tuple[Rule[re.Match[str]], ...] = (editors_note_label, from_the_editors, correction)


_NOTED_PIECE = r"(?:article|story|piece|report|post|column|translation|interview|version)"
# The editors saying what they changed, with no label: the piece is the sentence's subject and was changed
# for a reason ("This story has been updated to correct …"; "The report was updated …" may be the story's
# subject), or an earlier version of it is what it corrects.
# "This story was updated on 4 May at 10:20" says only when: a time stamp (chrome.phrase), not a note.
_UPDATE_NOTE = re.compile(
    rf"^This\s+{_NOTED_PIECE}\s+(?:has\s+been|was|had\s+been)\s+(?:updated|corrected|amended|revised|"
    rf"clarified)(?:\s+and\s+(?:updated|corrected|amended|revised|clarified))?\s+(?:to|with|since|after|because|"
    rf"throughout|for)\b[^.]{{3,240}}\.(?:\s+[A-Z][^.]{{3,200}}\.){{0,2}}$"
    rf"|^An?\s+(?:earlier|previous)\s+version\s+of\s+this\s+{_NOTED_PIECE}\s+[^.]{{5,240}}\.(?:\s+[A-Z][^.]{{3,200}}\.)"
    rf"{{0,3}}$")


@rule("editors_note.update_note")
def update_note(text: str) -> bool | None:
    """'This story has been updated to correct the number of volunteers.', 'An earlier version of this article
    gave the wrong date …': the editors' note on what they changed, unlabelled."""
    stripped = text.strip()
    if len(stripped) > 600 or stripped[:1] not in "TA" or " said" in stripped or " says" in stripped:
        return None  # "… the ministry said": reported, the story's own sentence
    return True if _UPDATE_NOTE.match(stripped) else None


UPDATE_NOTE_RULES: tuple[Rule[bool], ...] = (update_note,)


def editors_label(text: str) -> tuple[re.Match[str], str] | None:
    """(the label's match, the rule that read it) when ``text`` opens with an editors' note label."""
    return first(EDITORS_NOTE_RULES, text)


_DISCLAIMER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))(?P<sentence>(?:The|This|These|Views|Opinions|Any)\b[^.]{0,200}?(?:\bnot|n['’]t)\s+"
    r"necessarily\s+(?:reflect|represent)\w*\s+(?:the\s+)?(?:official\s+)?(?:views?|those|position|positions|"
    r"opinions?|policy|policies|stance)(?:\s+(?:or|and)\s+\w+)?\s+of\s+(?P<org>[^.]+?)\.)(?=\s|$)")


_OWN_VIEWS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<sentence>(?:The\s+)?(?:Views|Opinions)\s+expressed\b[^.]{0,80}?\s+(?:are|is)\s+(?:the\s+)?"
    r"(?:writer|author|contributor)s?['’]s?\s+own\s+and\s+(?:do\s+not\s+(?:reflect|represent)\s+(?:the\s+(?:views?|"
    r"position)\s+of\s+)?|(?:are|is)\s+not\s+(?:an?\s+)?endorsement\s+(?:by|of)\s+(?:the\s+(?=[A-Z]))?)(?P<org>[A-Z][^.]*?)(?:['’]s?\s+(?:position|views?|stance|opinion))?\.)(?=\s|$)",
    re.IGNORECASE)


# "Views and figures in republished wire reports are those of the originating agency.": whose views they
# are, said of the page's views; a sentence about someone's views names no place ("in …", "here") for them.
_THOSE_OF = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<sentence>(?:The\s+)?(?:Views|Opinions)(?:\s+and\s+\w+)?\s+(?:expressed\s+)?(?:in|here)\b"
    r"[^.]{0,80}?\s+are\s+(?:solely\s+)?those\s+of\s+(?:the\s+)?(?P<org>[^.]{2,60}?)\.)(?=\s|$)")
# whose they are: the writer's side, or an outlet ("… those of the originating agency", "… of Global Times")
_WRITERS_SIDE = compile_lazily(r"^(?:(?:original|originating|individual)\s+)?(?:authors?|writers?|contributors?|"
                           r"columnists?|agency|agencies)\b", re.IGNORECASE)


@rule("disclaimer.authors_opinions")
def authors_opinions(text: str) -> tuple[str, str] | None:
    """'The article reflects the author's opinions and not necessarily the views of CGTN.'"""
    return fm.find_disclaimer(text) if "ecessarily" in text else None


@rule("disclaimer.not_necessarily")
def not_necessarily(text: str) -> tuple[str, str] | None:
    """'The views don't necessarily reflect those of China Daily.'"""
    match = _DISCLAIMER.search(text) if "ecessarily" in text else None
    return (match.group("sentence").strip(), canonical(outlet_name(match.group("org")))) if match else None


@rule("disclaimer.own_views")
def own_views(text: str) -> tuple[str, str] | None:
    """'The views expressed are the writer's own and do not represent Daryo's position.'"""
    if "ecessarily" in text or " own" not in text:
        return None
    own = _OWN_VIEWS.search(text)
    return (own.group("sentence").strip(), canonical(own.group("org"))) if own else None


@rule("disclaimer.those_of")
def those_of(text: str) -> tuple[str, str] | None:
    """'Views and figures in republished wire reports are those of the originating agency.'"""
    those = _THOSE_OF.search(text) if "ecessarily" not in text and "those of" in text else None
    if those and (_WRITERS_SIDE.match(those.group("org")) or is_outlet(those.group("org"))):
        org = those.group("org")
        return those.group("sentence").strip(), canonical(org) if is_outlet(org) else ""
    return None


DISCLAIMER_RULES: tuple[Rule[tuple[str, str]], ...] = (authors_opinions, not_necessarily, own_views, those_of)


@per_line
def disclaimer_rule(text: str) -> tuple[tuple[str, str], str] | None:
    """((the disclaimer sentence, the organisation it names, or ""), the rule that read it), or None."""
    return first(DISCLAIMER_RULES, text) if len(text) <= 3000 else None


def find_disclaimer(text: str) -> tuple[str, str] | None:
    """(the disclaimer sentence, the organisation it names, or "" when it names none): 'The views do not
    necessarily reflect …'."""
    found = disclaimer_rule(text)
    return found[0] if found else None


# "Jo Roe is a professor …", "The author is a …", "— Jo Roe is …", "Jo Roe is Anadolu Agency's correspondent …"
_IS_DESCRIBED = re.compile(
    rf"^(?:[—–-]\s*)?(?:(?P<author>The\s+(?:author|writer)s?)|(?P<name>{NAME}))\s+(?:is|are|was)\s+"
    rf"(?P<desc>(?:a|an|the|one|former|senior|chief)\b[^.]*?(?:\b[A-Z]\.[^.]*?)*"
    # "… is Anadolu Agency's correspondent in Baku.": the outlet's own role for the author
    rf"|(?P<owner>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}})['’]s\s+[a-z][^.]*?)\.(?=\s|$)")
# "The author is deputy director of …": after "The author is" a role needs no article
_AUTHOR_IS_ROLE = compile_lazily(r"^(?:[—–-]\s*)?The\s+(?:author|writer)\s+is\s+(?P<desc>[a-z][a-z-]+\s+[a-z][^.]*?"
                             r"(?:\b(?:of|at|with|for|in)\b)[^.]*?(?:\b[A-Z]\.[^.]*?)*)\.(?=\s|$)")
_WRITES_ABOUT = re.compile(rf"^(?:[—–-]\s*)?(?P<name>{NAME})\s+(?P<desc>(?:writes|covers|reports)\s+(?:about|on)?\s*"
                           rf"[^.]+?)\.(?=\s|$)")
# One sentence of a tagline: (the name, or None for "The author", the description, where the sentence ends)
Said = tuple[str | None, str, int]


@rule("tagline.is_described")
def is_described(text: str) -> Said | None:
    """'Jo Roe is a professor of geography at the University of Leeds.', 'The author is a research fellow …'."""
    match = _IS_DESCRIBED.match(text)
    if not match or match.group("name") and not is_person(match.group("name")) \
            or match.group("owner") and not is_outlet(match.group("owner")):
        return None  # "It was the 541st flight …", "Tea is one of …", "X is Russia's …": a sentence, not a person
    return match.group("name"), match.group("desc"), match.end()


@rule("tagline.author_is_role")
def author_is_role(text: str) -> Said | None:
    """'The author is deputy director of the Urban Economy Research Center at Zhejiang University.'"""
    match = _AUTHOR_IS_ROLE.match(text)
    return (None, match.group("desc"), match.end()) if match else None


def _person_said(pattern: re.Pattern[str], text: str) -> Said | None:
    """(the person's name, the description, its end) when ``pattern`` reads ``text`` and names a person."""
    match = pattern.match(text)
    if not match or not is_person(match.group("name")):
        return None
    return match.group("name"), match.group("desc"), match.end()


@rule("tagline.writes_about")
def writes_about(text: str) -> Said | None:
    """'Jo Roe writes about housing for The Northern Ledger.'"""
    return _person_said(_WRITES_ABOUT, text)


# the closed class of what a tagline says its person is, when no article comes before it
_ROLE_NOUNS = (r"(?:professor|lecturer|director|editor|correspondent|reporter|writer|columnist|fellow|researcher|"
               r"analyst|chair|chairman|chairwoman|head|founder|co-founder|president|secretary|economist|member|"
               r"partner|teacher|student|engineer|curator|coordinator|manager|adviser|advisor|dean|principal|"
               r"commentator|contributor|historian|scientist|lawyer|doctor|producer|photographer|chief)")
# "Anahit Grigoryan is Armenpress's correspondent in Shirak province.", "Dr. X is director of the Y Trust …"
_IS_ROLE = compile_lazily(rf"^(?:[—–-]\s*)?(?P<name>{NAME})\s+is\s+(?P<desc>(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}}"
                      rf"['’]s\s+(?:[a-z-]+\s+){{0,2}})?{_ROLE_NOUNS}\b[^.]*?(?:\b[A-Z]\.[^.]*?)*)"
                      # "…, which represents 230 elevator operators.": the body's clause, no part of her role
                      rf"(?:,\s+(?:which|who|whose|where)\b[^.]*?)?\.(?=\s|$)")
# "Theresa Gruber-Pichler teaches urban economics at TU Wien.": what the person does, and where
_TEACHES_AT = compile_lazily(rf"^(?:[—–-]\s*)?(?P<name>{NAME})\s+(?P<desc>(?:teaches|lectures|researches|studies|heads|"
                         rf"leads|directs|chairs|edits|works|serves)\s+[^.]*?\b(?:at|for|with)\s+(?:the\s+)?"
                         rf"[A-Z][^.]*?(?:\b[A-Z]\.[^.]*?)*)\.(?=\s|$)")


@rule("tagline.is_role")
def is_role(text: str) -> Said | None:
    """'Anahit Grigoryan is Armenpress's correspondent in Shirak province.': a role from a closed class."""
    return _person_said(_IS_ROLE, text)


@rule("tagline.works_at")
def works_at(text: str) -> Said | None:
    """'Theresa Gruber-Pichler teaches urban economics at TU Wien.': what the person does and where."""
    return _person_said(_TEACHES_AT, text)


# the two above read sentences a story may hold too: the block rules take them only after the story
LATE_TAGLINE_RULES = frozenset({"tagline.is_role", "tagline.works_at"})
TAGLINE_RULES: tuple[Rule[Said], ...] = (is_described, author_is_role, writes_about, is_role, works_at)


_CONTRIBUTED = re.compile(rf"^{NAME}\s+contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b[^.]*\.$")


_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?P<head>[^,]*?)(?=\s+(?:of|at|for|in|with|that|which|based)\b|$)[^,]*$")
_BODY_NOUNS = INSTITUTION_WORDS | frozenset("network group firm body nonprofit charity publication newspaper "
                                            "magazine think-tank consultancy union alliance".split())


def _without_body_apposition(description: str) -> str:
    """'chief economist of the Meridian Ports Council, a Singapore-based association of port operators' →
    'chief economist of the Meridian Ports Council': the apposition describes the body, not the author
    ('…, a research fellow at …' is a second role of the author's, and stays)."""
    match = _APPOSITION.search(description)
    if match and match.group("head").split() and match.group("head").split()[-1].lower() in _BODY_NOUNS:
        return description[:match.start()]
    return description


@per_line
def tagline_rule(text: str) -> tuple[list[tuple[str | None, str]], str] | None:
    """(the (name or None for "The author", description) pairs a tagline gives, the rule that read its first
    sentence), or None if it is no tagline."""
    text = text.strip()
    if len(text) > 600:
        return None
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()  # "(The author is an associate professor at …)": People's Daily's brackets
    found: list[tuple[str | None, str]] = []
    first_rule = ""
    rest = text
    while rest:
        said = first(TAGLINE_RULES, rest)
        if said is None:
            break
        (name, description, end), first_rule = said[0], first_rule or said[1]
        found.append((name, _without_body_apposition(" ".join(description.split()))))
        rest = rest[end:].strip()
    if not found:
        return None
    if rest and not find_disclaimer(rest) and not re.match(r"^(?:His|Her|Their)\s", rest) \
            and not _CONTRIBUTED.match(rest):
        return None
    return found, first_rule


def tagline(text: str) -> list[tuple[str | None, str]] | None:
    """The (name or None for "The author", description) pairs a tagline gives, or None if it is none."""
    found = tagline_rule(text)
    return found[0] if found else None


# A photo's credit ends the line ("… [Photo/Xinhua]", "… Photo: Liu Yuxin/GT"): each rule's shape, then the end.
def _credit(shape: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{shape})\s*\.?$")


_AGENCY_PHOTOGRAPHER = _credit(r"\b(?:REUTERS|AFP|AP|EPA|XINHUA|GETTY IMAGES|BLOOMBERG)\s*/\s*[A-Z][\w .'’-]{2,40}")
_PAREN_CREDIT = _credit(r"\((?:Xinhua|AP|AFP|Reuters|IC|VCG|CFP|EPA|Getty)\s*/\s*[^)]{2,40}\)"
                        r"|\((?:Getty Images|AP Photo|Reuters|AFP|EPA|Kyodo|Yonhap|stock image|Photo|File photo|"
                        r"illustration)[^)]*\)|\((?:Submitted|Supplied|Courtesy)\b[^)]{0,60}\)"
                        r"|\([A-Z][^()]{0,40}\s(?:file\s+)?photo\)")  # "(Toronto Star file photo)"
_BRACKET_CREDIT = _credit(r"\[Photo[^\]]*\]|\[(?:Xinhua|IC|VCG|CFP)\]")
_LABELLED_CREDIT = _credit(r"\bImage (?:source|caption),\s*[^.]{2,60}"
                           # "Photo: R. ap Gwilym", "Photo: Ahmed Al-Sayegh / Expats.cz": a site's name may hold a dot
                           r"|\bPhoto(?:graph)?(?:\s+credit)?\s*:\s*(?:[A-Z]\.\s*)*(?:[^.]|\.(?=\w)){2,60}"
                           r"|\b(?:Illustration|Graphic)\s*:\s*[^.]{2,60}|\bPicture\s*:\s*[^.]{2,60}"
                           r"|\bImage source\s*:\s*[^.]{2,60}")
_SLASH_AGENCY = _credit(r"/\s*(?:CFP|VCG|IC|Xinhua|CGTN|GT|AFP|Reuters)")
_CAPITALS_CREDIT = _credit(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*/\s*[A-Z][A-Z ]+")
# "Photographs by Ana Ruiz", "Featured photo via MTI/Balogh Zoltán"
_PHOTOS_BY = _credit(r"\b(?:[Pp]hoto(?:graph)?s?|Pictures?)\s+(?:by|via|courtesy\s+of)\s+[A-Z][^.]{2,60}")


@rule("caption.agency_photographer")
def agency_photographer(text: str) -> bool | None:
    """'Crews load the barge at dawn. REUTERS/Oliver Trask': the agency, then its photographer."""
    return True if "/" in text and _AGENCY_PHOTOGRAPHER.search(text) else None


@rule("caption.parenthesised_credit")
def parenthesised_credit(text: str) -> bool | None:
    """'Smoke rises over the town. (Submitted by Leah Tootoosis)', '… (Xinhua/Li Ming)', '(AP Photo/Jo Roe)'."""
    return True if "(" in text and _PAREN_CREDIT.search(text) else None


@rule("caption.bracketed_credit")
def bracketed_credit(text: str) -> bool | None:
    """'Miners leave the site on Thursday. [Photo/Xinhua]', '… [Xinhua]'."""
    return True if "[" in text and _BRACKET_CREDIT.search(text) else None


@rule("caption.labelled_credit")
def labelled_credit(text: str) -> bool | None:
    """'The ferry leaves Lerwick harbour. Picture: Courier', 'Photo: Liu Yuxin', 'Image source, Getty Images'."""
    return True if _LABELLED_CREDIT.search(text) else None


@rule("caption.slash_agency")
def slash_agency(text: str) -> bool | None:
    """'Visitors at the expo in Hangzhou. Liu Yuxin/GT': the photographer, a slash, the agency's mark."""
    return True if "/" in text and _SLASH_AGENCY.search(text) else None


@rule("caption.capitals_credit")
def capitals_credit(text: str) -> bool | None:
    """'LUO JIE/CHINA DAILY': the photographer and the paper in capitals."""
    if _INITIALS_ONLY.match(text):
        return None  # "OAA/CUU", "NTX/MGR/ENG": the wire desk's initials, its sign-off (credit.agency_desk)
    return True if "/" in text and _CAPITALS_CREDIT.search(text) else None


_INITIALS_ONLY = re.compile(r"^[A-Z]{2,4}(?:/[A-Z]{2,4})+$")


@rule("caption.photos_by")
def photos_by(text: str) -> bool | None:
    """'The crew at the harbour wall. Photographs by Ana Ruiz', '… on Monday. Picture by Jo Roe': who took them."""
    return True if ("hoto" in text or "Picture" in text) and _PHOTOS_BY.search(text) else None


# A credit with no label after a photo's one sentence: "Keystone / Jean-Marc Favre", "© FSBB / Pape Sarr" (an
# agency and a photographer, capitalised either side of a spaced slash) or a name alone in brackets,
# "(Diego Ferreira)". Read only after a sentence's stop, on a line with no quotation in it.
_NAME_WORDS = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}"
_UNLABELLED_CREDIT = re.compile(rf"(?<=[a-z\d)][.!?])\s+(?:(?:©\s*)?{_NAME_WORDS}\s+/\s+{_NAME_WORDS}|"
                                rf"\((?:©\s*)?[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){{1,3}}\))$")
_ONE_SENTENCE_ENDS = re.compile(r"[a-z\d)][.!?]\s+[A-Z]")
_QUOTED = re.compile(r"[\"“]([^\"”]*)[\"”]")


@rule("caption.unlabelled_credit")
def unlabelled_credit(text: str) -> bool | None:
    """'Astou Diagne celebrates a basket. © FSBB / Pape Sarr', '… before the parade. (Diego Ferreira)'."""
    if not text.endswith(")") and " / " not in text:
        return None  # neither credit's shape: most lines are searched no further
    found = _UNLABELLED_CREDIT.search(text)
    if found is None or _ONE_SENTENCE_ENDS.search(text[:found.start()]):
        return None  # one sentence and its credit: a paragraph of several sentences ending on a name is prose
    if any(len(quoted.split()) >= 4 for quoted in _QUOTED.findall(text)):
        return None  # a quotation is someone's words (a nickname in quotes, “Tito”, is no quotation)
    return True if not is_outlet(found.group(0).strip(" ()©")) else None  # "(Associated Press)" signs a story


CAPTION_RULES: tuple[Rule[bool], ...] = (bracketed_credit, labelled_credit, parenthesised_credit, agency_photographer,
                                         capitals_credit, slash_agency, photos_by, unlabelled_credit)
# Every caption rule's shape holds one of these (a rule without one must add its own), so a line with
# none is not searched at all.
_CREDIT_MARKS = ("[", "(", "/", ":", "Image ", "Photo", "photo", "Picture")


@per_line
def caption_rule(text: str) -> tuple[bool, str] | None:
    """(True, the caption rule that read it), or None when the line carries no photo credit."""
    if len(text) > 400 or not any(mark in text for mark in _CREDIT_MARKS):
        return None
    return first(CAPTION_RULES, text.strip())


def is_caption(text: str) -> bool:
    """'Miners leave the site. [Photo/Xinhua]', 'Photo: Liu Yuxin/GT', 'LUO JIE/CHINA DAILY'."""
    return caption_rule(text) is not None


_REPORTING_PARENTHESIS = re.compile(r"^\((?:Reporting|Writing|Additional reporting|Editing|Web editor|Editor|"
                                    r"Translated|Translation|(?:[A-Z][a-z]+\s+)?original\s+by)\b"
                                    r"[^)]*\)\.?$")
_CONTRIBUTED_TO = re.compile(r"^[A-Z][^.]{2,120}?\s+contributed(?:\s+\w+)?\s+to\s+this\s+(?:report|story|article)\.?$")
# names only: "Reporting by Ana Ruiz and Li Wei; Editing by Mark Hale"
_REPORTING_BY = re.compile(r"^(?:Additional\s+r|R)eporting\s+by\s+(?:[A-Z][\w'’-]+\s?){2,4}"
                           r"(?:(?:,\s*|\s+and\s+)(?:[A-Z][\w'’-]+\s?){2,4})*"
                           r"(?:\s+in\s+[A-Z][\w'’-]+)?(?:;\s*[Ee]diting\s+by\s+(?:[A-Z][\w'’-]+\s?){2,4})?\.?$")
_REPORTED_FROM = re.compile(r"^(?:[A-Z][\w’'-]+\s+){1,3}reported\s+from\s+.{2,250}\.$")
_DESK_INITIALS = re.compile(r"^(?:dpa\s+|AFP\s+)?[a-z]{2,4}(?:-[a-z]{2,4})*/[a-z]{2,4}(?:/[a-z]{2,4})*"
                            r"(?:\s+[a-z0-9]{2,3}){0,4}$")
_PRESS_OFFICE = re.compile(r"^(?:The\s+)?(?:Press\s+(?:[Ss]ervice|[Oo]ffice)|Media\s+[Oo]ffice|"
                           r"Communications\s+[Oo]ffice)\s+of\s+(?:the\s+)?[A-Z].{2,80}$")
_BOARD = re.compile(r"^[—–-]\s*(?:The\s+)?[A-Z][\w'’. ]+?(?:Editorial\s+Board|Editors|Board)\.?$")
_SOURCE_SIGN_OFF = re.compile(r"^SOURCE\s+[A-Z].{1,60}$")


@rule("credit.reporting_parenthesis")
def reporting_parenthesis(text: str) -> bool | None:
    """'(Reporting by Inés Carvajal; Editing by Tom Hale)': the wire's credits in brackets."""
    return True if _REPORTING_PARENTHESIS.match(text) else None


@rule("credit.contributed")
def contributed(text: str) -> bool | None:
    """'Li Wei in Beijing contributed to this report.': a colleague's share of the reporting."""
    return True if _CONTRIBUTED_TO.match(text) else None


@rule("credit.reporting_by")
def reporting_by(text: str) -> bool | None:
    """'Additional reporting by Megan Hale.', 'Reporting by Ana Ruiz; Editing by Mark Hale': names only."""
    return True if _REPORTING_BY.match(text) else None


@rule("credit.reported_from")
def reported_from(text: str) -> bool | None:
    """'Marcus Bell reported from Bend, Ore., and Yuki Tanaka from Salem, Ore.': where the reporters were."""
    return True if _REPORTED_FROM.match(text) else None


@rule("credit.desk_initials")
def desk_initials(text: str) -> bool | None:
    """'hm-lb/js', 'dpa fm/ks xx': the wire desk's initials closing the story."""
    return True if _DESK_INITIALS.match(text) else None


# "Keystone-SDA/ts", "AMF/JN // Lusa", "(END) GRM/MVB", "(By Chen Yu-ting) Enditem/AW": the desk's mark in
# capitals, or beside the agency's name, or after the story's end mark or the reporter's bracketed name
_AGENCY_DESK = re.compile(r"^(?:\((?:END|By\s+[A-Z][^()]{2,60})\)\s*)?"
                          r"(?:(?=[\w.-]*[A-Z]{2})[A-Z][\w.-]{1,20}/[a-z]{2,4}|"
                          r"[A-Z]{2,4}(?:/[A-Z]{2,4})+(?:\s*//\s*[A-Z][\w.-]{1,20})?|Enditem/[A-Za-z]{1,6})$")
_AGENCY_MARK = re.compile(r"^\([A-Z]{2,6}\)$")
# "(NAN)(www.nannews.ng)", "(Petra) R.Q/ S.D": the agency's mark with its address or its desk's initials
_MARK_AND_DESK = re.compile(r"^\([A-Z][A-Za-z]{1,9}\)\s*(?:\((?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)|"
                            r"[A-Z]{1,3}\.?(?:[A-Z]{1,2}\.?)?(?:\s*/\s*[A-Z]{1,3}\.?(?:[A-Z]{1,2}\.?)?)+)$")


@rule("credit.agency_desk")
def agency_desk(text: str) -> bool | None:
    """'Keystone-SDA/ts', 'AMF/JN // Lusa', '(END) GRM/MVB': the wire desk's mark closing the story."""
    return True if _AGENCY_DESK.match(text) else None


@rule("credit.agency_mark")
def agency_mark(text: str) -> bool | None:
    """'(PNA)' alone after the story: the agency's mark closing it, as its datelines open one."""
    return True if _AGENCY_MARK.match(text) else None


@rule("credit.mark_and_desk")
def mark_and_desk(text: str) -> bool | None:
    """'(NAN)(www.nannews.ng)', '(Petra) R.Q/ S.D': the agency's mark closing the story, its address or desk after."""
    return True if _MARK_AND_DESK.match(text) else None


@rule("credit.press_office")
def press_office(text: str) -> bool | None:
    """'Press Service of the Ministry of Foreign Affairs of the Republic of Oravia': who issued it."""
    return True if _PRESS_OFFICE.match(text) else None


@rule("credit.editorial_board")
def editorial_board(text: str) -> bool | None:
    """'— The Prairie Gazette Editorial Board': the editorial's signature."""
    return True if _BOARD.match(text) else None


@rule("credit.source")
def source_sign_off(text: str) -> bool | None:
    """'SOURCE Halberd Analytics': a press release's closing source line."""
    return True if _SOURCE_SIGN_OFF.match(text) else None


_STAFF_CREDIT = re.compile(rf"^(?:Writer|Reporter|Editor|Edited\s+by|Translator|Photographer)s?\s*:?\s+{NAME}\s*$"
                           rf"|^\((?:[A-Z][a-z]+\s+)?original\s+by\s+{NAME}(?:,\s+[A-Z][\w ]{{2,40}})?\)$")


@rule("credit.staff_label")
def staff_credit(text: str) -> bool | None:
    """'Writer: Liu Yang', 'Editor: Wang Hao', '(Japanese original by Haruka Nomura, Akita Bureau)': a closing
    credit that names one person by their part in the story."""
    return True if len(text) <= 100 and _STAFF_CREDIT.match(text.strip()) else None


# "Translated by Tep Sovann. Edited by Malcolm Forde.", "(Translated from the Spanish by Ana Ruiz)": the
# translator credited by their part, as a reporter is by "Reporting by", the editor after at most
_TRANSLATED_BY = re.compile(rf"^\(?(?:[Tt]ranslated(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+)?(?:\s+and\s+(?:edited|adapted|"
                            rf"condensed))?\s+by|Translation\s+by)\s+{NAME}\.?"
                            rf"(?:\s*[.;,|–—-]\s*(?:[Ee]dit(?:ed|ing)\s+by|Editor\s*:)\s+{NAME}\.?)?\)?$")


@rule("credit.translated_by")
def translated_by(text: str) -> bool | None:
    """'Translated by Tep Sovann. Edited by Malcolm Forde.', 'Translated from the Spanish by Ana Ruiz.': who put the
    story into this language, a closing credit (never its author)."""
    return True if len(text) <= 160 and "ranslat" in text and _TRANSLATED_BY.match(text.strip()) else None


CREDIT_RULES: tuple[Rule[bool], ...] = (reporting_parenthesis, contributed, reporting_by, reported_from, desk_initials,
                                        agency_desk, agency_mark, mark_and_desk, press_office, editorial_board,
                                        source_sign_off,
                                        staff_credit, translated_by)


@per_line
def credit_rule(text: str) -> tuple[bool, str] | None:
    """(True, the credit-line rule that read it), or None when the line is no credit line."""
    return first(CREDIT_RULES, text.strip()) if len(text) <= 300 else None


def is_credit_line(text: str) -> bool:
    """'(Reporting by …; Editing by …)', 'X contributed to this report.', 'hm-lb/js', 'SOURCE CGTN'."""
    return credit_rule(text) is not None


# "…, Peterborough, Ont.", "…, Rue des Prés, St Clement": a street or a town may hold a lowercase particle
_PLACE_WORD = r"(?:[A-Z][\w'’.-]*|de|des|du|la|le|les|of|the|y|del|van|von)"
_SIGNED = compile_lazily(rf"^[—–-]?\s*(?P<name>[^,]{{3,40}}),\s+(?P<place>[A-Z][\w'’.-]*(?:\s+{_PLACE_WORD}){{0,3}})"
                     r"(?:,\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})?\.?$")


_SIGNED_TITLE = re.compile(r"\s*\((?:Mrs|Mr|Ms|Miss|Dr|Rev|Prof|Cllr)\.?\)$")


def signed_name(text: str) -> str | None:
    """'Margaret Pell, Ashby Parva' or '— Tom Reyes, Leeds': a letter's writer signing off with their town."""
    match = _SIGNED.match(text.strip())
    if not match:
        return None
    name = _SIGNED_TITLE.sub("", match.group("name")).strip()  # "Irene Duckworth (Mrs), Darwen"
    if not is_person(name) or is_outlet(match.group("place")):
        return None
    return name


_PLACE_LINE = re.compile(r"^[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}\.?$")


def signed_on_two_lines(name: str, place: str) -> str | None:
    """'Gwenllian Price-Jones' over 'Pencader': a letter's writer signing off, the town on the next line.
    Under 'Yours, etc,' the lines may end in commas and the name be in capitals ('CIARÁN O'NEILL,')."""
    name, place = name.strip().lstrip("—–- ").rstrip(","), place.strip().rstrip(",")
    name = normal_case(name) if name.isupper() else name
    if len(place) > 60 or not is_person(name) or not _PLACE_LINE.match(place.strip()) or is_outlet(place):
        return None
    return name


_SOURCE_OUTLET = re.compile(r"^SOURCE\s+(?P<o>.+)$")
_OFFICE_OUTLET = re.compile(r"^(?:The\s+)?(?:Press\s+(?i:service|office)|Media\s+(?i:office)|"
                            r"Communications\s+(?i:office))\s+of\s+(?:the\s+)?(?P<o>[A-Z].{2,80})$")
_BOARD_OUTLET = re.compile(r"^[—–-]\s*(?P<o>(?:The\s+)?[A-Z][\w'’. ]+?)\s+(?:Editorial\s+Board|Editors|Board)\.?$")
_PRINTED_IN = re.compile(r"^(?i:(?:First\s+)?(?:published|printed|appeared)\s+in)\s+(?:the\s+)?"
                         r"(?P<o>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}),\s+(?=\S*\d|[A-Z][a-z]{2})[^.]{4,40}\.?$")


@rule("signature.source")
def source_outlet(text: str) -> str | None:
    """'SOURCE CGTN' → CGTN: a press release's source line names who issued it."""
    match = _SOURCE_OUTLET.match(text)
    return canonical(match.group("o")) if match else None


@rule("signature.press_office")
def office_outlet(text: str) -> str | None:
    """'Press Service of the Ministry of Transport' → Ministry of Transport."""
    match = _OFFICE_OUTLET.match(text)
    return canonical(match.group("o")) if match else None


@rule("signature.editorial_board")
def board_outlet(text: str) -> str | None:
    """'— The Prairie Gazette Editorial Board' → The Prairie Gazette."""
    match = _BOARD_OUTLET.match(text)
    return canonical(match.group("o")) if match else None


@rule("signature.printed_in")
def printed_in(text: str) -> str | None:
    """'Published in Dawn, October 27th, 2025' → Dawn: a newspaper's print sign-off under its web copy."""
    match = _PRINTED_IN.match(text)
    return canonical(match.group("o")) if match else None


@rule("signature.outlet_name")
def outlet_alone(text: str) -> str | None:
    """'— China Daily', 'News.Az' or '(The Harbour Times)' alone closing the page: the outlet signing it."""
    stripped = text.strip(" —–-.")
    if stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1:
        stripped = stripped[1:-1].strip()  # the outlet's name in brackets, as wires sign: "(Sarajevo Times)"
    return canonical(stripped) if is_outlet(stripped) and len(stripped.split()) <= 6 else None


SIGN_OFF_RULES: tuple[Rule[str], ...] = (source_outlet, office_outlet, board_outlet, printed_in, outlet_alone)


@per_line
def sign_off_rule(text: str) -> tuple[str, str] | None:
    """(the outlet a sign-off names, the rule that read it), or None."""
    return first(SIGN_OFF_RULES, text.strip())


def credit_outlet(text: str) -> str | None:
    """The outlet a sign-off names: 'SOURCE CGTN' → CGTN; '— The Prairie Gazette Editorial Board' → …"""
    found = sign_off_rule(text)
    return found[0] if found else None


# A letter's writer signing off: not an outlet, so kept apart from the sign-off rules above.
_VALEDICTION = re.compile(r"^[–—-]?\s*Yours(?:\s+(?:etc\.?|faithfully|sincerely|truly))?,?\s*(?:etc\.?)?,?\s*$",
                         re.IGNORECASE)
_PLACE_PART = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3},?\.?$")


def valediction_signature(lines: list[str]) -> tuple[str, int] | None:
    """'– Yours, etc,' / 'CIARÁN O'NEILL,' / 'Rathgar,' / 'Dublin 6.': (the writer, how many lines the
    sign-off takes) when ``lines`` open with a letter's valediction, its writer's name on the next line and
    the address's parts after it."""
    if len(lines) < 2 or not _VALEDICTION.match(lines[0].strip()):
        return None
    name = lines[1].strip().rstrip(",.").strip()
    if not is_person(name) and signed_role(lines[1]):
        name = lines[1].split(",")[0].strip()  # "RÓNÁN O'NEILL, Chair, Dunmore Road Residents' Association."
    if not is_person(name):
        return None
    count = 2
    while count < min(len(lines), 6) and len(lines[count]) <= 40 and _PLACE_PART.match(lines[count].strip()):
        count += 1
    return normal_case(name) if name.isupper() else name, count


_SIGNED_ROLES = frozenset({"chair", "chairman", "chairwoman", "chairperson", "secretary", "president", "director",
                           "spokesperson", "spokesman", "spokeswoman", "treasurer", "coordinator", "founder"})


def signed_role(line: str) -> str | None:
    """'RÓNÁN O'NEILL, Chair, Dunmore Road Residents' Association.' → 'Chair, Dunmore Road Residents'
    Association': what a letter's writer signs as after the name (an address, 'Rathgar, Dublin 6', is none)."""
    _name, comma, rest = line.strip().rstrip(".").partition(",")
    words = [w.strip(",.").lower() for w in rest.split()]
    if not comma or not words or len(words) > 12:
        return None
    return rest.strip() if words[0] in _SIGNED_ROLES or any(w in INSTITUTION_WORDS for w in words) else None


SIGNED_NAME: Rule[str] = Rule("signature.signed_name", signed_name)
VALEDICTION: Rule[tuple[str, int]] = Rule("signature.valediction", valediction_signature)
SIGNED_ON_TWO_LINES: Rule[str] = Rule("signature.signed_on_two_lines", signed_on_two_lines)
LETTER_RULES: tuple[Rule[str], ...] = (SIGNED_NAME, SIGNED_ON_TWO_LINES)
# a sign-off over several lines ("– Yours, etc," / name / address) reads a run of lines, not one
LETTER_RUN_RULES: tuple[Rule[tuple[str, int]], ...] = (VALEDICTION,)
