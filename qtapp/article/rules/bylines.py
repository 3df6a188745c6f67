"""Bylines in the shapes the world's pages use, read into names, a role, an outlet and a date.

"By Jane Doe | May 2, 2025", "BY JANE DOE AND JOHN ROE", "Written by Jane Doe", "By Jane Doe, Staff
Writer", "By Jane Doe, Reuters", "By LI XIAOMEI in Chengdu (Metro Daily)", "Jane Doe | Staff Reporter |
3 March 2024", "CGTN's Xu Lingyan", "by Xinhua writers Ma Xiaorui and Aidana Serikova". Each item after
the names is a role, an outlet, a date or a place; only names become authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qtapp.article.names import CHINESE_SURNAMES, is_pinyin, normal_case, strip_titles
from qtapp.article.rules import dates
from qtapp.article.rules.engine import Rule, first, per_line, rule
from qtapp.article.rules.outlets import AGENCIES, NO_PERSON, SECTIONS, canonical, is_outlet, is_role
from qtapp.article.rules.persons import is_person, is_team

# "Por Marcela Quispe Choque": a Spanish or Portuguese page's "By", before a capitalised name only
_BY = re.compile(r"^(?:by|(?:escrito\s+)?por(?=:?\s+(?-i:[A-ZÀ-Ý]))|written\s+by|"
                 r"words\s+by|story\s+by|text\s+by|report\s+by|edited\s+by|interview\s+by|"
                 r"reviewed\s+by|review\s+by|verified\s+by|fact-checked\s+by|hosted\s+by|"
                 r"compiled\s+by|prepared\s+by|posted\s+by|writers?:|reporters?:|correspondents?:|"
                 r"author:|authors:|text:|words:|reporting\s+by|reported\s+by|(?:live\s+)?coverage\s+by|live\s+blog\s+by|live\s+updates\s+by|transcribed\s+by|transcript\s+by)\s*[:\s]\s*(?P<rest>.+)$",
                 re.IGNORECASE)
# "Notes compiled by Úna Gallagher", "This week's notes written by …": a phrase naming the piece, then who made it
_PHRASE_BY = re.compile(r"^[A-Z][\w'’]*(?:\s+[a-z][\w'’]*){0,2}\s+(?:compiled|written|prepared|put\s+together|gathered)"
                        r"\s+by\s+(?P<rest>[A-ZÀ-Ý].+)$")
_SPLIT = re.compile(r"\s*\|\s*|\s*[·•]\s*|\s+[—–/-]\s+|(?<=[^\W\d_])/\s+|"
                    r",\s+(?:and\s+)?|\s+and\s+|\s+AND\s+|\s*&\s*|\s+with\s+")
_IN_PLACE = re.compile(r"^(?P<name>.+?)\s+(?:in|from)\s+(?P<place>[A-Z][\w.'’ -]*?)(?:\s+on\s+(?P<on>.+))?$")
_PAREN_OUTLET = re.compile(r"\s*\((?P<outlet>[^()]+)\)\s*$")
_WRITERS = re.compile(r"^(?P<outlet>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*?)\s+(?:writers?|reporters?|"
                      r"correspondents?|staff\s+writers?|staff\s+reporters?)\s+(?P<names>.+)$")
_POSSESSIVE = re.compile(r"^(?P<outlet>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)['’]s\s+(?P<names>.+)$")
# "By Club Media", "By Council Communications": a club's, a school's or a council's own media team writes on
# its own site; the logo or the copyright line says whose the page is
_OWN_MEDIA = re.compile(r"^(?:the\s+)?(?:club|team|school|council|university|college|league|federation|society)\s+"
                        r"(?:media|communications|comms|press(?:\s+office)?)$", re.IGNORECASE)
_STAFF = re.compile(r"^(?:the\s+)?[\w ]*\b(?:staff|board)\b", re.IGNORECASE)
# "Juliana Amorim - Agência Brasil reporter", "Ho Yi-ting  /  Staff reporter"
_FIELD_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[—–/-]\s+")
_LIVE_MARK = re.compile(r"\s*\((?:now|earlier|updates?)\)")  # a live blog's "(now)", "(earlier)"
_SENTENCE_END = re.compile(r"[.!?:;]$")
_NAME_LIST = re.compile(r"\s+and\s+|,\s+|\s*&\s*")
_UPPER_RUN = re.compile(r"^(?P<names>[A-ZÀ-Ý'’. -]+?)\s+(?P<outlet>(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)$")


MAX_BYLINE = 240
_DATED_BY = re.compile(r"^(?:posted|published)\s+(?:on\s+)?(?P<date>.{6,40}?)\s+by\s+(?P<rest>.+)$", re.IGNORECASE)
_AGENCY_SURNAME = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}$")
_IN_TOWN = re.compile(r",?\s+in\s+[A-ZÀ-Ý][\w'’ -]*$")  # "Ernest Tchoumi, in Yaoundé" too
_FOR_DESK = re.compile(r"^(?P<name>.+?)\s+for\s+(?P<desk>[A-Z][\w.'’ -]*)$")
_OUTLET_WITH = re.compile(r"^(?P<outlet>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+(?i:with)\s+(?P<agencies>.+)$")


def byline_case(name: str) -> str:
    """'JANE DOE' → 'Jane Doe'; 'Claire DUBOIS-MARTEL' (an agency's surname in capitals) → 'Claire Dubois-Martel'."""
    if name.isupper() or name.upper().replace("MC", "Mc") == name:  # "DELANEY McCRAE-HOLT" too
        return normal_case(name.upper())
    return " ".join(normal_case(w) if _AGENCY_SURNAME.match(w) else w for w in name.split())


_ON_DATE = re.compile(r"\s+(?:on|at)\s+(?=\S*\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                      r"Oct|Nov|Dec)).*$")
_ON_CUT = re.compile(r"\s+(?:on|at)$")
_TRAILING_STAMP = re.compile(r"\s+(?:Published|Updated|Posted)\b.*$")
_ROLE_TAIL = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+)\s+(?P<role>(?:[A-Z][a-z]+\s+)?[a-z]+)$")


