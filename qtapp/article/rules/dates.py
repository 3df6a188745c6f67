"""Dates as pages write them, date lines, and the dateline that leads a wire story.

Only a full date is a date: "May 2 (Reuters)" has no year and gives none. "Published" is preferred to
"Updated" when a line has both (the first date on the line is taken, and pages put Published first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qtapp.article.names import normal_case
from qtapp.article.rules.engine import Rule, first, per_line, rule
from qtapp.article.rules.outlets import AGENCIES, PRESS_WIRES, SECTIONS, canonical, is_outlet

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]{0,6})\.?"
# "26 NOV 2026", "NOV 16, 2026 - 9:42 PM": a date stamp's month in capitals (read as a date only, never a dateline's)
_ANY_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]{0,6})|"
              r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?")
IBERIAN_MONTHS = {name: number for number, names in enumerate((
    "enero janeiro", "febrero fevereiro", "marzo março", "abril", "mayo maio", "junio junho", "julio julho",
    "agosto", "septiembre setiembre setembro", "octubre outubro", "noviembre novembro", "diciembre dezembro"), 1)
    for name in names.split()}
_IBERIAN_MONTH = "|".join(IBERIAN_MONTHS)
_YEAR = r"(?:19|20)\d\d(?!\d(?!\d?[:.]\d\d))"
DATE = re.compile(
    rf"(?<![\w-])(?:(?P<m1>{_ANY_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?P<m2>{_ANY_MONTH})[\s,-]+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})[-/.](?P<m3>\d{{1,2}})[-/.](?P<d3>\d{{1,2}})(?!\d)"
    rf"|(?P<d4>\d{{1,2}})\.(?P<m4>\d{{1,2}})\.(?P<y4>{_YEAR})"
    # "Aug - 05 - 2025": the month's name, the day and the year parted by spaced hyphens, as some CMSs print it
    rf"|(?P<m5>{_MONTH})\s+-\s+(?P<d5>\d{{1,2}})\s+-\s+(?P<y5>{_YEAR})"
    # "2 de mayo de 2025", "14 de março de 2024": the Spanish and Portuguese long date
    rf"|(?P<d6>\d{{1,2}})\s+de\s+(?P<m6>(?i:{_IBERIAN_MONTH}))\s+del?\s+(?P<y6>{_YEAR}))")
_TIME = r"\d{1,2}(?:[:.]\d{2}|h\d{2})(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)?"  # "14h20" as Brazil and France write it
_FILLER = re.compile(
    rf"{_TIME}|\b(?:[A-Z][a-z]+\s+){{0,2}}(?:Standard|Daylight|Summer)\s+Time\b|\b\d{{1,3}}\s*min(?:ute)?s?\.?\s+read\b|"
    rf"\bpage\s+[A-Z]?\d{{1,3}}\b|\bthis\s+(?:content|article|story|page)\s+was\b|"
    rf"\b(?:[ap]\.m\.|AM|PM|GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|AEST|AEDT|ET|CT|PT|MT|BJT|CET|CEST|EET|EEST|"
    rf"IST|JST|KST|MSK|HKT|SGT|ALMT|GST|AST|AEST|NZST|NZDT|WIB|(?-i:[A-Z]{{1,2}}[SD]T))"
    rf"(?:[+-]\d{{1,2}}(?::\d\d)?)?\b|\((?:UTC|GMT)[^)]*\)|\b(?:published|publication|updated|posted|released|issued|date|"
    rf"(?:first\s+)?(?:published|posted|aired|broadcast|premiered|uploaded|streamed|shown)|filed|"  # "First posted"
    rf"broadcast|aired|"  # a programme's page: "Broadcast: Tuesday, 8 April 2025"
    rf"last\s+(?:updated|update|modified)|modified|on|at)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b,?|[|,:·•()@]|(?<=\S)\s+[-–—]\s+(?=\S)",
    re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as YYYY-MM-DD: 'Sept. 10, 2024', '03-Apr-2025', '2025/01/06'."""
    for match in DATE.finditer(text):
        if match.group("y3"):
            year, month, day = int(match.group("y3")), int(match.group("m3")), int(match.group("d3"))
        elif match.group("y4"):  # 05.11.2025: day first, as everywhere dots are used
            year, month, day = int(match.group("y4")), int(match.group("m4")), int(match.group("d4"))
        elif match.group("y6"):
            year, month, day = int(match.group("y6")), IBERIAN_MONTHS[match.group("m6").lower()], int(match.group("d6"))
        else:
            name = (match.group("m1") or match.group("m2") or match.group("m5")).rstrip(".").lower()[:3]
            month = MONTHS.get(name, 0)
            day = int(match.group("d1") or match.group("d2") or match.group("d5"))
            year = int(match.group("y1") or match.group("y2") or match.group("y5"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_DIGIT = re.compile(r"\d")


def is_time_or_date_words(text: str) -> bool:
    """'Updated 14:05 GMT', 'Sun 28 Jul 2024 19.40 BST': nothing left once dates and times are taken out."""
    rest = _FILLER.sub(" ", DATE.sub(" ", text))
    return not rest.strip(" .-–—/") and bool(_DIGIT.search(text))


_SOURCE = re.compile(r"^\(?(?:source|from)\s*:\s*(?P<outlet>[^|]+?)\)?\s*(?:\||$)", re.IGNORECASE)
_LEADING_OUTLET = re.compile(r"^\((?P<outlet>[^()]{2,40})\)\s*")
_EDITOR_TAIL = re.compile(r"\|\s*(?:web\s+)?editor:.*$", re.IGNORECASE)  # "| Web editor: Yang Qi | Font size: A A A"
_SOURCE_TAIL = re.compile(r"\|\s*source\s*:\s*(?P<outlet>[^|]{2,60}?)\s*$", re.IGNORECASE)
_ISSUE = re.compile(rf"^(?:From|In)\s+the\s+(?:{_MONTH}\s+|(?:Spring|Summer|Autumn|Fall|Winter)\s+)?"
                    rf"(?:19|20)\d\d\s+(?:print\s+)?(?:issue|edition)$", re.IGNORECASE)
_OUTLET_DASH = re.compile(r"^(?P<outlet>[A-Z][\w.&'’ ]{1,30}?)\s+[-–—]\s+(?=\S*\d|[A-Z][a-z]{2})")
_SECTION_TAGS = re.compile(r"\s*\|\s*[A-Z][^\d|]{0,40}$")  # "… 18:05 | All, Japan": the story's section tags
# "Press release · Bodø, 2025-05-02", "For immediate release · 2025-05-02": the release's label before its date
_PRESS_RELEASE = re.compile(r"^(?:(?:(?:press|news|media)\s+release|for\s+immediate\s+release)\b|@)\s*[·•|:–—-]?\s*",
                            re.IGNORECASE)
# "This content was published on 28.04.2025 - 11:32": the page's sentence around its Published label
_THIS_CONTENT = re.compile(r"^this\s+(?:content|article|story|page)\s+was\s+"
                           r"(?=(?:first\s+)?(?:published|updated|posted))", re.IGNORECASE)
# "Lisbon, 3 March 2025 (Lusa)", "October 21, 2025 (Mainichi Japan)": the outlet's mark closing the date line
_CLOSING_MARK = re.compile(r"\s*\([A-Z][^()]{1,40}\)$")
# "January/February 2025 issue · Posted 2 January 2025", "Issue 58 · Autumn 2024": a magazine's issue beside (or
# instead of) its date; the issue gives no day
_ISSUE_PART = re.compile(rf"^(?:{_MONTH}(?:\s*/\s*{_MONTH})?\s+|(?:Spring|Summer|Autumn|Fall|Winter)\s+)?(?:19|20)\d\d"
                         rf"\s+(?:print\s+)?(?:issue|edition)$|^(?:issue|no\.?|vol\.?)\s*\d{{1,4}}$"
                         rf"|^(?:Spring|Summer|Autumn|Fall|Winter)\s+(?:19|20)\d\d$", re.IGNORECASE)
# "Posted: Jan 30, 2025 4:15 PM CST | Last Updated: January 31": a later update after the publication date,
# whatever it says (often a day with no year), is no part of the date line's date
_UPDATED_TAIL = re.compile(r"\s+[|·•]\s+(?:last\s+)?(?:updated?|modified)\b.*$", re.IGNORECASE)
# "October 21, 2025 (Mainichi Japan)", "Lisbon, 3 March 2025 (Lusa)": the outlet in brackets after the date
_TRAILING_OUTLET = re.compile(r"\s*\((?P<outlet>[A-Z][^()]{1,40})\)\.?\s*$")
# "Bodø, 2025-05-02" under "Press release", "Lisbon, 3 March 2025": the town a statement was issued in, then
# its date and nothing else
_TOWN_THEN_DATE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?,\s+(?=\d|[A-Z][a-z]{2})")


@dataclass
class DateLine:
    date: str | None
    publisher: str | None = None


# "Last update 17:05", "Updated: 09:40 GMT": a live page's clock under its label, a date line with no date
_LABELLED_TIME = re.compile(rf"^(?:last\s+)?(?:updated?|modified)\s*:?\s*{_TIME}(?:\s+[A-Z]{{2,4}})?$", re.IGNORECASE)


_ECHO_TOWN = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?,\s+")
_ECHO_SEP = re.compile(r"\s+[/|]\s+")
_NUMBER = re.compile(r"\d+")


def without_echoes(text: str) -> str:
    """'18 de julio / July 18, 2025' → 'July 18, 2025', '2025 m. gegužės 15 d. | May 15, 2025' → 'May 15, 2025':
    a page may give its date twice, in its own language beside English. A part that holds only numbers the full
    date also has (its day, month or year) and lowercase words is that date's echo, whatever the language."""
    parts = _ECHO_SEP.split(text)
    if len(parts) < 2:
        return text
    full = next((date for date in map(parse_date, parts) if date), None)
    if full is None:
        return text
    numbers = {str(int(n)) for n in full.split("-")}
    out, echoed = "", False
    for part in parts:
        town = _ECHO_TOWN.match(part)  # "Asunción, 18 de julio": the town stays, its date goes
        core = part[town.end():] if town else part
        if not parse_date(part) and _echo(core, numbers):
            out, echoed = out + (town.group(0) if town else ""), True
        else:
            out += part if not out or out.endswith(", ") else " | " + part
    return out if echoed else text


def _echo(part: str, numbers: set[str]) -> bool:
    found = _NUMBER.findall(part)
    words = [w for w in re.findall(r"[^\W\d_]+", part)]
    return bool(found) and all(str(int(n)) in numbers for n in found) and len(part.split()) <= 6 \
        and all(w.islower() for w in words)


# "Tuesday, 11 February 2025, Committee Room 2, Millbrook": the meeting's date, then the room and the town it met in
_DATE_THEN_VENUE = re.compile(r"^(?P<date>(?:[A-Z][a-z]+,\s+)?[^,]*\d[^,]*?(?:,\s*(?:19|20)\d\d)?)"
                              r"(?P<venue>(?:,\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|\d{1,3}|of|the|and)){0,4}){1,3})$")
# "Judgment delivered and summary published: 6 February 2025": what was done and when, a label ending on its verb
_VERB_LABEL = re.compile(r"^[A-Z][\w ]{0,50}?\b(?:published|posted|issued|released|delivered|dated|adopted|"
                         r"approved|signed)\s*:\s+")


@per_line
def date_line(line: str) -> DateLine | None:
    """'Published: Sep 10, 2024 11:02 PM', 'Source: Xinhua | 2025-04-09 22:15:40 | Editor: huaxia'."""
    text = line.strip()
    if len(text) > 110:
        return None
    text = without_echoes(text)
    label = _VERB_LABEL.match(text)
    if label and is_time_or_date_words(text[label.end():]) and parse_date(text[label.end():]):
        return DateLine(parse_date(text[label.end():]))
    venue = _DATE_THEN_VENUE.match(text)
    if venue and is_time_or_date_words(venue.group("date")) and parse_date(venue.group("date")) and not any(
            is_outlet(part.strip()) for part in venue.group("venue").split(",") if part.strip()):
        return DateLine(parse_date(venue.group("date")))
    if _LABELLED_TIME.match(text):
        return DateLine(None)
    if _ISSUE.match(text):
        return DateLine(None)  # "From the April 2025 issue": a magazine's date line, with no day to give
    publisher = None
    source = _SOURCE.match(text)
    if source:
        publisher = canonical(source.group("outlet"))
        text = text[source.end():]
    elif (lead := _LEADING_OUTLET.match(text)):
        publisher = canonical(lead.group("outlet"))
        text = text[lead.end():]
    text = _EDITOR_TAIL.sub("", text)
    tail = _SOURCE_TAIL.search(text)
    if tail:  # "November 18, 2024 07:30 ET | Source: Northgate Minerals Ltd."
        publisher = publisher or tail.group("outlet").strip()
        text = text[:tail.start()]
    text = _PRESS_RELEASE.sub("", text)
    text = _THIS_CONTENT.sub("", text)
    if parse_date(text) and (later := _UPDATED_TAIL.search(text)) and parse_date(text[:later.start()]):
        text = text[:later.start()]
    trailing = _TRAILING_OUTLET.search(text)
    if trailing and parse_date(text[:trailing.start()]) and not _DIGIT.search(trailing.group("outlet")):
        if _named_outlet(trailing.group("outlet")):  # "(Mainichi Japan)" names no outlet known as such: no publisher
            publisher = publisher or canonical(trailing.group("outlet"))
        text = text[:trailing.start()]
    town = _TOWN_THEN_DATE.match(text) if not _DASH_END.search(text) else None  # "LONDON, May 2, 2025 —" leads
    if town and _is_place(town.group(0).strip(" ,")) and is_time_or_date_words(text[town.end():]):
        return DateLine(parse_date(text[town.end():]), publisher)
    if parse_date(text):
        text = _CLOSING_MARK.sub("", text)  # a mark no rule above read names no publisher here
    lead = _OUTLET_DASH.match(text)
    if lead and is_outlet(lead.group("outlet")) and parse_date(text):  # "KYODO NEWS - Jan 21, 2025 - 18:05"
        publisher = publisher or canonical(lead.group("outlet"))
        text = text[lead.end():]
        text = _SECTION_TAGS.sub("", text)
    date = parse_date(text)
    placed = _PLACE_FIRST.match(text) if date is not None and not _DASH_END.search(text) else None
    if placed and _is_place(placed.group("place")) and is_time_or_date_words(text[placed.end():]):
        return DateLine(parse_date(text[placed.end():]), publisher)  # "ANKARA Jul 08, 2025 - 5:26 pm GMT+3"
    town = _PLACE_BEFORE.match(text) if date is not None and not _DASH_END.search(text) else None
    place = town.group(0).strip(" ,|") if town else ""
    if town and _is_place(place) and not ("|" in town.group(0) and place.lower() in SECTIONS) \
            and is_time_or_date_words(text[town.end():]):
        return DateLine(date, publisher)  # "Bodø, 2025-05-02", "Lisbon, 3 March 2025": the town, then the date
    if date is not None and not is_time_or_date_words(text) and _PART_SEP.search(text):
        return _by_parts(text, publisher)
    if date is None:
        slashed = _SLASHED.search(text)
        if not slashed or not is_time_or_date_words(_SLASHED.sub(" 2000-01-01 ", text)):
            return None
        return DateLine(_slashed_date(slashed), publisher)
    if not is_time_or_date_words(text):
        return None
    return DateLine(date, publisher)


_PART_SEP = re.compile(r"\s+[|·•●]\s+")
# "Makassar ● Fri, April 4, 2025", "ANKARA Jul 08, 2025": the place the story was filed from, then its date
# ("Home | Mar 3, 2025" is a menu's item beside a date, not a place)
_PLACE_FIRST = re.compile(rf"^(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}}?)\s*(?:[●·•]\s*|\s+)"
                          rf"(?=(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH}))")
_DASH_END = re.compile(r"(?:--|[—–-])\s*$")  # "LONDON, May 2, 2025 —" leads a story: a dateline, not a date line


def _named_outlet(name: str) -> bool:
    """'Lusa', 'The Baltic Ledger': an agency or an outlet's name, not a time zone or a note."""
    return name.lower() in AGENCIES or (is_outlet(name) and not is_time_or_date_words(name))


def _is_place(name: str) -> bool:
    """'Makassar', 'ANKARA' (a town in capitals looks like an acronym) — not an agency nor an outlet's name."""
    return name.lower() not in AGENCIES and (name.isupper() or not is_outlet(name))
_OFFICE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,4}(?:office|desk|department|unit|team|secretariat|bureau|"
                     r"service|services|division)$", re.IGNORECASE)
_REFERENCE = re.compile(r"^(?:No|Ref|Nr)\.?\s*[\w/.-]+$", re.IGNORECASE)  # "No. 112/25": a statement's number
# "Bodø, 2025-05-02", "Dhaka | 2025-01-28": the town, a comma or a bar, then the date
_PLACE_BEFORE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2}(?:,|\s+\|)\s+(?=\d|[A-Z][a-z]{2})")


