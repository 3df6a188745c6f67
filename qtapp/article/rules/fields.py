"""The article's metadata read from its blocks: for each field an ordered list of named rules.

A field is filled only when a rule supports it, and ``Article.found_by`` keeps which rule that was.
Rules read a ``Page``: the blocks by kind, the dropped chrome (a copyright line still names the
publisher), the datelines' agencies, the reprint notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from qtapp.article import frontmatter as fm
from qtapp.article.model import Author
from qtapp.article.names import author_from_name, normal_case, strip_titles
from qtapp.article.rules import bylines, dates, events, notes, title_doubts
from qtapp.article.rules.engine import Rule, first, rule
from qtapp.article.rules.furniture import SITE_SELF, furniture, menu_words
from qtapp.article.rules.outlet_names import (
    account_owner,
    initials_in_order,
    logo_head,
    outlet_case,
    outlet_name,
    platform,
    spelled_in_page,
)
from qtapp.article.rules.outlet_vote import Witnesses, key, logo_leading_owner, vote
from qtapp.article.rules.outlets import AGENCIES, OUTLET_WORDS, PRESS_WIRES, SECTIONS, canonical, is_outlet, is_role
from qtapp.article.rules.persons import INSTITUTION_WORDS
from qtapp.article.lazy_patterns import compile_lazily


@dataclass
class Page:
    blocks: list[tuple[str, str]]
    dropped: list[str] = field(default_factory=list)
    masthead: list[str] = field(default_factory=list)  # chrome above the headline: the site's logo, if any

    def __post_init__(self) -> None:
        # The field rules ask for a few rare kinds some twenty times: scanning a page of a million
        # paragraphs each time was most of the reading rules' time on one (issue 15).
        self._rare: dict[str, list[tuple[int, str]]] = {}
        for index, (kind, text) in enumerate(self.blocks):
            if kind != "paragraph":
                self._rare.setdefault(kind, []).append((index, text))

    def texts(self, *kinds: str) -> list[str]:
        if "paragraph" in kinds:
            return [text for kind, text in self.blocks if kind in kinds]
        found = [item for kind in dict.fromkeys(kinds) for item in self._rare.get(kind, ())]
        if len(kinds) > 1:
            found.sort()
        return [text for _index, text in found]

    def following(self, kind: str) -> list[str]:
        """The text of the block right after each block of ``kind`` (a note's second sentence, when a hard
        wrap ended the note's line on the first's full stop)."""
        return [self.blocks[i + 1][1] for i, _text in self._rare.get(kind, ()) if i + 1 < len(self.blocks)]

    @property
    def whole(self) -> str:
        """Every line the page shows, chrome too: where a name's own spelling is looked up."""
        if not hasattr(self, "_whole"):
            self._whole = "\n".join([*self.masthead, *(text for _kind, text in self.blocks), *self.dropped])
        return self._whole

    @property
    def note(self) -> str:
        return " ".join(self.texts("editors_note"))

    def reprints(self) -> list[notes.ReprintNote]:
        return [n for n in map(notes.reprint_note, self.texts("reprint_note", "signature")) if n]

    def bylines(self) -> list[bylines.Byline]:
        found = [bylines.parse_byline(text, under_headline=True) for text in self.texts("byline")
                 if not menu_words(text)]
        return [b[0] for b in found if b]

    def datelines(self) -> list[dates.Dateline]:
        return [d for d in map(dates.dateline, self.texts("dateline")) if d]

    def disclaimer(self) -> tuple[str, str] | None:
        found = self.disclaimer_rule()
        return found[0] if found else None

    def disclaimer_rule(self) -> tuple[tuple[str, str], str] | None:
        """((the disclaimer, the organisation it names), the disclaimer rule that read it) in the editors' words."""
        for text in self.texts("editors_note", "tagline"):
            found = notes.disclaimer_rule(text)
            if found:
                return found
        return None


_OUTLET_PREFIX = re.compile(r"^(?P<outlet>[A-Z][\w.&'’ -]{1,30}?)\s*:\s+(?P<title>.+)$")

# --- title ----------------------------------------------------------------------------------------


# "Match Report: …", "Fact check: …": a label of the page's kind before the colon is part of the headline
_KIND_LABEL = compile_lazily(r"^(?:feature|match|fact|live|special|exclusive|breaking|photo|video|ama|q\s?&\s?a|"
                             r"explainer|analysis|interview|review|gallery|"
                             # "Morning Bulletin: …", "Midday News Bulletin: …": the programme the item is from
                             r"(?:morning|midday|lunchtime|afternoon|evening|night|late|breakfast|weekend|daily)\s+"
                             r"(?:news\s+)?(?:bulletin|briefing|update|round-?up)s?$)\b",
                         re.IGNORECASE)
_QUOTED = compile_lazily(r"^[\"“](?P<text>[^\"“”]+)[\"”]$")


def _headline(page: Page) -> str | None:
    titles = page.texts("title")
    if not titles:
        return None
    prefix = _OUTLET_PREFIX.match(titles[0])
    if prefix and not _KIND_LABEL.match(prefix.group("outlet")):
        # "Le Mauricien column: “…”": the outlet's name and the kind of piece, before the quoted headline
        if is_outlet(prefix.group("outlet")) or title_doubts.outlet_and_kind(prefix.group("outlet")):
            quoted = _QUOTED.match(prefix.group("title").strip())
            return quoted.group("text") if quoted else prefix.group("title")
    return titles[0]


@rule("title.headline")
def headline(page: Page) -> str | None:
    """The headline block, without an outlet's prefix: 'CGTN: Caspian ports …' → 'Caspian ports …'."""
    found = _headline(page)
    if found is None or title_doubts.doubtful_title(found) or title_doubts.site_label(found, page.masthead):
        return None
    return found


@rule("title.name_like")
def name_like_headline(page: Page) -> str | None:
    """The headline block when it may be a site's or an organisation's name ('Judiciary of Tanzania'): kept,
    and marked for checking."""
    return _headline(page)


@rule("title.reprint_note")
def reprint_title(page: Page) -> str | None:
    """'CGTN has published an article titled “X.”' → X, when the page shows no headline of its own."""
    return next((n.title for n in page.reprints() if n.title), None)


TITLE: tuple[Rule[str], ...] = (headline, reprint_title, name_like_headline)

# --- publisher and reprinter ----------------------------------------------------------------------


@rule("publisher.reprint_note")
def reprint_publisher(page: Page) -> str | None:
    """'CGTN … has published an article titled …' → CGTN."""
    found = [n for n in page.reprints() if not n.at_end_only and n.publisher]  # a feed's note names no writer
    return _without_initials(found[0].publisher) if found else None


@rule("publisher.byline_tail")
def byline_publisher(page: Page) -> str | None:
    """'By Jane Doe, Reuters', 'By LI XIAOMEI in Chengdu (Metro Daily)' → the outlet in the byline."""
    return next((b.publisher for b in page.bylines() if b.publisher), None)


_INITIALS_TAIL = re.compile(r"\s*/\s*[a-z]{1,4}(?:\s*[(/]\s*[a-z]{1,4}\)?)*\)?$")


