"""Markdown for Obsidian and friends: per article a heading and its citation, each quote a blockquote
with its attribution line and an Obsidian block id (``^qc-<id>``), then its note and its ``#tags``.

One file holds every article (``write``), or each article becomes a note of its own with YAML front
matter (``write_notes``): Obsidian reads the front matter as the note's properties, and the block id lets
``![[Note#^qc-12]]`` embed the quote with its attribution elsewhere in the vault.

Escaping keeps the passage text, never more: markup characters are backslashed, but a URL is left whole
(an escaped ``?src\\=rss`` is a broken link), and ``$`` or ``=`` only when they would start math or a
highlight ("$41 billion" stays as written).
"""

from __future__ import annotations

import functools
import html
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import yaml

from qtapp.errors import UserError
from qtapp.library.atomic import write_atomic
from qtapp.library.citation import reference_html
from qtapp.library.exporters.common import (
    EVERY,
    Progress,
    Quote,
    Record,
    Ticker,
    attribution_text,
    author_display,
    quotes_by_article,
)
from qtapp.library.records import QuoteRecord
from qtapp.quote_link import quote_link
from qtapp.translatable import N_

LINK_PREFIX = quote_link(0)[:-1]  # "quoteclip://quote/": the id is appended per quote, no call

if TYPE_CHECKING:
    from qtapp.library.exporters.md_template import NoteTemplate

ENCODING = "utf-8"
NEWLINE = "\n"
SUFFIX = ".md"
# "#" too: mid-line, Obsidian reads #word as a tag; "^" ends a line as a block id.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#^])")
_LINE_START = re.compile(r"^(\s*(?:\d+)?)([>+\-=]|(?<=\d)[.)])", re.MULTILINE)
# Inline math as pandoc and Obsidian read it: "$" then a non-blank ... a non-blank, then "$" not before
# a digit. Only a text holding such a pair has its dollars escaped: "$20,000 and $30,000" is no math.
_MATH = re.compile(r"\$(?=\S)[^$]*(?<=\S)\$(?!\d)")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # "&amp;" in a passage is those five characters, not "&"
_URL = re.compile(r"\b(?:https?|ftp|file)://[^\s<>\"`]+")
_URL_TRAILER = ".,;:!?'’”\""  # sentence punctuation after a URL is not part of it
_PAIRS = (("==", "\\=\\="), ("%%", "\\%\\%"))  # Obsidian's highlight and comment markers


def _backslashed(match: re.Match[str]) -> str:
    # A function, not the template r"\\\1": re prepares a template in Python code on every sub() call,
    # which over 100k quotes cost more than the escaping itself.
    return "\\" + match.group(1)


def _marker_backslashed(match: re.Match[str]) -> str:
    return match.group(1) + "\\" + match.group(2)


def _escape_plain(text: str) -> str:
    out = _SPECIAL.sub(_backslashed, text)
    if "$" in text or "&" in text or "==" in text or "%%" in text:  # rare: most lines need none of it
        out = _escape_rare(text, out)
    return out


def _escape_rare(text: str, out: str) -> str:
    """Dollars before math, highlight and comment markers, and entity-like "&…;"."""
    if "$" in text and _MATH.search(text):
        out = out.replace("$", "\\$")
    for pair, escaped in _PAIRS:
        if pair in out:
            out = out.replace(pair, escaped)
    if "&" in out:
        out = _ENTITY.sub("\\\\&", out)
    return out


def _url_split(url: str) -> tuple[str, str]:
    """The URL and the punctuation after it; a closing bracket is the URL's only if it opened one."""
    end = len(url)
    while end and (url[end - 1] in _URL_TRAILER
                   or (url[end - 1] == ")" and url.count("(", 0, end) < url.count(")", 0, end))):
        end -= 1
    return url[:end], url[end:]


def _escape_with_urls(text: str) -> str:
    out, last = [], 0
    for match in _URL.finditer(text):
        url = _url_split(match.group())[0]  # the punctuation after it is escaped with the text
        if url.endswith("://"):
            continue
        # An autolink: its inside is never read as markup, so the URL stays byte for byte.
        out.append(_escape_plain(text[last:match.start()]))
        out.append(f"<{url}>")
        last = match.start() + len(url)
    out.append(_escape_plain(text[last:]))
    return "".join(out)


def escape(text: str) -> str:
    """Markdown-inert text: inline markup escaped, block markers at a line start escaped, URLs whole."""
    return _LINE_START.sub(_marker_backslashed,
                           _escape_with_urls(text) if "://" in text else _escape_plain(text))


