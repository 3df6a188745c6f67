"""CSV: one row per quote, UTF-8 with a byte-order mark so spreadsheets pick the right encoding.

The csv module quotes fields with commas, quotes and line breaks; opened with ``newline=""`` those
survive a round trip through any conforming reader. A text cell a spreadsheet would run as a formula
is written with a leading apostrophe (``neutralise``); defusedcsv does the same but leaves tab and CR
alone and rewrites "|", so the rule is kept here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from qtapp.library.exporters.common import Progress, Ticker, author_display, iter_records, total

ENCODING = "utf-8-sig"
NEWLINE = ""
COLUMNS = ("id", "uuid", "text", "note", "tags", "color", "voice", "speaker", "attribution", "created",
           "updated", "article_id", "title", "authors", "publisher", "reprinted_by", "date", "url",
           "start", "end", "who", "needs_check")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with ``'`` so it shows as text.

    OWASP's rule for CSV injection: a cell starting with = + - @, a tab or a carriage return (an
    article's title or a note can say ``=HYPERLINK(...)``). Numbers are written as they are.
    """
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def row(record: dict[str, Any]) -> list[Any]:
    return [neutralise(value) for value in _cells(record)]


def _cells(record: dict[str, Any]) -> list[Any]:
    article = record.get("article") or {}
    selector = record.get("selector") or {}
    return [record.get("id"), record.get("uuid"), record.get("text"), record.get("note") or "",
            "; ".join(record.get("tags") or []), record.get("color") or "", record.get("voice"),
            record.get("speaker") or "", record.get("attribution") or "", record.get("created"),
            record.get("updated"), article.get("id"), article.get("title") or "",
            "; ".join(author_display(a) for a in article.get("authors") or []),
            article.get("publisher") or "", article.get("reprinted_by") or "", article.get("date") or "",
            article.get("url") or "", selector.get("start"), selector.get("end"), record.get("who") or "",
            "yes" if record.get("needs_check") else "no"]


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    ticker = Ticker(total(items), progress)
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in iter_records(items):  # row by row: a million quotes never sit in memory at once
        writer.writerow(row(record))
        ticker.tick()
    ticker.finish()
