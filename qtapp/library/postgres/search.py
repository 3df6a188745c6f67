"""What the user types, as a safe ``tsquery``: the same reading as SQLite's ``search.fts_query``.

Each whitespace-separated chunk is a phrase of its words (``<->``: next to each other, as an FTS5
phrase), chunks are ANDed, and the last word is a prefix (``:*``) unless the input ends with a space,
so search-as-you-type finds "succ…". Words are runs of letters and digits only, and each is quoted, so
``&``, ``!``, ``:*`` or ``'`` typed by the user are never syntax. Diacritics are folded on the
server (``quoteclip_fold``), as the stored words were.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")


def ts_query(text: str | None) -> str | None:
    """The ``to_tsquery('simple', …)`` text for ``text``, or None when it has no searchable word."""
    if not text:
        return None
    phrases = []
    for chunk in text.split():
        words = [word.lower() for word in _WORD.findall(chunk)]
        if words:
            phrases.append([f"'{word}'" for word in words])
    if not phrases:
        return None
    if not text[-1].isspace() and _WORD.search(text.split()[-1]):
        phrases[-1][-1] += ":*"
    return " & ".join("(" + " <-> ".join(words) + ")" for words in phrases)