_TAG_WORDS = {"+": "plus", "#": "sharp", "&": "and", "@": "at"}
_TAG_SYMBOL = re.compile(r"[+#&@]")
_TAG_JUNK = re.compile(r"[^\w/-]+")  # \w: Unicode letters and digits, and "_"
_TAG_RUNS = re.compile(r"-*/[-/]*|-{2,}")


def _tag_run(match: re.Match[str]) -> str:
    return "/" if "/" in match.group() else "-"


@functools.lru_cache(maxsize=4096)
def tag_name(name: str) -> str:
    """A tag as Obsidian allows it, without its "#": letters, digits, "_", "-" and "/", not all digits.

    Blanks and punctuation become "-"; "+ # & @" become words ("C++" is "C-plus-plus", not "C"); a
    name of digits alone gets a leading "_" ("2024" is "_2024"): a letter would claim a meaning ("y" a
    year) the tag may not have. Nothing usable left gives "".
    """
    words = _TAG_SYMBOL.sub(lambda m: f"-{_TAG_WORDS[m.group()]}-", unicodedata.normalize("NFC", name))
    clean = _TAG_RUNS.sub(_tag_run, _TAG_JUNK.sub("-", words)).strip("-/")
    if clean and not any(c.isalpha() or c == "_" for c in clean):
        clean = f"_{clean}"
    return clean


def tag(name: str) -> str:
    """An Obsidian ``#tag`` (see ``tag_name``); "" when nothing of the name can be a tag."""
    clean = tag_name(name)
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
def tag_line(names: tuple[str, ...]) -> str:
    """The quote's tags as ``#tags``; a library has few distinct tag lists, so each is built once."""
    return " ".join(t for t in (tag(n) for n in names) if t)


def _fields(quote: Quote) -> tuple[Any, Any, Any, Any, str]:
    """(id, text, note, tags, attribution line), read off a store record or its dict."""
    if isinstance(quote, QuoteRecord):
        return quote.id, quote.text, quote.note, quote.tags, attribution_text(quote)
    return quote.get("id"), quote.get("text"), quote.get("note"), quote.get("tags"), attribution_text(quote)


def _quote_block(quote: Quote) -> str:
    ident: Any
    text: Any
    note: Any
    tags: Any
    if isinstance(quote, QuoteRecord):  # _fields inlined: this runs once per quote
        ident, text, note, tags = quote.id, quote.text, quote.note, quote.tags
    else:
        ident, text, note, tags = quote.get("id"), quote.get("text"), quote.get("note"), quote.get("tags")
    attribution = attribution_text(quote)
    text = str(text or "")
    if "\n" in text:
        body = "\n".join([f"> {escape(line)}" if line.strip() else ">" for line in text.splitlines()])
    else:  # nearly every passage is one line: no list to build
        body = f"> {escape(text)}" if text.strip() else ">"
    if ident is None:
        if attribution:
            body = f"{body}\n>\n{_attribution(attribution)}"
    elif attribution:
        body = f"{body}\n>\n{_attribution(attribution)} · [open passage]({LINK_PREFIX}{ident})"
    else:
        body = f"{body}\n>\n> [open passage]({LINK_PREFIX}{ident})"
    parts = [body]
    if ident is not None:  # Obsidian wants a blockquote's id on a line of its own after it
        parts.append(f"^qc-{ident}")
    if note:
        parts.append(escape(str(note)))
    tags_text = tag_line(tuple(tags or ()))
    if tags_text:
        parts.append(tags_text)
    return "\n\n".join(parts)


def front_matter(article: Record, quotes: list[Quote]) -> str:
    """The note's YAML properties: what is known of the article, and its quotes' tags; unknowns left out."""
    names: dict[str, None] = {}
    for quote in quotes:
        for name in _fields(quote)[3] or ():
            if clean := tag_name(str(name)):
                names.setdefault(clean, None)
    data: dict[str, Any] = {
        "title": article.get("title"),
        "authors": [name for name in map(author_display, article.get("authors") or []) if name],
        "publisher": article.get("publisher"), "reprinted_by": article.get("reprinted_by"),
        "date": article.get("date"), "url": article.get("url"), "tags": list(names),
    }
    data = {key: value for key, value in data.items() if value}
    if not data:
        return ""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1 << 30)
    return f"---\n{text}---\n\n"