@dataclass
class Byline:
    names: list[str] = field(default_factory=list)
    role: str | None = None
    publisher: str | None = None
    date: str | None = None
    # "By Leilani Kealoha-Nguyen, Campus Editor, and Tomasi Vuniwaqa, Staff Writer": each name's own role
    roles: dict[str, str] = field(default_factory=dict)


def _items(rest: str) -> Byline:
    """Sort the items of a byline after its names' opener: people, a role, an outlet, a date."""
    found = Byline()
    rest = _CONTACT.sub("", rest)  # "By Kim Da-eun [kim.daeun@joongang.co.kr]": the address is no part of the name
    found.date = dates.parse_date(rest)
    close = rest.rfind(")")
    if close > 0 and found.date and dates.is_time_or_date_words(rest[close + 1:]):
        rest = rest[:close + 1]  # "Sun Wenbo (People's Daily Online)  10:21, November 26, 2026": the date read above
    paren = _PAREN_OUTLET.search(rest)
    if paren and is_outlet(paren.group("outlet")):
        found.publisher = canonical(paren.group("outlet"))
        rest = rest[:paren.start()]
    elif paren and is_role(paren.group("outlet").split(",")[-1]):
        found.role = paren.group("outlet").strip()  # "(Marseille, correspondent)": where and what the author is
        rest = rest[:paren.start()]
    writers = _WRITERS.match(rest)
    if writers and is_outlet(writers.group("outlet")):
        found.publisher = found.publisher or canonical(writers.group("outlet"))
        rest = writers.group("names")
    # "Tran Minh Duc November 3, 2024": the date is read above, and its comma must not split a name from it
    for item in _SPLIT.split(dates.DATE.sub(" | ", rest)):
        # "Global Times Published: 2024-08-02 19:46", "Ingrid Halvorsen on 14 March 2025": the date is read above
        item = _ON_DATE.sub("", _TRAILING_STAMP.sub("", item).strip(" .,;:"))
        item = _ON_CUT.sub("", item)  # "Ingrid Halvorsen on" once its date is cut out
        if not item or dates.is_time_or_date_words(item):
            continue
        source = _SOURCE_ITEM.match(item)
        if source:  # "Author: Agnieszka Zawadzka-Nowak | Source: PAP"
            found.publisher = found.publisher or (canonical(source.group("outlet"))
                                                  if is_outlet(source.group("outlet")) else None)
            continue
        placed_at = _IN_PLACE.match(item)  # "By LI Ming in Shanghai"
        family = _CAPITAL_FAMILY.match(placed_at.group("name") if placed_at else item)
        if family and family.group("family").lower() in CHINESE_SURNAMES and is_pinyin(family.group("given")):
            found.names.append(f"{family.group('family').capitalize()} {family.group('given')}")  # "LI Ming"
            continue
        # after a name, "Bee Health Officer" is that name's role, no bee named Health
        split = None if found.names and is_role(item) else _person_then_role(item)
        if split:  # "DELANEY McCRAE-HOLT Ledger Staff Writer", "Patrick O'Halloran-Reyes Special to the Star"
            found.names.append(byline_case(split[0]))
            found.role = found.role or split[1]
            continue
        desk = _FOR_DESK.match(item)
        if desk and is_person(desk.group("name")) and (is_outlet(desk.group("desk")) or is_role(desk.group("desk"))):
            item = desk.group("name")  # "Sok Chanthy for RFA Khmer": the desk written for, not the publisher's name
        place = _IN_PLACE.match(item)
        if place and is_person(place.group("name")):
            item = place.group("name")
        upper = _UPPER_RUN.match(item)
        if upper and is_person(upper.group("names")) and is_outlet(upper.group("outlet")):
            found.names.append(normal_case(upper.group("names")))  # "TOMÁS BERGER Associated Press"
            found.publisher = found.publisher or canonical(upper.group("outlet"))
            continue
        posted = _IN_TOWN.sub("", item)
        if found.names and posted != item and is_role(posted) and not is_person(posted):
            found.role = found.role or item  # "ABI correspondent in Potosí": the role and where it is held
            found.publisher = found.publisher or role_outlet(posted)
            continue
        role_tail = _ROLE_TAIL.match(item)
        placed = role_tail and len(role_tail.group("role").split()) > 1  # "Fiona MacLeod Scotland correspondent"
        # "Agência Brasil reporter", and "VietNam Pulse correspondent" after the name: the author's role, no second
        # author
        if is_role(item) and (role_outlet(item) or found.names and not placed):
            found.role = found.role or item
            if found.names:
                found.roles.setdefault(found.names[-1], item)
            found.publisher = found.publisher or role_outlet(item)
            continue
        if role_tail and is_person(role_tail.group("name")) and is_role(role_tail.group("role")):
            found.names.append(normal_case(role_tail.group("name")))  # "Fiona MacLeod Scotland correspondent"
            found.role = found.role or role_tail.group("role")
            continue
        profession = _PROFESSION.match(item)
        if profession and is_person(profession.group("name")):  # "Advocate Rabia Noorani": what she is, then who
            found.names.append(byline_case(profession.group("name")))
            found.role = found.role or profession.group("title")
            found.roles.setdefault(found.names[-1], profession.group("title"))
            continue
        if is_person(strip_titles(item)):
            found.names.append(byline_case(strip_titles(item)))
        elif is_role(item):
            found.role = found.role or item
            found.publisher = found.publisher or role_outlet(item)
        elif is_outlet(item) and found.publisher is None:
            found.publisher = canonical(item)
    return found


