"""BibLaTeX: one ``@article`` per article with ``entrysubtype = {newspaper}`` (the biblatex manual's
way to mark a newspaper), the reprint chain in ``origpublisher``, quotes in ``annotation``.

Text is UTF-8 (biber reads it) with the ten LaTeX special characters escaped; names are written
"Family, Given" so every BibTeX name parser splits them right, corporate names are braced whole.
"""

from __future__ import annotations

import re
import unicodedata
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
NEWLINE = "\n"
_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "#": r"\#", "$": r"\$", "%": r"\%",
             "&": r"\&", "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
_SPECIAL = re.compile("|".join(re.escape(c) for c in _SPECIALS))
_STOP = {"a", "an", "the", "of", "on", "in", "and", "to", "for"}


def escape(text: str) -> str:
    return _SPECIAL.sub(lambda m: _SPECIALS[m.group(0)], str(text))


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def name(author: Record) -> str:
    family, given = author.get("family"), author.get("given")
    if family and given:
        return f"{escape(family)}, {escape(given)}"
    return "{" + escape(str(author.get("name") or family or given or "")) + "}"


def cite_key(article: Record, taken: set[str]) -> str:
    """family + year + first content word of the title, e.g. wang2024new; letters added on clashes."""
    authors = article.get("authors") or []
    first = authors[0] if authors else {}
    who = _ascii(str(first.get("family") or first.get("name") or article.get("publisher") or ""))
    year = str(article.get("date") or "")[:4]
    words = [_ascii(w) for w in str(article.get("title") or "").split()]
    word = next((w for w in words if w and w not in _STOP), "")
    base = (who + (year if year.isdigit() else "") + word) or f"article{article.get('id')}"
    key, suffix = base, 0
    while key in taken:
        suffix += 1
        key = base + chr(ord("a") + (suffix - 1) % 26) * ((suffix - 1) // 26 + 1)
    taken.add(key)
    return key


def _url(value: str) -> str:
    """URLs stay verbatim for biber; only braces, which would unbalance the field, are encoded."""
    return value.replace("{", "%7B").replace("}", "%7D")


def annotation(quotes: list[Record]) -> str:
    lines = []
    for record in quotes:
        line = quoted(str(record.get("text") or ""))
        if record.get("attribution"):
            line += f" — {attribution_text(record)}"
        if record.get("note"):
            line += f". Note: {record['note']}"
        lines.append(escape(line))
    return "\n\n".join(lines)


def fields(article: Record, quotes: list[Record]) -> Iterator[tuple[str, str]]:
    if article.get("authors"):
        yield "author", " and ".join(name(a) for a in article["authors"])
    if article.get("title"):
        yield "title", escape(article["title"])
    container = article.get("reprinted_by") or article.get("publisher")
    if container:
        yield "journaltitle", escape(container)
    yield "entrysubtype", "newspaper"
    if article.get("date"):
        yield "date", escape(article["date"])
    if article.get("url"):
        yield "url", _url(article["url"])
    if article.get("reprinted_by") and article.get("publisher"):
        yield "origpublisher", escape(article["publisher"])
        yield "addendum", escape(f"Originally published by {article['publisher']}")
    tags: list[str] = []
    for record in quotes:
        tags += [t for t in record.get("tags") or [] if t not in tags]
    if tags:
        yield "keywords", ", ".join(escape(t) for t in tags)
    if quotes:
        yield "annotation", annotation(quotes)


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    data = records(items)
    ticker = Ticker(len(data), progress)
    taken: set[str] = set()
    for index, (article, quotes) in enumerate(by_article(data)):
        if index:
            out.write("\n")
        out.write(f"@article{{{cite_key(article, taken)},\n")
        for field, value in fields(article, quotes):
            out.write(f"  {field} = {{{value}}},\n")
        out.write("}\n")
        ticker.tick(len(quotes))
    ticker.finish()