def _write_article(out: TextIO, article: Record, quotes: list[Quote], ticker: Ticker, style: str,
                   heading: str, front: str = "", template: NoteTemplate | None = None) -> None:
    if template is not None:
        out.write(template.render(template_context(article, quotes, style, heading, front)))
        ticker.tick(len(quotes))
        return
    out.write(front)
    out.write(f"{heading} {escape(article.get('title') or 'Untitled article')}\n\n")
    out.write(f"{_italics(reference_html(article, style))}\n\n")
    for start in range(0, len(quotes), EVERY):  # a write and a tick per thousand, not per quote
        chunk = quotes[start:start + EVERY]
        out.write("".join([f"{_quote_block(quote)}\n\n" for quote in chunk]))
        ticker.tick(len(chunk))


ARTICLE_FIELDS = ("id", "title", "publisher", "reprinted_by", "series", "date", "url")


def template_context(article: Record, quotes: list[Quote], style: str, heading: str, front: str
                     ) -> dict[str, Any]:
    """What a note template sees (Help lists it): markup already made is ``Markup``, never escaped."""
    from markupsafe import Markup

    info = {key: article.get(key) for key in ARTICLE_FIELDS}
    if info["url"]:
        info["url"] = Markup(info["url"])
    info["authors"] = [name for name in map(author_display, article.get("authors") or []) if name]
    made = []
    for quote in quotes:
        ident, text, note, tags, attribution = _fields(quote)
        made.append({"id": ident, "text": str(text or ""), "note": note or "", "tags": list(tags or ()),
                     "attribution": attribution,
                     "link": Markup(quote_link(ident)) if ident is not None else None,
                     "block_id": Markup(f"^qc-{ident}") if ident is not None else None})
    return {"article": info, "quotes": made, "title": article.get("title") or "Untitled article",
            "heading": Markup(heading), "front_matter": Markup(front),
            "reference": Markup(_italics(reference_html(article, style))), "style": style}


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, *,
          style: str = "apa", template: NoteTemplate | None = None, **_: Any) -> None:
    """Every article in one file; with a single article the file also gets its front matter.
    ``template`` renders each article instead of the built-in layout (``md_template``)."""
    groups = quotes_by_article(items)
    ticker = Ticker(sum(len(quotes) for _, quotes in groups), progress)
    front = front_matter(*groups[0]) if len(groups) == 1 else ""
    for number, (article, quotes) in enumerate(groups):
        if number:
            out.write("\n")
        _write_article(out, article, quotes, ticker, style, "##", front, template)
    ticker.finish()


_UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|#^\[\]\x00-\x1f\x7f]+")  # files and Obsidian links refuse these
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
NAME_BYTES = 200  # a file name may hold 255 bytes; the rest is room for " (id).md"


def note_name(title: str | None) -> str:
    """A file name from an article's title, safe on every system and in an Obsidian ``[[link]]``."""
    name = " ".join(_UNSAFE_NAME.sub(" ", unicodedata.normalize("NFC", title or "")).split()).strip(". ")
    while len(name.encode("utf-8")) > NAME_BYTES:
        name = name[:-1].rstrip(". ")
    if name.upper() in _RESERVED:
        name = f"{name} article"
    return name or "Untitled article"


def note_names(articles: list[Record]) -> list[str]:
    """Each article's file name; one that two articles would share (any case) also gets the id."""
    names = [note_name(article.get("title")) for article in articles]
    seen: dict[str, int] = {}
    for name in names:
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    return [f"{name} ({article.get('id')}){SUFFIX}" if seen[name.casefold()] > 1 else f"{name}{SUFFIX}"
            for name, article in zip(names, articles, strict=True)]


def write_notes(items: Iterable[Any], folder: str | os.PathLike[str], progress: Progress | None = None, *,
                style: str = "apa", check: Callable[[Path], object] | None = None,
                template: NoteTemplate | None = None) -> list[Path]:
    """One note per article in ``folder`` (made if missing), each written whole or not at all.

    ``check`` sees every target before anything is written (the library refuses its own files), so a
    refused name leaves the folder as it was. A note of the same name is replaced: re-exporting updates
    the vault; notes of articles no longer exported are left alone.
    """
    groups = quotes_by_article(items)
    target = Path(folder).expanduser()
    paths = [target / name for name in note_names([article for article, _ in groups])]
    if check is not None:
        for path in paths:
            check(path)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(N_("Export", "cannot make the folder {target}: {error}; choose a folder you may "
                                     "write to")
                        .format(target=target, error=error.strerror or error)) from error
    ticker = Ticker(sum(len(quotes) for _, quotes in groups), progress)
    for path, (article, quotes) in zip(paths, groups, strict=True):
        def note(out: TextIO, article: Record = article, quotes: list[Quote] = quotes) -> None:
            _write_article(out, article, quotes, ticker, style, "#", front_matter(article, quotes), template)
        write_atomic(path, note, encoding=ENCODING, newline=NEWLINE)
    ticker.finish()
    return paths