def _by_parts(text: str, publisher: str | None) -> DateLine | None:
    """'Jan 21, 2025 | 19:03 JST | KYODO NEWS', 'No. 112/25 · Dushanbe, 2 July 2025': a date line whose
    parts besides the date are each the outlet, a reference number or the place it was issued in."""
    date = None
    for part in _PART_SEP.split(text.strip()):
        part = part.strip()
        if is_outlet(part) and not _DIGIT.search(part):
            publisher = publisher or canonical(normal_case(part) if part.isupper() and len(part) > 5 else part)
        elif _REFERENCE.match(part) or _ISSUE_PART.match(part) or _OFFICE.match(part):
            continue  # "Posted 2024-03-05 · Communications Office": the office that posted it, no outlet's name
        elif is_time_or_date_words(_PLACE_BEFORE.sub("", part)):
            date = date or parse_date(part)
        else:
            return None
    return DateLine(date, publisher) if date else None


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")


def _slashed_date(match: re.Match[str]) -> str | None:
    """'25/06/2025' is day first and '06/25/2025' month first; '05/06/2025' could be either: unknown;
    '03/03/2025' reads the same either way."""
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if first > 12 >= second >= 1 or first == second <= 12:
        day, month = first, second
    elif second > 12 >= first >= 1 and second <= 31:
        day, month = second, first
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]+)*"
_REGION = r"(?:,\s+[A-Z][a-zA-Z.]+(?:\s+[A-Z][a-zA-Z.]+){0,2})?"  # "DUBAI, United Arab Emirates--(BUSINESS WIRE)--"
_DATE_PART = rf"(?:,\s+(?:{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d\d-\d\d))?"
# "/EINPresswire.com/"; "(Télam)": an agency's name may carry an accent; "(PRWEB) April 22, 2025": the day may follow it
_AGENCY = (r"(?:\s*\((?P<agency>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]{0,30})\)|\s*/(?P<wire>[A-Za-z .]{2,30})/)?"
           rf"(?:(?<=\))\s+(?:{_MONTH}\s+\d{{1,2}},\s+{_YEAR}|\d{{1,2}}\s+{_MONTH}\s+{_YEAR}))?")
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}){_REGION}{_DATE_PART}{_AGENCY}\s*(?P<dash>--|[—–-]{{1,2}})(?=\s|$)"
    rf"|^(?P<place2>{_PLACE}){_REGION}\s*--\s*\((?P<agency2>[A-Z][A-Z ]+)\)\s*--"
    # "BAKU, Azerbaijan, June 17. CGTN has …": Trend's and APA's datelines end on the date's full stop
    rf"|^(?P<place3>{_PLACE}){_REGION},\s+{_MONTH}\s+\d{{1,2}}\.(?=\s+[A-Z])"
    # "RABAT, MA / ACCESSWIRE / June 9, 2025 /": ACCESSWIRE's order, the wire before the date, slashes between
    rf"|^(?P<place4>{_PLACE}),\s+[A-Z]{{2,3}}\s+/\s+(?P<wire4>[A-Za-z]{{3,20}})\s+/\s+"
    rf"(?P<date4>{_MONTH}\s+\d{{1,2}},\s+{_YEAR})\s+(?P<dash4>/)(?=\s|$)")


