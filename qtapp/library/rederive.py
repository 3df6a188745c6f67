"""Re-reading stored articles with newer reading rules, so saved quotes follow the better reading.

Each article records which parser version read it (``articles.parser``, schema v4). When this program's
version differs, the stored source is parsed again, the article's quotes are re-anchored in the new text
(``anchoring.py``) and their voice, speaker and attribution line derived again. What the user decided is
never touched: article corrections live apart and are laid over the new parse, and a quote whose voice
the user chose keeps it. One article per transaction, so a crash loses nothing and the next open resumes
with what is still stale; a quote that cannot be placed in the new text keeps all it had and is reported.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qtapp.article.model import Article
from qtapp.library import attribution as attr
from qtapp.library.dialect import spelled
from qtapp.library.records import apply_corrections, dumps

if TYPE_CHECKING:
    from qtapp.library.contract import SqlLibrary
    from qtapp.library.dialect import Connection

log = logging.getLogger(__name__)
Parse = Callable[[str], Article]
# What a saved web page's <head> gave (title, byline, date, link): its stored source is the text
# extracted from the page, so a new reading of that text cannot find them again and keeps the old ones.
PAGE_FIELDS = ("title", "authors", "date", "url")
# Three seeks on articles_parser; a stub (schema v6) has no source to read again: its text is its quotes.
_STALE = "FROM articles WHERE (parser IS NULL OR parser < ? OR parser > ?) AND stub IS NULL"
_QUOTE_COLUMNS = ('id, exact, prefix, suffix, start, "end", block_kind, voice, speaker, voice_by, attribution, who, '
                  "check_reason, confirmed")


@dataclass(frozen=True)
class Unplaced:
    """A quote whose passage the new reading no longer holds: it keeps its old anchor and attribution."""

    quote_id: int
    article_id: int
    exact: str


@dataclass
class Report:
    """What a re-derivation did, for the status bar and ``quoteclip library rederive``."""

    articles: int = 0
    quotes_changed: int = 0
    unplaced: list[Unplaced] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)  # (article id, why): left for next time
    stopped: bool = False

    def add(self, other: Report) -> None:
        self.articles += other.articles
        self.quotes_changed += other.quotes_changed
        self.unplaced += other.unplaced
        self.failed += other.failed

    def summary(self) -> str:
        text = (f"re-read {self.articles} article{'s' if self.articles != 1 else ''} with the current "
                f"reading rules; {self.quotes_changed} quote{'s' if self.quotes_changed != 1 else ''} changed")
        if self.unplaced:
            text += (f"; {len(self.unplaced)} could not be placed in the new reading and keep their "
                     f"attribution (quote {', '.join(str(u.quote_id) for u in self.unplaced[:10])}"
                     f"{', …' if len(self.unplaced) > 10 else ''})")
        if self.failed:
            text += f"; {len(self.failed)} article{'s' if len(self.failed) != 1 else ''} could not be re-read " \
                    f"and stay as they were ({'; '.join(f'article {i}: {why}' for i, why in self.failed[:3])})"
        return text

    def to_json(self) -> dict[str, Any]:
        return {"articles": self.articles, "quotes_changed": self.quotes_changed,
                "unplaced": [{"id": u.quote_id, "article": u.article_id, "text": u.exact} for u in self.unplaced],
                "failed": [{"article": i, "error": why} for i, why in self.failed], "stopped": self.stopped}


def current_version() -> str:
    """This program's parser version: a hash of the article package's source."""
    from qtapp.article.parse_cache import parser_fingerprint

    return parser_fingerprint()


def stale_count(library: SqlLibrary, version: str | None = None) -> int:
    """How many articles a parser other than ``version`` read: one indexed query, cheap at any size."""
    version = version or current_version()
    return int(_sql(library).scalar(f"SELECT COUNT(*) {_STALE}", (version, version)))


def stale_ids(library: SqlLibrary, version: str) -> list[int]:
    return [int(r[0]) for r in _sql(library).execute(f"SELECT id {_STALE} ORDER BY id", (version, version))]


def _sql(library: SqlLibrary) -> Connection:
    """The library's connection, for statements in SQLite's spelling (``dialect.py``): either backend."""
    return spelled(library.db)


def _default_parse(text: str) -> Article:
    from qtapp.article.parser import parse_text

    return parse_text(text)


def rederive(library: SqlLibrary, version: str | None = None, *, parse: Parse | None = None,
             progress: Callable[[int, int], None] | None = None,
             stop: Callable[[], bool] | None = None) -> Report:
    """Re-derive every stale article, one transaction each; ``stop()`` is asked between articles."""
    version = version or current_version()
    parse = parse or _default_parse
    ids = stale_ids(library, version)
    report = Report()
    # Only derived data is written, and re-deriving is idempotent: a power cut may cost the last few
    # articles' commits (WAL keeps the file whole), which the next open simply redoes. Without the
    # fsync per article, 100 articles take seconds less.
    sql = _sql(library)
    read, change = sql.dialect.durability
    durability = sql.scalar(read)
    sql.execute(change.format(sql.dialect.relaxed))
    try:
        for done, article_id in enumerate(ids):
            if stop is not None and stop():
                report.stopped = True
                break
            report.add(rederive_article(library, article_id, version, parse))
            if progress is not None:
                progress(done + 1, len(ids))
    finally:
        sql.execute(change.format(durability))
    return report


def rederive_article(library: SqlLibrary, article_id: int, version: str, parse: Parse) -> Report:
    """Read one stored article again and bring its quotes along; parsing happens outside the lock."""
    report = Report()
    sql = _sql(library)
    row = sql.query("SELECT source, parser FROM articles WHERE id = ?", (article_id,))
    if not row or row[0]["parser"] == version:
        return report
    source = row[0]["source"]
    try:
        new = parse(source)
    except Exception as error:  # a rule that fails on one article must not stop the others
        log.exception("re-reading article %s failed", article_id)
        report.failed.append((article_id, f"{type(error).__name__}: {error}"))
        return report
    if source.strip() and not new.blocks:
        report.failed.append((article_id, "the current rules read no text in it"))
        return report
    with library.transaction():
        rows = sql.query("SELECT hash, source, path, parsed, corrections, parser FROM articles "
                         f"WHERE id = ?{sql.dialect.for_update}", (article_id,))
        if not rows or rows[0]["parser"] == version or rows[0]["source"] != source:
            return report  # done by someone else meanwhile, or its source replaced: next time
        others = library.articles.others_quotes(article_id)
        if others:  # the team's rules would skip their rows: the article waits for an editor's run
            report.failed.append((article_id, f"it holds quotes clipped by {others}, which only an editor "
                                              "may re-derive"))
            return report
        stored = rows[0]
        old = Article.from_json(json.loads(stored["parsed"]))
        if stored["path"] and _is_web_page(stored["path"]):
            _keep_page_fields(old, new)
        corrections = json.loads(stored["corrections"])
        from qtapp.library.stamps import text_hash

        digest = text_hash(new.text)
        other = None if digest == stored["hash"] else sql.scalar(
            "SELECT id FROM articles WHERE hash = ? AND id != ?", (digest, article_id))
        if other is None:
            sql.execute("UPDATE articles SET hash = ?, parsed = ?, parser = ? WHERE id = ?",
                               (digest, dumps(new.to_json()), version, article_id))
            target, target_article = article_id, apply_corrections(new, corrections)
        else:
            target = int(other)
            target_article = _merge_into(sql, int(other), corrections)
            sql.execute("UPDATE articles SET parser = ? WHERE id = ?", (version, article_id))
        changed, unplaced = refresh_quotes(sql, article_id, apply_corrections(old, corrections),
                                           target_article, target)
        if target != article_id and not sql.scalar("SELECT EXISTS (SELECT 1 FROM quotes "
                                                          "WHERE article_id = ?)", (article_id,)):
            sql.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            from qtapp.article import parse_cache

            parse_cache.forget([stored["hash"]])  # its parsed text goes with it (a lost entry costs a parse)
        library.articles.forget()
    report.articles, report.quotes_changed, report.unplaced = 1, changed, unplaced
    return report


def _is_web_page(path: str) -> bool:
    from qtapp.article.loader import HTML_SUFFIXES

    return Path(path).suffix.lower() in HTML_SUFFIXES


def _keep_page_fields(old: Article, new: Article) -> None:
    """Fields the page's metadata gave and the text alone cannot: kept from the old reading."""
    for name in PAGE_FIELDS:
        if not getattr(new, name) and getattr(old, name):
            setattr(new, name, getattr(old, name))
            if name in old.found_by:
                new.found_by[name] = old.found_by[name]


