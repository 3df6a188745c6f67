"""The quotes of a library: save, find, filter, edit, trash.

A repository over the library's connection, composed into ``Library`` as ``library.quotes``; it reads
articles through ``library.articles``. Its public methods are the contract another backend implements
(``contract.Quotes``). Many quotes are written in one transaction (``add_many``), which is what makes a
100k-quote import take seconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from qtapp.library import queries
from qtapp.library.drafts import UNSET, QuoteDraft, draft_rows, normalise_tags
from qtapp.library.errors import translate
from qtapp.library.quotebase import SqlQuotes

if TYPE_CHECKING:
    from qtapp.library.articlestore import ArticleRepository
    from qtapp.library.connection import Database
    from qtapp.library.records import QuoteRecord

__all__ = ["RANK_LIMIT", "UNSET", "QuoteDraft", "QuoteRepository", "draft_rows", "normalise_tags"]
RANK_LIMIT = queries.RANK_LIMIT
_INSERTED = ", ".join(c for c in queries.COLUMNS if c != "deleted_at")  # what add_many writes


class QuoteRepository(SqlQuotes):
    """``library.quotes``: save, list, search, edit and trash quotes."""

    _SELECT = queries.SELECT
    _FIELDS = tuple(column.strip('"') for column in queries.COLUMNS)

    def __init__(self, db: Database, articles: ArticleRepository) -> None:
        super().__init__(db, articles)
        self.db: Database = db
        self._articles: ArticleRepository = articles

    def add_many(self, drafts: Iterable[QuoteDraft]) -> list[int]:
        """Save many quotes in one transaction; all are saved or none.

        Rows are staged in a temporary table and enter ``quotes`` in one INSERT ... SELECT: FTS5 writes
        its pending terms out at the end of every statement, so one statement per quote made a
        100k-quote import spend ~9 s in the search index; one statement for all takes ~2 s.
        """
        with self.db.transaction():
            first = int(self.db.scalar("SELECT COALESCE(MAX(id), 0) FROM quotes")) + 1  # we hold the lock
            drafted, tag_lists = draft_rows(drafts, self._articles.reading)
            rows = [(first + i, *row) for i, row in enumerate(drafted)]
            tag_rows = [(t, first + i) for i, tags in enumerate(tag_lists) for t in tags]
            if rows:
                self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS quote_batch AS SELECT {_INSERTED} "
                                "FROM quotes WHERE 0")
                self.db.executemany(f"INSERT INTO temp.quote_batch VALUES ({', '.join('?' * len(rows[0]))})",
                                    rows)
                try:
                    self.db.execute(f"INSERT INTO quotes ({_INSERTED}) "
                                    f"SELECT {_INSERTED} FROM temp.quote_batch ORDER BY id")
                finally:
                    self.db.execute("DELETE FROM temp.quote_batch")
                self.db.executemany("INSERT INTO quote_tags (tag, quote_id) VALUES (?, ?)", tag_rows)
        return [row[0] for row in rows]

    def find(self, search: str | None = None, article_id: int | None = None, tag: str | None = None,
               color: str | None = None, who: str | None = None, limit: int | None = None,
               offset: int = 0, *, trash: bool = False, newest_first: bool = False,
               needs_check: bool = False) -> list[QuoteRecord]:
        """Quotes matching every given filter; with ``search``, best matches first (bm25).

        A word found in more than ``RANK_LIMIT`` quotes says little about any one of them, and ranking
        them all would cost more than a keystroke may; such searches list newest first instead.
        """
        return list(self.stream(search, article_id, tag, color, who, limit, offset, trash=trash,
                                     newest_first=newest_first, needs_check=needs_check))

    def stream(self, search: str | None = None, article_id: int | None = None,
               tag: str | None = None, color: str | None = None, who: str | None = None,
               limit: int | None = None, offset: int = 0, *, trash: bool = False,
               newest_first: bool = False, chunk: int = 2000, needs_check: bool = False
               ) -> Iterator[QuoteRecord]:
        """``find()`` as a stream read ``chunk`` rows at a time, for exports and backups of 100k quotes.

        Don't write to the library while consuming it: the rows come from one open SELECT.
        """
        query = queries.select(self.db.scalar, search, article_id, tag, color, who, limit, offset, trash,
                               newest_first, needs_check=needs_check)
        if query is None:
            return
        cursor = self.db.execute(*query)
        while True:
            try:
                rows = cursor.fetchmany(chunk)
            except sqlite3.Error as error:
                raise translate(error, self.db.path) from error
            if not rows:
                return
            yield from self._records(rows)

    def count(self, search: str | None = None, article_id: int | None = None,
              tag: str | None = None, color: str | None = None, who: str | None = None,
              *, trash: bool = False, needs_check: bool = False) -> int:
        query = queries.count(search, article_id, tag, color, who, trash, needs_check)
        return 0 if query is None else int(self.db.scalar(*query))

    def tags(self) -> list[tuple[str, int]]:
        """Every tag on a live quote with its count, for the filter menu.

        All tag rows counted on the primary key, less those of the (small) trash: joining every tag row
        to its quote to skip the trash took ~100 ms at 100k quotes, this takes ~5.
        """
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT every.tag, every.n - COALESCE(trash.n, 0) FROM "
            "(SELECT tag, COUNT(*) AS n FROM quote_tags GROUP BY tag) AS every LEFT JOIN "
            "(SELECT tag, COUNT(*) AS n FROM quote_tags WHERE quote_id IN "
            " (SELECT id FROM quotes WHERE deleted_at IS NOT NULL) GROUP BY tag) AS trash "
            "ON trash.tag = every.tag WHERE every.n > COALESCE(trash.n, 0) ORDER BY every.tag")]
