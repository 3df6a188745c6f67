"""The quotes of a library: save, find, filter, edit, trash.

A repository over the library's connection, composed into ``Library`` as ``library.quotes``; it reads
articles through ``library.articles``. Its public methods are the contract another backend implements
(``contract.Quotes``). Many quotes are written in one transaction (``add_many``), which is what makes a
100k-quote import take seconds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, get_args

from qtapp.article.model import Article, BlockKind
from qtapp.library import attribution as attr
from qtapp.library import queries
from qtapp.library.errors import NotFound, translate
from qtapp.library.records import QuoteRecord, dumps
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.articlestore import ArticleRepository
    from qtapp.library.connection import Database

UNSET: Any = object()
RANK_LIMIT = queries.RANK_LIMIT
_SELECT = queries.SELECT
_COLUMNS = queries.COLUMNS
_FIELDS = tuple(column.strip('"') for column in _COLUMNS)
_ARTICLE = _FIELDS.index("article_id")
_INSERTED = ", ".join(c for c in _COLUMNS if c != "deleted_at")  # what add_many writes


@dataclass(frozen=True)
class QuoteDraft:
    """A quote to save: a span of a stored article plus the user's additions."""

    article_id: int
    start: int
    end: int
    note: str = ""
    tags: Sequence[str] = field(default_factory=tuple)
    color: str | None = None
    voice: str | None = None  # None: derived from where the span lies
    speaker: str | None = None
    uuid: str | None = None
    created: str | None = None
    updated: str | None = None
    # The kind the reader showed the passage as, when not its block's: the headline found in the
    # reprint note's text is the publisher's headline. None: the kind of the block it lies in.
    block_kind: str | None = None
    # When the user confirmed the attribution (a restored backup's); None: confirmed only when
    # ``voice``/``speaker`` override what the rules derive.
    confirmed: str | None = None
    # Who chose ``voice``: a voice given here is the user's unless said otherwise; None means "not
    # known" (a backup from before schema v4), decided at the next re-derivation (``rederive.py``).
    voice_by: str | None = "user"


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Trim, collapse inner blanks, drop empties and case-insensitive repeats (first spelling wins)."""
    if isinstance(tags, str):  # iterating it would make each letter a tag
        raise TypeError(N_("Library", "tags must be a list of texts, not the text {tags!r}").format(tags=tags))
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(str(tag).split())
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return list(seen.values())


class QuoteRepository:
    """``library.quotes``: save, list, search, edit and trash quotes."""

    def __init__(self, db: Database, articles: ArticleRepository) -> None:
        self.db = db
        self._articles = articles

    def add(self, article_id: int, start: int, end: int, *, note: str = "",
                  tags: Sequence[str] = (), color: str | None = None, voice: str | None = None,
                  speaker: str | None = None, uuid: str | None = None, created: str | None = None,
                  updated: str | None = None, block_kind: str | None = None) -> int:
        draft = QuoteDraft(article_id, start, end, note, tuple(tags), color, voice, speaker, uuid,
                           created, updated, block_kind)
        return self.add_many([draft])[0]

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

    def find_duplicate(self, article_id: int, start: int, end: int) -> int | None:
        """The id of a live quote with exactly this span, so saving twice can say so."""
        return self.db.scalar('SELECT id FROM quotes WHERE article_id = ? AND start = ? AND "end" = ? '
                              "AND deleted_at IS NULL", (article_id, start, end))

    def get(self, quote_id: int) -> QuoteRecord:
        """A quote by id, also when it is in the trash."""
        rows = self.db.execute(f"SELECT {_SELECT} FROM quotes q WHERE id = ?", (quote_id,)).fetchall()
        if not rows:
            raise NotFound(N_("Library", "there is no quote {quote_id} in the library; see 'quoteclip quotes "
                                         "list'").format(quote_id=quote_id))
        return self._records(rows)[0]

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

    def uuids(self) -> set[str]:
        """Every quote's uuid, trash included: what an import checks against, without building records."""
        return {row[0] for row in self.db.execute("SELECT uuid FROM quotes")}

    def count(self, search: str | None = None, article_id: int | None = None,
              tag: str | None = None, color: str | None = None, who: str | None = None,
              *, trash: bool = False, needs_check: bool = False) -> int:
        query = queries.count(search, article_id, tag, color, who, trash, needs_check)
        return 0 if query is None else int(self.db.scalar(*query))

    def update(self, quote_id: int, *, note: str = UNSET, tags: Sequence[str] = UNSET,
               color: str | None = UNSET, voice: str | None = UNSET,
               speaker: str | None = UNSET, voice_by: str | None = UNSET,
               confirmed: bool | str | None = UNSET) -> QuoteRecord:
        """Change what the user may change. ``voice=None`` goes back to the derived voice.

        A voice or speaker set here is the user's: it wins over every later reading (``voice_by``) and
        confirms the attribution, unless ``voice_by`` / ``confirmed`` say otherwise (undo puts back who
        had chosen and whether it was confirmed). ``confirmed=True`` confirms the attribution as it is
        (the rules keep owning the voice), ``None`` withdraws the confirmation, and a string is a stored
        time (undo, restore).
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
                self.db.execute("DELETE FROM quote_tags WHERE quote_id = ?", (quote_id,))
                self.db.executemany("INSERT INTO quote_tags (tag, quote_id) VALUES (?, ?)",
                                    [(t, quote_id) for t in clean])
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
                    confirmed = voice is not None  # back to the derived voice: back to the rules' doubts
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
                assignments = ", ".join(f"{k} = ?" for k in sets)
                self.db.execute(f"UPDATE quotes SET {assignments} WHERE id = ?", [*sets.values(), quote_id])
        return self.get(quote_id)

    def delete(self, quote_id: int) -> None:
        """Move a quote to the trash (undoable with ``restore``)."""
        from qtapp.library.stamps import now

        self._set_deleted(quote_id, now())

    def restore(self, quote_id: int) -> None:
        self._set_deleted(quote_id, None)

    def _set_deleted(self, quote_id: int, stamp: str | None) -> None:
        with self.db.transaction():
            cursor = self.db.execute("UPDATE quotes SET deleted_at = ? WHERE id = ?", (stamp, quote_id))
            if cursor.rowcount == 0:
                raise NotFound(N_("Library", "there is no quote {quote_id} in the library").format(quote_id=quote_id))

    def purge_trash(self, before: str | None = None) -> int:
        """Delete for good the quotes in the trash (those trashed before ``before``, if given)."""
        with self.db.transaction():
            cursor = self.db.execute("DELETE FROM quotes WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                                     (before or "9999",))
            return cursor.rowcount

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

    def whos(self) -> list[str]:
        """Distinct "whose words" values (speakers, authors, outlets) for the filter menu.

        Read from the partial index ``quotes_who`` (schema v3) without touching the table.
        """
        return [r[0] for r in self.db.execute("SELECT DISTINCT who FROM quotes WHERE deleted_at IS NULL "
                                              "AND who IS NOT NULL ORDER BY who")]

    def _records(self, rows: Sequence[Sequence[Any]]) -> list[QuoteRecord]:
        """Records from rows of ``_SELECT``; each article's metadata is built once and shared."""
        infos = self._articles.infos({row[_ARTICLE] for row in rows})
        tags: dict[str, tuple[str, ...]] = {}  # few distinct tag lists: parse each JSON once
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


