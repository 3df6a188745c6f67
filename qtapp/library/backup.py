"""The JSON backup: everything needed to rebuild a library, and the import that restores it.

A backup holds each article's source text, its parse and the user's corrections (so a newer parser
cannot shift the quotes' offsets), and each live quote with its anchor, keyed by its uuid. Restoring
is idempotent: articles are matched by the hash of their canonical text, quotes by uuid.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from qtapp import __version__
from qtapp.article.model import Article
from qtapp.errors import UserError
from qtapp.library import backup_file
from qtapp.library.anchoring import Selector, anchor
from qtapp.library.backup_check import check_article, check_quote
from qtapp.library.backup_file import FORMAT, VERSION, BackupFile
from qtapp.library.exporters.common import Progress, Ticker
from qtapp.library.quotestore import QuoteDraft
from qtapp.library.records import ArticleRecord, QuoteRecord
from qtapp.library.stamps import now, text_hash
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.contract import SqlLibrary as Library

QUOTE_FIELDS = ("uuid", "block_kind", "voice", "speaker", "voice_by", "note", "tags", "color", "created",
                "updated", "confirmed")


def article_entry(record: ArticleRecord) -> dict[str, Any]:
    entry = {"hash": record.hash, "path": record.path, "added": record.added, "source": record.source,
             "parsed": record.parsed.to_json(), "corrections": record.corrections, "parser": record.parser}
    if record.stub:  # imported without its text (importers/stubs.py): restored as a stub again
        entry["stub"] = record.stub
    return entry


def quote_entry(record: QuoteRecord) -> dict[str, Any]:
    data = {name: getattr(record, name) for name in QUOTE_FIELDS}
    data["tags"] = list(record.tags)
    data["article"] = record.article.hash
    data["selector"] = {"exact": record.exact, "prefix": record.prefix, "suffix": record.suffix,
                        "start": record.start, "end": record.end}
    return data


def write_backup(library: Library, out: TextIO, *, article_id: int | None = None,
                 progress: Progress | None = None) -> int:
    """Stream the backup of the library (or of one article) to ``out``; return the quote count."""
    # A damaged article (``Library.damaged``) is left out with its quotes; the caller says so.
    articles = [library.articles.get(article_id)] if article_id is not None else library.articles.all()
    # Streamed: 100k records never sit in memory at once, and the first bytes go out at once.
    ticker = Ticker(library.quotes.count(article_id=article_id), progress)
    head = {"format": FORMAT, "version": VERSION, "app": f"quoteclip {__version__}", "exported": now()}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n "articles": [')
    _write_items(out, (article_entry(a) for a in articles), None)
    out.write('],\n "quotes": [')
    quotes = (quote_entry(q) for q in library.quotes.stream(article_id=article_id) if not q.article.damaged)
    written = _write_items(out, quotes, ticker)
    out.write("]}\n")
    ticker.finish()
    return written


def _write_items(out: TextIO, entries: Iterable[dict[str, Any]], ticker: Ticker | None) -> int:
    count = 0
    for count, entry in enumerate(entries, 1):
        out.write(",\n  " if count > 1 else "\n  ")
        out.write(json.dumps(entry, ensure_ascii=False))
        if ticker is not None:
            ticker.tick()
    return count


@dataclass(frozen=True)
class ImportResult:
    articles_added: int
    quotes_added: int
    quotes_present: int
    quotes_unplaced: int

    def summary(self) -> str:
        from qtapp.library.plural import counted, was

        text = (f"imported {counted(self.quotes_added, 'quote')} and {counted(self.articles_added, 'article')}; "
                f"{counted(self.quotes_present, 'quote')} {was(self.quotes_present)} already in the library")
        if self.quotes_unplaced:
            text += f"; {self.quotes_unplaced} could not be placed in their article's text"
        return text


def load(path: str | Path) -> BackupFile:
    """Read and check a backup's header and articles; its quotes are read as the import goes."""
    return backup_file.load(path)


def _place(text: str, selector: dict[str, Any]) -> tuple[int, int] | None:
    """Where the quote's text is: its stored offsets if they still hold, else re-anchored."""
    start, end, exact = selector.get("start"), selector.get("end"), selector["exact"]
    start, end = (-1 if start is None else start), (-1 if end is None else end)
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return start, end
    found = anchor(text, Selector(exact=exact, prefix=selector.get("prefix") or "",
                                  suffix=selector.get("suffix") or "", start=start, end=end))
    return None if found is None else (found.start, found.end)


