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
# What each format's import reads, for the window's Help (the README's table says the same at length).
ABOUT: dict[str, str] = {
    "json": "Whole articles with their quotes, streamed and checked record by record: a backup restored.",
    "kindle": "Highlights and notes with the book's title and authors; a highlight edited or extended on the "
              "device, or synced twice, is merged; bookmarks are skipped.",
    "readwise": "Its CSV export's columns: highlight, book title and author, note, colour, tags, location.",
    "hypothesis": "The file Hypothesis' Export writes (or its API's rows): the highlighted text, its "
                  "context and position, the note, tags and page title. The annotator is not taken for "
                  "the author; page notes are skipped.",
    "ris": "Zotero's RIS with child notes: each note paragraph that opens with a quotation mark is a "
           "quote, what follows it its note; title, authors, publication, date and URL.",
    "w3c": "An annotation collection, page or list: the quote and position selectors, the comment and "
           "tag bodies, the times.",
}
