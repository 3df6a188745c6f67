"""Zotero's RIS with notes: one record per item, its child notes as N1 fields (HTML, as Zotero writes).

Read with rispy. A note's paragraph that opens with a quotation mark is a highlight (Zotero's "note from
annotations" and our own RIS export both write quotes so); the paragraphs after it, up to the next quote,
are the user's note on it ("Note: ..." and "Tags: a, b", as our export writes them, are read back as
such). A note that quotes nothing is not a highlight: it is skipped, and counted.
"""

from __future__ import annotations

import html
import re
from typing import Any

import rispy

from qtapp.library.importers.records import (
    Highlight,
    ImportInvalid,
    Parsed,
    Source,
    clean_text,
    date_part,
    person,
)
from qtapp.translatable import N_

_OPENING = "“\"«„‘"
_CLOSING = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’"}


def looks_like(head: str) -> bool:
    return bool(re.match(r"\s*TY  - ", head.lstrip("\ufeff")))


def parse(text: str) -> Parsed:
    try:
        entries = rispy.loads(text.lstrip("\ufeff"))
    except (ValueError, KeyError, IndexError) as error:
        raise ImportInvalid(N_("Import", "the file"), N_("Import", "it is not RIS as rispy reads it ({error})")
                                                      .format(error=error)) from error
    parsed = Parsed("ris")
    for number, entry in enumerate(entries, 1):
        source = _source(entry)
        label = (N_("Import", "record {number} ({title!r})").format(number=number, title=source.title[:40])
                 if source.title else N_("Import", "record {number}").format(number=number))
        notes = entry.get("notes") or []
        if isinstance(notes, str):
            notes = [notes]
        found = 0
        for note_number, note in enumerate(notes, 1):
            for quote, comment, tags in _quotes(str(note)):
                found += 1
                key = f"ris|{entry.get('id') or source.group_key()}|{quote}"
                parsed.highlights.append(Highlight(source, quote, key, f"{label}, note {note_number}",
                                                   note=comment, tags=tags))
        if not found:
            parsed.skip("records without a quoted note")
    if not entries and text.strip():
        raise ImportInvalid(N_("Import", "the file"), N_("Import", "it has no RIS record (each begins with 'TY  - ')"))
    return parsed


def _source(entry: dict[str, Any]) -> Source:
    names = list(entry.get("authors") or []) + list(entry.get("first_authors") or [])
    urls = [url for url in entry.get("urls") or [] if str(url).startswith(("http://", "https://"))]
    outlet = entry.get("secondary_title") or entry.get("journal_name") or entry.get("publisher")
    title = entry.get("title") or entry.get("primary_title")
    return Source(title=title.strip() if isinstance(title, str) and title.strip() else None,
                  authors=tuple(person(str(name)) for name in dict.fromkeys(names) if str(name).strip()),
                  url=urls[0] if urls else None,
                  date=_ris_date(entry.get("date")) or date_part(str(entry.get("year") or "")),
                  publisher=str(outlet).strip() if outlet else None)


def _ris_date(value: Any) -> str | None:
    """RIS dates are "2024/03/04/" (parts may be empty)."""
    parts = [part for part in str(value or "").split("/") if part.strip()]
    if not parts or not parts[0].strip().isdigit():
        return None
    return date_part("-".join(part.strip().zfill(2) for part in parts[:3]))


def paragraphs(note: str) -> list[str]:
    """A note's HTML as its paragraphs of plain text, line breaks kept."""
    text = re.sub(r"<br\s*/?>", "\n", note, flags=re.IGNORECASE)
    parts = re.split(r"</?(?:p|div|blockquote|h\d|li)\b[^>]*>", text, flags=re.IGNORECASE)
    plain = (html.unescape(re.sub(r"<[^>]+>", "", part)).strip() for part in parts)
    return [part for part in plain if part]


def _quotes(note: str) -> list[tuple[str, str, tuple[str, ...]]]:
    found: list[tuple[str, list[str], list[str]]] = []
    for paragraph in paragraphs(note):
        quote = _quoted(paragraph)
        if quote is not None:
            found.append((quote, [], []))
        elif found and paragraph.startswith("Tags: "):
            found[-1][2].extend(tag.strip() for tag in paragraph[6:].split(",") if tag.strip())
        elif found:
            found[-1][1].append(paragraph.removeprefix("Note: "))
    return [(quote, "\n".join(comment), tuple(tags)) for quote, comment, tags in found if quote]


def _quoted(paragraph: str) -> str | None:
    """The quoted words a paragraph opens with, or None; what follows the closing mark is its source.

    Curly marks nest (“a “b” c” is one quote), so the quote ends where its own mark closes, not at the
    last mark of the paragraph: the source after it may quote a title (— “Title”, News.Az).
    """
    if not paragraph or paragraph[0] not in _OPENING:
        return None
    opening, closing = paragraph[0], _CLOSING[paragraph[0]]
    depth = 0
    for index, char in enumerate(paragraph):
        if char == closing and index and (opening != closing or _ends_quote(paragraph, index)):
            depth -= 1
            if depth == 0:
                return clean_text(paragraph[1:index]) or None
        elif char == opening and opening != closing:
            depth += 1
        elif index == 0:
            depth = 1
    return None


def _ends_quote(paragraph: str, index: int) -> bool:
    """A straight mark closes the quote when the paragraph ends or a blank follows it."""
    return index + 1 == len(paragraph) or paragraph[index + 1].isspace()