def _without_initials(name: str | None) -> str | None:
    """'CNA/rg(ac' from 'Source: CNA/rg(ac)' → 'CNA': the editors' initials after the outlet's name."""
    if not name:
        return name
    stripped = _INITIALS_TAIL.sub("", name).strip()
    return stripped or name


@rule("publisher.dateline_agency")
def agency_publisher(page: Page) -> str | None:
    """'LIMA, May 2 (Reuters) -' → Reuters (a news agency's dateline, not a press-release wire's)."""
    return next((d.agency for d in page.datelines() if d.agency and not d.wire), None)


@rule("publisher.own_mark")
def own_mark_publisher(page: Page) -> str | None:
    """'Amman, Feb. 11 (Petra) -- The …' under the logo 'Jordan News Agency (Petra)' → Petra: a mark no list
    knows, made an agency's by the page's own logo or copyright line carrying it in brackets."""
    for text in page.texts("dateline")[:2] + [_lead(page)]:
        lead = _OWN_MARK.match(text + " ")
        mark = f"({lead.group('mark')})" if lead else ""
        if lead and any(mark in line for line in page.masthead + page.dropped):
            return lead.group("mark")
    return None


@rule("publisher.source_line")
def date_line_source(page: Page) -> str | None:
    """'Source: Xinhua | 2025-04-09 22:15:40' or a closing 'Source: X' / 'SOURCE X' line."""
    for text in page.texts("dateline"):
        found = dates.date_line(text)
        if found and found.publisher:
            return found.publisher
    ends = [n for n in page.reprints() if n.at_end_only]
    if ends:
        return _without_initials(ends[0].publisher)
    return next((o for o in map(notes.credit_outlet, page.texts("signature")) if o and
                 page.texts("signature")[0].startswith("SOURCE")), None)


@rule("publisher.disclaimer")
def disclaimer_publisher(page: Page) -> str | None:
    """'… not necessarily the views of CGTN.' → CGTN."""
    found = page.disclaimer()
    return found[1] or None if found else None  # "… those of the originating agency." names no outlet


@rule("publisher.sign_off")
def sign_off_publisher(page: Page) -> str | None:
    """An outlet's name closing the page, or '— The Prairie Gazette Editorial Board'."""
    if page.reprints():
        return None  # then the sign-off is the reprinter's
    return next((o for o in map(notes.credit_outlet, page.texts("signature")) if o and not _pager(o)
                 and not _desk_or_section(o)), None)


def _desk_or_section(name: str) -> bool:
    """'Latest News', 'Press Office' closing the page: a section's or a desk's name, no outlet's."""
    words = name.lower().split()
    return all(w in SECTIONS for w in words) or is_role(name)


_PAGER_WORDS = frozenset({"newer", "older", "next", "previous", "prev", "post", "posts", "entry", "entries",
                          "page", "home", "story", "article"})


def _pager(name: str) -> bool:
    """'Newer Post Older Post Home': a blog's pager under the post, every word a pager's, names no outlet."""
    words = [w.strip("«»‹›<>←→.|").lower() for w in name.split()]
    return len(words) >= 2 and all(w in _PAGER_WORDS for w in words if w)


_COPYRIGHT_OWNER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                              r"(?P<owner>[A-Z](?:[^.,©]|\.(?=[A-Z]\.)|(?<=\b[A-Z])\.)*?"
                              r"(?:\s(?:Inc|Ltd|Co|Corp|S\.L|S\.A|N\.V|B\.V|A\.S|GmbH|LLC|plc)\.?)?)"
                              r"(?:,?\s*\d{4})?(?:\.|,|\s+All\s+rights|\s*$)", re.IGNORECASE)


# ", Coleman & Co. Ltd.", ", Smith and Sons": the rest of a firm named by its partners, after the first one
_FIRM = re.compile(r",\s+(?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+\s+(?:&|and)\s+(?:Co\b\.?|Sons\b|Company\b)"
                   r"(?:\s+(?:Ltd|Limited|Pvt|Inc|LLC|plc)\b\.?)?")


@rule("publisher.copyright")
def copyright_publisher(page: Page) -> str | None:
    """'© 2024 Northern Star Media. All rights reserved.' (dropped as chrome) → Northern Star Media."""
    for text in page.dropped:
        match = _COPYRIGHT_OWNER.search(text)
        if match:
            owner = re.sub(r"^(?:(?:copyright|©|\d{4}(?:\s*-\s*\d{4})?)\s*)+", "", match.group("owner"),
                           flags=re.IGNORECASE).strip()
            owner = re.split(r"\s+[·•|]\s+", owner)[0]  # "© 2024 The Long Way Round · Powered by WordPress"
            firm = _FIRM.match(text, match.end("owner"))
            # "© 2026 Bennett, Coleman & Co. Ltd.": a firm's name, its partners' names cut at the first comma
            owner = owner + firm.group(0).rstrip(".") if firm and " " not in owner.strip() else owner
            # "© Shannonside Herald Media Ltd 2025", "Copyright © AFP 2017-2024"
            owner = re.sub(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d)?)?$", "", owner)
            owner = re.sub(r"\.com$", "", owner, flags=re.IGNORECASE).rstrip(" —–-")
            if owner and _byline_writer(owner, page):
                continue  # "© 2026 Daniel Ssemwogerere · Privacy" under his own newsletter: the writer's, no outlet
            if owner and not re.match(r"(?i)all\s+rights", owner) and (len(owner.split()) <= 6 or _titled(owner)):
                carried = _carried_source(owner, page)
                if carried:
                    return carried
                named = _masthead_for(canonical(owner), bool(_COMPANY.search(owner) or firm), page)
                return None if firm and named == canonical(owner) else named  # a firm, no publication's name
    return None


_GENRE = re.compile(r"(?i)\b(?:report|review|preview|recap|analysis|feature|interview|opinion|editorial|column|"
                    r"explainer|briefing|highlights|live|update|updates|exclusive)\b")


def _carried_source(owner: str, page: Page) -> str | None:
    """'© 2026 Yahoo' under the logo 'Yahoo News', the line 'The Canadian Press' just over the headline → The
    Canadian Press: a portal owns the page, and the outlet named over the story is the one that wrote it."""
    if len(page.masthead) < 2 or not owner:
        return None
    portal, source = page.masthead[0].strip(), page.masthead[-1].strip()
    own = _letters(owner)
    if len(own) < 3 or _letters(portal.split()[0] if portal.split() else "") != own:
        return None  # the copyright owner is not the portal whose logo leads the page
    if re.search(r"[|›»/·]", source) or furniture(source) or _is_section(source) or not is_outlet(source) \
            or _GENRE.search(source):
        return None  # "Match Report" over the headline is what the piece is, no outlet's name
    return source if own not in _letters(source) else None


def _byline_writer(owner: str, page: Page) -> bool:
    """Whether a copyright line's owner is a person the byline names: a blog's or a newsletter's writer owns
    the words, and the outlet is the site's name, never the writer's."""
    wanted = owner.casefold()
    return any(name.casefold() == wanted for byline in page.bylines() for name in byline.names)


def _titled(name: str) -> bool:
    """'Ministry of Energy Transition and Sustainable Development': a long name, every word but the linking
    ones capitalised (a sentence's words are not)."""
    words = name.split()
    return len(words) <= 10 and all(w[:1].isupper() or w in _LINKING for w in words)