@dataclass
class Dateline:
    text: str  # the lead as written, its dash included
    date: str | None
    agency: str | None
    wire: bool  # /PRNewswire/ or (BUSINESS WIRE): a press-release wire, not a news agency


# "Berlin (dpa) -", "Valence (France) (AFP) –", "La Paz, Mar 14 (EFE).-": a town in normal case (and the
# day), made a dateline by its agency's mark
_TOWN_AGENCY = re.compile(rf"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}}(?:\s+\([A-Z][\w ]{{2,30}}\))?"
                          rf"(?:,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
                          rf"\s*\((?P<agency>[A-Za-z]{{2,12}})\)\.?\s*(?:--|[—–-])(?=\s|$)")


# "Havana, Mar 3 (Prensa Latina) Eleven new …", "Visakhapatnam, Jan 9 (PTI) The …": a known agency's mark
# after the town and the day is the dateline's end even with no dash
_TOWN_DAY_AGENCY = re.compile(rf"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}},\s+{_MONTH}\s+\d{{1,2}}\s*"
                              r"\((?P<agency>[A-Z][A-Za-z .]{1,30})\)(?:\s*(?:--|[—–-]))?(?=\s+[A-Z“\"]|\s*$)")
# "(ECNS) -- Harbin received …": the agency's mark alone, no town, leading the story
_AGENCY_LEAD = re.compile(r"^\((?P<agency>[A-Z][A-Za-z .]{1,30})\)\s*(?:--|[—–])(?=\s+[A-Z“\"]|\s*$)")

