"""An event notice's own day is when the event happens, never when the page was published.

"Seminar: What seagrass meadows remember about storms" over "Thursday 10 April 2025, 4 pm, Room 2.14", or
"When: Saturday 3 May, 10:00–16:00" on any page: a notice of a talk, a workshop or an open day gives the
event's day on a line of its own, often under the headline where a news page has its date line. The
page's own date, if it shows one, is its "Posted" or "Published" line; without one the date stays unknown.
"""

from __future__ import annotations

import re

from qtapp.article.rules.engine import per_line
from qtapp.article.lazy_patterns import compile_lazily

_EVENT_KINDS = (r"seminar|lecture|talk|workshop|webinar|event|concert|exhibition|screening|colloquium|symposium|"
                r"conference|masterclass|recital|open\s+day|book\s+launch|information\s+session|public\s+meeting")
# "Seminar: …", "Public lecture — …", "Webinar | …": the headline names the kind of event it announces
_EVENT_TITLE = compile_lazily(rf"^(?:(?:public|guest|research|inaugural|annual|online|free)\s+)?(?:{_EVENT_KINDS})s?"
                          r"\s*(?::|\s[—–|-])\s*\S", re.IGNORECASE)
# "When: …", "Date and time: …", "Event date: …": a label that only an event's day wears
_EVENT_LABEL = compile_lazily(r"^(?:when|date\s*(?:&|and)\s*time|time\s*(?:&|and)\s*date|event\s+date|doors(?:\s+open)?)"
                          r"\s*:", re.IGNORECASE)
_PAGE_DATE_LABEL = compile_lazily(r"^(?:first\s+)?(?:posted|published|issued|(?:last\s+)?updated)\b", re.IGNORECASE)


def is_event_notice(title: str | None) -> bool:
    """Whether the headline announces an event ("Seminar: …", "Public lecture — …")."""
    return bool(title) and len(title) <= 200 and bool(_EVENT_TITLE.match(title.strip()))


@per_line
def is_event_date_line(text: str, on_event_notice: bool) -> bool:
    """A date line that gives an event's day: labelled as one ("When: …"), or any date line of an event
    notice that does not say it is the page's own ("Posted 24 March 2025")."""
    text = text.strip()
    if _PAGE_DATE_LABEL.match(text):
        return False
    return on_event_notice or bool(_EVENT_LABEL.match(text))
