"""BibTeX that both classic BibTeX and biblatex read: one ``@article`` per article.

Classic fields (``journal``, ``year``, ``month``, ``url``) for bibtex and the styles built on it, and
biblatex's (``journaltitle``, ``date``, ``entrysubtype = {newspaper}``, ``origpublisher``) beside them;
each reader ignores the other's. Quotes and notes go in ``annote``, the field Zotero's importer and
biber (as ``annotation``) both read. Title words with capitals are braced so a style that lowercases
titles keeps "China" and "SCO"; tags that hold a comma are braced whole so they stay one keyword.
Text is UTF-8 with the ten LaTeX special characters escaped; names are "Family, Given", corporate
names braced whole. Entries are written with bibtexparser 2 (its writer, our fields).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import bibtexparser
from bibtexparser import model

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


_WORD = re.compile(r"[^\s{}]+")


def protect_capitals(title: str) -> str:
    """``{China}-{Kazakhstan} cooperation``: braces keep a word's capitals where a style lowercases
    titles; the title's first word keeps only an initial capital unbraced (styles leave it)."""
    def brace(match: re.Match[str]) -> str:
        word = match.group(0)
        rest = word[1:] if match.start() == 0 else word
        return "{" + word + "}" if any(c.isupper() for c in rest) else word

    return _WORD.sub(brace, title)


def _keyword(tag: str) -> str:
    return "{" + escape(tag) + "}" if "," in tag else escape(tag)


def fields(article: Record, quotes: list[Record]) -> Iterator[tuple[str, str]]:
    if article.get("authors"):
        yield "author", " and ".join(name(a) for a in article["authors"])
    if article.get("title"):
        yield "title", protect_capitals(escape(article["title"]))
    container = article.get("reprinted_by") or article.get("publisher")
    if container:
        yield "journal", escape(container)
        yield "journaltitle", escape(container)
    yield "entrysubtype", "newspaper"
    date = str(article.get("date") or "")
    if date:
        year, _, rest = date.partition("-")
        if year.isdigit():
            yield "year", year
        if rest[:2].isdigit():
            yield "month", str(int(rest[:2]))
        yield "date", escape(date)
    if article.get("url"):
        yield "url", _url(article["url"])
    if article.get("reprinted_by") and article.get("publisher"):
        yield "origpublisher", escape(article["publisher"])
        yield "addendum", escape(f"Originally published by {article['publisher']}")
    tags: list[str] = []
    for record in quotes:
        tags += [t for t in record.get("tags") or [] if t not in tags]
    if tags:
        yield "keywords", ", ".join(_keyword(t) for t in tags)
    if quotes:
        yield "annote", annotation(quotes)


def _format() -> bibtexparser.BibtexFormat:
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    return fmt


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    data = records(items)
    ticker = Ticker(len(data), progress)
    taken: set[str] = set()
    fmt = _format()
    for index, (article, quotes) in enumerate(by_article(data)):
        entry = model.Entry("article", cite_key(article, taken),
                            [model.Field(key, value) for key, value in fields(article, quotes)])
        if index:
            out.write("\n")
        # One entry at a time, so a large library streams instead of building one string.
        out.write(bibtexparser.write_string(bibtexparser.Library([entry]), bibtex_format=fmt))
        ticker.tick(len(quotes))
    ticker.finish()
