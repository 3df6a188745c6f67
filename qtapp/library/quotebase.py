"""What both backends' ``library.quotes`` share: reading records, editing, trashing and purging quotes.

Written once in SQLite's spelling and sent through ``dialect.spelled``. A backend's repository adds how
quotes are saved and found (SQLite stages rows for FTS5; the server draws ids from a sequence and
ranks with ``ts_rank``), its ``_SELECT``/``_FIELDS`` (a team library's records carry who clipped them),
and ``_refuse``: what a change that touched no row means there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from qtapp.library import attribution as attr
from qtapp.library.dialect import spelled
from qtapp.library.drafts import UNSET, QuoteDraft, normalise_tags, voice_for
from qtapp.library.errors import NotFound
from qtapp.library.queries import COLUMNS
from qtapp.library.records import QuoteRecord, dumps
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.articlebase import SqlArticles
    from qtapp.library.dialect import Connection

_ARTICLE = COLUMNS.index("article_id")  # the same place in either backend's _SELECT


class SqlQuotes:
    """The backend-neutral part of ``library.quotes`` (``contract.Quotes``) over ``db``."""

    _SELECT: str  # the record columns, in ``_FIELDS``' order, of ``quotes q``
    _FIELDS: tuple[str, ...]

    def __init__(self, db: Any, articles: SqlArticles) -> None:
        self.db = db
        self.sql: Connection = spelled(db)
        self._articles = articles

    def add(self, article_id: int, start: int, end: int, *, note: str = "", tags: Sequence[str] = (),
            color: str | None = None, voice: str | None = None, speaker: str | None = None,
            uuid: str | None = None, created: str | None = None, updated: str | None = None,
            block_kind: str | None = None) -> int:
        """Save one quote: ``add_many`` (the backend's) with one draft."""
        draft = QuoteDraft(article_id, start, end, note, tuple(tags), color, voice, speaker, uuid,
                           created, updated, block_kind)
        return self.add_many([draft])[0]

    def add_many(self, drafts: Iterable[QuoteDraft]) -> list[int]:
        raise NotImplementedError

    def find_duplicate(self, article_id: int, start: int, end: int) -> int | None:
        """The id of a live quote with exactly this span, so saving twice can say so."""
        return self.sql.scalar('SELECT id FROM quotes WHERE article_id = ? AND start = ? AND "end" = ? '
                               "AND deleted_at IS NULL ORDER BY id LIMIT 1", (article_id, start, end))

    def get(self, quote_id: int) -> QuoteRecord:
        """A quote by id, also when it is in the trash."""
        rows = self.sql.execute(f"SELECT {self._SELECT} FROM quotes q WHERE q.id = ?", (quote_id,)).fetchall()
        if not rows:
            raise NotFound(N_("Library", "there is no quote {quote_id} in the library; see 'quoteclip quotes "
                                         "list'").format(quote_id=quote_id))
        return self._records(rows)[0]

    def uuids(self) -> set[str]:
        """Every quote's uuid, trash included: what an import checks against, without building records."""
        return {row[0] for row in self.db.execute("SELECT uuid FROM quotes")}

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
            if voice is not UNSET or speaker is not UNSET:
                article = self._articles.reading(old.article_id)
                wanted = old.voice if voice is UNSET else voice
                named = (old.speaker if speaker is UNSET else speaker) if wanted == "speaker" else None
                if voice is UNSET and speaker is not UNSET and speaker:
                    wanted, named = "speaker", speaker
                new_voice, new_speaker = voice_for(article, old.start, old.end, wanted, named, old.block_kind)
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
                if not self.sql.execute(f"UPDATE quotes SET {assignments} WHERE id = ?",
                                        [*sets.values(), quote_id]).rowcount:
                    self._refuse(quote_id, "edit")
                if tags is not UNSET:  # after the row: a change the team's rules refuse stops there
                    self.sql.execute("DELETE FROM quote_tags WHERE quote_id = ?", (quote_id,))
                    self.sql.executemany("INSERT INTO quote_tags (tag, quote_id) VALUES (?, ?)",
                                         [(t, quote_id) for t in clean])
        return self.get(quote_id)

    def _refuse(self, quote_id: int, doing: str) -> NoReturn:
        """Say why a change of quote ``quote_id`` touched no row: on one file, that there is no such quote."""
        raise NotFound(N_("Library", "there is no quote {quote_id} in the library").format(quote_id=quote_id))

    def delete(self, quote_id: int) -> None:
        """Move a quote to the trash (undoable with ``restore``)."""
        from qtapp.library.stamps import now

        self._set_deleted(quote_id, now(), "delete")

    def restore(self, quote_id: int) -> None:
        self._set_deleted(quote_id, None, "restore")

    def _set_deleted(self, quote_id: int, stamp: str | None, doing: str) -> None:
        with self.db.transaction():
            cursor = self.sql.execute("UPDATE quotes SET deleted_at = ? WHERE id = ?", (stamp, quote_id))
            if cursor.rowcount == 0:
                self._refuse(quote_id, doing)

    def purge_trash(self, before: str | None = None) -> int:
        """Delete for good the quotes in the trash (those trashed before ``before``, if given); on a
        team library only those this role may delete."""
        with self.db.transaction():
            cursor = self.sql.execute("DELETE FROM quotes WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                                      (before or "9999",))
            return int(cursor.rowcount)

    def whos(self) -> list[str]:
        """Distinct "whose words" values (speakers, authors, outlets) for the filter menu.

        Read from the partial index ``quotes_who`` without touching the table.
        """
        return [r[0] for r in self.db.execute("SELECT DISTINCT who FROM quotes WHERE deleted_at IS NULL "
                                              "AND who IS NOT NULL ORDER BY who")]

    def _records(self, rows: Sequence[Sequence[Any]]) -> list[QuoteRecord]:
        """Records from rows of ``_SELECT``; each article's metadata is built once and shared."""
        infos = self._articles.infos({row[_ARTICLE] for row in rows})
        tags: dict[str, tuple[str, ...]] = {}  # few distinct tag lists: parse each JSON once
        out = []
        for row in rows:
            values = dict(zip(self._FIELDS, row, strict=True))
            values["article"] = infos[values.pop("article_id")]
            raw = values["tags"]
            if raw not in tags:
                tags[raw] = tuple(json.loads(raw))
            values["tags"] = tags[raw]
            out.append(QuoteRecord.from_values(values))
        return out