# "Bishkek, 12 May 2025 – The Ministry …": a town in normal case is a dateline when a full date and a dash follow
_TOWN_FULL_DATE = re.compile(rf"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}},"
                             rf"(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,)?"  # "UYUNI, Bolivia, 2025-10-09": the region
                             rf"\s+(?P<date>\d{{1,2}}\s+{_MONTH}\s+"
                             rf"{_YEAR}|{_MONTH}\s+\d{{1,2}},\s+{_YEAR}|(?P<iso>{_YEAR}-\d\d-\d\d))\s*"
                             rf"(?:\((?P<agency>[A-Z][A-Za-z .]{{1,30}})\)\s*)?"
                            # "(EFE).-", "(ANDINA)."; "Chisinau, 2025-02-17 Moldovan …": a stamp in digits needs no dash
                             rf"(?:--|[—–]|\.-|(?<=\))\s*-|(?<=\))\.|(?(iso)(?=\s+[A-Z“\"])|(?!)))(?=\s+[A-Z“\"]|\s*$)")


@rule("dateline.town_agency")
def town_agency(paragraph: str) -> Dateline | None:
    """'Berlin (dpa) -', 'Havana, Mar 3 (Prensa Latina) Eleven …' → a known agency's town and mark."""
    town = _TOWN_AGENCY.match(paragraph) or _TOWN_DAY_AGENCY.match(paragraph)
    if town and town.group("agency").lower() in AGENCIES:
        return Dateline(town.group(0).strip(), parse_date(town.group(0)), canonical(town.group("agency")), False)
    return None


