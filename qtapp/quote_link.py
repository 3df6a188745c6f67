"""``quoteclip://quote/ID``: a link to a saved quote's passage, which the desktop hands to QuoteClip.

The Markdown export links each quote this way; the desktop entry registers the scheme
(``x-scheme-handler/quoteclip``), and ``quoteclip quoteclip://quote/ID`` opens the article at that quote,
in the open window if there is one. No Qt here: the command line checks a link before any window.
"""

from __future__ import annotations

import re

from qtapp.errors import UserError

SCHEME = "quoteclip"
_LINK = re.compile(r"quoteclip://quote/(\d{1,18})/?", re.IGNORECASE)


def quote_link(quote_id: int) -> str:
    return f"{SCHEME}://quote/{quote_id}"


def is_quote_link(text: str | None) -> bool:
    """Whether ``text`` is meant as a QuoteClip link (well formed or not)."""
    return bool(text) and str(text).strip().lower().startswith(f"{SCHEME}:")


def quote_id(link: str) -> int:
    """The quote a link names; a UserError showing the expected form otherwise."""
    found = _LINK.fullmatch(link.strip())
    if found is None:
        raise UserError(f"{link!r} is not a QuoteClip link: expected {SCHEME}://quote/ID, ID a number "
                        "(the links a Markdown export writes)")
    return int(found.group(1))