_COMPANY = re.compile(r"\b(?:Inc|Ltd|Limited|Corp|LLC|plc|PLC|GmbH|Pvt|Pty|S\.A|S\.L|N\.V|B\.V|JSC|PJSC|SpA|Srl|Bhd)\b")


def _masthead_for(owner: str, company: bool, page: Page) -> str:
    """The copyright names who owns the page; a citation names the publication. 'MFA of the Republic of
    X' under a logo 'Ministry of Foreign Affairs of the Republic of X' is the logo's name spelled out, and a
    company ('THG Publishing Pvt Ltd', 'South China Morning Post Publishers Ltd') under a logo that names an
    outlet ('THE HINDU') published it as that outlet."""
    # the logo: the first line above the headline that is not a banner, a menu or a widget
    # ("PRESS RELEASE" over the headline is what the page is, never its logo)
    logo = next((t.strip() for t in page.masthead if not re.search(r"[|›»/·]", t) and not furniture(t)
                 and not _KICKER.fullmatch(t.strip()) and not _DOCUMENT_TITLE.search(t)), "")
    if not logo or (owner in _AGENCY_NAMES and owner not in PRESS_WIRES):
        return owner  # "Copyright 2026 The Associated Press" under the logo "AP  AP NEWS": the agency's own name
    if _abbreviates(owner, logo) or _same_site(owner, logo) or _owner_brand(owner, logo):
        return logo
    leading = logo_leading_owner(logo, owner)
    if leading:
        return leading
    if re.fullmatch(r"[A-Z]{2,6}", owner) and _logo_name(logo) != logo and _initials(_logo_name(logo).split()) == owner:
        return _logo_name(logo)  # "Copyright © 1998-2025, RFA." under the logo "RFA  Radio Free Asia"
    named = normal_case(logo) if logo.isupper() and len(logo) > 5 else logo
    if company and (is_outlet(logo) or (len(logo.split()) <= 3 and not re.search(r"[.!?,:]$", logo))):
        return named
    return owner


_AGENCY_NAMES = frozenset(AGENCIES.values())
_KICKER = re.compile(r"(?i)(?:press|news|media)\s+(?:release|statement)|for\s+immediate\s+release")
_DOMAIN_END = re.compile(r"(?:\.[a-z]{2,4}){1,2}$")


def _letters(name: str) -> str:
    return re.sub(r"[\W_]", "", _DOMAIN_END.sub("", re.sub(r"(?i)^the\s+", "", name.strip())).lower())


def _same_site(owner: str, logo: str) -> bool:
    """'© koreatimes.co.kr' under the logo 'The Korea Times', '© The Taipei Times' under 'Taipei Times': the
    same name (as the site's address, or with an article); the logo writes it as the publication does. A logo
    in lower case ('dalapay') is type, and the copyright's 'Dala Pay' the name."""
    return not logo.islower() and len(_letters(owner)) >= 4 and _letters(owner) == _letters(logo)


def _owner_brand(owner: str, logo: str) -> bool:
    """'© Fiji Broadcasting Corporation' under the logo 'FBC News': the logo leads with the owner's initials,
    the owner's own outlet."""
    head = logo.split()[0] if logo.split() else ""
    words = [w for w in owner.split() if w.lower() not in _LINKING]
    return len(words) >= 2 and len(logo.split()) >= 2 and bool(re.fullmatch(r"[A-Z]{2,6}", head)) \
        and _initials(words) == head \
        and is_outlet(logo)


def _abbreviates(short: str, full: str) -> bool:
    """'MFA of the Republic of X' abbreviates 'Ministry of Foreign Affairs of the Republic of X': an acronym
    spelling the capitalised words' initials, then the same words."""
    head, _, tail = short.partition(" ")
    capitals = "".join(c for c in head if c.isupper())  # "MFA", or "MoT" for Ministry of Transport
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,5}", head) or len(capitals) < 2:
        return False
    words = full.split()
    for end in range(len(words) + 1):
        initials = "".join(w[0] for w in words[:end] if w[:1].isupper())
        if initials == capitals and " ".join(words[end:]) == tail:
            return True
    return False


@rule("publisher.site_notice")
def site_notice_publisher(page: Page) -> str | None:
    """'Anadolu Agency website contains only a portion of …' (dropped as chrome) → Anadolu Agency."""
    for text in page.dropped:
        found = SITE_SELF.match(text.strip())
        if found and is_outlet(found.group("outlet")):
            return canonical(found.group("outlet"))
    return None


@rule("publisher.title_prefix")
def title_prefix_publisher(page: Page) -> str | None:
    """'CGTN: Caspian ports …' → CGTN."""
    titles = page.texts("title")
    prefix = _OUTLET_PREFIX.match(titles[0]) if titles else None
    if prefix is None or _KIND_LABEL.match(prefix.group("outlet")):
        return None  # "Match Report: …": the page's kind, no outlet
    return canonical(prefix.group("outlet")) if is_outlet(prefix.group("outlet")) else None


_CITING = re.compile(r",?\s+(?P<rep>[A-Z][\w.&'’ -]{1,40}?)\s+(?:reports|reported|writes|says),?\s+citing\s+"
                     r"(?P<pub>[A-Z][\w.&'’ -]{1,40}?)[.,](?:\s|$)")
_ACCORDING = re.compile(r",?\s+according\s+to\s+(?P<pub>[A-Z][\w.&'’ -]{1,40}?)\.(?:\s|$)")


def _lead(page: Page) -> str:
    """The first paragraph's opening, where a wire rewrite names its source ("X reports citing Y")."""
    return next((text[:1000] for kind, text in page.blocks if kind == "paragraph"), "")


@rule("publisher.reports_citing")
def citing_publisher(page: Page) -> str | None:
    """'…, Steppe Daily reports citing Kazinform.' in the lead → Kazinform (Steppe Daily rewrote it)."""
    match = _CITING.search(_lead(page))
    if match and is_outlet(match.group("pub")):
        return canonical(match.group("pub"))
    match = _ACCORDING.search(_lead(page))
    if match and match.group("pub").lower() in AGENCIES:
        return canonical(match.group("pub"))
    return None




_STATION = re.compile(r"^(?P<call>[A-Z]{3,5})(?:[-\s]FM)?\s+\d{2,3}(?:\.\d)?(?:\s*FM)?\s*(?:[|·•—–-]\s+.*)?$")


@rule("publisher.station")
def station_publisher(page: Page) -> str | None:
    """'WKVL 89.3 | Your Public Radio for the Ohio Valley' as the page's logo → WKVL: a station's call
    sign beside its frequency."""
    found = _STATION.match(page.masthead[0].strip()) if page.masthead else None
    return found.group("call") if found else None


_AGENCY_MARK = re.compile(r"\d\s*\((?P<mark>[A-Z]{2,6})\)\s*(?:[—–-]|$)")


_DOCUMENT_TITLE = re.compile(r"(?i)\b(?:annual|sustainability|integrated|interim|quarterly|impact|esg)\s+(?:annual\s+)?"
                             r"(?:report|review|results)\b")


# "Press Center", "Media Centre", "Newsroom": the section of a body's site where its releases are
_PRESS_ROOM = re.compile(r"(?i)(?:the\s+)?(?:press|media|news)\s*(?:cent(?:er|re)|room|office)")