@rule("dateline.place_in_capitals")
def place_in_capitals(paragraph: str) -> Dateline | None:
    """'LIMA, May 2 (Reuters) - …' → 'LIMA, May 2 (Reuters) -', agency Reuters, no date (no year)."""
    match = DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place") or match.group("place2") or match.group("place3") or match.group("place4")
    if len(place) < 2 or place in ("A", "I") or (len(place.split()) > 4):
        return None
    agency = match.group("agency") or match.group("agency2")
    wire = bool(match.group("wire") or match.group("wire4")) or bool(agency and (
        re.search(r"wire", agency, re.I) or canonical(agency) in PRESS_WIRES))
    name = match.group("wire") or match.group("wire4") or agency
    if wire and name and name.lower() in AGENCIES and canonical(name) not in PRESS_WIRES:
        wire = False  # "BUCHAREST, Sept 4 /Agerpres/ -": a news agency that writes its mark between slashes
    return Dateline(match.group(0).strip(), parse_date(match.group(0)), canonical(name) if name else None, wire)


@rule("dateline.town_full_date")
def town_full_date(paragraph: str) -> Dateline | None:
    """'Bishkek, 12 May 2025 – The …', 'Bogotá, 14 Oct 2025 (EFE).- The …' → the town's dated lead."""
    dated = _TOWN_FULL_DATE.match(paragraph)
    if not dated or not parse_date(dated.group("date")):
        return None
    agency = dated.group("agency")
    known = agency and (agency.lower() in AGENCIES or is_outlet(agency))
    return Dateline(dated.group(0).strip(), parse_date(dated.group("date")), canonical(agency) if known else None,
                    False)


