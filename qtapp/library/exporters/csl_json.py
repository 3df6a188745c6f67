"""CSL-JSON: one item per distinct source, for Zotero, Pandoc and any CSL processor.

A source is what a quote is cited to: an article's authors (their passages and the speakers quoted
through them share one item) or its editors (an item authored "CGTN Editors"). Each item is the one
Copy Citation renders in the export's style, so a reference manager reproduces our citation.

CSL-JSON has no field for quotes, so ``note`` carries them: first what Zotero lacks, in its Extra
syntax (``original-publisher: CGTN``), then whose words the quotes are, then each quote with its note
and tags. Zotero imports ``note`` into Extra; only the Extra lines start a line with a letter, so no
quote or note line is ever read back as a field. Written item by item rather than built as one structure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from qtapp.library.citation.csl_item import extra_lines, item_id, source_voice, voices_note
from qtapp.library.citation.render import cited_item
from qtapp.library.exporters.common import Progress, Record, Ticker, records

ENCODING = "utf-8"
NEWLINE = "\n"
DEFAULT_STYLE = "apa"  # as the Markdown export: the style Copy Citation uses unless told otherwise


def _indented(text: str, indent: str) -> str:
    """Continuation lines indented, so none of a user's lines can pass for an Extra field."""
    if "\n" not in text and "\r" not in text:  # nearly every passage: 100k quotes pass through here
        return text
    lines = text.splitlines()
    return "\n".join(lines[:1] + [f"{indent}{line}" if line.strip() else "" for line in lines[1:]])


def quote_lines(quotes: Iterable[Record]) -> list[str]:
    """Each quote as ``- “passage” (whose words)``, its note and tags indented below it."""
    lines: list[str] = []
    append = lines.append
    for quote in quotes:
        text, who, note, tags = quote.get("text"), quote.get("who"), quote.get("note"), quote.get("tags")
        passage = _indented(str(text or "").strip(), "    ")
        append(f"- “{passage}” ({who})" if who else f"- “{passage}”")
        if note:
            append("  Note: " + _indented(str(note).strip(), "    "))
        if tags:
            append("  Tags: " + "; ".join(map(str, tags)))
    return lines


def item_note(item: dict[str, Any], quotes: list[Record]) -> str:
    """The ``note``: Extra fields, whose words, then the quotes, each part after a blank line."""
    parts = ["\n".join(extra_lines(item)), voices_note(quotes) or "",
             "\n".join(["QuoteClip quotes:", *quote_lines(quotes)])]
    return "\n\n".join(part for part in parts if part)


def by_source(data: list[Record]) -> list[tuple[Record, list[Record]]]:
    """(first quote, the quotes cited to the same source) in order of first appearance."""
    groups: dict[tuple[Any, ...], tuple[Record, list[Record]]] = {}
    for quote in data:
        article = quote.get("article") or {}
        editors = quote.get("voice") == "editors"
        key = (article.get("id", article.get("hash")), editors, quote.get("block_kind") if editors else None)
        group = groups.get(key)
        if group is None:
            group = groups[key] = (quote, [])
        group[1].append(quote)
    # Two block kinds may name the same outlet's editors: one item for them (ids say which source).
    merged: dict[tuple[Any, str], tuple[Record, list[Record]]] = {}
    for (article_key, editors, block_kind), (first, quotes) in groups.items():
        voice = "editors" if editors else "author"
        source = (article_key, item_id(first.get("article") or {}, voice, block_kind))
        if source in merged:
            merged[source][1].extend(quotes)
        else:
            merged[source] = (first, quotes)
    return list(merged.values())


def item(first: Record, quotes: list[Record], style: str = DEFAULT_STYLE) -> dict[str, Any]:
    """The source's item as Copy Citation cites ``first`` in ``style`` (its speaker prefix aside), with
    the note that carries the quotes."""
    made = cited_item({**first, "voice": source_voice(first.get("voice"))}, style)
    made["note"] = item_note(made, quotes)
    return made


def items(data: list[Record], style: str = DEFAULT_STYLE) -> Iterator[dict[str, Any]]:
    for first, quotes in by_source(data):
        yield item(first, quotes, style)


def write(items_: Iterable[Any], out: TextIO, progress: Progress | None = None, *,
          style: str = DEFAULT_STYLE, **_: Any) -> None:
    data = records(items_)
    ticker = Ticker(len(data), progress)
    out.write("[")
    for index, (first, quotes) in enumerate(by_source(data)):
        out.write(",\n  " if index else "\n  ")
        out.write(json.dumps(item(first, quotes, style), ensure_ascii=False))
        ticker.tick(len(quotes))
    out.write("\n]\n")
    ticker.finish()
