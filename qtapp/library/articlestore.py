"""The articles of a personal library: ``SqlArticles`` (``articlebase.py``) on SQLite, and its ``add``.

A repository over the library's connection, composed into ``Library`` as ``library.articles``; its
public methods are the contract another backend implements (``contract.Articles``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from qtapp.article.model import Article
from qtapp.library.articlebase import CURRENT, SqlArticles, check_date, path_text, stored_form
from qtapp.library.records import META_PATHS, ArticleRecord, apply_corrections
from qtapp.library.stamps import now

if TYPE_CHECKING:
    from qtapp.library.connection import Database

__all__ = ["CURRENT", "ArticleRepository", "check_date"]


class ArticleRepository(SqlArticles):
    """``library.articles``: store, read and correct articles, with a cache of parsed ones."""

    _INFO_QUERY = (f"SELECT id, hash, path, corrections, json_extract(parsed, {META_PATHS}), stub FROM articles "
                   "WHERE id {ids}")

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.db: Database = db

    def add(self, article: Article, source_text: str, path: str | os.PathLike[str] | None = None,
            *, parser: str | None = CURRENT) -> int:
        """Store an article; the same canonical text gives the same id (its parse is refreshed).

        ``parser`` is the version of the reading rules that gave ``article``: by default this program's;
        None when unknown (a backup's), so the next open re-derives it (``rederive.py``). A refreshed
        parse brings the article's quotes along: their voices follow it, unless the user chose them.
        """
        digest, parsed, parser = stored_form(article, parser)
        self.forget()
        with self.transaction():
            row = self.db.query("SELECT id, parsed, corrections FROM articles WHERE hash = ?", (digest,))
            if row:
                article_id = int(row[0]["id"])
                if row[0]["parsed"] != parsed or path is not None:
                    self.db.execute("UPDATE articles SET source = ?, path = COALESCE(?, path) WHERE id = ?",
                                    (source_text, path_text(path), article_id))
                if row[0]["parsed"] != parsed:
                    self.db.execute("UPDATE articles SET parsed = ?, parser = ? WHERE id = ?",
                                    (parsed, parser, article_id))
                    corrections, old = self._stored_reading(article_id, row[0], article)
                    self._refresh_quotes(article_id, apply_corrections(old, corrections),
                                         apply_corrections(article, corrections))
                self.forget(article_id)
                return article_id
            added = now()
            cursor = self.db.execute(
                "INSERT INTO articles (hash, source, path, parsed, added, parser) VALUES (?, ?, ?, ?, ?, ?)",
                (digest, source_text, path_text(path), parsed, added, parser))
            article_id = int(cursor.lastrowid or 0)
            # Kept as given: the first quote, saved next in the same transaction, needs this article,
            # and parsing back what was just encoded would only give it again (the JSON round-trips).
            # A rollback forgets it with the rest (``transaction``).
            self._cached()[article_id] = ArticleRecord(article_id, digest, path_text(path), added, source_text,
                                                       article, {}, article, parser=parser)
            return article_id