@rule("dateline.agency_lead")
def agency_lead(paragraph: str) -> Dateline | None:
    """'(ECNS) -- Harbin received …' → the agency's mark alone leading the story."""
    lead = _AGENCY_LEAD.match(paragraph)
    if lead and (lead.group("agency").lower() in AGENCIES or is_outlet(lead.group("agency"))):
        return Dateline(lead.group(0).strip(), None, canonical(lead.group("agency")), False)
    return None


# "Hanoi (VNA) –", "Brno, May 16 (CTK) -", "Lima, Jan. 9, 2025 (ANDINA).", "Cluj-Napoca, Oct 7 /Agerpres/ -":
# a town in normal case, its day, and an agency's mark — an acronym in brackets ("Keystone-SDA" has one too)
# or any one word between slashes — ended by a dash, a full stop, or (after the day) the story's first word
_MARK = r"\((?P<mark>[A-Z][\w-]{1,20})\)|/(?P<slashed>[A-Z][\w.-]{1,20})/"
_TOWN_MARK = re.compile(rf"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,2}}"
                        rf"(?P<day>,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+{_YEAR})?)?\s*(?:{_MARK})"
                        rf"(?:\s*(?:--|[—–-])(?=\s)|\.(?=\s+[A-Z“\"])|(?(day)(?=\s+[A-Z“\"])|(?!)))")
