"""What both backends' ``library.articles`` share: reading, caching, counting and correcting articles.

Written once in SQLite's spelling and sent through ``dialect.spelled``; a backend's repository adds
``add`` (how a new article row is claimed differs: SQLite holds the write lock, the server has many
writers) and ``_INFO_QUERY`` (reading citation metadata out of the stored JSON is engine-specific).
Parsed articles are cached between reads and let go whenever another connection changed an article
(``Dialect.data_version``): parsing stored JSON costs 0.1-1 ms, and every page of the table needs it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from qtapp.article.model import Article
from qtapp.library import attribution as attr
from qtapp.library.dialect import spelled
from qtapp.library.errors import ArticleDamaged, LibraryBug, LibraryError, NotFound
from qtapp.library.records import (
    CORRECTABLE,
    UNREADABLE,
    ArticleInfo,
    ArticleRecord,
    article_record,
    damage,
    dumps,
    info_from_meta,
)
from qtapp.library.stamps import text_hash
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.dialect import Connection

CURRENT: Any = object()  # add's default: the parser of this program read the article
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_date(value: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD that names a real date; raise LibraryError otherwise."""
    if not _DATE.fullmatch(value):
        raise LibraryError(N_("Library", "the date {value!r} is not YYYY-MM-DD").format(value=value))
    try:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        datetime(parts[0], parts[1], parts[2])
    except ValueError as error:
        raise LibraryError(N_("Library", "the date {value!r} does not exist").format(value=value)) from error
    return value


