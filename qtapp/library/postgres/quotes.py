"""``library.quotes`` of a team library: the contract of SQLite's ``quotestore.py`` on PostgreSQL.

Rows are built by the same code as SQLite's (``quotestore.draft_rows``: anchor, voice, attribution),
so a quote saved in a team library reads exactly as in a personal one. What the server adds:
``clipped_by``/``clipped_at`` (the saving role, set by a trigger), a ``version`` for "changed by X
meanwhile" (``update_if_unchanged``), and row-level security: a change the team's rules refuse says so
(``NotPermitted``) instead of quietly doing nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from qtapp.library import attribution as attr
from qtapp.library.errors import LibraryError, NotFound
from qtapp.library.postgres.connection import NotPermitted
from qtapp.library.postgres.search import ts_query
from qtapp.library.queries import COLUMNS, NEEDS_CHECK
from qtapp.library.quotestore import UNSET, QuoteDraft, _voice, draft_rows, normalise_tags
from qtapp.library.records import QuoteRecord, dumps
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.postgres.articles import TeamArticles
    from qtapp.library.postgres.connection import TeamDatabase

# What a team library adds to SQLite's columns (queries.COLUMNS), in QuoteRecord's field order.
_TEAM_COLUMNS = ("q.clipped_by", "to_char(q.clipped_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
                 "q.version", "q.updated_by")
_FIELDS = tuple(c.strip('"') for c in COLUMNS) + ("clipped_by", "clipped_at", "version", "updated_by")
SELECT = ", ".join([*(f"q.{c}" for c in COLUMNS), *_TEAM_COLUMNS])
_ARTICLE = _FIELDS.index("article_id")
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
    where = ["q.deleted_at IS NOT NULL" if trash else "q.deleted_at IS NULL"]
    params: list[Any] = []
    match = None if trash else ts_query(search)
    if match is not None:
        where.append("q.search @@ to_tsquery('simple', quoteclip_fold(%s))")
        params.append(match)
    elif trash and search and search.strip():
        pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(q.exact ILIKE %s OR q.note ILIKE %s)")
        params += [pattern, pattern]
    if article_id is not None:
        where.append("q.article_id = %s")
        params.append(article_id)
    if tag:
        where.append("q.id IN (SELECT quote_id FROM quote_tags WHERE lower(tag) = lower(%s))")
        params.append(" ".join(tag.split()))
    if color:
        where.append("q.color = %s")
        params.append(color)
    if who:
        where.append("lower(q.who) = lower(%s)")
        params.append(who)
    if needs_check:
        where.append(NEEDS_CHECK)
    if clipped_by:
        where.append("q.clipped_by = %s")
        params.append(clipped_by)
    return where, params, match


class TeamQuotes:
    """``library.quotes``: save, list, search, edit and trash quotes on the server."""

    def __init__(self, db: TeamDatabase, articles: TeamArticles) -> None:
        self.db = db
        self._articles = articles
        self._streams = 0

    def add(self, article_id: int, start: int, end: int, *, note: str = "", tags: Sequence[str] = (),
            color: str | None = None, voice: str | None = None, speaker: str | None = None,
            uuid: str | None = None, created: str | None = None, updated: str | None = None,
            block_kind: str | None = None) -> int:
        draft = QuoteDraft(article_id, start, end, note, tuple(tags), color, voice, speaker, uuid,
                           created, updated, block_kind)
        return self.add_many([draft])[0]

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

    def find_duplicate(self, article_id: int, start: int, end: int) -> int | None:
        """The id of a live quote with exactly this span, so saving twice can say so."""
        return self.db.scalar('SELECT id FROM quotes WHERE article_id = %s AND start = %s AND "end" = %s '
                              "AND deleted_at IS NULL ORDER BY id LIMIT 1", (article_id, start, end))

    def get(self, quote_id: int) -> QuoteRecord:
        """A quote by id, also when it is in the trash."""
        rows = self.db.execute(f"SELECT {SELECT} FROM quotes q WHERE q.id = %s", (quote_id,)).fetchall()
        if not rows:
            raise NotFound(N_("Library", "there is no quote {quote_id} in the library; see 'quoteclip quotes "
                                         "list'").format(quote_id=quote_id))
        return self._records(rows)[0]

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

    def uuids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT uuid FROM quotes")}

    def uuids_among(self, uuids: Iterable[str]) -> set[str]:
        """Those of ``uuids`` the library holds (live or trashed): what a backup's import or a copy
        asks per batch instead of reading every uuid of a large team library."""
        wanted = list(uuids)
        if not wanted:
            return set()
        return {row[0] for row in self.db.execute("SELECT uuid FROM quotes WHERE uuid = ANY(%s)", (wanted,))}

    def count(self, search: str | None = None, article_id: int | None = None,
              tag: str | None = None, color: str | None = None, who: str | None = None,
              *, trash: bool = False, needs_check: bool = False, clipped_by: str | None = None) -> int:
        where, params, match = _filters(search, article_id, tag, color, who, trash, needs_check, clipped_by)
        if match is None and search and search.strip() and not trash:
            return 0
        return int(self.db.scalar(f"SELECT COUNT(*) FROM quotes q WHERE {' AND '.join(where)}", params))

    def update(self, quote_id: int, *, note: str = UNSET, tags: Sequence[str] = UNSET,
               color: str | None = UNSET, voice: str | None = UNSET,
               speaker: str | None = UNSET, voice_by: str | None = UNSET,
               confirmed: bool | str | None = UNSET) -> QuoteRecord:
        """Change what the user may change, as SQLite's ``update`` does; a field not given stays.

        Row-level security may hide the row from this member's UPDATE (a colleague's quote): that is
        a ``NotPermitted`` naming who clipped it, never a silent no-op.
        """
        from qtapp.library.stamps import now

        with self.db.transaction():
            old = self.get(quote_id)
            sets: dict[str, Any] = {}
            if note is not UNSET:
                sets["note"] = note or ""
            if color is not UNSET:
                sets["color"] = color or None
            if tags is not UNSET:
                clean = normalise_tags(tags)
                sets["tags"] = dumps(clean)
            if voice is not UNSET or speaker is not UNSET:
                article = self._articles.reading(old.article_id)
                wanted = old.voice if voice is UNSET else voice
                named = (old.speaker if speaker is UNSET else speaker) if wanted == "speaker" else None
                if voice is UNSET and speaker is not UNSET and speaker:
                    wanted, named = "speaker", speaker
                new_voice, new_speaker = _voice(article, old.start, old.end, wanted, named, old.block_kind)
                sets.update(voice=new_voice, speaker=new_speaker,
                            voice_by="rules" if wanted is None else "user",
                            attribution=attr.attribution(article, new_voice, new_speaker, old.block_kind),
                            who=attr.who(article, new_voice, new_speaker, old.block_kind),
                            check_reason=attr.check_reason(article, old.start, old.end, new_voice,
                                                           new_speaker, old.block_kind))
                if confirmed is UNSET:
                    confirmed = voice is not None
            if voice_by is not UNSET:
                if voice_by not in (None, "rules", "user"):
                    raise ValueError(N_("Library", "voice_by must be 'rules', 'user' or None, not "
                                                   "{voice_by!r}")
                                     .format(voice_by=voice_by))
                sets["voice_by"] = voice_by
            if confirmed is not UNSET:
                sets["confirmed"] = now() if confirmed is True else (confirmed or None)
            if sets:
                sets["updated"] = now()
                assignments = ", ".join(f"{k} = %s" for k in sets)
                self._changed(old, self.db.execute(f"UPDATE quotes SET {assignments} WHERE id = %s",
                                                   [*sets.values(), quote_id]).rowcount)
                if tags is not UNSET:
                    self.db.execute("DELETE FROM quote_tags WHERE quote_id = %s", (quote_id,))
                    self.db.executemany("INSERT INTO quote_tags (tag, quote_id) VALUES (%s, %s)",
                                        [(t, quote_id) for t in normalise_tags(tags)])
        return self.get(quote_id)

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

    def _changed(self, old: QuoteRecord, rowcount: int, doing: str = "edit") -> None:
        """Row-level security skips rows a member may not change without an error: say it is refused."""
        if rowcount == 0:
            raise NotPermitted(N_("Library", "quote {id} was clipped by {clipped_by}: only they or an editor "
                                             "may {doing} it ({role} is neither); nothing was changed")
                               .format(id=old.id, clipped_by=old.clipped_by, doing=doing, role=self.db.role))

    def delete(self, quote_id: int) -> None:
        """Move a quote to the trash (undoable with ``restore``)."""
        from qtapp.library.stamps import now

        self._set_deleted(quote_id, now())

    def restore(self, quote_id: int) -> None:
        self._set_deleted(quote_id, None)

    def _set_deleted(self, quote_id: int, stamp: str | None) -> None:
        with self.db.transaction():
            old = self.get(quote_id)
            changed = self.db.execute("UPDATE quotes SET deleted_at = %s WHERE id = %s", (stamp, quote_id))
            self._changed(old, changed.rowcount, "delete" if stamp else "restore")

    def purge_trash(self, before: str | None = None) -> int:
        """Delete for good the quotes in the trash (those trashed before ``before``, if given); only
        those this role may delete."""
        with self.db.transaction():
            cursor = self.db.execute("DELETE FROM quotes WHERE deleted_at IS NOT NULL AND deleted_at < %s",
                                     (before or "9999",))
            return cursor.rowcount

    def tags(self) -> list[tuple[str, int]]:
        """Tags on live quotes with their counts (case-insensitively one tag, as on SQLite)."""
        return [(r[0], int(r[1])) for r in self.db.execute(
            "SELECT min(t.tag), COUNT(*) FROM quote_tags t JOIN quotes q ON q.id = t.quote_id "
            "WHERE q.deleted_at IS NULL GROUP BY lower(t.tag) ORDER BY lower(t.tag)")]

    def whos(self) -> list[str]:
        """Distinct "whose words" values of live quotes."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT who FROM quotes WHERE deleted_at IS NULL "
                                              "AND who IS NOT NULL ORDER BY who")]

    def _records(self, rows: Sequence[Sequence[Any]]) -> list[QuoteRecord]:
        infos = self._articles.infos({row[_ARTICLE] for row in rows})
        tags: dict[str, tuple[str, ...]] = {}
        out = []
        for row in rows:
            values = dict(zip(_FIELDS, row, strict=True))
            values["article"] = infos[values.pop("article_id")]
            raw = values["tags"]
            if raw not in tags:
                tags[raw] = tuple(json.loads(raw))
            values["tags"] = tags[raw]
            out.append(QuoteRecord.from_values(values))
        return out
