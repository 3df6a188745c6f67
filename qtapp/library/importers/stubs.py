"""Stub articles: what an imported quote belongs to until the user opens the article it came from.

A stub's text is its quotes joined (after its title, so two sources with the same quotes differ), one
block per paragraph: offsets, the hash and every quote invariant mean what they mean for a real article,
and ``articles.stub`` (schema v6) says it is not one. ``stub_keys`` holds what the stub is known by: its
source (so a second import extends it) and, for ``adopt``, its URL and its title with authors.

Where the tool saw each passage (its selectors: context, offsets) is the stub's to keep until ``adopt``
places the quote in the real text: its stored article JSON holds them as ``placements`` by quote uuid,
with the stub, not in the quotes table, whose selector columns count in the stub's own text.
"""

from __future__ import annotations

from dataclasses import dataclass

from qtapp.article.model import BLOCK_SEPARATOR, Article, Block
from qtapp.library.dialect import inserted_id, spelled
from qtapp.library.importers.records import Source
from qtapp.library.stamps import now, text_hash

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from qtapp.library.contract import SqlLibrary as Library
    from qtapp.library.dialect import Connection


def sql(library: Library) -> Connection:
    """The library's connection for SQLite-spelled statements, on either backend (``dialect.py``)."""
    return spelled(library.db)


def find(library: Library, source: Source) -> int | None:
    """The stub an earlier import made for ``source``, if it is still one."""
    found = sql(library).scalar("SELECT k.article_id FROM stub_keys k JOIN articles a ON a.id = k.article_id "
                              "WHERE k.key = ? AND a.stub IS NOT NULL ORDER BY k.article_id LIMIT 1",
                              (source.group_key(),))
    return None if found is None else int(found)


def _blocks(text: str, at: int, kind: str = "paragraph") -> list[Block]:
    blocks = []
    for line in text.split("\n"):
        blocks.append(Block(kind, line, at, at + len(line)))  # type: ignore[arg-type]
        at += len(line) + len(BLOCK_SEPARATOR)
    return blocks


def _grown(article: Article, texts: list[str]) -> tuple[Article, list[tuple[int, int]]]:
    """``article`` with each of ``texts`` appended (its lines as paragraphs), and where each landed."""
    text, blocks, spans = article.text, list(article.blocks), []
    for passage in texts:
        start = len(text) + (len(BLOCK_SEPARATOR) if text else 0)
        blocks += _blocks(passage, start)
        text = (text + BLOCK_SEPARATOR if text else "") + passage.replace("\n", BLOCK_SEPARATOR)
        spans.append((start, len(text)))
    return Article(title=article.title, authors=list(article.authors), publisher=article.publisher,
                   date=article.date, url=article.url, text=text, blocks=blocks,
                   found_by=dict(article.found_by)), spans


def new_article(source: Source, fmt: str) -> Article:
    """An empty stub: the source's metadata, each field found by the import, and its title as text."""
    heading = source.title or source.url or ""
    fields = {"title": source.title, "authors": source.authors, "url": source.url, "date": source.date,
              "publisher": source.publisher}
    return Article(title=source.title, authors=list(source.authors), url=source.url, date=source.date,
                   publisher=source.publisher, text=heading, blocks=_blocks(heading, 0, "title") if heading else [],
                   found_by={name: f"import.{fmt}" for name, value in fields.items() if value})


@dataclass(frozen=True)
class Placed:
    article_id: int
    spans: list[tuple[int, int]]
    created: bool


def extend(library: Library, source: Source, fmt: str, texts: list[str],
           placements: dict[str, dict[str, object]] | None = None) -> Placed:
    """Add ``texts`` to the stub of ``source`` (made if missing); call inside a transaction.
    ``placements`` (by quote uuid) are where the tool saw them, added to the stub's."""
    from qtapp.library.rederive import current_version

    existing = find(library, source)
    base = library.articles.get(existing).parsed if existing is not None else new_article(source, fmt)
    article, spans = _grown(base, texts)
    digest = text_hash(article.text)
    kept = {**(placements_of(library, existing) if existing is not None else {}), **(placements or {})}
    if existing is not None:
        sql(library).execute("UPDATE articles SET hash = ?, source = ?, parsed = ? WHERE id = ?",
                              (digest, article.text, _dumps(article, kept), existing))
        library.articles.forget(existing)  # written behind the store's back: its cached parse is stale
        return Placed(existing, spans, False)
    same = library.articles.by_hash(digest)
    if same is not None:  # these very passages are an article's whole text already: place them there
        return Placed(same.id, spans, False)
    # Written here rather than by add_article, whose generic to_json (dataclasses.asdict) spent most of
    # a 10k-clipping import on the stubs' blocks; nothing of add_article's applies to a new stub.
    article_id = inserted_id(
        sql(library),
        "INSERT INTO articles (hash, source, path, parsed, added, parser, stub) VALUES (?, ?, NULL, ?, ?, ?, ?)",
        (digest, article.text, _dumps(article, kept), now(), current_version(), fmt))
    _keys(library, article_id, source)
    return Placed(article_id, spans, True)


def _keys(library: Library, article_id: int, source: Source) -> None:
    keys = [source.group_key(), *source.keys()]
    sql(library).executemany("INSERT INTO stub_keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(key, article_id) for key in keys])
    library.articles.forget(article_id)


def mark(library: Library, article_id: int, article: Article, fmt: str) -> None:
    """Make a stored article a stub again (a restored backup's), known by its metadata as when imported."""
    sql(library).execute("UPDATE articles SET stub = ?, parser = COALESCE(parser, ?) WHERE id = ?",
                          (fmt, _current(), article_id))
    _keys(library, article_id, Source(title=article.title, authors=tuple(article.authors), url=article.url,
                                      date=article.date, publisher=article.publisher))


def _current() -> str:
    from qtapp.library.rederive import current_version

    return current_version()


def _dumps(article: Article, placements: dict[str, dict[str, object]] | None = None) -> str:
    """``dumps(article.to_json())``, with the blocks (all of a stub's size) built as plain dicts, and the
    tools' placements of its quotes when there are any."""
    import dataclasses

    from qtapp.library.records import dumps

    data = dataclasses.replace(article, blocks=[]).to_json()
    data["blocks"] = [{"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in article.blocks]
    if placements:
        data["placements"] = placements
    return dumps(data)


def placements_of(library: Library, stub: int) -> dict[str, dict[str, object]]:
    """Where the tools saw the stub's quotes, by quote uuid (empty for a file that gave no selectors)."""
    import json

    db = sql(library)
    raw = db.scalar(f"SELECT {db.dialect.json_text('parsed', 'placements')} FROM articles WHERE id = ?", (stub,))
    found = json.loads(raw) if isinstance(raw, str) else None
    return found if isinstance(found, dict) else {}


def article_keys(article: Article) -> list[str]:
    """What a real article is known by, to find the stubs of its quotes."""
    return Source(title=article.title, authors=tuple(article.authors), url=article.url).keys()


def stubs_for(library: Library, article: Article) -> list[int]:
    """Stubs that stand for ``article`` (same URL, or same title and authors): one seek per key."""
    keys = article_keys(article)
    if not keys:
        return []
    rows = sql(library).execute(
        f"SELECT DISTINCT k.article_id FROM stub_keys k JOIN articles a ON a.id = k.article_id "
        f"WHERE k.key IN ({','.join('?' * len(keys))}) AND a.stub IS NOT NULL ORDER BY k.article_id", keys)
    return [int(row[0]) for row in rows]



