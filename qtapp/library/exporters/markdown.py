"""Markdown for Obsidian and friends: per article a heading and its citation, each quote a blockquote
with its attribution line, its note and its tags as ``#tags``.

The quote's own text is escaped so a passage that starts with "#" or holds "*" stays text.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable
from typing import Any, TextIO

from qtapp.library.citation import reference_html
from qtapp.library.exporters.common import EVERY, Progress, QuoteFields, Ticker, quote_fields, quotes_by_article

ENCODING = "utf-8"
NEWLINE = "\n"
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~=$#])")  # "#" too: mid-line, Obsidian reads #word as a tag
_LINE_START = re.compile(r"^(\s*(?:\d+)?)([>+\-]|(?<=\d)[.)])", re.MULTILINE)
_TAG_JUNK = re.compile(r"[^\w/-]+")


def _backslashed(match: re.Match[str]) -> str:
    # A function, not the template r"\\\1": re prepares a template in Python code on every sub() call,
    # which over 100k quotes cost more than the escaping itself.
    return "\\" + match.group(1)


def _marker_backslashed(match: re.Match[str]) -> str:
    return match.group(1) + "\\" + match.group(2)


def escape(text: str) -> str:
    """Markdown-inert text: inline markup characters and block markers at a line start escaped."""
    return _LINE_START.sub(_marker_backslashed, _SPECIAL.sub(_backslashed, text))


@functools.lru_cache(maxsize=4096)
def tag(name: str) -> str:
    """An Obsidian tag: no blanks or punctuation, not all digits."""
    clean = _TAG_JUNK.sub("-", name.strip()).strip("-")
    if clean.isdigit():
        clean = f"n{clean}"
    return f"#{clean}" if clean else ""


def _italics(markup: str) -> str:
    """citeproc's HTML (only <i>, <b>, small caps) as Markdown; text in between escaped."""
    parts = re.split(r"(</?i>|</?b>|<span[^>]*>|</span>)", markup)
    out = []
    for part in parts:
        if part in ("<i>", "</i>"):
            out.append("*")
        elif part in ("<b>", "</b>"):
            out.append("**")
        elif part.startswith(("<span", "</span")):
            continue
        else:
            out.append(escape(html.unescape(part)))
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _attribution(line: str) -> str:
    """The attribution line; one article's quotes mostly share it, so it is escaped once."""
    return f"> — {escape(line)}"


@functools.lru_cache(maxsize=4096)
def _tag_line(names: tuple[str, ...]) -> str:
    """The quote's tags as ``#tags``; a library has few distinct tag lists, so each is built once."""
    return " ".join(t for t in (tag(n) for n in names) if t)


def _quote_block(quote: QuoteFields) -> str:
    lines = [f"> {escape(line)}" if line.strip() else ">"
             for line in str(quote.text or "").splitlines() or [""]]
    if quote.attribution:
        lines.append(">")
        lines.append(_attribution(quote.attribution))
    parts = ["\n".join(lines)]
    if quote.note:
        parts.append(escape(quote.note))
    tags = _tag_line(tuple(quote.tags or ()))
    if tags:
        parts.append(tags)
    return "\n\n".join(parts)


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, *,
          style: str = "apa", **_: Any) -> None:
    groups = quotes_by_article(items)
    ticker = Ticker(sum(len(quotes) for _, quotes in groups), progress)
    first = True
    for article, quotes in groups:
        if not first:
            out.write("\n")
        first = False
        out.write(f"## {escape(article.get('title') or 'Untitled article')}\n\n")
        out.write(f"{_italics(reference_html(article, style))}\n\n")
        for start in range(0, len(quotes), EVERY):  # a write and a tick per thousand, not per quote
            chunk = quotes[start:start + EVERY]
            out.write("".join([f"{_quote_block(quote_fields(quote))}\n\n" for quote in chunk]))
            ticker.tick(len(chunk))
    ticker.finish()
