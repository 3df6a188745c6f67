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
from typing import Any, TextIO

from qtapp import __version__
from qtapp.article.model import Article
from qtapp.errors import UserError
from qtapp.library.anchoring import Selector, anchor
from qtapp.library.exporters.common import Progress, Ticker
from qtapp.library.quotestore import QuoteDraft
from qtapp.library.records import ArticleRecord, QuoteRecord
from qtapp.library.store import Library, now, text_hash

FORMAT = "quoteclip-backup"
VERSION = 1
QUOTE_FIELDS = ("uuid", "block_kind", "voice", "speaker", "voice_by", "note", "tags", "color", "created",
                "updated", "confirmed")


def article_entry(record: ArticleRecord) -> dict[str, Any]:
    return {"hash": record.hash, "path": record.path, "added": record.added, "source": record.source,
            "parsed": record.parsed.to_json(), "corrections": record.corrections, "parser": record.parser}


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
    articles = [library.article(article_id)] if article_id is not None else library.articles()
    # Streamed: 100k records never sit in memory at once, and the first bytes go out at once.
    ticker = Ticker(library.count_quotes(article_id=article_id), progress)
    head = {"format": FORMAT, "version": VERSION, "app": f"quoteclip {__version__}", "exported": now()}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n "articles": [')
    _write_items(out, (article_entry(a) for a in articles), None)
    out.write('],\n "quotes": [')
    written = _write_items(out, (quote_entry(q) for q in library.iter_quotes(article_id=article_id)), ticker)
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
        text = (f"imported {self.quotes_added} quotes and {self.articles_added} articles; "
                f"{self.quotes_present} quotes were already in the library")
        if self.quotes_unplaced:
            text += f"; {self.quotes_unplaced} could not be placed in their article's text"
        return text


def load(path: str | Path) -> dict[str, Any]:
    """Read and check a backup file; every problem is a UserError that says what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{path} is not a JSON file ({error}); import takes a file written by "
                        "'quoteclip quotes export --format json'") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"{path} is not a QuoteClip backup; import takes a file written by "
                        "'quoteclip quotes export --format json'")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise UserError(f"{path} was written by a newer QuoteClip (backup version "
                        f"{data.get('version')}); update QuoteClip to import it")
    return data


def _place(text: str, selector: dict[str, Any]) -> tuple[int, int] | None:
    """Where the quote's text is: its stored offsets if they still hold, else re-anchored."""
    start, end, exact = int(selector.get("start", -1)), int(selector.get("end", -1)), selector.get("exact")
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return start, end
    found = anchor(text, Selector(exact=str(exact or ""), prefix=str(selector.get("prefix") or ""),
                                  suffix=str(selector.get("suffix") or ""), start=start, end=end))
    return None if found is None else (found.start, found.end)


def restore(library: Library, data: dict[str, Any], progress: Progress | None = None) -> ImportResult:
    """Add what the backup has and the library lacks, in one transaction."""
    quotes = list(data.get("quotes") or [])
    ticker = Ticker(len(quotes), progress)
    known = library.uuids()  # live and trashed, without building 100k records
    with library.transaction():
        ids, texts, added_articles = _restore_articles(library, data.get("articles") or [])
        drafts, present, unplaced = [], 0, 0
        for entry in quotes:
            ticker.tick()
            if entry.get("uuid") in known:
                present += 1
                continue
            digest = entry.get("article")
            span = _place(texts[digest], entry.get("selector") or {}) if digest in ids else None
            if span is None:
                unplaced += 1
                continue
            known.add(entry.get("uuid"))
            drafts.append(QuoteDraft(ids[digest], span[0], span[1], entry.get("note") or "",
                                     tuple(entry.get("tags") or ()), entry.get("color"),
                                     entry.get("voice"), entry.get("speaker"), entry.get("uuid"),
                                     entry.get("created"), entry.get("updated"),
                                     block_kind=_shown_kind(entry.get("block_kind")),
                                     confirmed=entry.get("confirmed"), voice_by=entry.get("voice_by")))
        library.add_quotes(drafts)
    ticker.finish()
    return ImportResult(added_articles, len(drafts), present, unplaced)


def _shown_kind(kind: Any) -> str | None:
    """The headline is the one kind a quote may be shown as apart from its block (see QuoteDraft)."""
    return "title" if kind == "title" else None


def _restore_articles(library: Library, entries: list[dict[str, Any]]
                      ) -> tuple[dict[str, int], dict[str, str], int]:
    ids: dict[str, int] = {}
    texts: dict[str, str] = {}
    added = 0
    for entry in _checked(entries):
        article = Article.from_json(entry["parsed"])
        existing = library.article_by_hash(entry["hash"])
        if existing is None:
            # The backup's parse, read by whichever rules wrote it: re-derived at the next open if older.
            article_id = library.add_article(article, entry.get("source") or article.text, entry.get("path"),
                                             parser=entry.get("parser"))
            added += 1
            current: dict[str, Any] = {}
        else:
            article_id, current = existing.id, existing.corrections
        # The library's own corrections win; the backup only fills in what it lacks.
        missing = {k: v for k, v in (entry.get("corrections") or {}).items() if k not in current}
        if missing:
            library.correct_article(article_id, **missing)
        ids[entry["hash"]], texts[entry["hash"]] = article_id, article.text
    return ids, texts, added


def _checked(entries: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for entry in entries:
        parsed = entry.get("parsed") if isinstance(entry, dict) else None
        if not isinstance(parsed, dict) or text_hash(str(parsed.get("text") or "")) != entry.get("hash"):
            raise UserError("the backup is damaged: an article's text does not match its hash; "
                            "nothing was imported")
        yield entry