# a profession some pages print before the writer's name as an honorific: the author's role, no part of the name
_PROFESSION = re.compile(r"^(?P<title>Advocate|Barrister|Solicitor|Attorney|Architect|Engineer|Engr\.|Pharmacist|"
                         r"Accountant|Economist|Journalist)\s+(?P<name>[A-ZÀ-Ý].+)$")
# "By LI Ming": a Chinese family name in capitals before the given name, as city dailies print it (never initials)
_CAPITAL_FAMILY = re.compile(r"^(?P<family>[A-Z]{2,5})\s+(?P<given>[A-Z][a-z]+(?:-[a-z]+)?)$")
_CONTACT = re.compile(r"\s*[\[<(][^\]>)\s]+@[^\]>)\s]+[\]>)]")
_SOURCE_ITEM = re.compile(r"^source\s*:\s*(?P<outlet>.+)$", re.IGNORECASE)


def _person_then_role(item: str) -> tuple[str, str] | None:
    """'Marisol Quintanilla Staff Writer' → (the name, 'Staff Writer'): a name run into the role after it, as
    pages print a byline's two lines once copied. The name is the shortest two-to-four-word opening that reads
    as a person and leaves a role."""
    words = item.split()
    for cut in range(2, min(5, len(words))):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if words[cut - 1].lower() in _NAME_PARTICLES:
            continue  # "Aoibheann Ní Riada, Courts Correspondent": no name ends on its particle
        if role[:1].isupper() and is_role(role) and not is_role(name) and is_person(name):
            return name, role
    return None


