"""Readwise's CSV export: one highlight a row, with the book (or article) it came from.

Its columns are Highlight, Book Title, Book Author, Amazon Book ID, Note, Color, Tags, Location Type,
Location, Highlighted at and Document tags; cells may hold quoted line breaks, which the csv module reads.
Readwise has no id per highlight in this export: a highlight is known by its book, location and text.
"""

from __future__ import annotations

import csv
import io

from qtapp.library.importers.records import Highlight, ImportInvalid, Parsed, Source, clean_text, people
from qtapp.translatable import N_

COLUMNS = ("Highlight", "Book Title", "Book Author", "Amazon Book ID", "Note", "Color", "Tags",
           "Location Type", "Location", "Highlighted at", "Document tags")
REQUIRED = ("Highlight", "Book Title")
COLORS = ("yellow", "green", "blue", "pink", "purple", "orange")  # the library's colour names


def looks_like(head: str) -> bool:
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    return all(name in first for name in REQUIRED) and "Book Author" in first


def parse(text: str) -> Parsed:
    parsed = Parsed("readwise")
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [name for name in REQUIRED if name not in (reader.fieldnames or [])]
    if missing:
        one = len(missing) == 1
        problem = (N_("Import", "a Readwise export has the columns {columns}; {missing} is missing") if one
                   else N_("Import", "a Readwise export has the columns {columns}; {missing} are missing"))
        raise ImportInvalid(N_("Import", "the first line"),
                            problem.format(columns=", ".join(COLUMNS), missing=" and ".join(missing)))
    for row in reader:
        label = N_("Import", "row {number}").format(number=reader.line_num)
        if None in row:  # more cells than the header names: the quoting is broken
            raise ImportInvalid(label, N_("Import", "it has more cells than the header has columns"))
        text = clean_text(row.get("Highlight") or "")
        if not text:
            parsed.skip("rows without a highlight")
            continue
        source = Source(title=_cell(row, "Book Title"), authors=people(row.get("Book Author") or ""))
        where = " ".join(part for part in (_cell(row, "Location Type"), _cell(row, "Location")) if part) or None
        book = _cell(row, "Amazon Book ID") or source.group_key()
        color = (_cell(row, "Color") or "").lower()
        tags = _tags(row.get("Tags")) + _tags(row.get("Document tags"))
        parsed.highlights.append(Highlight(
            source, text, f"readwise|{book}|{where or ''}|{text}", label, note=(row.get("Note") or "").strip(),
            tags=tags, color=color if color in COLORS else None, created=_cell(row, "Highlighted at"),
            location=where))
    return parsed


def _cell(row: dict[str, str | None], name: str) -> str | None:
    return " ".join((row.get(name) or "").split()) or None


def _tags(cell: str | None) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in (cell or "").split(",") if tag.strip())
