"""The article on screen as the library knows it: its id, its earlier versions, its document map.

A thin adapter over the window (``article``, ``document_map``, ``article_path``) and the store, so the
highlights and the save action share one answer to "which library article is this?". An article is
stored when the first quote is saved from it, not merely by reading it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qtapp.article.model import Article
from qtapp.library.stamps import text_hash
from qtapp.ui.quotes.service import QuoteLibrary


class CurrentArticle:
    """Resolves the window's current article against the library, caching per article text."""

    def __init__(self, window: Any, library: QuoteLibrary) -> None:
        self._window, self._library = window, library
        self._key: tuple[str, str | None] | None = None
        self._id: int | None = None
        self._related: list[int] = []

    @property
    def article(self) -> Article | None:
        return getattr(self._window, "article", None)

    @property
    def document_map(self) -> Any:
        return getattr(self._window, "document_map", None)

    @property
    def path(self) -> str | None:
        path = getattr(self._window, "article_path", None)
        return str(path) if path else None

    def source_text(self) -> str:
        """The text as read, which the store keeps so quotes can be re-checked later."""
        source = getattr(self._window, "source_text", None)
        if isinstance(source, str):
            return source
        if self.path and Path(self.path).is_file():
            try:
                return Path(self.path).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                pass
        article = self.article
        return article.text if article is not None else ""

    def invalidate(self) -> None:
        self._key = None

    def _resolve(self) -> None:
        article, store = self.article, self._library.store
        key = (text_hash(article.text), self.path) if article is not None else None
        if key == self._key:
            return
        self._key, self._id, self._related = key, None, []
        if key is None or store is None:
            return
        record = self._library.read(store.articles.by_hash, key[0])
        self._id = record.id if record is not None else None
        # Earlier versions of the same file: their quotes are re-anchored in this text too.
        others = (self._library.read(store.articles.ids_with_path, self.path) or []) if self.path else []
        self._related = [other for other in others if other != self._id]

    def article_id(self, create: bool = False) -> int | None:
        """The library id of the article on screen; with ``create``, store it first if needed."""
        self._resolve()
        article, store = self.article, self._library.store
        if self._id is None and create and article is not None and store is not None:
            result = self._library.write(store.articles.add, article, self.source_text(), self.path)
            self._id = int(result) if result is not None else None
        return self._id

    def article_ids(self) -> list[int]:
        """This article and its earlier versions: every id whose quotes belong on this page."""
        self._resolve()
        return ([self._id] if self._id is not None else []) + self._related

    def document_spans(self, start: int, end: int, shown_as: str | None = None) -> list[tuple[int, int]]:
        """Document ranges showing text[start:end] (as ``shown_as``, e.g. the headline, if it is)."""
        doc_map = self.document_map
        return [] if doc_map is None else doc_map.spans(start, end, shown_as)