_ACRONYM = re.compile(r"[A-Z]{2}")


@rule("dateline.town_mark")
def town_mark(paragraph: str) -> Dateline | None:
    """'Hanoi (VNA) – More …', 'Cluj-Napoca, Oct 7 /Agerpres/ - The …' → the town's lead with an agency's mark.

    The mark makes the lead, known agency or not; only a known one is named as the agency, so an
    unknown mark splits the block and says nothing about who published it."""
    found = _TOWN_MARK.match(paragraph)
    # a mark that is a word, not initials ("Amman, Feb. 11 (Petra) --"), makes a lead only after the day
    if not found or found.group("mark") and not _ACRONYM.search(found.group("mark")) and not found.group("day"):
        return None
    name = (found.group("mark") or found.group("slashed")).lower()
    agency = canonical(name) if name in AGENCIES else None
    return Dateline(found.group(0).strip(), parse_date(found.group(0)), agency, False)


_DAY = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+{_YEAR}|\d{{1,2}}\s+{_MONTH}\s+{_YEAR})"
# "RABAT, MA / ACCESSWIRE / June 9, 2025 /": the place, the wire and the date between slashes
_SLASHED_WIRE = re.compile(rf"^{_PLACE}(?:,\s+[A-Z][A-Za-z.]+)?\s*/\s*(?P<wire>[A-Z][\w .]{{1,30}}?)\s*/\s*"
                           rf"(?P<date>{_DAY})\s*/(?=\s|$)")


@rule("dateline.slashed_wire")
def slashed_wire(paragraph: str) -> Dateline | None:
    """'RABAT, MA / ACCESSWIRE / June 9, 2025 / The following …' → the wire's lead, ACCESSWIRE, 2025-06-09."""
    found = _SLASHED_WIRE.match(paragraph)
    if not found:
        return None
    return Dateline(found.group(0).strip(), parse_date(found.group("date")), canonical(found.group("wire")), True)


# "RIYADH, SAUDI ARABIA - Media OutReach Newswire - 24 November 2026 -", "TOKYO, Jun 2, 2026 - (JCN Newswire) -":
# a press-release wire named between dashes, before or after the date
_WIRE_NAME = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}?\s*(?:Newswire|NEWSWIRE|Wire|WIRE)"
_DASHED_WIRE = re.compile(rf"^{_PLACE}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?\s+-\s+"
                          rf"(?P<wire>{_WIRE_NAME})\s+-\s+(?P<date>{_DAY})\s+-(?=\s|$)"
                          rf"|^{_PLACE}(?:,\s+[A-Z][A-Za-z.]+)?,\s+(?P<date2>{_DAY})\s+-\s+\((?P<wire2>{_WIRE_NAME})\)"
                          rf"\s+-(?=\s|$)")


