"""Writing what an importer read: the same drafts, transaction and uuid check as restoring a backup.

All of a file or nothing: ``import_parsed`` runs in one transaction, and a progress callback that raises
(the window's Cancel) rolls it back. A highlight whose uuid the library holds (live or in the trash) is
present, as is one whose words its stub already has; either is counted, never added again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from qtapp.library import backup
from qtapp.library.exporters.common import Progress, Ticker
from qtapp.library.importers import detect, read, stubs
from qtapp.library.importers.records import Highlight, Parsed
from qtapp.library.plural import counted, was
from qtapp.library.quotestore import QuoteDraft

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from qtapp.library.contract import SqlLibrary as Library


@dataclass(frozen=True)
class ImportSummary:
    format: str
    quotes_added: int
    articles_added: int
    quotes_present: int  # already in the library (a re-import)
    merged: int = 0  # duplicates and edited highlights folded together within the file
    skipped: dict[str, int] = field(default_factory=dict)
    unplaced: int = 0  # a backup's quotes whose article text could not hold them

    def summary(self) -> str:
        # Worded as a restored backup's summary (scripts read it), with what foreign files add.
        text = (f"imported {counted(self.quotes_added, 'quote')} and {counted(self.articles_added, 'article')}; "
                f"{counted(self.quotes_present, 'quote')} {was(self.quotes_present)} already in the library")
        if self.merged:
            text += f"; {counted(self.merged, 'duplicate or edited highlight')} merged"
        if self.unplaced:
            text += f"; {self.unplaced} could not be placed in their article's text"
        if self.skipped:
            kinds = ", ".join(f"{what}: {n}" for what, n in sorted(self.skipped.items()))
            text += f"; skipped (not highlights): {kinds}"
        return text


def import_file(library: Library, path: str | Path, fmt: str | None = None,
                progress: Progress | None = None) -> ImportSummary:
    """Import ``path`` in ``fmt`` (detected from its content when None)."""
    fmt = fmt or detect(path)
    if fmt == "json":
        result = backup.restore(library, backup.load(path), progress)
        return ImportSummary("json", result.quotes_added, result.articles_added, result.quotes_present,
                             unplaced=result.quotes_unplaced)
    return import_parsed(library, read(path, fmt), progress)


def import_parsed(library: Library, parsed: Parsed, progress: Progress | None = None) -> ImportSummary:
    ticker = Ticker(len(parsed.highlights), progress)
    added = present = articles = 0
    with library.transaction():
        known = backup._present(library, {h.uuid for h in parsed.highlights})
        groups: dict[str, list[Highlight]] = {}
        for highlight in parsed.highlights:
            if highlight.uuid in known:
                present += 1
                ticker.tick()
                continue
            known.add(highlight.uuid)  # the same record twice in one file counts once
            groups.setdefault(highlight.source.group_key(), []).append(highlight)
        for items in groups.values():
            stub = stubs.find(library, items[0].source)
            if stub is not None:  # a highlight another file (or tool) brought already: present
                have = {row[0] for row in stubs.sql(library).execute("SELECT exact FROM quotes WHERE article_id = ?",
                                                             (stub,))}
                fresh = [h for h in items if h.text.replace("\n", "\n\n") not in have]
                present += len(items) - len(fresh)
                ticker.tick(len(items) - len(fresh))
                items = fresh
            if not items:
                continue
            placements = {h.uuid: h.placement.to_json() for h in items if h.placement is not None}
            placed = stubs.extend(library, items[0].source, parsed.format, [h.text for h in items], placements)
            articles += placed.created
            spans = zip(placed.spans, items, strict=True)
            library.quotes.add_many(_draft(placed.article_id, span, h) for span, h in spans)
            added += len(items)
            ticker.tick(len(items))
    ticker.finish()
    return ImportSummary(parsed.format, added, articles, present, parsed.merged, dict(parsed.skipped))


def _draft(article_id: int, span: tuple[int, int], highlight: Highlight) -> QuoteDraft:
    created = stamp(highlight.created)
    voice = "speaker" if highlight.speaker else None  # None: derived, and the rules own it
    return QuoteDraft(article_id, span[0], span[1], highlight.note, highlight.tags, highlight.color, voice,
                      highlight.speaker, highlight.uuid, created, stamp(highlight.updated) or created)


def stamp(value: str | None) -> str | None:
    """A tool's timestamp as the library stores times (UTC, "Z"); one without a zone is kept as given."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