@rule("publisher.masthead")
def masthead_publisher(page: Page) -> str | None:
    """'THE ASTANA TIMES' or 'Daryo' as the page's first line (dropped as its logo) → the outlet."""
    marks = [m.group("mark") for m in map(_AGENCY_MARK.search, page.texts("dateline")) if m]
    if marks and not any(marks[0] in line for line in page.masthead):
        return None  # 'Kaohsiung, Jan. 22 (CNA)': an agency wrote it, and the logo is the site that carries it
    for number, text in enumerate(page.masthead):
        name = _logo_name(_before_sections(logo_head(text.strip())))
        if _institution(name):
            return name  # "Niger Delta University of Technology", "Embassy of Brazil in Nairobi": its own page
        if re.search(r"[|›»/]", name) or len(name.split()) > 5 or furniture(name) or _DOCUMENT_TITLE.search(name):
            # "Support the Guardian" is the site's appeal, not its name; "Integrated Annual Report 2026" the
            # document's title, over its own pages
            continue
        if _PRESS_ROOM.fullmatch(name):
            continue  # "Press Center › News" on a ministry's page: the site's section for the press, no name
        section = _is_section(name)  # "Live Updates", "World News"
        # "Marginalia & Municipal Life": a blog's name, every word capitalised; "Q & A" is none
        joined = re.search(r"\s&\s", name) and (len(name.split()) < 4 or not all(
            w[:1].isupper() or w in ("&", "of", "the", "and") for w in name.split()))
        first_line = number == 0 and len(name.split()) <= 4 and not section \
            and not re.search(r"[.!?,:]$", name) and not joined and name[:1].isalnum() and not furniture(name)
        if (is_outlet(name) and not section) or first_line:
            # "MENAFN - Middle East North Africa Financial Network": initials the logo spells out stay initials
            spelled = re.fullmatch(r"[A-Z]{2,6}", name) is not None and initials_in_order(
                name, text.strip()[len(name):]) and text.strip().startswith(name + " ")
            return canonical(name if len(name) <= 5 or not name.isupper() or spelled else outlet_case(name))
    return None




# "MERIDIAN · Stories from the edges of the map", "MercoPress, South Atlantic News Agency": a logo, then
# what the site says it is
_LOGO_TAGLINE = re.compile(r"^(?P<name>[^,·–—|]{2,40}?)(?:\s+[·–—-]\s+|,\s+)(?P<tagline>.{6,100})$")
_LINKING = frozenset({"of", "the", "and", "&", "de", "in", "for"})


# "ABC News Homepage", "Kestrel home page": the logo's link text, the outlet and where the link goes
_HOME_LINK = re.compile(r"(?P<name>[A-ZÀ-Ý][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})\s+(?i:home\s?page)")


def _logo_name(line: str) -> str:
    """'MERIDIAN · Stories from the edges of the map' → 'MERIDIAN'; 'RFA Radio Free Asia' → 'Radio Free Asia'
    (an acronym beside the name it spells); 'ABC News Homepage' → 'ABC News' (the logo's link, named by where
    it goes); any other line as it is."""
    home = _HOME_LINK.fullmatch(line.strip())
    if home and all(w[:1].isupper() or w in _LINKING for w in home.group("name").split()):
        line = home.group("name")
    words = line.split()
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and _initials(words[1:]) == words[0]:
        return " ".join(words[1:])
    match = _LOGO_TAGLINE.match(line)
    if not match:
        return line
    name, tagline = match.group("name").strip(), match.group("tagline").split()
    if not 1 <= len(name.split()) <= 3 or not all(w[:1].isupper() for w in name.split()):
        return line
    lowercase = [w for w in tagline if w[:1].islower() and w not in _LINKING]
    return name if len(tagline) >= 3 and (len(lowercase) >= 2 or is_outlet(" ".join(tagline))) else line


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


_INSTITUTIONS = INSTITUTION_WORDS | frozenset({"embassy", "consulate", "court", "parliament", "tribunal",
                                                "hospital", "municipality", "office"}) - frozenset({"app", "download"})


def _institution(name: str) -> bool:
    """'High Court in Sabah and Sarawak', 'Embassy of Brazil in Nairobi': a body's name under its own logo,
    every word capitalised but the linking ones."""
    words = name.split()
    return 2 <= len(words) <= 7 and any(w.lower() in _INSTITUTIONS for w in words) and all(
        (w[:1].isupper() and w[1:].isalpha() and not w.isupper()) or w in _LINKING for w in words)


_ROUND_UP = frozenset({"week", "weekly", "brief", "briefs", "roundup", "round-up", "wrap", "digest"})


def _is_section(name: str) -> bool:
    """'World News', 'News & Events', 'THE WEEK IN BRIEF': words of a site's sections (or of its round-up's
    label) only."""
    words = name.lower().split()
    if any(word in _ROUND_UP for word in words) and all(
            word in SECTIONS or word in _ROUND_UP or word in ("the", "in", "this", "of", "&", "and") for word in words):
        return len(words) > 1 or words[0] != "digest"
    return all(word in SECTIONS or word in ("&", "and", "events") for word in words)


def _before_sections(line: str) -> str:
    """'Loughmore University | News & Events' → 'Loughmore University': a logo beside its section's name (or
    its service's initials);
    'Khaleej Times › Entertainment › Movies' → 'Khaleej Times': a breadcrumb led by the site's name."""
    parts = [p.strip() for p in re.split(r"\s+[|·]\s+", line)]
    if len(parts) == 2 and (_is_section(parts[1]) or _NEWS_OFFICE.fullmatch(parts[1])) and (is_outlet(parts[0]) or any(
            w.lower() in INSTITUTION_WORDS for w in parts[0].split())):
        return parts[0]
    if len(parts) == 2 and re.fullmatch(r"[A-Z]{2,5}", parts[1]) and is_outlet(parts[0]) and len(parts[0].split()) > 1:
        return parts[0]  # "The Asahi Shimbun | AJW": the logo beside its English service's initials
    crumbs = [p.strip() for p in re.split(r"\s+[›»>]\s+", line)]
    if len(crumbs) >= 2 and (is_outlet(crumbs[0]) or _compound_outlet(crumbs[0])) and all(
            1 <= len(c.split()) <= 3 and c[:1].isupper() for c in crumbs[1:]):
        return crumbs[0]
    return line


# "NEWS CENTER", "News Office", "Newsroom", "Press Room": where an institution's site keeps its news
_NEWS_OFFICE = re.compile(r"(?i)(?:news|press|media)\s*(?:cent(?:er|re)|office|room)|newsroom")
_CAMEL_TAIL = re.compile(r"^[A-Z][a-z]+(?P<tail>[A-Z][a-z]+)$")


def _compound_outlet(word: str) -> bool:
    """'LakesWire', 'PortNews': one word run together from a name and an outlet's word."""
    match = _CAMEL_TAIL.match(word)
    return match is not None and match.group("tail").lower() in OUTLET_WORDS


