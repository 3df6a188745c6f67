"""CSL-JSON: one item per article, for Zotero, Pandoc and any CSL processor.

Whose words the quotes are (voices, speakers) goes in ``note``; the reprint chain in
``original-publisher`` and ``references``. Written item by item rather than built as one structure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from qtapp.library.citation.csl_item import article_item, voices_note
from qtapp.library.exporters.common import Progress, Ticker, by_article, records

ENCODING = "utf-8"
NEWLINE = "\n"


def items(data: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for article, quotes in by_article(data):
        yield article_item(article, note=voices_note(quotes))


def write(items_: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    data = records(items_)
    ticker = Ticker(len(data), progress)
    out.write("[")
    for index, (article, quotes) in enumerate(by_article(data)):
        out.write(",\n  " if index else "\n  ")
        out.write(json.dumps(article_item(article, note=voices_note(quotes)), ensure_ascii=False))
        ticker.tick(len(quotes))
    out.write("\n]\n")
    ticker.finish()
