"""What an annotation export targets: the article's IRI and selectors that hold in the text they name.

Shared by the W3C and Hypothesis exports. The source is the article's URL; without one it is a
``urn:quoteclip:article:<hash>`` that names the text without saying where it lies on this computer, and
a ``file:`` IRI only when the user asks for file targets (a path says whose home folder it came from).

Selectors, best first: a TextQuoteSelector whose prefix and suffix stay inside the quote's paragraph;
a TextPositionSelector counting in the stored source when the quote is placed there for certain
(``source_text``); else, for a quote inside one paragraph, the paragraph's TextQuoteSelector
``refinedBy`` a TextPositionSelector counting within that paragraph. Without the articles' text (the
``sources`` callable) no position is given at all: a wrong offset is worse than none.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qtapp.article.loader import HTML_SUFFIXES
from qtapp.library.exporters.common import Record
from qtapp.library.exporters.source_text import SourceText, within_block

if TYPE_CHECKING:
    from qtapp.library.records import ArticleRecord

Sources = Callable[[int], "ArticleRecord | None"]
KEPT = 8  # articles whose collapsed text is kept: quotes come grouped by article, so a few suffice


class Targets:
    """Targets for the quotes of one export; each article's text is read and collapsed once."""

    def __init__(self, sources: Sources | None = None, *, file_targets: bool = False) -> None:
        self._sources, self.file_targets = sources, file_targets
        self._kept: OrderedDict[int, SourceText | None] = OrderedDict()

    def source_iri(self, article: Record) -> str:
        if article.get("url"):
            return str(article["url"])
        if self.file_targets and article.get("path"):
            path = Path(article["path"])
            if path.is_absolute():
                return path.as_uri()
        digest = article.get("hash") or hashlib.sha256(str(article.get("id")).encode()).hexdigest()
        return f"urn:quoteclip:article:{digest}"

    def text_of(self, article: Record) -> SourceText | None:
        """The article's source and cleaned text, or None when not given or unreadable."""
        ident = article.get("id")
        if self._sources is None or not isinstance(ident, int):
            return None
        if ident in self._kept:
            self._kept.move_to_end(ident)
            return self._kept[ident]
        try:
            stored = self._sources(ident)
        except Exception:  # a damaged or vanished article: its quotes get no position
            stored = None
        made = None
        if stored is not None:
            web_page = Path(stored.path or "").suffix.lower() in HTML_SUFFIXES
            made = SourceText(stored.source, stored.article, web_page=web_page)
        self._kept[ident] = made
        if len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        return made

    def selectors(self, record: Record, *, refine: bool = True) -> list[dict[str, Any]]:
        """The quote's selectors (see the module's docstring); ``refine=False`` leaves out ``refinedBy``
        for readers that know only flat selectors (Hypothesis)."""
        selector = record.get("selector") or {}
        exact = str(selector.get("exact", record.get("text", "")))
        start, end = selector.get("start"), selector.get("end")
        prefix, suffix = within_block(str(selector.get("prefix") or ""), str(selector.get("suffix") or ""))
        text = self.text_of(record.get("article") or {})
        if text is None or not isinstance(start, int) or not isinstance(end, int):
            return [_quote_selector(exact, prefix, suffix)]
        placed = text.place(start, end, prefix, suffix)
        if placed is not None:
            return [_quote_selector(placed.exact, placed.prefix, placed.suffix),
                    {"type": "TextPositionSelector", "start": placed.start, "end": placed.end}]
        found = [_quote_selector(exact, prefix, suffix)]
        block = text.block_of(start, end)
        if refine and block is not None:
            block_text, block_start = block
            found.append({"type": "TextQuoteSelector", "exact": block_text,
                          "refinedBy": {"type": "TextPositionSelector", "start": start - block_start,
                                        "end": end - block_start}})
        return found


def _quote_selector(exact: str, prefix: str, suffix: str) -> dict[str, Any]:
    made: dict[str, Any] = {"type": "TextQuoteSelector", "exact": exact}
    if prefix:
        made["prefix"] = prefix
    if suffix:
        made["suffix"] = suffix
    return made
