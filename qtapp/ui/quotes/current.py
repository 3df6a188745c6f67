"""The article on screen as the library knows it: its id, its earlier versions, its document map.

A thin adapter over the window (``article``, ``document_map``, ``article_path``) and the store, so the
highlights and the save action share one answer to "which library article is this?". An article is
stored when the first quote is saved from it, not merely by reading it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from qtapp.article.model import Article
from qtapp.library.records import QuoteRecord
from qtapp.library.stamps import text_hash
from qtapp.ui.quotes.service import ArticleSource, QuoteLibrary

if TYPE_CHECKING:
    from qtapp.ui.article_document import DocumentMap
    from qtapp.ui.quotes.window import QuoteWindow


class CurrentArticle:
    """Resolves the window's current article against the library, caching per article text."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary) -> None:
        self._window, self._library = window, library
        self._shown: tuple[Article | None, str | None] | None = None  # what ``_key`` was worked out for
        self._key: tuple[str, str | None] | None = None
        self._id: int | None = None
        self._related: list[int] = []

    @property
    def article(self) -> Article | None:
        return self._window.article

    @property
    def document_map(self) -> DocumentMap | None:
        return self._window.reader.document_map

    @property
    def path(self) -> str | None:
        path = self._window.article_path
        return str(path) if path else None

    def source_text(self) -> str:
        """The text as read, which the store keeps so quotes can be re-checked later."""
        return self._window.source_text

    def invalidate(self) -> None:
        self._shown = self._key = None

    def _resolve(self) -> None:
        article, path = self.article, self.path
        if self._shown is not None and self._shown[0] is article and self._shown[1] == path:
            return  # the same article object: no need to hash its text again
        self._shown = (article, path)
        key = (text_hash(article.text), path) if article is not None else None
        if key == self._key:
            return
        self._key, self._id, self._related = key, None, []
        if key is None or not self._library.available:
            return
        record = self._library.article_by_hash(key[0])
        self._id = record.id if record is not None else None
        # Earlier versions of the same file: their quotes are re-anchored in this text too.
        others = (self._library.article_ids_with_path(path) or []) if path else []
        self._related = [other for other in others if other != self._id]

    def article_id(self) -> int | None:
        """The library id of the article on screen; None while it is not stored."""
        self._resolve()
        return self._id

    def source(self) -> ArticleSource:
        """What saving a quote from the article on screen stores with it (its id once it is stored)."""
        article = self.article
        assert article is not None, "no article on screen"
        return ArticleSource(article, self.source_text(), self.path, self.article_id())

    def notice(self, records: Iterable[QuoteRecord]) -> None:
        """Learn the id of the article on screen from quotes just written: saving its first quote
        stored it, and asking the library again would only say so."""
        self._resolve()
        if self._id is None and self._key is not None:
            self._id = next((r.article_id for r in records if r.article.hash == self._key[0]), None)

    def article_ids(self) -> list[int]:
        """This article and its earlier versions: every id whose quotes belong on this page."""
        self._resolve()
        return ([self._id] if self._id is not None else []) + self._related

    def document_spans(self, start: int, end: int, shown_as: str | None = None) -> list[tuple[int, int]]:
        """Document ranges showing text[start:end] (as ``shown_as``, e.g. the headline, if it is)."""
        doc_map = self.document_map
        return [] if doc_map is None else doc_map.spans(start, end, shown_as)