_NAME_PARTICLES = frozenset("de da del della di du la le van von der den ter bin ibn al el ó ní mac ap nic".split())


def role_outlet(role: str) -> str | None:
    """'Kazinform correspondent' → Kazinform: a role that names the outlet the author works for."""
    words = role.strip(" .,").split()
    outlet = " ".join(words[:-1])
    if words and words[-1].lower() in _UNITS:
        return None  # "University News Office": the institution's own office, named by no outlet's name
    return canonical(outlet) if len(words) >= 2 and outlet[:1].isupper() and is_outlet(outlet) \
        and not is_role(outlet) else None


_UNITS = frozenset({"office", "division", "communications", "relations", "department", "unit"})
_CLAUSE = re.compile(r"\s(?:was|were|is|are|has|have|had)(?:\s+[a-z]|\s*$)")


_BOARD = re.compile(r"\s+(?:editorial\s+(?:board|team|staff|desk)|editors|opinion\s+(?:board|staff))$", re.IGNORECASE)


@rule("byline.by_prefix")
def by_prefix(line: str) -> Byline | None:
    """'By Jane Doe, Staff Writer | May 2, 2025' → Jane Doe, role Staff Writer, 2025-05-02."""
    match = _BY.match(line.strip()) or _PHRASE_BY.match(line.strip())
    if not match or len(line) > 200:
        return None
    rest = match.group("rest")
    if _CLAUSE.search(rest):
        return None  # "by Dr. X, …, was published today in Y.": a wrapped sentence's tail, not a byline
    paper = _BOARD.sub("", rest.strip(" .")).strip()
    if paper != rest.strip(" .") and is_outlet(paper) and not NO_PERSON.match(paper):
        return Byline(publisher=canonical(paper))  # "By The Carrow Valley Ledger Editorial Board": its paper's
    if NO_PERSON.match(rest.strip(" .")) or _STAFF.match(rest):
        return Byline(publisher=None, date=dates.parse_date(rest))  # "By GT staff reporters  Published: Mar 05, 2025"
    found = _items(rest)
    label = _ROLE_LABEL.match(line.strip())
    if label and found.names and len(found.names) == 1:
        found.role = found.role or label.group("role").capitalize()  # "Reporter: Jacinta da Costa Belo"
    if not found.names:
        if _OWN_MEDIA.match(rest.split("|")[0].strip(" .")):
            return Byline(date=found.date)  # "By Club Media": the body's own media team, no outlet and no one
        if line.lstrip()[:1].islower() and line.rstrip().endswith("."):
            return None  # "by the Global Times." under a wrapped line: the end of its sentence, not a byline
        outlet = outlet_alone(rest.split("|")[0].strip())
        if is_outlet(outlet):
            return Byline(publisher=canonical(outlet), date=found.date)  # "By Global Times"
        team = rest.split("|")[0].strip(" .")
        if (team.startswith("the ") and is_role(team) or is_team(team)) and not is_person(team):
            return Byline(date=found.date)  # "Posted by the IT Operations Team": a team's line names no one
        return None
    return found


_DESK_TAIL = re.compile(r"\s+(?:news\s*desk|web\s*desk|digital\s*desk|online\s*desk|desk|news\s*room|newsroom)$",
                        re.IGNORECASE)


def outlet_alone(text: str) -> str:
    """'Taiwan News, Staff Writer' → Taiwan News, 'HT News Desk' → HT: the outlet without the role or desk
    the byline glues to it (an outlet's staff or desk is the outlet writing)."""
    head, _, tail = text.rpartition(",")
    if head and is_role(tail):
        text = head.strip()
    alone = _DESK_TAIL.sub("", text).strip()
    return alone if alone else text


_ROLE_LABEL = re.compile(r"^(?P<role>reporter|correspondent)\s*:", re.IGNORECASE)  # "Writer:" is only "By"