def restore(library: Library, data: dict[str, Any] | BackupFile,
            progress: Progress | None = None) -> ImportResult:
    """Add what the backup has and the library lacks, in one transaction; all of it or nothing.

    Which quotes are already there is asked inside that (``BEGIN IMMEDIATE``) transaction, batch by
    batch: read before it, two imports of the same backup at once both saw the quotes missing and the
    second failed on the uuid's UNIQUE constraint. The quotes stream from the file ``BATCH`` at a time
    (``backup_file.py``), each checked first (``backup_check.py``); a bad one rolls everything back.
    """
    source = data if isinstance(data, BackupFile) else BackupFile.from_data(data)
    articles = [check_article(entry, number) for number, entry in enumerate(source.articles, 1)]
    ticker = Ticker(source.total, progress)
    added = present = unplaced = 0
    with library.transaction():
        ids, texts, added_articles = _restore_articles(library, articles)
        number = 0
        for batch in _batches(source.quotes(), BATCH):
            entries = [check_quote(entry, number + offset) for offset, entry in enumerate(batch, 1)]
            number += len(batch)
            known = _present(library, {entry["uuid"] for entry in entries})
            drafts = []
            for entry in entries:
                ticker.tick()
                if entry["uuid"] in known:
                    present += 1
                    continue
                digest = entry["article"]
                span = _place(texts[digest], entry["selector"]) if digest in ids else None
                if span is None:
                    unplaced += 1
                    continue
                known.add(entry["uuid"])  # the same quote twice in one file counts once
                drafts.append(_draft(ids[digest], span, entry))
            library.quotes.add_many(drafts)
            added += len(drafts)
    ticker.finish()
    return ImportResult(added_articles, added, present, unplaced)


BATCH = 5000  # quotes per INSERT: FTS5 flushes its terms per statement, and memory stays a few MB


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _present(library: Library, uuids: set[str]) -> set[str]:
    """Those of ``uuids`` the library holds (live or trashed), read on the unique index."""
    from qtapp.library.dialect import spelled

    sql = spelled(library.db)
    found: set[str] = set()
    for where, params, _ in sql.dialect.ids_in(sorted(uuids)):
        found.update(row[0] for row in library.db.execute(f"SELECT uuid FROM quotes WHERE uuid {where}", params))
    return found


def _draft(article_id: int, span: tuple[int, int], entry: dict[str, Any]) -> QuoteDraft:
    return QuoteDraft(article_id, span[0], span[1], entry.get("note") or "", tuple(entry.get("tags") or ()),
                      entry.get("color"), entry.get("voice"), entry.get("speaker"), entry["uuid"],
                      entry.get("created"), entry.get("updated"), block_kind=_shown_kind(entry.get("block_kind")),
                      confirmed=entry.get("confirmed"), voice_by=entry.get("voice_by"))


def _shown_kind(kind: Any) -> str | None:
    """The headline is the one kind a quote may be shown as apart from its block (see QuoteDraft)."""
    return "title" if kind == "title" else None


def _restore_articles(library: Library, entries: list[dict[str, Any]]
                      ) -> tuple[dict[str, int], dict[str, str], int]:
    ids: dict[str, int] = {}
    texts: dict[str, str] = {}
    added = 0
    for entry in entries:
        article = Article.from_json(entry["parsed"])
        if text_hash(article.text) != entry["hash"]:
            raise UserError(N_("Backup", "the backup is damaged: an article's text does not match its hash; "
                            "nothing was imported"))
        existing = library.articles.by_hash(entry["hash"])
        if existing is None:
            # The backup's parse, read by whichever rules wrote it: re-derived at the next open if older.
            article_id = library.articles.add(article, entry.get("source") or article.text, entry.get("path"),
                                              parser=entry.get("parser"))
            if entry.get("stub"):
                from qtapp.library.importers.stubs import mark

                mark(library, article_id, article, entry["stub"])
            added += 1
            current: dict[str, Any] = {}
        else:
            article_id, current = existing.id, existing.corrections
        # The library's own corrections win; the backup only fills in what it lacks.
        missing = {k: v for k, v in (entry.get("corrections") or {}).items() if k not in current}
        if missing:
            library.articles.correct(article_id, **missing)
        ids[entry["hash"]], texts[entry["hash"]] = article_id, article.text
    return ids, texts, added
