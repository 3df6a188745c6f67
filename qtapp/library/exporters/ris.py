"""RIS for reference managers: one NEWS record per article, its quotes as notes (N1), written with rispy.

A note is HTML, which is what Zotero (and reference managers after it) make of an N1: every character
of the quote and the user's note is escaped, so markup typed in a note shows as typed and never runs,
and the note's lines are kept as line breaks. Other values are single lines (a line break would end the
field). A quote's own tags are in its note; the article's record has all of them as keywords.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any, TextIO

import rispy
from rispy.writer import RisWriter

from qtapp.library.exporters.common import (
    Progress,
    Record,
    Ticker,
    attribution_text,
    by_article,
    quoted,
    records,
)

ENCODING = "utf-8"
NEWLINE = "\r\n"  # the RIS specification's line end


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


def ris_author(author: Record) -> str:
    family, given = author.get("family"), author.get("given")
    if family and given:
        return f"{family}, {given}"
    return str(author.get("name") or family or given or "")


def ris_date(value: str | None) -> str | None:
    """RIS ``DA``: YYYY/MM/DD/ with empty parts for what is unknown."""
    if not value:
        return None
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    parts += [""] * (3 - len(parts))
    return "/".join(parts[:3]) + "/"


def _html(text: str) -> str:
    return "<br>".join(escape(line, quote=False) for line in str(text).splitlines())


def quote_note(record: Record) -> str:
    """The quote, who said it, the user's note and the quote's tags, as one escaped HTML note."""
    parts = [_html(quoted(str(record.get("text") or "")))]
    if record.get("attribution"):
        parts[0] += " — " + escape(_one_line(attribution_text(record)), quote=False)
    if record.get("note"):
        parts.append("Note: " + _html(record["note"]))
    if record.get("tags"):
        parts.append("Tags: " + escape(", ".join(record["tags"]), quote=False))
    return "".join(f"<p>{part}</p>" for part in parts)


def reference(article: Record, quotes: list[Record]) -> Record:
    """The article as a rispy reference (its field names; rispy maps them to RIS tags)."""
    ref: Record = {"type_of_reference": "NEWS"}
    authors = [_one_line(ris_author(a)) for a in article.get("authors") or []]
    if authors:
        ref["authors"] = authors
    if article.get("title"):
        ref["title"] = _one_line(article["title"])
    container = article.get("reprinted_by") or article.get("publisher")
    if container:
        ref["secondary_title"] = ref["journal_name"] = _one_line(container)
    date = ris_date(article.get("date"))
    if date:
        ref["year"], ref["date"] = date[:4], date
    if article.get("url"):
        ref["urls"] = [_one_line(article["url"])]
    notes = []
    if article.get("reprinted_by") and article.get("publisher"):
        notes.append(escape(f"Originally published by {_one_line(article['publisher'])}", quote=False))
    notes += [quote_note(record) for record in quotes]
    if notes:
        ref["notes"] = notes
    tags: list[str] = []
    for record in quotes:
        tags += [t for t in record.get("tags") or [] if t not in tags]
    if tags:
        ref["keywords"] = [_one_line(t) for t in tags]
    return ref


class _Writer(RisWriter):
    """rispy's writer without its "1." counter line before each record (not RIS; some readers choke)."""

    def set_header(self, count: int) -> str:
        return ""


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    data = records(items)
    ticker = Ticker(len(data), progress)
    for article, quotes in by_article(data):
        out.write(rispy.dumps([reference(article, quotes)], implementation=_Writer))
        ticker.tick(len(quotes))
    ticker.finish()
