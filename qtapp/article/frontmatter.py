"""The editor's note: its label, its classic disclaimer, the series it names, the author it introduces.

Each function reads text and returns what it found, or None. The other shapes (bylines, dates, reprint
notes, taglines) live in ``rules/``, each with its ordered rules.
"""

from __future__ import annotations

import re

from qtapp.article.model import Author
from qtapp.article.names import NAME, author_from_name, strip_titles

_Q_OPEN, _Q_CLOSE = "[“\"‘]", "[”\"’]"
# "Correction:" / "Clarification:" before a note the editors add to a published piece: their words too.
# The union of ``rules.notes.EDITORS_NOTE_RULES``' labels (which say which one opened a note), kept whole
# for the headline search; tests/article/test_rule_engine.py checks the two agree.
EDITORS_LABEL = re.compile(r"^\s*(?:editor['’]?s['’]?\s+note|note\s+from\s+the\s+editors?|(?:correction|clarification)"
                           r"(?:,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?)"
                           r"\s*[:：—–-]\s*",
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
def outlet_name(raw: str) -> str:
    """'CGTN, a Chinese news TV channel' → 'CGTN'; strips 'the' and trailing punctuation."""
    name = raw.split(",")[0].strip().rstrip(".").strip()
    return re.sub(r"^the\s+(?=[A-Z])", "", name, flags=re.IGNORECASE)


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
