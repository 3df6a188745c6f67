"""RIS for reference managers: one NEWS record per article, its quotes as notes (N1).

Values are single lines (a line break would end the field for most readers), records start straight
with ``TY`` and end with ``ER``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

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


def quote_note(record: Record) -> str:
    note = f"{quoted(str(record.get('text') or ''))}"
    if record.get("attribution"):
        note += f" — {attribution_text(record)}"
    if record.get("note"):
        note += f" Note: {record['note']}"
    if record.get("tags"):
        note += " Tags: " + ", ".join(record["tags"])
    return note


def fields(article: Record, quotes: list[Record]) -> Iterator[tuple[str, str]]:
    yield "TY", "NEWS"
    for author in article.get("authors") or []:
        yield "AU", ris_author(author)
    if article.get("title"):
        yield "TI", article["title"]
    container = article.get("reprinted_by") or article.get("publisher")
    if container:
        yield "T2", container
        yield "JO", container
    date = ris_date(article.get("date"))
    if date:
        yield "PY", date[:4]
        yield "DA", date
    if article.get("url"):
        yield "UR", article["url"]
    if article.get("reprinted_by") and article.get("publisher"):
        yield "N1", f"Originally published by {article['publisher']}"
    for record in quotes:
        yield "N1", quote_note(record)
    tags: list[str] = []
    for record in quotes:
        tags += [t for t in record.get("tags") or [] if t not in tags]
    for name in tags:
        yield "KW", name
    yield "ER", ""


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    data = records(items)
    ticker = Ticker(len(data), progress)
    for index, (article, quotes) in enumerate(by_article(data)):
        if index:
            out.write("\n")
        for tag, value in fields(article, quotes):
            out.write(f"{tag}  - {_one_line(value)}\n")
        ticker.tick(len(quotes))
    ticker.finish()