_RELEASE_SUBJECT = re.compile(
    r"^(?P<company>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5}?(?:,?\s+(?:Inc|Ltd|Corp|LLC|plc|AG|AS|SA|S\.A|GmbH|Co|Oy|Oyj|AB)\.?)?)"
    r"\s*(?:\([^)]{1,60}\)\s*)*(?:,\s+[^,]{3,80},\s+)?(?:today\s+)?(?:announced|announces|is\s+pleased|reports|reported|"
    r"launched|launches|unveiled|unveils|has\s+(?:announced|launched|opened|signed)|said|opens|opened|signed|began|"
    r"begins|started|starts)\b")


@rule("publisher.press_release")
def release_publisher(page: Page) -> str | None:
    """'…--(BUSINESS WIRE)-- Solvane Robotics Inc. today announced …' → the company that issued it."""
    if not any(d.wire for d in page.datelines()):
        return None
    for text in page.texts("signature"):
        if text.startswith("SOURCE "):
            return canonical(text[len("SOURCE "):])
    match = _RELEASE_SUBJECT.match(_lead(page))
    return canonical(match.group("company")) if match else None


# the rules that read a publisher from one place on the page (qtapp.article.field_checks marks them unsure)
_ONE_SIGNAL = frozenset({"publisher.masthead", "publisher.sign_off", "publisher.copyright", "publisher.title_prefix"})


def _vote(page: Page) -> tuple[str, list[str]] | None:
    return vote(Witnesses(page.masthead, page.dropped, page.blocks))


@rule("publisher.vote")
def vote_publisher(page: Page) -> str | None:
    """Logo 'Harbour Post — Since 1921' and 'Write to letters@harbourpost.example' → Harbour Post: two
    independent signals agree (outlet_vote) where no rule trusts either alone. A press-release wire's page
    names the wire everywhere, and the wire publishes none of it: no vote there."""
    if any(d.wire for d in page.datelines()):
        return None
    found = _vote(page)
    return found[0] if found else None


PUBLISHER: tuple[Rule[str], ...] = (
    reprint_publisher, citing_publisher, release_publisher, byline_publisher, agency_publisher, own_mark_publisher,
    date_line_source,
    disclaimer_publisher, sign_off_publisher, title_prefix_publisher, copyright_publisher, site_notice_publisher,
    station_publisher, masthead_publisher, vote_publisher,
)


@rule("reprinted_by.reprint_note")
def reprint_reprinter(page: Page) -> str | None:
    """'… News.Az reprints the article.' → News.Az."""
    return next((n.reprinted_by for n in page.reprints() if n.reprinted_by), None)


@rule("reprinted_by.reports_citing")
def citing_reprinter(page: Page) -> str | None:
    """'…, Steppe Daily reports citing Kazinform.' → Steppe Daily."""
    match = _CITING.search(_lead(page))
    return canonical(match.group("rep")) if match and is_outlet(match.group("pub")) else None


@rule("reprinted_by.press_wire")
def wire_reprinter(page: Page) -> str | None:
    """'BEIJING, Sept. 10, 2024 /PRNewswire/ --' → PR Newswire carries a release someone else wrote."""
    return next((d.agency for d in page.datelines() if d.wire and d.agency), None)


_HERE = re.compile(r"\b(?:republished|reprinted|reproduced|shared|appears|carried)\s+here\b", re.IGNORECASE)


@rule("reprinted_by.here_masthead")
def here_reprinter(page: Page) -> str | None:
    """'… originally published by Anadolu Agency and is republished here' under the logo 'CASPIAN LEDGER'
    → Caspian Ledger: "here" is the site whose name the page's logo gives."""
    if not any(_HERE.search(text) for text in page.texts("reprint_note")):
        return None
    site = masthead_publisher.check(page)
    publisher = first(PUBLISHER, page)
    return site if site and (publisher is None or publisher[0] != site) else None


@rule("reprinted_by.source_masthead")
def source_reprinter(page: Page) -> str | None:
    """'Source: Saba News Agency' on a page under the logo 'Gulf & Yemen Wire Digest' → the site whose logo it
    is carries another outlet's story."""
    sources = [n.publisher for n in map(notes.source_line.check, page.texts("reprint_note")) if n]
    site = masthead_publisher.check(page) if sources else None
    return site if site and site.lower() not in sources[0].lower() and sources[0].lower() not in site.lower() \
        else None


@rule("reprinted_by.licence_masthead")
def licence_reprinter(page: Page) -> str | None:
    """'This article is republished from The Conversation under a Creative Commons license.' under the logo
    'Tasman Ledger' → Tasman Ledger: the note names who wrote it first, the logo the site that republishes it."""
    if not any(notes.republished_under_licence.check(text) for text in page.texts("reprint_note")):
        return None
    site = masthead_publisher.check(page)
    publisher = first(PUBLISHER, page)
    return site if site and (publisher is None or publisher[0] != site) else None


_DISTRIBUTED = re.compile(r"\b(?i:distributed|syndicated|aggregated)\s+by\s+"
                          r"(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)\.?\s*$")


@rule("reprinted_by.distributed_masthead")
def distributed_reprinter(page: Page) -> str | None:
    """'… Distributed by AfriWire Digest.' at the foot of a page under the logo 'AfriWire Digest' → AfriWire
    Digest: two signals, the logo and the foot, name one site that carries the story; one alone names none."""
    logo = page.masthead[:1] or [text for kind, text in page.blocks[:1] if kind == "heading"]
    if not logo:
        return None
    for text in page.dropped + [text for _kind, text in page.blocks[-3:]]:
        found = _DISTRIBUTED.search(text) if len(text) <= 400 else None
        if found and logo[0].strip(" .").lower() == found.group("who").rstrip(".").lower():
            return canonical(logo[0].strip())
    return None


_ANY_MARK = re.compile(r"\((?P<mark>[A-Z][\w-]{1,20})\)|/(?P<slashed>[A-Z][\w.-]{1,20})/")


@rule("reprinted_by.following_mark")
def following_mark_reprinter(page: Page) -> str | None:
    """'Salzburg (APA-OTS) - The following commentary by X … appears in … the Salzburger Tagesbote:' → APA-OTS:
    the mark on a dateline over another outlet's piece is the wire that carries it."""
    if not any(notes.following_by_author.check(text) for text in page.texts("reprint_note")):
        return None
    marks = [m for m in map(_ANY_MARK.search, page.texts("dateline")) if m]
    return canonical(marks[0].group("mark") or marks[0].group("slashed")) if marks else None


_TRANSLATED_BY = re.compile(r"^(?:Translated\s+and\s+)?(?:republished|reprinted)\s+by\s+(?:the\s+)?"
                            r"(?P<rep>[A-Z][\w.&'’ -]{1,50}?)\.?\s*$")


@rule("reprinted_by.translated_by")
def translated_reprinter(page: Page) -> str | None:
    """'Translated and republished by Andes Dispatch.' standing on its own after the note that names the
    original → Andes Dispatch."""
    return next((canonical(m.group("rep")) for m in map(_TRANSLATED_BY.match, page.following("reprint_note")) if m),
                None)