_DESK = re.compile(r"^(?:compiled|written|edited|produced|prepared)\s+by\s+(?:the\s+)?"
                   r"(?P<outlet>[A-Z][\w.&'’ -]{1,50}?)"
                   r"(?:['’]s)?\s+(?:news\s*desk|news\s*room|newsroom|desk|staff|editors|editorial\s+team)\.?$",
                   re.IGNORECASE)


@rule("byline.outlet_desk")
def outlet_desk(line: str) -> Byline | None:
    """'Compiled by the Valley Courier news desk' → no author: the publisher's own desk, Valley Courier."""
    match = _DESK.match(line.strip())
    if not match or not match.group("outlet")[:1].isupper() or " for " in match.group("outlet"):
        return None  # "Written by Ahmed Saleh for Gulf Desk": a writer, for a desk
    the = re.search(r"\bby\s+the\s", match.group(0), re.IGNORECASE)
    if not the and not is_outlet(match.group("outlet")):
        return None  # without "the" the words must read as an outlet's name, never a person's
    # "the Petra English desk": the agency's English service, cited by the agency's name
    return Byline(publisher=canonical(_LANGUAGE_SERVICE.sub("", match.group("outlet"))))


_LANGUAGE_SERVICE = re.compile(r"\s+(?:English|Arabic|French|Spanish|Chinese|Russian|German|Portuguese|Turkish|"
                               r"Persian|Urdu|Hindi)(?:[-\s]language)?$")


@rule("byline.dated_by")
def dated_by(line: str) -> Byline | None:
    """'Posted on November 11, 2024 by Tomasz Wiśniewski': a blog's date, then its author."""
    match = _DATED_BY.match(line.strip())
    if not match or len(line) > 200 or not dates.parse_date(match.group("date")):
        return None
    # "by Corporate Communications in Company News", "… | Press Releases", "… · 3 min read": the post's
    # category or reading time after who posted it
    tail = _POST_TAIL.search(match.group("rest"))
    rest = match.group("rest")
    rest = rest[:tail.start()] if tail and not is_role(tail.group().strip(" |·•")) else rest
    rest = _IN_CATEGORY.sub("", rest) if is_team(_IN_CATEGORY.sub("", rest)) else rest
    found = _items(rest)
    if found.names and is_team(rest):
        return Byline(date=dates.parse_date(match.group("date")))  # "by Kestrel Rail Customer Information"
    if not found.names:
        # "Posted on 5 March 2024 by yerzhan": a blog's handle in lower case names no one, the date stands
        # "Posted 28 April 2025 by the Operations Team": a team or a desk names no one either
        handle = rest.strip()
        nobody = _HANDLE.fullmatch(handle) or (is_role(handle) or is_team(handle)) and not is_person(handle) \
            and handle[:1].isalpha()
        return Byline(date=dates.parse_date(match.group("date"))) if nobody else None
    found.date = dates.parse_date(match.group("date"))
    return found


_HANDLE = re.compile(r"@?[a-z][a-z0-9._-]{1,30}")
_POST_TAIL = re.compile(r"\s+[|·•]\s+.*$")
_IN_CATEGORY = re.compile(r"\s+in\s+[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,3}$")


@rule("byline.outlet_possessive")
def outlet_possessive(line: str) -> Byline | None:
    """"CGTN's Xu Lingyan" → Xu Lingyan, published by CGTN."""
    match = _POSSESSIVE.match(line.strip())
    if not match or not is_outlet(match.group("outlet")) or len(line) > 80:
        return None
    found = _items(match.group("names"))
    if not found.names:
        return None
    found.publisher = found.publisher or canonical(match.group("outlet"))
    return found


@rule("byline.pipe_fields")
def pipe_fields(line: str) -> Byline | None:
    """'Jane Doe | Staff Reporter | 3 March 2024', 'Jane Doe · CBC News' → the name and what follows it."""
    parts = [p.strip() for p in _FIELD_SEPARATOR.split(line)]
    names = [name for name in _NAME_LIST.split(parts[0]) if name]  # "Elif Karaca and Mehmet Ali Yıldırım | …"
    if len(parts) < 2 or len(line) > 160 or not names or not all(is_person(name) for name in names):
        return None
    if len(parts) >= 4 and not any(dates.parse_date(p) for p in parts):
        return None  # "AsiaWire Roundup | Home | ASEAN | China": a menu under the site's name
    if not any(dates.parse_date(p) or is_role(p) or is_outlet(p) or dates.is_time_or_date_words(p)
               for p in parts[1:]):
        return None
    return _items(line)