class SqlArticles:
    """The backend-neutral part of ``library.articles`` (``contract.Articles``) over ``db``."""

    # SELECT id, hash, path, corrections, <the META_FIELDS as one JSON array>, stub FROM articles WHERE
    # id {ids}: in the backend's own spelling, ``{ids}`` filled by ``Dialect.ids_in``.
    _INFO_QUERY: str

    def __init__(self, db: Any) -> None:
        self.db = db
        self.sql: Connection = spelled(db)
        # Parsed articles kept between reads (see _cached): records are shared, so treat them as
        # read-only.
        self._articles: dict[int, ArticleRecord] = {}
        self._infos: dict[int, ArticleInfo] = {}  # metadata only: what a page of quotes needs
        self._damaged: dict[int, str] = {}  # articles whose row could not be read, and why
        self._data_version: object = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The connection's transaction, forgetting the cache if it rolls back: the cache may hold
        articles as written by what was undone."""
        try:
            with self.db.transaction():
                yield
        except BaseException:
            self.forget()
            raise

    def _cached(self) -> dict[int, ArticleRecord]:
        """Parsed articles, dropped whenever another connection has committed an article since the last
        look; our own article writes clear the cache themselves."""
        version = self.db.scalar(self.db.dialect.data_version)
        if version != self._data_version:
            self.forget()
            self._data_version = version
        return self._articles

    def _article_records(self, ids: Iterable[int]) -> dict[int, ArticleRecord]:
        cache = self._cached()
        for where, params, _ in self.db.dialect.ids_in(sorted({int(i) for i in ids} - cache.keys())):
            for row in self.db.query(f"SELECT * FROM articles WHERE id {where}", params):
                try:
                    cache[int(row["id"])] = article_record(row)
                except ArticleDamaged as error:
                    self._damaged[error.article_id] = error.detail  # skipped; ``get()`` says so
        return cache

    def forget(self, article_id: int | None = None) -> None:
        """Drop cached articles: one that was just written, or all."""
        if article_id is None:
            self._articles.clear()
            self._infos.clear()
            self._damaged.clear()
        else:
            self._articles.pop(article_id, None)
            self._infos.pop(article_id, None)
            self._damaged.pop(article_id, None)

    def infos(self, ids: Iterable[int]) -> dict[int, ArticleInfo]:
        """The citation metadata of these articles, by id (for quote records).

        Read out of the stored JSON by the database, so a page of quotes from 100 articles does not
        parse 100 whole articles (text and blocks) in Python: ~1 ms instead of ~5 on the first page.
        """
        self._cached()
        wanted = {int(i) for i in ids}
        for where, params, part in self.db.dialect.ids_in(sorted(wanted - self._infos.keys())):
            try:
                for row in self.db.execute(self._INFO_QUERY.format(ids=where), params):
                    self._infos[int(row[0])] = info_from_meta(*row)
            except (LibraryBug, *UNREADABLE):
                self._infos_one_by_one(part)  # a damaged row among them (reading its JSON failed)
        return {i: self._infos[i] for i in wanted if i in self._infos}

    def _infos_one_by_one(self, ids: list[int]) -> None:
        """``infos`` row by row, so one unreadable article costs only its own quotes' metadata."""
        for article_id in ids:
            where, one, _ = next(self.db.dialect.ids_in([article_id]))
            try:
                for row in self.db.execute(self._INFO_QUERY.format(ids=where), one):
                    self._infos[article_id] = info_from_meta(*row)
            except (LibraryBug, *UNREADABLE) as error:
                why = "its stored data is not valid JSON" if isinstance(error, LibraryBug) else damage(error)
                self._damaged[article_id] = why
                found = self.sql.query("SELECT hash, path FROM articles WHERE id = ?", (article_id,))
                if found:
                    self._infos[article_id] = ArticleInfo.damaged_row(article_id, found[0]["hash"],
                                                                      found[0]["path"], why)

    def damaged(self) -> list[ArticleDamaged]:
        """The articles found unreadable so far (by any read since the last change), with their quotes.

        Readers of the whole library (``all()``, exports) skip such an article and its quotes; the
        command line and the window say which were skipped from this.
        """
        return [self._damage(article_id) for article_id in sorted(self._damaged)]

    def _damage(self, article_id: int) -> ArticleDamaged:
        quotes = tuple(int(r[0]) for r in self.sql.execute(
            "SELECT id FROM quotes WHERE article_id = ? AND deleted_at IS NULL ORDER BY id", (article_id,)))
        return ArticleDamaged(article_id, self._damaged[article_id], quotes)

    def _damage_now(self, article_id: int, error: Exception) -> ArticleDamaged:
        self._damaged[article_id] = damage(error)
        return self._damage(article_id)

    def _live_counts(self, article_id: int | None = None) -> dict[int, int]:
        """Live quotes per article, read from the ``quotes_live_article`` index alone."""
        where, params = ("AND article_id = ?", (article_id,)) if article_id is not None else ("", ())
        return {int(a): int(n) for a, n in self.sql.execute(
            f"SELECT article_id, COUNT(*) FROM quotes WHERE deleted_at IS NULL {where} GROUP BY article_id",
            params)}

    def _with_counts(self, ids: list[int], counts: dict[int, int]) -> list[ArticleRecord]:
        records = self._article_records(ids)
        out = []
        for i in ids:
            record = records[i]
            count = counts.get(i, 0)
            if record.quote_count != count:
                record = dataclasses.replace(record, quote_count=count)
            out.append(record)
        return out

    def _stored_reading(self, article_id: int, row: Any, fresh: Article) -> tuple[dict[str, Any], Article]:
        """(corrections, parse) of a stored row about to be read again.

        A damaged parse is repaired by the fresh one (the same text: the hash matched); damaged
        corrections are the user's and cannot be re-made, so that is an ``ArticleDamaged``.
        """
        try:
            corrections = json.loads(row["corrections"])
            if not isinstance(corrections, dict):
                raise TypeError(N_("Library", "the corrections are not an object"))
        except UNREADABLE as error:
            raise self._damage_now(article_id, error) from error
        try:
            old = Article.from_json(json.loads(row["parsed"]))
        except UNREADABLE:
            old = fresh
        return corrections, old

    def _refresh_quotes(self, article_id: int, old: Article, new: Article) -> None:
        """Re-anchor an article's quotes in its new reading and derive their voices again."""
        from qtapp.library.rederive import refresh_quotes

        refresh_quotes(self.sql, article_id, old, new)

    def reading(self, article_id: int) -> Article:
        """The article as corrected, without counting its quotes: what deriving a quote's voice needs.

        Not part of the contract. Raises as ``get`` does.
        """
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
        found = self.sql.scalar("SELECT id FROM articles WHERE hash = ?", (digest,))
        return None if found is None else self.get(int(found))

    def ids_with_path(self, path: str | os.PathLike[str]) -> list[int]:
        """Ids of the stored versions of the file at ``path``, oldest first.

        What the window needs to find a file's earlier versions, without parsing every article and
        counting every quote as ``all()`` does (~12 ms at 100k quotes, and growing with articles).
        """
        return [int(r[0]) for r in self.sql.execute("SELECT id FROM articles WHERE path = ? ORDER BY id",
                                                    (str(path),))]

    def all(self) -> list[ArticleRecord]:
        """Every article that can be read; a damaged one is left out and listed by ``damaged()``."""
        ids = [int(row[0]) for row in self.db.execute("SELECT id FROM articles ORDER BY id")]
        cache = self._article_records(ids)
        return self._with_counts([i for i in ids if i in cache], self._live_counts())

    def others_quotes(self, article_id: int) -> str | None:
        """Who else clipped quotes of this article that this connection may not change (a team's
        rules), so that what rewrites them all must wait for someone who may; None: nobody."""
        return None

    def _may_correct(self, article_id: int) -> None:
        """Raise when this connection may not change what the article's quotes say (a team's rules)."""

    def correct(self, article_id: int, **corrections: Any) -> ArticleRecord:
        """Record the user's fixes (title, date, url, publisher, reprinted_by, series, authors).

        A value of None removes that correction (back to the parsed value); "" means "unknown".
        Corrections live apart from the parse, so re-adding or re-parsing the article keeps them.
        """
        unknown = set(corrections) - set(CORRECTABLE)
        if unknown:
            raise TypeError(N_("Library", "cannot correct {unknown}").format(unknown=', '.join(sorted(unknown))))
        if corrections.get("date"):
            check_date(corrections["date"])
        with self.transaction():
            self._may_correct(article_id)
            current = dict(self.get(article_id).corrections)  # the cached record's stays as it is
            for key, value in corrections.items():
                if value is None:
                    current.pop(key, None)
                elif key == "authors":
                    current[key] = [_author_dict(a) for a in value]
                else:
                    current[key] = str(value)
            self.sql.execute("UPDATE articles SET corrections = ? WHERE id = ?", (dumps(current), article_id))
            self.forget(article_id)
            self._refresh_attributions(article_id)
        return self.get(article_id)

    def _refresh_attributions(self, article_id: int) -> None:
        """Re-derive the cached attribution line, ``who`` and check reason of an article's quotes after
        its metadata changed (naming an author settles "the article names no author")."""
        article = self.get(article_id).article
        rows = self.sql.query('SELECT id, start, "end", voice, speaker, block_kind, attribution, who, '
                              "check_reason FROM quotes WHERE article_id = ?", (article_id,))
        changes = []
        for row in rows:
            line = attr.attribution(article, row["voice"], row["speaker"], row["block_kind"])
            whose = attr.who(article, row["voice"], row["speaker"], row["block_kind"])
            reason = attr.check_reason(article, row["start"], row["end"], row["voice"], row["speaker"],
                                       row["block_kind"])
            if (line, whose, reason) != (row["attribution"], row["who"], row["check_reason"]):
                changes.append((line, whose, reason, row["id"]))
        self.sql.executemany("UPDATE quotes SET attribution = ?, who = ?, check_reason = ? WHERE id = ?",
                             changes)


def stored_form(article: Article, parser: str | None) -> tuple[str, str, str | None]:
    """(hash, parsed JSON, parser version) an article row stores; ``CURRENT``: this program's parser."""
    if parser is CURRENT:
        from qtapp.library.rederive import current_version

        parser = current_version()
    return text_hash(article.text), dumps(article.to_json()), parser


def path_text(path: str | os.PathLike[str] | None) -> str | None:
    return None if path is None else str(path)


def _author_dict(author: Any) -> dict[str, Any]:
    data = dict(author) if isinstance(author, dict) else dict(vars(author))
    return {k: data.get(k) for k in ("name", "family", "given", "description", "family_first")}
