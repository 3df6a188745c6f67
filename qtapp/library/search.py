"""Turning what the user types into a safe FTS5 query.

User input is never passed to MATCH as syntax: each whitespace-separated chunk becomes a quoted phrase of
its word characters (so ``"``, ``*``, ``-``, ``AND``, ``NEAR(`` are just text), chunks are ANDed, and the
last one is a prefix query unless the input ends with a space, so search-as-you-type finds "succ…".
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")


def fts_query(text: str | None) -> str | None:
    """The MATCH expression for ``text``, or None when it has no searchable word."""
    if not text:
        return None
    phrases = []
    for chunk in text.split():
        words = _WORD.findall(chunk)
        if words:
            phrases.append('"' + " ".join(words) + '"')
    if not phrases:
        return None
    if not text[-1].isspace() and _WORD.search(text.split()[-1]):
        phrases[-1] += "*"
    return " ".join(phrases)