_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|co|uk|in|jp|kr|info|news)$")


@rule("byline.outlet_date")
def outlet_date(line: str) -> Byline | None:
    """'China Daily | Updated: 2025-01-14 07:51', 'chinadaily.com.cn | China Daily | Updated: …': no person,
    the outlet (after its site's address, if any) and the date."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) == 3 and _DOMAIN.match(parts[0].lower()):
        parts = parts[1:]
    if len(parts) != 2 or not is_outlet(parts[0]) or not dates.parse_date(parts[1]) or ":" in parts[0]:
        return None
    return Byline(publisher=canonical(parts[0]), date=dates.parse_date(parts[1]))


@rule("byline.names_alone")
def names_alone(line: str) -> Byline | None:
    """'Jane Doe' or 'Priya Nair and Oleksandr Kovalenko' alone on a line (used only under a headline)."""
    text = _LIVE_MARK.sub("", line.strip())
    if len(text) > 80 or _SENTENCE_END.search(text):
        return None
    names = [part for part in _NAME_LIST.split(text) if part]
    # "Jonas Brückner and Lena Hofstetter, dpa": the names, then their agency
    outlet = names.pop() if len(names) >= 2 and is_outlet(names[-1]) and not is_role(names[-1]) else None
    if names and all(is_person(name) for name in names):
        return Byline(names=[normal_case(name) for name in names], publisher=canonical(outlet) if outlet else None)
    # "Bikash Shrestha in Dolakha": one writer, and the place the story was reported from
    placed = _IN_TOWN.sub("", text)
    if placed != text and is_person(placed):
        return Byline(names=[byline_case(placed)])
    # "Carlene Davis-Morgan/Gleaner Writer": the name and the role, parted by a slash
    name, slash, role = text.partition("/")
    if slash and is_person(name.strip()) and is_role(role.strip()):
        return Byline(names=[byline_case(name.strip())], role=role.strip(), publisher=role_outlet(role.strip()))
    # "Claire DUBOIS-MARTEL with Yannick OYELARAN in Valence": an agency's pair, the second reporting from town
    pair = [part for part in re.split(r"\s+with\s+", _IN_TOWN.sub("", text)) if part]
    if len(pair) == 2 and all(is_person(name) for name in pair):
        return Byline(names=[byline_case(name) for name in pair])
    # "Anna-Lena Vogt with Reuters, dpa": the writer, with the agencies' copy she drew on (not the publisher)
    helped = re.match(r"^(?P<names>.+?)\s+with\s+(?P<agencies>[^,]+(?:,\s*[^,]+)*)$", text)
    if helped and all(is_outlet(a.strip()) for a in _NAME_LIST.split(helped.group("agencies"))):
        people = [part for part in _NAME_LIST.split(helped.group("names")) if part]
        if people and all(is_person(name) for name in people):
            return Byline(names=[byline_case(name) for name in people])
    split = _person_then_role(text)  # "Marisol Quintanilla Staff Writer": the byline's two lines run together
    if split:
        return Byline(names=[byline_case(split[0])], role=split[1])
    role_tail = _ROLE_TAIL.match(text)  # "Niamh Gallagher Ireland correspondent"
    if role_tail and is_person(role_tail.group("name")) and is_role(role_tail.group("role")):
        return Byline(names=[normal_case(role_tail.group("name"))], role=role_tail.group("role"))
    role, comma, place = text.partition(", ")  # "Staff Correspondent, Moulvibazar": a role, where it is held
    if comma and role_alone(role) and _PLACE_WORDS.match(place) and not is_role(place) and not is_person(role):
        return Byline(role=role)
    return Byline(role=text) if role_alone(text) else None


def role_alone(text: str) -> bool:
    """'Staff Reporter', 'Tribune Staff Reporter' alone: the byline of a writer it does not name (never a headline),
    or under the line that names the writer, what the writer is."""
    return 2 <= len(text.split()) <= 4 and text[:1].isupper() and not any(c in text for c in ",/|") and bool(
        NO_PERSON.match(text) or is_role(text))


_NAME_COMMA_DATE = re.compile(r"^(?P<name>[^,]{3,60}?)(?:\s*,\s+|\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
                              r"(?P<date>.{6,40})$")


@rule("byline.name_comma_date")
def name_comma_date(line: str) -> Byline | None:
    """'Mahmoud Abdel-Rahman , Sunday 3 Nov 2024' under a headline: the name, then the day it was filed (its comma
    lost when the byline's two lines were copied as one: 'Sahar Ahmadzai Wednesday, 5 February 2025'); a stamp's
    word after the name is no part of it ('Chua Wei Ling Published Thu, Aug 13, 2026')."""
    match = _NAME_COMMA_DATE.match(line.strip())
    name = _TRAILING_STAMP.sub("", match.group("name")) if match else ""
    if not match or not is_person(name) or not dates.is_time_or_date_words(match.group("date")):
        return None
    found = dates.parse_date(match.group("date"))
    return Byline(names=[byline_case(name)], date=found) if found else None


@rule("byline.name_then_date")
def name_then_date(line: str) -> Byline | None:
    """'Maren Solberg Thu 8 Oct 2026 | 09:12' under a headline: a byline box's name and date spans, copied as
    one line with no separator. The name is the shortest run of words after which only date words are left."""
    if len(line) > 100 or not any(char.isdigit() for char in line):
        return None  # no date without a digit: most lines under a headline leave here
    words = line.split()
    for size in range(2, min(5, len(words))):
        rest = " ".join(words[size:])
        if dates.is_time_or_date_words(rest) and (found := dates.parse_date(rest)):
            name = " ".join(words[:size])
            return Byline(names=[byline_case(name)], date=found) if is_person(name) else None
    return None


@rule("byline.name_comma_role")
def name_comma_role(line: str) -> Byline | None:
    """'Sipho Dlamini, Staff Reporter' under a headline: the name, then what the author is."""
    name, _, role = line.strip().partition(", ")
    if role and is_person(name) and is_role(role) and len(line) <= 80:
        return Byline(names=[normal_case(name)], role=role.strip(" ."), publisher=role_outlet(role))
    return None


@rule("byline.outlet_with_agency")
def outlet_with_agency(line: str) -> Byline | None:
    """'Africanews with AFP', 'DAILY SABAH WITH AA' under a headline: the outlet's own staff, drawing on wires."""
    match = _OUTLET_WITH.match(line.strip())
    if not match or len(line) > 80:
        return None
    outlet, agencies = match.group("outlet"), [a for a in _NAME_LIST.split(match.group("agencies")) if a]
    if not agencies or not all(a.strip().lower() in AGENCIES for a in agencies) or is_person(outlet):
        return None
    if not is_outlet(outlet) and len(outlet.split()) > 1:
        return None  # one word ("Africanews") names a site; more words must read as an outlet's name
    return Byline(publisher=canonical(normal_case(outlet) if outlet.isupper() and len(outlet) > 5 else outlet))


_OUTLET_VIEW = re.compile(r"^(?P<outlet>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})['’]s\s+"
                          r"(?i:view|viewpoint|editorial|opinion|comment)$")


@rule("byline.outlet_view")
def outlet_view(line: str) -> Byline | None:
    """"The Herald's View" under an editorial's headline: the outlet's own voice, no person named."""
    match = _OUTLET_VIEW.match(line.strip()) if len(line) <= 60 else None
    if not match or not is_outlet(match.group("outlet")):
        return None
    return Byline()  # the outlet's short name: its full name is read from the page's copyright or logo


@rule("byline.live_names")
def live_names(line: str) -> Byline | None:
    """'Rhys Llewellyn-Jones (now) and Aisling Brennan (earlier)': a live blog's shifts name its writers."""
    return names_alone.check(line) if _LIVE_MARK.search(line) else None


_ROLE_LINE = re.compile(
    r"^(?:(?:Senior|Chief|Lead|Deputy|Associate|Assistant|Executive|Managing|Regional|Global|Principal)\s+)?"
    r"(?:Head|Director|Manager|Editor|Founder|Co-founder|Professor|Lecturer|Researcher|Engineer|Analyst|"
    r"Consultant|Partner|Officer|President|Vice\s+President|VP|CEO|CTO|CFO|COO)\b[\w&'’ -]{0,50}?\s(?:at|of)\s+"
    r"[A-Z][\w&'’. -]{1,50}$")


@rule("byline.role_line")
def role_line(line: str) -> Byline | None:
    """'Head of People at Kestrel Logistics' on the line under the author's name: what the author is."""
    text = line.strip()
    return Byline(role=text) if len(text) <= 90 and _ROLE_LINE.match(text) and not text.endswith(".") else None


_PLACE_WORDS = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}$")