def draft_rows(drafts: Iterable[QuoteDraft], reading: Callable[[int], Article]
               ) -> tuple[list[tuple[Any, ...]], list[list[str]]]:
    """The ``quotes`` rows (``_INSERTED`` less the id) and tag lists of drafts, in order: the anchor,
    block kind, voice, attribution line and check reason each backend stores. ``reading(article_id)``
    gives the article as corrected (raising ``NotFound`` for an unknown id)."""
    import uuid as uuidlib

    from qtapp.library.anchoring import selector_for
    from qtapp.library.stamps import now

    articles: dict[int, Article] = {}
    rows: list[tuple[Any, ...]] = []
    tag_rows: list[list[str]] = []
    lines: dict[tuple[int, str, str | None, str | None], tuple[str, str]] = {}
    tag_lists: dict[tuple[str, ...], tuple[list[str], str]] = {}
    for draft in drafts:
        if draft.article_id not in articles:
            articles[draft.article_id] = reading(draft.article_id)
        article = articles[draft.article_id]
        sel = selector_for(article.text, draft.start, draft.end)
        if not sel.exact.strip():
            raise ValueError(N_("Library", "a quote needs some text"))
        kind = _kind(article, draft.start, draft.end, draft.block_kind)
        voice, speaker = _voice(article, draft.start, draft.end, draft.voice, draft.speaker, kind)
        tag_key = tuple(draft.tags)
        if tag_key not in tag_lists:  # few distinct tag lists: clean and encode each once
            clean = normalise_tags(tag_key)
            tag_lists[tag_key] = (clean, dumps(clean))
        tags, tags_json = tag_lists[tag_key]
        stamp = draft.created or now()
        # A voice given here is the user's (``voice_by``), unless the draft says the rules'; one
        # that overrides the derived voice is also the user's word on it: confirmed. (Derived
        # only when that can matter: a restored quote's is mostly the rules' or confirmed.)
        by = "rules" if draft.voice is None else draft.voice_by
        confirmed = draft.confirmed
        if not confirmed and by != "rules" and (voice, speaker) != attr.derive_voice(
                article, draft.start, draft.end, kind):
            confirmed = stamp
        line_key = (draft.article_id, voice, speaker, kind)
        if line_key not in lines:  # the same few per article: an import builds each once
            lines[line_key] = (attr.attribution(article, voice, speaker, kind),
                               attr.who(article, voice, speaker, kind))
        rows.append((draft.uuid or str(uuidlib.uuid4()), draft.article_id, sel.exact,
                     sel.prefix, sel.suffix, sel.start, sel.end, kind, voice, speaker,
                     draft.note or "", tags_json, draft.color or None,
                     *lines[line_key], stamp, draft.updated or stamp,
                     attr.check_reason(article, draft.start, draft.end, voice, speaker, kind),
                     confirmed, by))
        tag_rows.append(tags)
    return rows, tag_rows


def _kind(article: Any, start: int, end: int, shown_as: str | None) -> str | None:
    """The block kind a quote is saved with: as the reader showed it, else its block's."""
    if shown_as is not None:
        if shown_as not in get_args(BlockKind):
            raise ValueError(N_("Library", "{shown_as!r} is not a kind of block").format(shown_as=shown_as))
        return shown_as
    block = attr.block_for(article, start, end)
    return block.kind if block else None


def _voice(article: Any, start: int, end: int, voice: str | None, speaker: str | None,
           block_kind: str | None = None) -> tuple[str, str | None]:
    if voice is None:
        return attr.derive_voice(article, start, end, block_kind)
    if voice not in attr.VOICES:
        raise ValueError(N_("Library", "voice must be one of {voices}, not {voice!r}")
                         .format(voices=', '.join(attr.VOICES), voice=voice))
    if voice == "speaker":
        if not speaker or not speaker.strip():
            raise ValueError(N_("Library", "a quote in a speaker's voice needs the speaker's name"))
        return voice, speaker.strip()
    return voice, None
