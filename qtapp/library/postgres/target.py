"""Is a ``--library`` value a team library, and how to show it without its password.

Kept free of psycopg and of any import, so the command line can tell a file from a server address at
no cost, and a message about a server that cannot be reached still shows its address safely.
"""

from __future__ import annotations

import re

_URI = re.compile(r"^\s*postgres(ql)?://", re.IGNORECASE)
# libpq's key=value form ("service=team", "host=db dbname=quotes"): a first keyword libpq knows.
_KEYWORDS = re.compile(r"^\s*(service|host|hostaddr|dbname|user|port|sslmode|options)\s*=", re.IGNORECASE)
_URI_PASSWORD = re.compile(r"^(\s*postgres(?:ql)?://[^:@/?#]*):[^@/?#]*@", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&])password=[^&#]*&?", re.IGNORECASE)
_KV_PASSWORD = re.compile(r"\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S*)\s*", re.IGNORECASE)


def is_team_library(value: str | None) -> bool:
    """True for a libpq URI (``postgresql://…``) or connection string (``service=NAME``, ``host=…``)."""
    return bool(value) and bool(_URI.match(value or "") or _KEYWORDS.match(value or ""))


def redact(conninfo: str) -> str:
    """The address with any password taken out: what messages, logs and the window may show."""
    if _URI.match(conninfo):
        shown = _URI_PASSWORD.sub(r"\1@", conninfo)
        shown = _QUERY_PASSWORD.sub(lambda m: m.group(1), shown)
        return shown.rstrip("?&")
    return _KV_PASSWORD.sub("", conninfo).strip()