@rule("reprinted_by.note_masthead")
def note_masthead_reprinter(page: Page) -> str | None:
    """'This article by NordPress is reproduced with permission.' under the logo 'Saarte Teataja English' → Saarte
    Teataja: a note above or below the piece names who wrote it first and no one who carries it; the logo, naming
    another outlet, is the site that does (a logo naming the note's outlet, or none, names no reprinter)."""
    found = [n for n in map(notes.reprint_note, page.texts("reprint_note")) if n and not n.at_end_only]
    if not found or found[0].reprinted_by or not found[0].publisher:
        return None
    site = masthead_publisher.check(page)
    if not site or key(site) == key(found[0].publisher):
        return None
    return site if key(found[0].publisher) not in key(site) and key(site) not in key(found[0].publisher) else None


@rule("reprinted_by.portal")
def portal_reprinter(page: Page) -> str | None:
    """'Lanternfly News' (logo), 'Nordic Wire Service' over the headline, '© 2026 Lanternfly' → Lanternfly News:
    the portal that owns the page carries the story the outlet over the headline wrote."""
    if not page.masthead or copyright_publisher.check(page) != page.masthead[-1].strip():
        return None
    portal = _logo_name(logo_head(page.masthead[0].strip()))
    return portal if portal != page.masthead[-1].strip() and not re.search(r"[|›»/·]", portal) else None


REPRINTED_BY: tuple[Rule[str], ...] = (reprint_reprinter, citing_reprinter, wire_reprinter, here_reprinter,
                                        licence_reprinter, source_reprinter, following_mark_reprinter,
                                        translated_reprinter, distributed_reprinter, note_masthead_reprinter,
                                        portal_reprinter)

# --- date -----------------------------------------------------------------------------------------


def _published_first(texts: list[str]) -> str | None:
    later = re.compile(r"(?i)\s*(?:last\s+)?(?:updated|modified)")  # "Last modified: …" is no publication date
    candidates = [t for t in texts if not later.match(t)] + [t for t in texts if later.match(t)]
    # the date line's own reading: it also knows a day-first '14/03/2025' that parse_date leaves alone
    return next((found.date for found in map(dates.date_line, candidates) if found and found.date), None)


@rule("date.byline")
def byline_date(page: Page) -> str | None:
    """'By Ana Ruiz | May 2, 2025' → 2025-05-02."""
    return next((b.date for b in page.bylines() if b.date), None)


@rule("date.date_line")
def date_line_date(page: Page) -> str | None:
    """'Published: Sep 10, 2024 11:02 PM' → 2024-09-10 ('Updated' lines only when nothing else says); never an
    event's own day ('When: Thursday 10 April 2025, 4 pm' on a seminar's notice)."""
    return _published_first([t for t in _page_date_lines(page) if dates.date_line(t)])


def _page_date_lines(page: Page) -> list[str]:
    """The date lines that may give the page's date: every one but an event's own day, for every rule."""
    titles = page.texts("title")
    notice = events.is_event_notice(titles[0] if titles else None)
    return [t for t in page.texts("dateline") if not events.is_event_date_line(t, notice)]


@rule("date.dateline")
def dateline_date(page: Page) -> str | None:
    """'MOSCOW, Jan. 16, 2025 –' → 2025-01-16 (never from 'May 2' without a year)."""
    return next((d.date for d in page.datelines() if d.date), None)


@rule("date.reprint_note")
def reprint_date(page: Page) -> str | None:
    """'This article was originally published by The Kathmandu Post on 2 February 2026 …' → 2026-02-02."""
    return next((n.date for n in page.reprints() if n.date), None)


@rule("date.header_line")
def header_line_date(page: Page) -> str | None:
    """'Published April 14, 2025 · 3 min', 'Report date: 2024-11-18': a date line in the site's own words (the
    block rules made it one by where it stands) holding one full date, when no other rule gives the date."""
    for text in _page_date_lines(page):
        found = [match for match in dates.DATE.finditer(text) if dates.parse_date(match.group(0))]
        if len(found) == 1 and not _UPDATED_FIRST.match(text):
            return dates.parse_date(found[0].group(0))
    return None


_UPDATED_FIRST = compile_lazily(r"(?i)\s*(?:last\s+)?(?:updated|modified)")


DATE: tuple[Rule[str], ...] = (date_line_date, byline_date, dateline_date, reprint_date, header_line_date)

# --- authors --------------------------------------------------------------------------------------


def _descriptions(page: Page) -> tuple[dict[str, str], list[str]]:
    """Descriptions by name, and unnamed ones ("The author is …"), from the note and the taglines."""
    named: dict[str, str] = {}
    unnamed: list[str] = []
    for author in fm.authors_from_note(page.note) + _note_intros(page.note):
        if author.description:
            if author.name:
                named.setdefault(author.name, author.description)
            else:
                unnamed.append(author.description)
    for text in page.texts("tagline"):
        for name, description in notes.tagline(text) or []:
            if name:
                named.setdefault(strip_titles(name), description)
            else:
                unnamed.append(description)
    return named, unnamed


_ROLE_THEN_IS = re.compile(rf"(?:^|[.;:]\s+|,\s+)(?P<name>{fm.NAME}),\s+(?P<role>(?:a|an|the)\s[^,.]*?),\s+(?:is|was)"
                           rf"\s+(?P<desc>(?:a|an|the)\s[^.]*?)\.(?=\s|$)")


# What every ``_ROLE_THEN_IS`` match holds: a note without it is not searched with the whole pattern, which
# tries a name at every capital (15 ms on a note of 200 kB)
_THEN_IS = re.compile(r",\s+(?:is|was)\s+(?:a|an|the)\s")


def _note_intros(note: str) -> list[Author]:
    """'Pu Jingxin, a special commentator for CGTN, is a research fellow at …' keeps both parts."""
    match = _ROLE_THEN_IS.search(note) if _THEN_IS.search(note) else None
    if not match:
        return []
    return [author_from_name(strip_titles(match.group("name")),
                             f"{match.group('role')}, {' '.join(match.group('desc').split())}")]


def _opens_site_name(name: str, masthead: list[str]) -> bool:
    """Whether the page's logo line is this name, or opens with it ('Matangi Tonga' in 'Matangi Tonga Online')."""
    words = name.lower().split()
    return any(line.lower().split()[:len(words)] == words and len(line.split()) <= len(words) + 2
               for line in masthead[:3])


_STATE_WORDS = frozenset({"republic", "kingdom", "federation", "emirates", "government", "ministry"})
# "Staff Engineer", "Product Designer": a job after the writer's name in a company's blog byline
_JOB_WORDS = frozenset({"engineer", "designer", "developer", "scientist", "manager", "architect", "researcher"})


