"""``library.quotes`` of a team library: ``SqlQuotes`` (``quotebase.py``) on PostgreSQL.

Rows are built by the same code as SQLite's (``drafts.draft_rows``: anchor, voice, attribution),
so a quote saved in a team library reads exactly as in a personal one. What the server adds:
``clipped_by``/``clipped_at`` (the saving role, set by a trigger), a ``version`` for "changed by X
meanwhile" (``update_if_unchanged``), and row-level security: a change the team's rules refuse says so
(``NotPermitted``) instead of quietly doing nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn

from qtapp.library.dialect import POSTGRES
from qtapp.library.drafts import QuoteDraft, draft_rows
from qtapp.library.errors import LibraryError, NotFound
from qtapp.library.postgres.connection import NotPermitted
from qtapp.library.queries import COLUMNS, filters
from qtapp.library.quotebase import SqlQuotes
from qtapp.library.records import QuoteRecord
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.postgres.articles import TeamArticles
    from qtapp.library.postgres.connection import TeamDatabase

# What a team library adds to SQLite's columns (queries.COLUMNS), in QuoteRecord's field order.
_TEAM_COLUMNS = ("q.clipped_by", "to_char(q.clipped_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
                 "q.version", "q.updated_by")
_FIELDS = tuple(c.strip('"') for c in COLUMNS) + ("clipped_by", "clipped_at", "version", "updated_by")
SELECT = ", ".join([*(f"q.{c}" for c in COLUMNS), *_TEAM_COLUMNS])
_INSERTED = [c for c in COLUMNS if c not in ("id", "deleted_at")]
# ts_rank's weights for D, C, B, A (attribution, tags, note, exact): FTS5's bm25 column weights 1:2:4:8.
# Above this many matches a search lists newest first instead of ranking (SQLite: queries.RANK_LIMIT,
# 15,000). ts_rank reads each match's tsvector from the table, ~30 µs a row here against FTS5's ~1:
# ranking 30k matches of "tra" at 100k quotes took ~1 s, so the team library ranks up to 2,000.
RANK_LIMIT = 2000
_FEW = 50  # batches up to this size are INSERTed; larger ones go through COPY
RANK = "ts_rank('{0.1, 0.2, 0.4, 0.8}', q.search, to_tsquery('simple', quoteclip_fold(%s)))"


class ChangedMeanwhile(LibraryError):
    """Someone saved this quote after the version the user was editing: their change would be lost."""

    def __init__(self, current: QuoteRecord) -> None:
        by = current.updated_by or current.clipped_by or "someone"
        super().__init__(N_("Library", "quote {id} was changed by {by} meanwhile (at {updated}); your edit was not "
                            "saved. Look at their version, then edit again or keep theirs")
                         .format(id=current.id, by=by, updated=current.updated))
        self.current, self.by = current, by


def _filters(search: str | None, article_id: int | None, tag: str | None, color: str | None,
             who: str | None, trash: bool, needs_check: bool, clipped_by: str | None = None
             ) -> tuple[list[str], list[Any], str | None]:
    """SQLite's filters (``queries.filters``) in the server's spelling, with its full-text search."""
    return filters(search, article_id, tag, color, who, trash, needs_check, clipped_by, POSTGRES)


class TeamQuotes(SqlQuotes):
    """``library.quotes``: save, list, search, edit and trash quotes on the server."""

    _SELECT = SELECT
    _FIELDS = _FIELDS

    def __init__(self, db: TeamDatabase, articles: TeamArticles) -> None:
        super().__init__(db, articles)
        self.db: TeamDatabase = db
        self._articles: TeamArticles = articles
        self._streams = 0

    def add_many(self, drafts: Iterable[QuoteDraft]) -> list[int]:
        """Save many quotes in one transaction; all are saved or none.

        Ids are drawn from the quotes' sequence first, so many clients saving at once never collide;
        the rows are COPYed into a temporary table (one stream, not a statement per quote) and enter
        ``quotes`` in one INSERT … SELECT, which row-level security checks (COPY into it it refuses).
        """
        with self.db.transaction():
            rows, tag_lists = draft_rows(drafts, self._articles.reading)
            if not rows:
                return []
            ids = sorted(int(r[0]) for r in self.db.execute(
                "SELECT nextval(pg_get_serial_sequence('quotes', 'id')) FROM generate_series(1, %s)",
                (len(rows),)))
            columns = ", ".join(["id", *_INSERTED])
            if len(rows) <= _FEW:  # a save from the window: plain INSERTs, pipelined into one round trip
                self.db.executemany(f"INSERT INTO quotes ({columns}) VALUES ({', '.join(['%s'] * (len(rows[0]) + 1))})",
                                    [(i, *row) for i, row in zip(ids, rows, strict=True)])
                tag_rows = [(t, i) for i, tags in zip(ids, tag_lists, strict=True) for t in tags]
                if tag_rows:
                    self.db.executemany("INSERT INTO quote_tags (tag, quote_id) VALUES (%s, %s)", tag_rows)
                return ids
            self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS quote_batch AS SELECT {columns} FROM quotes "
                            "WITH NO DATA")
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS tag_batch AS SELECT tag, quote_id FROM quote_tags "
                            "WITH NO DATA")
            # A failure rolls the batch back with the rest; after success it is emptied for the next one.
            self.db.copy_rows("quote_batch", ["id", *_INSERTED],
                              ((i, *row) for i, row in zip(ids, rows, strict=True)))
            self.db.copy_rows("tag_batch", ["tag", "quote_id"],
                              ((t, i) for i, tags in zip(ids, tag_lists, strict=True) for t in tags))
            self.db.execute(f"INSERT INTO quotes ({columns}) SELECT {columns} FROM quote_batch ORDER BY id")
            self.db.execute("INSERT INTO quote_tags (tag, quote_id) SELECT tag, quote_id FROM tag_batch")
            self.db.execute("DELETE FROM quote_batch")  # not TRUNCATE: that makes new files every time
            self.db.execute("DELETE FROM tag_batch")
        return ids

    def _select(self, search: str | None, article_id: int | None, tag: str | None, color: str | None,
                who: str | None, limit: int | None, offset: int, trash: bool, newest_first: bool,
                needs_check: bool, clipped_by: str | None = None) -> tuple[str, list[Any]] | None:
        where, params, match = _filters(search, article_id, tag, color, who, trash, needs_check, clipped_by)
        if match is None and search and search.strip() and not trash:
            return None
        page = ""
        if limit is not None or offset:
            page = " LIMIT %s OFFSET %s"
        paging = [limit, offset] if page else []
        if match is None:
            order = "q.created DESC, q.id DESC" if newest_first else "q.id"
            return f"SELECT {SELECT} FROM quotes q WHERE {' AND '.join(where)} ORDER BY {order}{page}", \
                params + paging
        # Newest first, so a common word is told by the rows its newest-first page then reads (warm in
        # the server's cache) instead of the table's oldest; a rare one the planner takes from the GIN.
        hits = self.db.scalar("SELECT COUNT(*) FROM (SELECT 1 FROM quotes WHERE deleted_at IS NULL AND "
                              "search @@ to_tsquery('simple', quoteclip_fold(%s)) ORDER BY id DESC LIMIT %s) "
                              "AS hit", (match, RANK_LIMIT + 1))
        if hits > RANK_LIMIT:  # too common a word to rank: newest first, as SQLite does above its limit
            return f"SELECT {SELECT} FROM quotes q WHERE {' AND '.join(where)} ORDER BY q.id DESC{page}", \
                params + paging
        return (f"SELECT {SELECT} FROM quotes q WHERE {' AND '.join(where)} ORDER BY {RANK} DESC, q.id{page}",
                params + [match] + paging)

    def find(self, search: str | None = None, article_id: int | None = None, tag: str | None = None,
             color: str | None = None, who: str | None = None, limit: int | None = None,
             offset: int = 0, *, trash: bool = False, newest_first: bool = False,
             needs_check: bool = False, clipped_by: str | None = None) -> list[QuoteRecord]:
        """Quotes matching every filter given; with ``search``, best matches first (``ts_rank``).
        ``clipped_by`` (a team library's own filter) keeps one member's quotes."""
        query = self._select(search, article_id, tag, color, who, limit, offset, trash, newest_first,
                             needs_check, clipped_by)
        return [] if query is None else self._records(self.db.execute(*query).fetchall())

    def clipped(self, by: str, limit: int | None = None, offset: int = 0) -> list[QuoteRecord]:
        """Live quotes one member clipped, newest first: the "Clipped by" filter (a team library's own)."""
        query = self._select(None, None, None, None, None, limit, offset, False, True, False, by)
        return [] if query is None else self._records(self.db.execute(*query).fetchall())

    def clippers(self) -> list[tuple[str, int]]:
        """Who clipped the live quotes, with how many each: the "Clipped by" filter menu."""
        return [(r[0], int(r[1])) for r in self.db.execute(
            "SELECT clipped_by, COUNT(*) FROM quotes WHERE deleted_at IS NULL GROUP BY clipped_by ORDER BY 1")]

    def stream(self, search: str | None = None, article_id: int | None = None,
               tag: str | None = None, color: str | None = None, who: str | None = None,
               limit: int | None = None, offset: int = 0, *, trash: bool = False,
               newest_first: bool = False, chunk: int = 2000, needs_check: bool = False
               ) -> Iterator[QuoteRecord]:
        """``find()`` read ``chunk`` rows at a time through a server-side cursor, for 100k-quote exports.

        The cursor is WITH HOLD, so it lives outside a transaction; don't write while consuming it.
        """
        query = self._select(search, article_id, tag, color, who, limit, offset, trash, newest_first,
                             needs_check)
        if query is None:
            return
        import psycopg

        self.db.execute("SELECT 1")  # reconnects first if the server dropped us
        self._streams += 1  # a stream inside another's loop needs a cursor of its own name
        with self.db.conn.cursor(name=f"quoteclip_stream_{self._streams}", withhold=True) as cursor:
            try:
                cursor.execute(*query)
                while True:
                    rows = cursor.fetchmany(chunk)
                    if not rows:
                        return
                    yield from self._records(rows)
            except psycopg.Error as error:
                raise self.db.translate(error) from error

    def count(self, search: str | None = None, article_id: int | None = None,
              tag: str | None = None, color: str | None = None, who: str | None = None,
              *, trash: bool = False, needs_check: bool = False, clipped_by: str | None = None) -> int:
        where, params, match = _filters(search, article_id, tag, color, who, trash, needs_check, clipped_by)
        if match is None and search and search.strip() and not trash:
            return 0
        return int(self.db.scalar(f"SELECT COUNT(*) FROM quotes q WHERE {' AND '.join(where)}", params))

    def update_if_unchanged(self, seen: QuoteRecord, **changes: Any) -> QuoteRecord:
        """``update(seen.id, **changes)`` unless someone saved the quote since ``seen`` was read: then
        ``ChangedMeanwhile`` carries their version, so the user chooses instead of overwriting it.

        What the window's note editor calls with the record it showed (team libraries only).
        """
        with self.db.transaction():
            stored = self.db.scalar("SELECT version FROM quotes WHERE id = %s FOR UPDATE", (seen.id,))
            if stored is None:
                raise NotFound(N_("Library", "there is no quote {id} in the library").format(id=seen.id))
            if seen.version is not None and int(stored) != seen.version:
                raise ChangedMeanwhile(self.get(seen.id))
            return self.update(seen.id, **changes)

    def _refuse(self, quote_id: int, doing: str) -> NoReturn:
        """Row-level security skips rows a member may not change without an error: say it is refused,
        naming who clipped the quote (``NotFound`` when there is none)."""
        old = self.get(quote_id)
        raise NotPermitted(N_("Library", "quote {id} was clipped by {clipped_by}: only they or an editor "
                                          "may {doing} it ({role} is neither); nothing was changed")
                            .format(id=old.id, clipped_by=old.clipped_by, doing=doing, role=self.db.role))

    def tags(self) -> list[tuple[str, int]]:
        """Tags on live quotes with their counts (case-insensitively one tag, as on SQLite)."""
        return [(r[0], int(r[1])) for r in self.db.execute(
            "SELECT min(t.tag), COUNT(*) FROM quote_tags t JOIN quotes q ON q.id = t.quote_id "
            "WHERE q.deleted_at IS NULL GROUP BY lower(t.tag) ORDER BY lower(t.tag)")]