@rule("dateline.dashed_wire")
def dashed_wire(paragraph: str) -> Dateline | None:
    """'SINGAPORE - Media OutReach Newswire - 14 May 2026 - The …' → the wire's lead, Media OutReach Newswire."""
    found = _DASHED_WIRE.match(paragraph)
    if not found:
        return None
    return Dateline(found.group(0).strip(), parse_date(found.group("date") or found.group("date2")),
                    canonical(found.group("wire") or found.group("wire2")), True)


# "Rabat - Women's cooperatives …", "Dubai: Passengers who …": the town alone leading the story, no agency,
# no day. Built like a headline's kicker ("Storm Brannagh: Ferries cancelled"), so it is kept out of
# DATELINE_RULES (which the headline search reads): only the block rules ask, of the story's first paragraph.
_TOWN_ALONE = re.compile(r"^(?P<town>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?:\s+[-–—]|:)(?=\s+[A-Z“\"])")
_LABEL_WORDS = frozenset("""
note update updated analysis opinion comment breaking watch listen read editor exclusive explainer correction
clarification summary sir madam dear warning spoiler background context disclosure source sources photo video
""".split())


@rule("dateline.town_alone")
def town_alone(paragraph: str) -> Dateline | None:
    """'Rabat - Women's cooperatives …', 'Dubai: Passengers …' → the town's lead, nothing else known."""
    found = _TOWN_ALONE.match(paragraph)
    if not found or found.group("town").split()[0].lower() in _LABEL_WORDS:
        return None
    return Dateline(found.group(0).strip(), None, None, False)


# the wire between dashes first: the town's own dash ends a shorter dateline inside it
SPACED_RULES: tuple[Rule[Dateline], ...] = (dashed_wire, town_agency, place_in_capitals, town_full_date, agency_lead,
                                            town_mark, slashed_wire)
# a dash after a space or an agency's bracket, the story's first word glued to it: "(Reuters) -Chile's",
# "Netherlands —Hundreds", "(EFE).-Coffee" (never a hyphen inside a word: "Anglo-American" has no space)
_GLUED_DASH = re.compile(r"(?:(?<=\s)(?:--|[—–-])|(?<=\))\.?(?:--|[—–-]))(?=[\"“‘A-ZÀ-Ý])")


@rule("dateline.glued_dash")
def glued_dash(paragraph: str) -> Dateline | None:
    """'SANTIAGO, Nov 19 (Reuters) -Chile's …' → 'SANTIAGO, Nov 19 (Reuters) -': the dash glued to the story."""
    glued = _GLUED_DASH.search(paragraph, 0, 110)
    if glued is None:
        return None
    lead = paragraph[:glued.end()]
    found = first(SPACED_RULES, lead + " " + paragraph[glued.end():])
    return found[0] if found and found[0].text == lead.strip() else None


DATELINE_RULES: tuple[Rule[Dateline], ...] = (*SPACED_RULES, glued_dash)
TOWN_LEAD_RULES: tuple[Rule[Dateline], ...] = (town_alone,)


def town_lead_rule(paragraph: str) -> tuple[Dateline, str] | None:
    """(the town alone leading ``paragraph``, the rule that read it), or None: ask only of a first paragraph."""
    return first(TOWN_LEAD_RULES, paragraph)


@per_line
def dateline_rule(paragraph: str) -> tuple[Dateline, str] | None:
    """(the wire-style lead that opens ``paragraph``, the first of ``DATELINE_RULES`` that reads it), or None."""
    return first(DATELINE_RULES, paragraph)


def dateline(paragraph: str) -> Dateline | None:
    """The wire-style lead that opens ``paragraph``, by the first of ``DATELINE_RULES`` that reads it."""
    found = dateline_rule(paragraph)
    return found[0] if found else None