@rule("authors.byline")
def byline_authors(page: Page) -> list[Author] | None:
    """'By Jane Doe and John Roe' → both, with descriptions from the note, a tagline or the byline role."""
    read = page.bylines()
    at = next((i for i, b in enumerate(read) if b.names), None)
    if at is None:
        return None
    found = read[at]
    # "Layla Al-Amiri" over "Head of People at Kestrel Logistics": the role on the byline's next line
    role_under = read[at + 1].role if at + 1 < len(read) and not read[at + 1].names and not read[
        at + 1].publisher else None
    named, unnamed = _descriptions(page)
    authors = []
    jobs = [n for n in found.names if len(found.names) > 1 and (is_role(n) or n.lower().split()[-1] in _JOB_WORDS)]
    people = [n for n in found.names if n not in jobs]
    for name in found.names:
        if name in jobs:
            continue  # "Tomasz Wielgus, Staff Engineer": the writer's job, split off as if a second name
        if _STATE_WORDS & set(name.lower().split()):
            continue  # "CZECH REPUBLIC" over the headline: a section named for a country, no person
        if _opens_site_name(name, page.masthead):
            continue  # "Matangi Tonga | Nuku'alofa | …" under the logo "Matangi Tonga Online": the site, no person
        # "IŞIL KARADAĞ" in the byline, "Işıl Karadağ is …" in the tagline: capitals lose the dotless ı
        name = next((spelled for spelled in named if spelled.upper() == name.upper()), name)
        description = named.get(name) or (unnamed[0] if unnamed and len(found.names) == 1 else None) \
            or found.roles.get(name) or found.role or (role_under if len(found.names) == 1 else None) \
            or (jobs[0] if len(people) == 1 and len(jobs) == 1 else None)
        authors.append(author_from_name(name, description))
    return authors or None  # every name the site's own: no author read here


@rule("authors.reprint_note")
def reprint_authors(page: Page) -> list[Author] | None:
    """'CGTN has published an opinion article by Xu Wenjie on …': the author the note names, described by
    the note or an unnamed tagline ("The author is …")."""
    note = next((n for n in page.reprints() if n.author), None)
    if note is None or note.author is None:
        return None
    named, unnamed = _descriptions(page)
    name = note.author
    return [author_from_name(name, named.get(name) or (unnamed[0] if unnamed else None) or note.role)]


@rule("authors.editors_note")
def note_authors(page: Page) -> list[Author] | None:
    """'Wang Haiyan, director of …, focuses on …' in the editor's note: the author it introduces."""
    introduced = [a for a in _note_intros(page.note) + fm.authors_from_note(page.note) if a.name]
    return introduced[:1] or None


@rule("authors.tagline")
def tagline_authors(page: Page) -> list[Author] | None:
    """'Jo Roe is a professor of geography at …' closing an op-ed with no byline."""
    found = [author_from_name(strip_titles(name), description) for text in page.texts("tagline")
             for name, description in notes.tagline(text) or [] if name]
    return found or None


@rule("authors.signed")
def signed_authors(page: Page) -> list[Author] | None:
    """A letter signed 'Margaret Pell, Ashby Parva' (on one line, on two, or under '– Yours, etc,') at its end,
    with no byline: its writer."""
    signatures = page.texts("signature")
    # "– Yours, etc," over the writer's name in capitals, then the address
    opened = next((i for i in range(len(signatures)) if notes.valediction_signature(signatures[i:])), None)
    if opened is not None:
        letter = notes.valediction_signature(signatures[opened:])
        assert letter is not None
        return [author_from_name(letter[0], notes.signed_role(signatures[opened + 1]))]
    found = _signers(signatures)
    if found and _signed_letters(page) >= 2:
        return []  # "Ann Pell" / "Weir Lane" … "Kofi Mensah" / "Eastfield": a page of letters has no single author
    return [author_from_name(found[-1])] if found else None


def _signers(signatures: list[str]) -> list[str]:
    """The writers signing, in order: 'NAME' over 'Town' is one writer, the town line no second one."""
    found, index = [], 0
    while index < len(signatures):
        pair = notes.signed_on_two_lines(*signatures[index:index + 2]) if index + 1 < len(signatures) else None
        name = pair or notes.signed_name(signatures[index])
        found += [name] if name else []
        index += 2 if pair else 1
    return found


def _signed_letters(page: Page) -> int:
    """How many letters the page holds: runs of signature blocks, apart from each other, that sign a name."""
    runs: list[list[str]] = []
    last = None
    for kind, text in page.blocks:
        if kind == "signature":
            if last != "signature":
                runs.append([])
            runs[-1].append(text)
        last = kind
    return sum(1 for run in runs if _signers(run))


# "Writer: Liu Yang", "(Japanese original by Haruka Nomura, Akita Bureau)", "(By Chen Yu-ting) Enditem/AW": a
# closing credit for the writing (never "Edited by", "Translated by" nor "Additional reporting by")
_WRITING_CREDIT = re.compile(r"^\(?(?:[A-Z][a-z]+\s+original\s+by|writer:|written\s+by|writing\s+by|reporting\s+by|"
                             r"reported\s+by|by)\s+(?P<rest>[^;()]{3,80})", re.IGNORECASE)


_WRITING_PART = re.compile(r"^(?:writing|written)\s+by\s+(?P<rest>[^;()]{3,80})$", re.IGNORECASE)
_LABELLED_WRITER = re.compile(r"^(?:writers?|reporters?|written\s+by)\s*:?\s+[A-Z]", re.IGNORECASE)


@rule("authors.writing_credit")
def credit_authors(page: Page) -> list[Author] | None:
    """'Writer: Liu Yang' closing a wire story with no byline → Liu Yang (a role after the name describes her)."""
    # a credit line the chrome rules dropped ("Writer: Liu Yang" among the page's footer) still names the writer
    dropped = [t for t in page.dropped if _LABELLED_WRITER.match(t.strip())]
    # and a credit in brackets closing the story, whatever block it was read as
    closing = [t for _kind, t in page.blocks[-3:] if t.startswith("(") and t.rstrip().endswith(")")]
    for text in page.texts("signature") + dropped + closing:
        match = _WRITING_CREDIT.match(text.strip())
        found = bylines.parse_byline("By " + match.group("rest").strip()) if match else None
        if found and found[0].names:
            named, _unnamed = _descriptions(page)
            authors = [author_from_name(name, named.get(name) or found[0].role) for name in found[0].names]
            # "(Reporting by A in Oruro; writing by B; editing by C)": the writer after the reporters is one too
            for part in text.strip().strip("()").split(";")[1:]:
                writer = _WRITING_PART.match(part.strip())
                more = bylines.parse_byline("By " + writer.group("rest").strip()) if writer else None
                authors += [author_from_name(name, named.get(name)) for name in (more[0].names if more else [])
                            if name not in found[0].names]
            return authors
    return None


AUTHORS: tuple[Rule[list[Author]], ...] = (byline_authors, reprint_authors, note_authors, tagline_authors,
                                            signed_authors, credit_authors)