def _merge_into(sql: Connection, other: int, corrections: dict[str, Any]) -> Article:
    """The new reading equals an article already stored: its quotes join that one, with the corrections
    it lacks. Returns that article as quotes see it."""
    row = sql.query("SELECT parsed, corrections FROM articles WHERE id = ?", (other,))[0]
    theirs = json.loads(row["corrections"])
    merged = {**corrections, **theirs}  # the article's own corrections win
    if merged != theirs:
        sql.execute("UPDATE articles SET corrections = ? WHERE id = ?", (dumps(merged), other))
    return apply_corrections(Article.from_json(json.loads(row["parsed"])), merged)


def _chosen_by(old: Article, row: Any) -> str:
    """Who chose a quote's voice when it was saved before that was recorded (schema v4).

    The rules, if the voice still equals what the old reading derives for its span; otherwise someone
    changed it, and a voice that may be the user's is never overwritten.
    """
    derived = attr.derive_voice(old, int(row["start"]), int(row["end"]), row["block_kind"])
    return "rules" if derived == (row["voice"], row["speaker"]) else "user"


def _shown_kind(old: Article, row: Any) -> str | None:
    """The headline a quote was saved as though its words lie in another block (``QuoteDraft.block_kind``):
    a kind the reader chose, kept whatever the new reading calls that block. None: the block's kind."""
    if row["block_kind"] != "title":
        return None
    block = attr.block_for(old, int(row["start"]), int(row["end"]))
    return None if block is not None and block.kind == "title" else "title"


