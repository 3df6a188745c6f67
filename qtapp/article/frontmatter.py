"""What the outlet wraps around the author's text: reprint notes, editor's notes, disclaimers, bylines.

Each function reads one block of text and returns what it found, or None; the parser decides where
blocks go. The patterns are phrasings used across news sites, not the seed's sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qtapp.article.model import Author
from qtapp.article.names import NAME, author_from_name, strip_titles

_Q_OPEN, _Q_CLOSE = "[“\"‘]", "[”\"’]"
EDITORS_LABEL = re.compile(r"^\s*(?:editor['’]?s['’]?\s+note|note\s+from\s+the\s+editors?)\s*[:：—–-]\s*",
                           re.IGNORECASE)
DISCLAIMER = re.compile(
    r"(?:The|This)\s+(?:article|piece|commentary|essay|op-ed|column)\s+reflects\s+the\s+"
    r"(?:author['’]?s['’]?|writer['’]?s['’]?)\s+(?:own\s+)?(?:opinions?|views?)\s*,?\s*(?:and\s+)?"
    r"(?:does\s+)?not\s+necessarily\s+(?:reflect\s+)?(?:the\s+views|those|the\s+opinions?|the\s+position)"
    r"\s+of\s+(?P<org>[^.]+?)\.(?=\s|$)"
    r"|The\s+views\s+expressed\s+(?:in\s+this\s+(?:article|piece)\s+)?are\s+(?:those\s+of\s+the\s+"
    r"author|the\s+author['’]?s\s+own)\s+and\s+do\s+not\s+necessarily\s+reflect\s+(?:those|the\s+views)"
    r"\s+of\s+(?P<org2>[^.]+?)\.(?=\s|$)",
    re.IGNORECASE,
)
_REPRINT_PATTERNS = (
    re.compile(rf"^(?P<pub>[^,]+?)(?:,[^,]*,)?\s+(?:has\s+)?(?:published|ran|carried|released)\s+an?\s+"
               rf"(?:article|op-ed|opinion\s+piece|commentary|piece|story|column)\s+(?:titled|entitled|"
               rf"headlined|called|named)\s+{_Q_OPEN}(?P<title>.+?)[.,]?{_Q_CLOSE}[.,]?\s+(?P<rep>.+?)\s+"
               rf"(?:reprints|republishes|re-publishes|is\s+reprinting|presents|shares)\s+(?:the|this|it)"
               rf"(?:\s+(?:article|piece|story))?(?:\s+in\s+full)?\.?\s*$", re.IGNORECASE),
    re.compile(r"^(?:This\s+(?:article|story|piece|commentary)\s+(?:was|is)\s+)?(?:originally|first)\s+"
               r"(?:published|appeared)\s+(?:by|in|on)\s+(?P<pub>[^.,]+?)(?:\s+and\s+is\s+"
               r"(?:republished|reprinted)\s+(?:here\s+)?with\s+permission)?\.?\s*$", re.IGNORECASE),
    re.compile(r"^(?:Reprinted|Republished)\s+(?:from|courtesy\s+of|with\s+permission\s+(?:from|of))\s+"
               r"(?P<pub>[^.,]+?)\.?\s*$", re.IGNORECASE),
)
_SERIES = re.compile(rf"series(?:\s+of\s+(?:articles|commentaries|essays|stories|pieces))?,?\s+"
                     rf"{_Q_OPEN}(?P<series>[^”\"’]+?)[,.]?{_Q_CLOSE}", re.IGNORECASE)
_INTRO_VERBS = (r"(?:focuses|writes|looks|argues|examines|explores|reflects|analyzes|analyses|shares|"
                r"discusses|offers|explains|assesses|considers|reviews|comments|weighs|delves|gives)")
_INTROS = (
    re.compile(rf"(?:^|[.,;:]\s+)(?P<name>{NAME}),\s+(?P<desc>[a-z][^.]*?),\s+{_INTRO_VERBS}\b"),
    re.compile(rf"(?:^|[.;:]\s+)(?P<name>{NAME}),\s+(?P<desc>(?:a|an|the)\s[^.]*?),\s+(?:is|was)\s"),
    re.compile(rf"(?:^|[.;:]\s+)(?:The\s+author,?\s+)?(?P<name>{NAME})\s+is\s+(?P<desc>(?:a|an|the)\s[^.]*?)"
               rf"\.(?=\s|$)"),
    re.compile(rf"(?:^|[.;:]\s+)The\s+(?:author|writer)\s+is\s+(?P<name>{NAME}),\s+(?P<desc>[^.]*?)"
               rf"\.(?=\s|$)"),
    re.compile(r"(?:^|[.;:]\s+)The\s+(?:author|writer)\s+is\s+(?P<name>)(?P<desc>[^.]*?)\.(?=\s|$)"),
)
MONTHS = {m: i for i, m in enumerate("january february march april may june july august september "
                                     "october november december".split(), 1)}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = re.compile(rf"(?P<mdy>(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),\s*(?P<y1>\d{{4}}))"
                  rf"|(?P<dmy>(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}}))"
                  rf"|(?P<iso>(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))")
BYLINE = re.compile(rf"^By\s+(?P<names>{NAME}(?:(?:,\s+|\s+and\s+|\s*&\s*){NAME})*)"
                    rf"(?:\s*[|·•,–—-]\s*(?P<rest>.*))?$")
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*(?:,\s+[A-Z][A-Za-z.]+)?)"
                      r"(?:\s+\([A-Za-z .]+\))?\s+[—–]{1,2}(?=\s|$)")


@dataclass(frozen=True)
class ReprintNote:
    publisher: str
    title: str | None
    reprinted_by: str | None


def outlet_name(raw: str) -> str:
    """'CGTN, a Chinese news TV channel' → 'CGTN'; strips 'the' and trailing punctuation."""
    name = raw.split(",")[0].strip().rstrip(".").strip()
    return re.sub(r"^the\s+(?=[A-Z])", "", name, flags=re.IGNORECASE)


def parse_reprint_note(text: str) -> ReprintNote | None:
    for pattern in _REPRINT_PATTERNS:
        match = pattern.match(text.strip())
        if match:
            groups = match.groupdict()
            title = groups.get("title")
            return ReprintNote(outlet_name(groups["pub"]), title.strip() if title else None,
                               outlet_name(groups["rep"]) if groups.get("rep") else None)
    return None


def find_disclaimer(text: str) -> tuple[str, str] | None:
    """(the disclaimer sentence, the organisation it names), when the text holds one."""
    if "ecessarily" not in text and "ECESSARILY" not in text:
        return None  # every phrasing says "not necessarily": skip the long pattern on ordinary text
    match = DISCLAIMER.search(text)
    if not match:
        return None
    return match.group(0).strip(), outlet_name(match.group("org") or match.group("org2"))


def find_series(text: str) -> str | None:
    match = _SERIES.search(text)
    return match.group("series").strip() if match else None


def authors_from_note(text: str) -> list[Author]:
    """The author an editor's note introduces ("NAME, director of …, focuses on …")."""
    for pattern in _INTROS:
        match = pattern.search(text)
        if match:
            name = strip_titles(match.group("name")) if match.group("name") else ""
            description = " ".join(match.group("desc").split()) or None
            # "The author is a professor at …" names nobody: the description waits for a byline.
            return [author_from_name(name, description) if name else Author("", description=description)]
    return []


def parse_date(text: str) -> str | None:
    """The first explicit date in ``text`` as YYYY-MM-DD, or None; never a guess from a bare year."""
    match = DATE.search(text)
    if not match:
        return None
    if match.group("iso"):
        year, month, day = int(match.group("y3")), int(match.group("m3")), int(match.group("d3"))
    else:
        mon = match.group("m1") or match.group("m2")
        month = next((n for name, n in MONTHS.items() if name.startswith(mon.rstrip(".").lower()[:3])), 0)
        day, year = int(match.group("d1") or match.group("d2")), int(match.group("y1") or match.group("y2"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_byline(text: str) -> tuple[list[Author], str | None] | None:
    """'By Jane Doe and John Roe | July 2, 2024' → (authors, '2024-07-02')."""
    match = BYLINE.match(text.strip())
    if not match:
        return None
    names = re.split(r",\s+|\s+and\s+|\s*&\s*", match.group("names"))
    authors = [author_from_name(strip_titles(name)) for name in names if name.strip()]
    return authors, parse_date(match.group("rest") or "")
