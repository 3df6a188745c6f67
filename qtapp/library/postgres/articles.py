"""``library.articles`` of a team library: ``SqlArticles`` (``articlebase.py``) on PostgreSQL.

The same contract, cache and SQL as SQLite's (``articlestore.py``); the cache lets go whenever any
client has changed an article row (the ``articles_changes`` sequence, moved by a trigger: the
dialect's ``data_version``). What is the server's own: a new article's row is claimed with ON CONFLICT
(many writers), citation metadata is read with PostgreSQL's JSON operators, and a member may not
change what colleagues' quotes say (row-level security would skip their rows silently).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from qtapp.article.model import Article
from qtapp.library.articlebase import CURRENT, SqlArticles, path_text, stored_form
from qtapp.library.records import META_FIELDS, ArticleRecord, apply_corrections
from qtapp.library.stamps import now
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.postgres.connection import TeamDatabase

_META = ", ".join(f"p->'{name}'" for name in META_FIELDS)


class TeamArticles(SqlArticles):
    """``library.articles``: store, read and correct articles on the server, with a parse cache."""

    # The JSON parsed once per row (the subquery), not once per field.
    _INFO_QUERY = (f"SELECT id, hash, path, corrections, json_build_array({_META})::text, stub FROM "
                   "(SELECT id, hash, path, corrections, stub, parsed::json AS p FROM articles "
                   "WHERE id {ids}) AS a")

    def __init__(self, db: TeamDatabase) -> None:
        super().__init__(db)
        self.db: TeamDatabase = db

    def add(self, article: Article, source_text: str, path: str | os.PathLike[str] | None = None,
            *, parser: str | None = CURRENT) -> int:
        """Store an article; the same canonical text gives the same id (its parse refreshed, its quotes
        following the new reading unless the user chose their voice), as on SQLite.

        Two clients adding the same new article at once both get its one id (ON CONFLICT). A member
        whose new reading would re-anchor colleagues' quotes keeps the stored reading instead.
        """
        digest, parsed, parser = stored_form(article, parser)
        self.forget()
        with self.transaction():
            row = self.db.query("INSERT INTO articles (hash, source, path, parsed, added, parser) "
                                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (hash) DO NOTHING "
                                "RETURNING id, added", (digest, source_text, path_text(path), parsed, now(), parser))
            if row:
                article_id = int(row[0]["id"])
                self._cached()[article_id] = ArticleRecord(article_id, digest, path_text(path), row[0]["added"],
                                                           source_text, article, {}, article, parser=parser)
                return article_id
            stored = self.db.query("SELECT id, path, parsed, corrections FROM articles WHERE hash = %s "
                                   "FOR UPDATE", (digest,))[0]
            article_id = int(stored["id"])
            if stored["parsed"] != parsed or (path is not None and path_text(path) != stored["path"]):
                self.db.execute("UPDATE articles SET source = %s, path = COALESCE(%s, path) WHERE id = %s",
                                (source_text, path_text(path), article_id))
            if stored["parsed"] != parsed and self.others_quotes(article_id) is not None:
                pass  # their quotes follow the stored reading; a member may not re-anchor them: keep it
            elif stored["parsed"] != parsed:
                self.db.execute("UPDATE articles SET parsed = %s, parser = %s WHERE id = %s",
                                (parsed, parser, article_id))
                corrections, old = self._stored_reading(article_id, stored, article)
                self._refresh_quotes(article_id, apply_corrections(old, corrections),
                                     apply_corrections(article, corrections))
            self.forget(article_id)
            return article_id

    def others_quotes(self, article_id: int) -> str | None:
        """Who else clipped quotes of this article, when this role may not change theirs (else None):
        row-level security would skip their rows without a word."""
        if self.db.changes_anything:
            return None
        return self.db.scalar("SELECT string_agg(DISTINCT clipped_by, ', ') FROM quotes WHERE article_id = %s "
                              "AND clipped_by <> current_user", (article_id,))

    def _may_correct(self, article_id: int) -> None:
        """A member may correct an article only while no colleague's quote would change with it."""
        others = self.others_quotes(article_id)
        if others:
            from qtapp.library.postgres.connection import NotPermitted

            raise NotPermitted(N_("Library", "article {article_id} holds quotes clipped by {others}: "
                                             "correcting its details changes their attributions, which "
                                             "only an editor may do; nothing was changed")
                               .format(article_id=article_id, others=others))