def refresh_quotes(db: Connection, article_id: int, old: Article, new: Article,
                   target: int | None = None) -> tuple[int, list[Unplaced]]:
    """Re-anchor the quotes of ``article_id`` (read as ``old``) in ``new`` and derive what they derive.

    Quotes the user attributed keep their voice and speaker; block kind, anchor, the attribution line
    and the check reason follow the new reading (and the article's corrections). ``target`` is the
    article the quotes now belong to. Returns (how many changed, the quotes that could not be placed).

    A confirmation (``confirmed``, Confirm Attribution) vouched for one speaker: when the rules, which
    still own the voice, now give a different voice or speaker, the user never saw that one, so the
    confirmation goes and the new check reason decides whether it needs their eye again. A quote
    whose voice is the user's keeps its confirmation: nothing they answered for has changed.
    """
    from qtapp.library.anchoring import Selector, anchor, selector_for

    target = article_id if target is None else target
    same_text = old.text == new.text
    lines: dict[tuple[str, str | None, str | None], tuple[str, str]] = {}  # few distinct per article
    batch: list[tuple[Any, ...]] = []
    touched: set[int] = set()  # which of the position columns differ in some row
    unplaced: list[Unplaced] = []
    changed = 0  # quotes whose words are now someone else's, or whose attribution line reads otherwise
    for row in db.query(f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE article_id = ?", (article_id,)):
        start, end = int(row["start"]), int(row["end"])
        if not same_text:
            found = anchor(new.text, Selector(row["exact"], row["prefix"], row["suffix"], start, end))
            if found is None:
                unplaced.append(Unplaced(int(row["id"]), article_id, row["exact"]))
                continue
            start, end = found.start, found.end
        by = row["voice_by"] or _chosen_by(old, row)
        block = attr.block_for(new, start, end)
        kind = _shown_kind(old, row) or (block.kind if block else None)
        voice, speaker = (attr.derive_voice(new, start, end, kind) if by == "rules"
                          else (row["voice"], row["speaker"]))
        confirmed = row["confirmed"]
        if by == "rules" and (voice, speaker) != (row["voice"], row["speaker"]):
            confirmed = None  # the rules now name someone the user did not vouch for
        reason = attr.check_reason(new, start, end, voice, speaker, kind)
        if (voice, speaker, kind) not in lines:
            lines[voice, speaker, kind] = (attr.attribution(new, voice, speaker, kind),
                                           attr.who(new, voice, speaker, kind))
        line, whose = lines[voice, speaker, kind]
        sel = selector_for(new.text, start, end)
        position = (sel.prefix, sel.suffix, start, end, kind, voice, speaker, by, whose, target, reason,
                    confirmed)
        before = (row["prefix"], row["suffix"], int(row["start"]), int(row["end"]), row["block_kind"],
                  row["voice"], row["speaker"], row["voice_by"], row["who"], article_id, row["check_reason"],
                  row["confirmed"])
        moves = position != before
        touched.update(i for i, (a, b) in enumerate(zip(position, before, strict=True)) if a != b)
        # Apart: naming exact or attribution in an UPDATE rewrites the row's search index entry.
        texts = (sel.exact, line) != (row["exact"], row["attribution"])
        if moves or texts:
            batch.append((row["id"], *position, sel.exact, line, moves, texts))
        if (voice, speaker, whose, line) != (row["voice"], row["speaker"], row["who"], row["attribution"]):
            changed += 1
    _write(db, batch, [_BATCH_COLUMNS[1 + i] for i in sorted(touched)])
    return changed, unplaced


_BATCH_COLUMNS = ("id", "prefix", "suffix", "start", '"end"', "block_kind", "voice", "speaker", "voice_by", "who",
                  "article_id", "check_reason", "confirmed", "exact", "attribution", "moves", "texts")
# Typed, as PostgreSQL's temporary tables must be; SQLite takes the same types as affinities.
_BATCH_TABLE = ("CREATE TEMP TABLE IF NOT EXISTS rederive_batch (id bigint, prefix text, suffix text, "
                'start integer, "end" integer, block_kind text, voice text, speaker text, voice_by text, '
                "who text, article_id bigint, check_reason text, confirmed text, exact text, "
                "attribution text, moves boolean, texts boolean)")


def _write(db: Connection, batch: list[tuple[Any, ...]], columns: list[str]) -> None:
    """Apply the changed rows in two statements, staged in a temporary table.

    FTS5 writes its pending terms at the end of every statement: one UPDATE per quote spent ~0.2 ms a
    row in the search index when every attribution line changed; one UPDATE ... FROM for all is ~20×
    cheaper (the same reason ``quotes.add_many`` stages its rows). Only ``columns``, those that changed, are
    set: an indexed column in the SET rewrites its index entry even when its value stays (the first
    re-derivation after v4 sets only ``voice_by``, and no index moves: 15 s -> a few at 100k quotes).
    """
    if not batch:
        return
    db.execute(_BATCH_TABLE)
    db.executemany(f"INSERT INTO temp.rederive_batch VALUES ({', '.join('?' * len(_BATCH_COLUMNS))})", batch)
    try:
        if columns:
            moved = ", ".join(f"{c} = b.{c}" for c in columns)
            db.execute(f"UPDATE quotes SET {moved} FROM temp.rederive_batch AS b "
                       "WHERE quotes.id = b.id AND b.moves")
        db.execute("UPDATE quotes SET exact = b.exact, attribution = b.attribution FROM temp.rederive_batch AS b "
                   "WHERE quotes.id = b.id AND b.texts")
    finally:
        db.execute("DELETE FROM temp.rederive_batch")
