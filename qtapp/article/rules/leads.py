"""The dateline run into a story's first paragraph, read by its parts rather than by one desk's wording.

Agency and newspaper leads share one shape whatever the desk: a place, then commas parting a region, a
date (in any order or calendar) and the agency's name or mark, then the lead's end — a dash, a colon, or a
full stop after the agency: "Tehran, Nov 14, IRNA --", "HERAT CITY (Pajhwok):", "ISLAMABAD:",
"GYUMRI, MARCH 18, ARMENPRESS.", "Riyadh, Rabi' al-Akhir 10, 1446, October 13, 2024, SPA --". Every part
must be one of those; the lead stands only when its parts say it is one (a date, an agency's capitals, or
a place in capitals) and only the block rules ask, of the paragraph a story begins with.
"""

from __future__ import annotations


from qtapp.article.rules.dates import MONTHS, Dateline, parse_date
from qtapp.article.rules.engine import Rule, first, per_line, rule
from qtapp.article.rules.outlets import AGENCIES, ROLE_WORDS, canonical
from qtapp.article.lazy_patterns import compile_lazily

HEAD_MAX = 110  # a lead is a line's first words; a colon further on is a sentence's
# the lead's end, followed by the story's first word: "--", a dash between spaces, a colon, a full stop
_END = compile_lazily(r"\s*(?:--|[—–]|(?<=\s)-)(?=\s+[\"“‘'A-ZÀ-Ý\d])|\s*:(?=\s+[\"“‘'A-ZÀ-Ý])|\.-?(?=\s+[\"“A-ZÀ-Ý])")
_BRACKETED = compile_lazily(r"\(([^()]{1,40})\)")
_PLACE = compile_lazily(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}$")
_REGION = compile_lazily(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
_CAPITALS = compile_lazily(r"^[A-Z][A-Z&.-]{1,11}$")  # "IRNA", "SPA", "ARMENPRESS": an agency's mark
_MARK_IN_BRACKETS = compile_lazily(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")  # "(Pajhwok)", "(Jiji Press)"
_TOKEN = compile_lazily(r"[^\s]+")
_NUMBER = compile_lazily(r"^\d{1,4}(?:st|nd|rd|th)?\.?$")
_WORD = compile_lazily(r"^[A-Za-zÀ-ÿ][\w'’.-]*$")
_WEEKDAYS = frozenset("mon tue wed thu fri sat sun".split())
# what a lead's first word never is: a label, a fact box's field, a speaker's turn
_NOT_PLACES = frozenset("""
note update updated analysis opinion comment breaking watch listen read editor exclusive explainer correction
clarification summary sir madam dear warning spoiler background context disclosure source sources photo video
claim verdict rating fact question answer q a interviewer host moderator transcript live
""".split())
# a transcript's speaker label is built like a lead in capitals: "LEAH ORTIZ-MBEKI, HOST:"
_ROLES = ROLE_WORDS | frozenset("""
host hosts presenter anchor guest moderator interviewer caller narrator byline speaker chair announcer
""".split())


def _date_part(part: str) -> str | None:
    """'Nov 14', '12th February', '2025', 'Rabi' al-Akhir 10': 'strong' with a month or a year, 'weak' with a
    number alone among words (a month of another calendar), else None."""
    tokens = _TOKEN.findall(part)
    if not 1 <= len(tokens) <= 4 or not any(_NUMBER.match(t) for t in tokens):
        return None
    if not all(_NUMBER.match(t) or _WORD.match(t) for t in tokens):
        return None
    words = [t.rstrip(".").lower() for t in tokens if not _NUMBER.match(t)]
    if any(w[:3] in MONTHS and len(w) <= 9 for w in words) or any(
            len(t.rstrip(".")) == 4 and t.isdigit() for t in tokens):
        return "strong"
    if any(w[:3] in _WEEKDAYS for w in words):
        return "strong"
    return "weak" if len(words) <= 3 else None


def _agency_part(part: str, bracketed: bool) -> bool:
    if part.lower() in AGENCIES or _CAPITALS.match(part):
        return True
    return bracketed and bool(_MARK_IN_BRACKETS.match(part))


def _known_agency(parts: list[str]) -> str | None:
    return next((canonical(p.lower()) for p in parts if p.lower() in AGENCIES), None)


def _read_head(head: str, end: str, dated: bool = False) -> Dateline | None:
    """The lead when every part of ``head`` is a place, a region, a date or an agency, and they say it is one."""
    marks = [m.strip() for m in _BRACKETED.findall(head)]
    plain = _BRACKETED.sub(",", head)
    parts = [p.strip() for p in plain.split(",")]
    parts = [p for p in parts if p]
    if not parts or not _PLACE.match(parts[0]) or parts[0].split()[0].lower().strip(".") in _NOT_PLACES:
        return None
    dates_seen: list[str] = []
    agencies = [m for m in marks if _agency_part(m, bracketed=True)]
    if len(agencies) != len(marks):
        return None
    for index, part in enumerate(parts[1:], 1):
        if part.lower() in _ROLES:
            return None
        kind = _date_part(part)
        if kind:
            dates_seen.append(kind)
        elif _agency_part(part, bracketed=False):
            agencies.append(part)
        elif not (index == 1 and _REGION.match(part)):
            return None
    place = parts[0]
    in_capitals = sum(ch.isalpha() for ch in place) >= 3 and place.upper() == place
    strong = dated or "strong" in dates_seen
    if "weak" in dates_seen and not strong:
        return None
    if end.startswith(".") and not (agencies and (head.endswith(")") or plain.rstrip(", ").endswith(agencies[-1]))):
        return None  # a full stop ends a lead only after its agency: "GYUMRI, MARCH 18, ARMENPRESS."
    marked = any(_CAPITALS.match(a) or a.lower() in AGENCIES for a in agencies)
    if end.startswith(":") and not (strong or in_capitals):
        return None  # "Ana Ruiz (host): Welcome …" is a speaker's turn; "MULTAN, Oct 3 (APP):" a lead
    if not (strong or in_capitals or marked):
        return None
    return Dateline(head + end, parse_date(head), _known_agency(agencies), False)


# "Vancouver, British Columbia--(Newsfile Corp. - March 5, 2024) -": the wire's bracket between two dashes
_WIRE_BRACKET = compile_lazily(r"^(?P<head>[^()\-—–]{2,60}?)\s*--\s*\((?P<inner>[^()]{2,60})\)\s*(?:--|[—–-])(?=\s)")
# "LAUTOKA, Fiji – 21 January 2025 – Ocean …": the date after the place's dash, with its own dash
_DATE_AFTER = compile_lazily(r"\s+(?P<date>[\w ,.]{6,30}?)\s*(?:--|[—–]|(?<=\s)-)(?=\s)")


@rule("dateline.lead_by_parts")
def lead_by_parts(paragraph: str) -> Dateline | None:
    """'Tehran, Nov 14, IRNA -- Iran's …', 'ISLAMABAD: The …' → the lead, every part of it read."""
    wire = _WIRE_BRACKET.match(paragraph)
    if wire and parse_date(wire.group("inner")) and _read_head(wire.group("head"), " -", dated=True) is not None:
        return Dateline(wire.group(0).strip(), parse_date(wire.group("inner")), None, True)
    for end in _END.finditer(paragraph, 0, HEAD_MAX):
        head = paragraph[:end.start()]
        if end.start() == 0 or '"' in head or "“" in head:
            return None
        found = _read_head(head, paragraph[end.start():end.end()])
        if found or not end.group(0).startswith("."):
            return found  # past an abbreviation's stop ("St. Louis, …") the lead may still end further on
    return None


def opens_turn(paragraph: str) -> bool:
    """'WHITCOMBE: She says …': a paragraph opening as a lead in capitals and a colon would — a transcript's
    speaker turn when several paragraphs in a row open so (a dateline leads only the story's first)."""
    found = lead_rule(paragraph)
    return bool(found and found[0].text.endswith(":") and not found[0].date)


# "SINGAPORE -" before "Media OutReach Newswire - 14 May 2026 -" or "(JCN Newswire) -": a press wire's name
# after the place's dash, with its own dash
_WIRE_AFTER = compile_lazily(r"\s+(?P<wire>\(?[A-Z][\w.&'’ -]{1,40}?\b(?:Newswire|NewsWire|Wire)\)?)\s*"
                             r"(?:--|[—–]|(?<=\s)-)(?=\s)")


def with_date_after(paragraph: str, lead: Dateline) -> Dateline:
    """'LAUTOKA, Fiji –' before '21 January 2025 – Ocean …': the lead runs on to the date's own dash, and
    past a press wire's name between dashes ('SINGAPORE - Media OutReach Newswire - 14 May 2026 -')."""
    if not paragraph.startswith(lead.text):
        return lead
    end, date = len(lead.text), lead.date
    wire = _WIRE_AFTER.match(paragraph, end)
    if wire:
        end = wire.end()
    after = _DATE_AFTER.match(paragraph, end)
    if after is not None and parse_date(after.group("date")):
        end, date = after.end(), parse_date(after.group("date"))
    elif not wire:
        return lead
    return Dateline(paragraph[:end].strip(), date, lead.agency, lead.wire)


LEAD_RULES: tuple[Rule[Dateline], ...] = (lead_by_parts,)


@per_line
def lead_rule(paragraph: str) -> tuple[Dateline, str] | None:
    """(the lead read by its parts, the rule that read it), or None: ask only of the story's first paragraph."""
    return first(LEAD_RULES, paragraph)
