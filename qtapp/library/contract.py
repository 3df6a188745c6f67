"""What a library backend provides: a storage object with two repositories, ``articles`` and ``quotes``.

The SQLite library (``store.Library`` with ``articlestore`` and ``quotestore``) is one backend; another
(PostgreSQL, issue 17) implements these Protocols and every caller — the command line, backups, exports,
the window — works unchanged. Only what is written here is the contract: a method the SQLite classes
have beyond it (``forget``, ``db``) is theirs. mypy checks that they keep it (``store.py``), and
``tests/library/test_contract.py`` that their signatures match.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:
    from qtapp.article.model import Article
    from qtapp.library.errors import ArticleDamaged
    from qtapp.library.postgres.store import TeamLibrary
    from qtapp.library.quotestore import QuoteDraft
    from qtapp.library.records import ArticleInfo, ArticleRecord, QuoteRecord
    from qtapp.library.store import Library

    # Either backend as it is, for the library's own shared SQL (``dialect.py``: its ``db`` speaks a
    # dialect, its repositories cache): the re-derivation and the importers, not the contract's callers.
    SqlLibrary: TypeAlias = Library | TeamLibrary


class Articles(Protocol):
    """``library.articles``: an article is stored once per canonical text (its hash)."""

    def add(self, article: Article, source_text: str, path: str | os.PathLike[str] | None = None,
            *, parser: str | None = ...) -> int:
        """Store an article or refresh the stored one with the same text; its id."""

    def get(self, article_id: int) -> ArticleRecord:
        """The article with its corrections applied; ``NotFound`` or ``ArticleDamaged`` if it can't be."""

    def by_hash(self, digest: str) -> ArticleRecord | None: ...

    def ids_with_path(self, path: str | os.PathLike[str]) -> list[int]:
        """The stored versions of a file, oldest first."""

    def all(self) -> list[ArticleRecord]:
        """Every readable article; the unreadable ones are in ``damaged()``."""

    def correct(self, article_id: int, **corrections: Any) -> ArticleRecord:
        """Record the user's fixes; None removes one. The article's quotes' attribution follows."""

    def infos(self, ids: Iterable[int]) -> dict[int, ArticleInfo]:
        """Citation metadata only, by id: what a page of quote records needs."""

    def damaged(self) -> list[ArticleDamaged]:
        """Articles found unreadable so far, with their quotes."""


class Quotes(Protocol):
    """``library.quotes``: spans of stored articles with the user's note, tags, colour and voice."""

    def add(self, article_id: int, start: int, end: int, *, note: str = "", tags: Sequence[str] = (),
            color: str | None = None, voice: str | None = None, speaker: str | None = None,
            uuid: str | None = None, created: str | None = None, updated: str | None = None,
            block_kind: str | None = None) -> int: ...

    def add_many(self, drafts: Iterable[QuoteDraft]) -> list[int]:
        """All saved in one transaction, or none."""

    def find_duplicate(self, article_id: int, start: int, end: int) -> int | None: ...

    def get(self, quote_id: int) -> QuoteRecord:
        """Also a quote in the trash; ``NotFound`` otherwise."""

    def find(self, search: str | None = None, article_id: int | None = None, tag: str | None = None,
             color: str | None = None, who: str | None = None, limit: int | None = None,
             offset: int = 0, *, trash: bool = False, newest_first: bool = False,
             needs_check: bool = False) -> list[QuoteRecord]:
        """Quotes matching every filter given; with ``search``, best matches first."""

    def stream(self, search: str | None = None, article_id: int | None = None,
               tag: str | None = None, color: str | None = None, who: str | None = None,
               limit: int | None = None, offset: int = 0, *, trash: bool = False,
               newest_first: bool = False, chunk: int = 2000, needs_check: bool = False
               ) -> Iterator[QuoteRecord]:
        """``find`` read a chunk at a time, for exports of 100k quotes."""

    def count(self, search: str | None = None, article_id: int | None = None,
              tag: str | None = None, color: str | None = None, who: str | None = None,
              *, trash: bool = False, needs_check: bool = False) -> int: ...

    def uuids(self) -> set[str]: ...

    def update(self, quote_id: int, *, note: str = ..., tags: Sequence[str] = ..., color: str | None = ...,
               voice: str | None = ..., speaker: str | None = ..., voice_by: str | None = ...,
               confirmed: bool | str | None = ...) -> QuoteRecord:
        """Change what the user may change; a field not given stays."""

    def delete(self, quote_id: int) -> None:
        """To the trash: ``restore`` undoes it."""

    def restore(self, quote_id: int) -> None: ...

    def purge_trash(self, before: str | None = None) -> int: ...

    def tags(self) -> list[tuple[str, int]]:
        """Tags on live quotes with their counts."""

    def whos(self) -> list[str]:
        """Distinct "whose words" values of live quotes."""


class Backend(Protocol):
    """One open library: the repositories, a transaction spanning both, and closing."""

    @property
    def articles(self) -> Articles: ...

    @property
    def quotes(self) -> Quotes: ...

    @property
    def path(self) -> Path: ...

    def transaction(self) -> AbstractContextManager[Any]:
        """Several writes kept together, or none if anything inside raises."""

    def close(self) -> None: ...
