"""Scale: 100k quotes export in under 3 s (json, csl-json, md), with progress for the UI."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from qtapp.library import backup
from qtapp.library.exporters import module
from qtapp.library.quotestore import QuoteDraft
from qtapp.library.store import Library

pytestmark = pytest.mark.timing

COUNT = 100_000
LIMIT = 3.0


def _records(count: int) -> list[dict[str, Any]]:
    articles = [{"id": n, "title": f"Article {n}", "publisher": "CGTN", "reprinted_by": "News.Az",
                 "date": "2024-07-02", "url": f"https://news.az/{n}", "path": None,
                 "authors": [{"name": "Wang Haiyan", "family": "Wang", "given": "Haiyan",
                              "description": None, "family_first": True}]} for n in range(20)]
    return [{"id": i, "uuid": f"00000000-0000-4000-8000-{i:012d}", "text": f"Passage {i} — 中文 🎉",
             "note": f"note {i}" if i % 3 else "", "tags": ["a", "b c"], "color": None,
             "created": "2024-07-03T09:15:02Z", "updated": "2024-07-03T09:15:02Z", "voice": "author",
             "speaker": None, "attribution": "Wang Haiyan — “Article”, CGTN, reprinted by News.Az",
             "selector": {"exact": f"Passage {i}", "prefix": "p", "suffix": "s", "start": 0, "end": 9},
             "article": articles[i % 20]} for i in range(count)]


@pytest.mark.parametrize("fmt", ["csl-json", "md"])
def test_100k_quotes_export_quickly(fmt: str) -> None:
    records = _records(COUNT)
    calls: list[tuple[int, int]] = []
    out = io.StringIO()
    started = time.perf_counter()
    module(fmt).write(records, out, progress=lambda done, total: calls.append((done, total)))
    elapsed = time.perf_counter() - started
    assert elapsed < LIMIT, f"{fmt}: {elapsed:.2f} s"
    assert calls[-1] == (COUNT, COUNT) and 2 <= len(calls) <= 200  # along the way, not per quote
    if fmt == "md":
        assert out.getvalue().count("\n> Passage ") == COUNT


@pytest.mark.slow
def test_100k_quote_json_backup_quickly(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    from qtapp.article import load_article

    with Library.open(tmp_path / "big.sqlite3") as library:
        article = load_article(seed_path)
        article_id = library.articles.add(article, seed_text)
        library.quotes.add_many(QuoteDraft(article_id, i % 4000, i % 4000 + 50) for i in range(COUNT))
        out = io.StringIO()
        started = time.perf_counter()
        backup.write_backup(library, out)
        elapsed = time.perf_counter() - started
    assert elapsed < LIMIT, f"json: {elapsed:.2f} s"
    assert len(json.loads(out.getvalue())["quotes"]) == COUNT