def read_fields(page: Page) -> dict[str, tuple[object, str]]:
    """Every metadata field a rule supports, with the rule's name."""
    out: dict[str, tuple[object, str]] = {}
    table: tuple[tuple[str, Sequence[Rule[object]]], ...] = (
        ("title", TITLE), ("publisher", PUBLISHER), ("reprinted_by", REPRINTED_BY), ("date", DATE),
        ("authors", AUTHORS))
    for name, rules in table:
        found: tuple[object, str] | None = first(rules, page)
        if found is not None and found[0] != []:  # "no single author" stops the search and says nothing
            out[name] = found
    for name in ("publisher", "reprinted_by"):
        if name in out:
            out[name] = (_named(str(out[name][0]), page, fullest=name == "publisher"), out[name][1])
            if not out[name][0]:
                del out[name]
    rule_name = out.get("publisher", ("", ""))[1]
    agreed = _vote(page) if rule_name == vote_publisher.name or rule_name in _ONE_SIGNAL else None
    if agreed and rule_name in _ONE_SIGNAL and key(agreed[0]) != key(str(out["publisher"][0])) \
            and "vote.body_mention" in agreed[1] and not any(d.wire for d in page.datelines()) \
            and _initials(str(out["publisher"][0]).split()) != agreed[0]:
        # "© 2026 TVNZ" alone against the logo "1News" and "… she told 1News.": two signals that agree outweigh
        # the one place a one-signal rule read
        out["publisher"] = (_named(agreed[0], page, fullest=True), rule_name)
    elif agreed and rule_name in _ONE_SIGNAL and "vote.sender" in agreed[1]:
        # the logo "Kestrel Weekend" a mailing's sign-up line repeats, sent by "Kestrel, 14 Quay Road, …":
        # the edition's outlet (outlet_vote.edition_sender)
        out["publisher"] = (agreed[0], rule_name)
    if agreed and (rule_name == vote_publisher.name or key(agreed[0]) == key(str(out["publisher"][0]))):
        # --explain says which signals agreed: "publisher.vote:logo+copyright"; a logo line or a copyright
        # line that other signals confirm is no longer a name read from one place alone
        out["publisher"] = (out["publisher"][0], vote_publisher.name + ":" + "+".join(
            s.removeprefix("vote.") for s in agreed[1]))
    if "reprinted_by" in out and "publisher" in out and str(out["reprinted_by"][0]).lower() == str(
            out["publisher"][0]).lower():
        # no outlet reprints its own piece: one reading is wrong. A press-release wire publishes none of what it
        # carries, so then the publisher is; else the reprint is, and the page's publisher stands
        # A note that says in words who carries the piece outweighs a logo or copyright line read alone: the site
        # named both ways carries it, and who wrote it the page leaves unsaid
        noted = out["reprinted_by"][1] == reprint_reprinter.name and out["publisher"][1].split(":")[0] in (
            *_ONE_SIGNAL, vote_publisher.name)
        del out["publisher" if out["reprinted_by"][0] in PRESS_WIRES or noted else "reprinted_by"]
    return out


def _named(found: str, page: Page, fullest: bool) -> str:
    """The outlet's name: the edition, brackets and capitals off (outlet_names), a platform replaced by the
    account that posted ("" when a social platform names no account), and for the publisher the fullest form
    the page writes (a reprinter's logo spells out the reprinter's own name, as the note does not need to)."""
    name = outlet_name(found, page.whole)
    kind = platform(name)
    if kind:
        # a video page's headline carries its channel after a bar: "Returned after 110 years | Museum of X"
        tails = ["| " + t.rsplit(" | ", 1)[1] for t in page.texts("title") if " | " in t]
        owner = account_owner(page.masthead + page.dropped + tails)
        authors = {n.lower() for b in page.bylines() for n in b.names} if owner else set()
        if owner and owner.lower() not in authors:
            return outlet_name(owner, page.whole)
        return "" if kind == "social" else name
    if re.fullmatch(r"[A-Z]{2,6}", name) and name.lower() not in AGENCIES:
        spelled = spelled_in_page(name, page.whole)
        if spelled and is_outlet(spelled):
            return spelled
        logo = _logo_spelling(name, page)
        if logo:
            return logo
    return _fullest(name, page) if fullest else name


def _logo_spelling(acronym: str, page: Page) -> str | None:
    """'HT' (a byline's 'HT News Desk') under the logo 'Hindustan Times' → Hindustan Times: the outlet's own
    desk named by its short form, under a logo line that spells the initials out in words and shows no
    initials of its own, is the outlet the logo names; initials
    the page's dateline or sign-off writes ('Tamale, Oct. 12, GNA –', 'GNA') are the mark an agency goes by."""
    if not any(re.search(rf"\b{acronym}\s+(?:News\s+|Web\s+|Digital\s+)?(?:Desk|Newsroom|Staff|Team)\b", t)
               for t in page.texts("byline")):
        return None  # "By Ana Ruiz, SPA" under "Sahel Press Agency": initials a writer signs with are a mark
    if any(d.agency == acronym or re.search(rf"\b{acronym}\b", d.text) for d in page.datelines()) or any(
            t.strip(" —–-.") == acronym for t in page.texts("signature")):
        return None
    for text in page.masthead[:2]:
        words = text.strip().split()
        named = [w for w in words if w.lower() not in _LINKING]
        if 2 <= len(words) <= 6 and not text.isupper() and all(w[:1].isupper() for w in named) \
                and _initials(named) == acronym and is_outlet(text.strip()):
            return text.strip()
    return None


def _fullest(publisher: str, page: Page) -> str:
    """'Astana Times' from a byline tail → 'The Astana Times' when the page's sign-off or logo says so."""
    spelled = _spelled_out(publisher, page)
    if spelled:
        return spelled
    for text in page.texts("signature") + page.masthead:
        name = outlet_case(text.strip(" —–-.")) if text.isupper() else text.strip(" —–-.")
        if name.lower() == f"the {publisher.lower()}":
            return name
        # (only a name that starts with the publisher's: the menu's "News" under a logo is no fuller name)
        starts = name.lower().startswith(publisher.lower() + " ")
        rest = name.lower().removeprefix(publisher.lower() + " ").split()
        if starts and rest and set(rest) <= _AGENCY_TAIL:
            return name  # "Yonhap" from a dateline under the logo "Yonhap News Agency"
    return _short_form_of_logo(publisher, page) or publisher


def _short_form_of_logo(publisher: str, page: Page) -> str | None:
    """'The Star' (a byline's 'By The Star Editorial Board') under the logo 'Toronto Star' → Toronto Star: the
    paper calling itself by the last words of its name, with "The"; the logo gives the name it is cited by."""
    short = publisher.split()
    if len(short) < 2 or short[0] != "The" or not page.masthead:
        return None
    logo = page.masthead[0].strip()
    words = logo.split()
    tail = [w.lower() for w in short[1:]]
    if len(words) > len(tail) and [w.lower() for w in words[-len(tail):]] == tail and words[0].lower() != "the" \
            and is_outlet(logo) and len(words) <= 4 and all(w[:1].isupper() for w in words):
        return logo
    return None


_AGENCY_TAIL = frozenset({"news", "agency"})


def _spelled_out(acronym: str, page: Page) -> str | None:
    """'NAN' under the logo 'News Agency of Nigeria (NAN)' → the name the logo leads with and pairs with the
    initials; 'TAP' under 'TAP — Tunis Afrique Presse' stays TAP (the logo leads with it), and a logo that
    never shows the initials ('GANSU NEWS NET' over a '(GNN)' mark) does not say which name the page goes by."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym) or acronym.lower() in AGENCIES:
        return None
    for text in page.masthead[:2]:
        paired = re.fullmatch(rf"(?P<name>[^()]+?)\s*\({acronym}\)", text.strip())
        if not paired:
            continue
        name = paired.group("name")
        words = name.split()
        if 2 <= len(words) <= 7 and all(w[:1].isupper() or w in _LINKING for w in words) \
                and _initials([w for w in words if w not in _LINKING]) == acronym:
            return outlet_case(name) if name.isupper() else name
    return None


_OWN_MARK = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2}"
                       r"(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*\((?P<mark>[A-Z][\w-]{1,20})\)\s*(?:--|[—–-])\s")