@rule("byline.name_pipe_place")
def name_pipe_place(line: str) -> Byline | None:
    """'Sonam Choden Wangmo | Thimphu' under a headline: a person's name, then where the story was filed (or
    for whom), one to three capitalised words that are no section's name; only the name is read."""
    name, pipe, place = (part.strip() for part in line.strip().partition("|"))
    if not pipe or len(line) > 80 or not _PLACE_WORDS.match(place) or not is_person(name):
        return None
    if place.lower() in SECTIONS or any(w.lower() in SECTIONS for w in place.split()) or is_role(place):
        return None  # "Jane Doe | Opinion" is read by the pipe rule's role and section checks, not here
    return Byline(names=[byline_case(name)])


_DESK_PART = re.compile(r"^(?:(?i:from)\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}$")


@rule("byline.labelled_part")
def labelled_part(line: str) -> Byline | None:
    """'From the Communications Secretariat | Text: Rocío Benítez Ayala': a desk's line whose later part is a
    labelled byline ('Text:', 'By'); the names come from that part, the other parts are a desk or a date."""
    parts = [part.strip() for part in line.strip().split("|")]
    if len(parts) < 2 or len(line) > 160:
        return None
    for at, part in enumerate(parts[1:], 1):
        found = by_prefix.check(part)
        if found and found.names and all(dates.is_time_or_date_words(other) or is_outlet(other)
                                         or _DESK_PART.match(other) for other in parts[:at] + parts[at + 1:]):
            return found
    return None


