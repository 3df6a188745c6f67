"""The import formats' names: what --format takes, and what the window, the help and the library call each.

Kept apart from the parsers so the window can name formats and stubs without loading any of them.
"""

from __future__ import annotations

# The --format names, and what the window and the help call each.
FORMATS: dict[str, str] = {
    "json": "QuoteClip JSON backup",
    "kindle": "Kindle “My Clippings.txt”",
    "readwise": "Readwise CSV export",
    "hypothesis": "Hypothesis annotations (JSON)",
    "ris": "Zotero RIS with notes",
    "w3c": "W3C Web Annotations (JSON-LD)",
}
# Who made a stub (``articles.stub``), as the library shows it.
ORIGINS = {"kindle": "Kindle", "readwise": "Readwise", "hypothesis": "Hypothesis", "ris": "Zotero RIS",
           "w3c": "W3C annotations"}
