"""``library.articles`` of a team library: the same contract and cache as SQLite's ``articlestore.py``.

Parsed articles are cached between reads; the cache lets go whenever any client has changed an article
row (the ``articles_changes`` sequence, moved by a trigger), which is what SQLite's ``PRAGMA
data_version`` does for one file. A damaged row (its JSON unreadable) is reported as on SQLite.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from qtapp.article.model import Article
from qtapp.library import attribution as attr
from qtapp.library.articlestore import CURRENT, check_date
from qtapp.library.errors import ArticleDamaged, LibraryBug, NotFound
from qtapp.library.records import (
    CORRECTABLE,
    META_FIELDS,
    UNREADABLE,
    ArticleInfo,
    ArticleRecord,
    apply_corrections,
    article_record,
    damage,
    dumps,
    info_from_meta,
)
from qtapp.library.stamps import now, text_hash
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.postgres.connection import TeamDatabase

_META = ", ".join(f"p->'{name}'" for name in META_FIELDS)
_INFO_QUERY = (f"SELECT id, hash, path, corrections, json_build_array({_META})::text, stub FROM "
               "(SELECT id, hash, path, corrections, stub, parsed::json AS p FROM articles "
               "WHERE id = ANY(%s)) AS a")
_CHANGES = "SELECT last_value * (CASE WHEN is_called THEN 1 ELSE 0 END) FROM articles_changes"
# The rederive batch rederive._write stages, typed (PostgreSQL's temporary tables need types).
_REDERIVE_BATCH = ("CREATE TEMP TABLE IF NOT EXISTS rederive_batch (id bigint, prefix text, suffix text, "
                   'start integer, "end" integer, block_kind text, voice text, speaker text, voice_by text, '
                   "who text, article_id bigint, check_reason text, confirmed text, exact text, "
                   "attribution text, moves boolean, texts boolean)")


class TeamArticles:
    """``library.articles``: store, read and correct articles on the server, with a parse cache."""

    def __init__(self, db: TeamDatabase) -> None:
        self.db = db
        self._articles: dict[int, ArticleRecord] = {}
        self._infos: dict[int, ArticleInfo] = {}
        self._damaged: dict[int, str] = {}
        self._changes: object = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The connection's transaction, forgetting the cache if it rolls back."""
        try:
            with self.db.transaction():
                yield
        except BaseException:
            self.forget()
            raise

    def _cached(self) -> dict[int, ArticleRecord]:
        changes = self.db.scalar(_CHANGES)
        if changes != self._changes:
            self.forget()
            self._changes = changes
        return self._articles

    def forget(self, article_id: int | None = None) -> None:
        """Drop cached articles: one that was just written, or all."""
        if article_id is None:
            self._articles.clear()
            self._infos.clear()
            self._damaged.clear()
        else:
            for cache in (self._articles, self._infos, self._damaged):
                cache.pop(article_id, None)

    def _article_records(self, ids: Iterable[int]) -> dict[int, ArticleRecord]:
        cache = self._cached()
        missing = sorted({int(i) for i in ids} - cache.keys())
        if missing:
            for row in self.db.query("SELECT * FROM articles WHERE id = ANY(%s)", (missing,)):
                try:
                    cache[int(row["id"])] = article_record(row)
                except ArticleDamaged as error:
                    self._damaged[error.article_id] = error.detail
        return cache

    def infos(self, ids: Iterable[int]) -> dict[int, ArticleInfo]:
        """Citation metadata by id, read from the parsed JSON on the server, without whole articles."""
        self._cached()
        wanted = {int(i) for i in ids}
        missing = sorted(wanted - self._infos.keys())
        if missing:
            try:
                for row in self.db.execute(_INFO_QUERY, (missing,)):
                    self._infos[int(row[0])] = info_from_meta(*row)
            except (LibraryBug, *UNREADABLE):
                self._infos_one_by_one(missing)
        return {i: self._infos[i] for i in wanted if i in self._infos}

    def _infos_one_by_one(self, ids: list[int]) -> None:
        for article_id in ids:
            try:
                for row in self.db.execute(_INFO_QUERY, ([article_id],)):
                    self._infos[article_id] = info_from_meta(*row)
            except (LibraryBug, *UNREADABLE) as error:
                why = "its stored data is not valid JSON" if isinstance(error, LibraryBug) else damage(error)
                self._damaged[article_id] = why
                row = self.db.execute("SELECT hash, path FROM articles WHERE id = %s", (article_id,)).fetchone()
                if row:
                    self._infos[article_id] = ArticleInfo.damaged_row(article_id, row[0], row[1], why)

    def damaged(self) -> list[ArticleDamaged]:
        """Articles found unreadable so far, with their live quotes."""
        return [self._damage(article_id) for article_id in sorted(self._damaged)]

    def _damage(self, article_id: int) -> ArticleDamaged:
        quotes = tuple(int(r[0]) for r in self.db.execute(
            "SELECT id FROM quotes WHERE article_id = %s AND deleted_at IS NULL ORDER BY id", (article_id,)))
        return ArticleDamaged(article_id, self._damaged[article_id], quotes)

    def _live_counts(self, article_id: int | None = None) -> dict[int, int]:
        where, params = ("AND article_id = %s", (article_id,)) if article_id is not None else ("", ())
        return {int(a): int(n) for a, n in self.db.execute(
            f"SELECT article_id, COUNT(*) FROM quotes WHERE deleted_at IS NULL {where} GROUP BY article_id",
            params)}

    def _with_counts(self, ids: list[int], counts: dict[int, int]) -> list[ArticleRecord]:
        records = self._article_records(ids)
        out = []
        for i in ids:
            record = records[i]
            count = counts.get(i, 0)
            out.append(record if record.quote_count == count else dataclasses.replace(record, quote_count=count))
        return out

    def add(self, article: Article, source_text: str, path: str | os.PathLike[str] | None = None,
            *, parser: str | None = CURRENT) -> int:
        """Store an article; the same canonical text gives the same id (its parse refreshed, its quotes
        following the new reading unless the user chose their voice), as on SQLite.

        Two clients adding the same new article at once both get its one id (ON CONFLICT). A member
        whose new reading would re-anchor colleagues' quotes keeps the stored reading instead.
        """
        digest = text_hash(article.text)
        parsed = dumps(article.to_json())
        if parser is CURRENT:
            from qtapp.library.rederive import current_version

            parser = current_version()
        self.forget()
        with self.transaction():
            row = self.db.query("INSERT INTO articles (hash, source, path, parsed, added, parser) "
                                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (hash) DO NOTHING "
                                "RETURNING id, added", (digest, source_text, _str(path), parsed, now(), parser))
            if row:
                article_id = int(row[0]["id"])
                self._cached()[article_id] = ArticleRecord(article_id, digest, _str(path), row[0]["added"],
                                                           source_text, article, {}, article, parser=parser)
                return article_id
            stored = self.db.query("SELECT id, path, parsed, corrections FROM articles WHERE hash = %s "
                                   "FOR UPDATE", (digest,))[0]
            article_id = int(stored["id"])
            if stored["parsed"] != parsed or (path is not None and _str(path) != stored["path"]):
                self.db.execute("UPDATE articles SET source = %s, path = COALESCE(%s, path) WHERE id = %s",
                                (source_text, _str(path), article_id))
            if stored["parsed"] != parsed and self._others_quotes(article_id) is not None:
                pass  # their quotes follow the stored reading; a member may not re-anchor them: keep it
            elif stored["parsed"] != parsed:
                self.db.execute("UPDATE articles SET parsed = %s, parser = %s WHERE id = %s",
                                (parsed, parser, article_id))
                corrections, old = self._stored_reading(article_id, stored, article)
                self._refresh_quotes(article_id, apply_corrections(old, corrections),
                                     apply_corrections(article, corrections))
            self.forget(article_id)
            return article_id

    def _others_quotes(self, article_id: int) -> str | None:
        """Who else clipped quotes of this article, when this role may not change theirs (else None)."""
        if self.db.changes_anything:
            return None
        return self.db.scalar("SELECT string_agg(DISTINCT clipped_by, ', ') FROM quotes WHERE article_id = %s "
                              "AND clipped_by <> current_user", (article_id,))

    def _refresh_quotes(self, article_id: int, old: Article, new: Article) -> None:
        """SQLite's re-anchoring and re-derivation (``rederive.refresh_quotes``), run on this server."""
        from qtapp.library.rederive import refresh_quotes

        self.db.execute(_REDERIVE_BATCH)
        refresh_quotes(_SqliteSpelling(self.db), article_id, old, new)  # type: ignore[arg-type]

    def _stored_reading(self, article_id: int, row: Any, fresh: Article) -> tuple[dict[str, Any], Article]:
        try:
            corrections = json.loads(row["corrections"])
            if not isinstance(corrections, dict):
                raise TypeError(N_("Library", "the corrections are not an object"))
        except UNREADABLE as error:
            self._damaged[article_id] = damage(error)
            raise self._damage(article_id) from error
        try:
            old = Article.from_json(json.loads(row["parsed"]))
        except UNREADABLE:
            old = fresh
        return corrections, old

    def reading(self, article_id: int) -> Article:
        """The article as corrected, without counting its quotes (what deriving a voice needs)."""
        record = self._article_records([article_id]).get(article_id)
        return record.article if record is not None else self.get(article_id).article

    def get(self, article_id: int) -> ArticleRecord:
        if not self._article_records([article_id]).get(article_id):
            if article_id in self._damaged:
                raise self._damage(article_id)
            raise NotFound(N_("Library", "there is no article {article_id} in the library; see 'quoteclip "
                                         "articles list'")
                           .format(article_id=article_id))
        return self._with_counts([article_id], self._live_counts(article_id))[0]

    def by_hash(self, digest: str) -> ArticleRecord | None:
        found = self.db.scalar("SELECT id FROM articles WHERE hash = %s", (digest,))
        return None if found is None else self.get(int(found))

    def ids_with_path(self, path: str | os.PathLike[str]) -> list[int]:
        """The stored versions of a file, oldest first."""
        return [int(r[0]) for r in self.db.execute("SELECT id FROM articles WHERE path = %s ORDER BY id",
                                                   (str(path),))]

    def all(self) -> list[ArticleRecord]:
        """Every readable article; a damaged one is left out and listed by ``damaged()``."""
        ids = [int(row[0]) for row in self.db.execute("SELECT id FROM articles ORDER BY id")]
        cache = self._article_records(ids)
        return self._with_counts([i for i in ids if i in cache], self._live_counts())

    def correct(self, article_id: int, **corrections: Any) -> ArticleRecord:
        """Record the user's fixes; None removes one, "" means "unknown" (as on SQLite). A member may
        correct an article only while no colleague's quote would change with it (``NotPermitted``)."""
        unknown = set(corrections) - set(CORRECTABLE)
        if unknown:
            raise TypeError(N_("Library", "cannot correct {unknown}").format(unknown=', '.join(sorted(unknown))))
        if corrections.get("date"):
            check_date(corrections["date"])
        from qtapp.library.articlestore import _author_dict

        with self.transaction():
            others = self._others_quotes(article_id)
            if others:
                from qtapp.library.postgres.connection import NotPermitted

                raise NotPermitted(N_("Library", "article {article_id} holds quotes clipped by {others}: "
                                                 "correcting its details changes their attributions, which "
                                                 "only an editor may do; nothing was changed")
                                   .format(article_id=article_id, others=others))
            current = dict(self.get(article_id).corrections)
            for key, value in corrections.items():
                if value is None:
                    current.pop(key, None)
                elif key == "authors":
                    current[key] = [_author_dict(a) for a in value]
                else:
                    current[key] = str(value)
            self.db.execute("UPDATE articles SET corrections = %s WHERE id = %s", (dumps(current), article_id))
            self.forget()
            self._refresh_attributions(article_id)
        return self.get(article_id)

    def _refresh_attributions(self, article_id: int) -> None:
        article = self.get(article_id).article
        rows = self.db.query('SELECT id, start, "end", voice, speaker, block_kind, attribution, who, '
                             "check_reason FROM quotes WHERE article_id = %s", (article_id,))
        changes = []
        for row in rows:
            line = attr.attribution(article, row["voice"], row["speaker"], row["block_kind"])
            whose = attr.who(article, row["voice"], row["speaker"], row["block_kind"])
            reason = attr.check_reason(article, row["start"], row["end"], row["voice"], row["speaker"],
                                       row["block_kind"])
            if (line, whose, reason) != (row["attribution"], row["who"], row["check_reason"]):
                changes.append((line, whose, reason, row["id"]))
        self.db.executemany("UPDATE quotes SET attribution = %s, who = %s, check_reason = %s WHERE id = %s",
                            changes)


class _SqliteSpelling:
    """The few statements ``rederive.refresh_quotes`` writes for SQLite, spelled for PostgreSQL:
    ``?`` placeholders and the ``temp.`` schema (``pg_temp.`` here); the batch table is made typed first."""

    def __init__(self, db: TeamDatabase) -> None:
        self._db = db

    @staticmethod
    def _spell(sql: str) -> str:
        return sql.replace("?", "%s").replace("temp.", "pg_temp.")

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return self._db.query(self._spell(sql), params)

    def execute(self, sql: str, params: Any = None) -> Any:
        return self._db.execute(self._spell(sql), params)

    def executemany(self, sql: str, rows: Iterable[Any]) -> None:
        self._db.executemany(self._spell(sql), rows)


def _str(path: str | os.PathLike[str] | None) -> str | None:
    return None if path is None else str(path)