_FROM_TOWN = re.compile(r"^From\s+(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3}),\s+"
                        r"(?P<town>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})\.?$")


_HEAD_ROLE = re.compile(r"^(?:(?:Managing|Executive|Regional|General|Operations)\s+(?:Director|Manager)|"
                        r"Chief\s+[A-Z][a-z]+(?:\s+Officer)?|Chair(?:man|woman|person)?|President|Founder)$")


@rule("byline.from_town")
def from_town(line: str) -> Byline | None:
    """'From Chukwuemeka Obi, Onitsha': a correspondent's byline naming the town filed from (a Nigerian
    paper's way), never a headline; the name must read as a person's."""
    match = _FROM_TOWN.match(line.strip()) if len(line) <= 80 else None
    if not match or not is_person(match.group("name")):
        return None
    # "From Rohan Sethi, Managing Director": a letter from the company's head, the role where a town would stand
    role = match.group("town") if is_role(match.group("town")) or _HEAD_ROLE.match(match.group("town")) else None
    return Byline(names=[byline_case(match.group("name"))], role=role)


ANYWHERE: tuple[Rule[Byline], ...] = (outlet_desk, by_prefix, dated_by, from_town, outlet_possessive, pipe_fields,
                                      outlet_date, live_names)
UNDER_HEADLINE: tuple[Rule[Byline], ...] = (names_alone, name_comma_date, name_then_date, name_comma_role,
                                            outlet_with_agency,
                                            role_line, name_pipe_place, labelled_part, outlet_view)


@per_line
def parse_byline(line: str, under_headline: bool = False) -> tuple[Byline, str] | None:
    """(what the byline says, the rule that read it), or None when the line is not a byline."""
    if len(line) > MAX_BYLINE:
        return None  # no byline is a paragraph long; and a regex over a whole long line holds the GIL
    rules = ANYWHERE + (UNDER_HEADLINE if under_headline else ())
    found = first(rules, line)
    tail = None if found else _CREDIT_TAIL.search(line)
    # "Agnieszka Wróbel-Kowalczyk, Edited by Daniel Tilles": the writer, then who edited (no author)
    return first(rules, line[:tail.start()]) if tail and tail.start() > 0 else found


_CREDIT_TAIL = re.compile(r"\s*[,;|·•]\s*(?i:edited|editing|additional\s+reporting|translated|translation|"
                          r"fact-checked|verified|reviewed|photos?|graphics|illustrations?)\s+by\s+[^,;|]{3,80}$")
