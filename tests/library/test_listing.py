"""The command line's quick listing lists what ``Library.quotes`` lists, or steps aside for the full path."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from qtapp.cli import main
from qtapp.library import listing
from qtapp.library.quotestore import QuoteDraft
from qtapp.library.store import Library
from qtapp.paths import LIBRARY_ENV


@pytest.fixture
def filled(library, sample_article, span):
    article = sample_article()
    article_id = library.articles.add(article, "source text")
    ids = library.quotes.add_many([
        QuoteDraft(article_id, *span(article, "grew fast"), tags=("trade", "to check")),
        QuoteDraft(article_id, *span(article, "Looking ahead")),
        QuoteDraft(article_id, *span(article, "Success comes to those"), tags=("trade",)),
        QuoteDraft(article_id, *span(article, "The series looks at trade")),
    ])
    library.quotes.delete(ids[1])
    return library, article_id


@pytest.mark.parametrize("search", [None, "trade", "t", "grew fast", "zzz", "!!"])
def test_same_quotes_in_the_same_order(filled, search):
    library, article_id = filled
    for article in (None, article_id):
        expected = library.quotes.find(search=search, article_id=article, newest_first=True)
        listed = listing.quick_listing(library.path, search, article)
        assert listed is not None
        rows, total = listed
        assert [(r.id, r.article_id, r.voice, r.speaker, r.who, r.exact, r.tags) for r in rows] == \
            [(q.id, q.article_id, q.voice, q.speaker, q.who, q.exact, ", ".join(q.tags)) for q in expected]
        assert total == len(rows) == library.quotes.count(search=search, article_id=article)


@pytest.mark.parametrize("search", [None, "trade", "t"])
def test_a_limit_lists_the_first_rows_and_counts_them_all(filled, search):
    library, article_id = filled
    for article in (None, article_id):
        everything = library.quotes.find(search=search, article_id=article, newest_first=True)
        assert len(everything) >= 2  # the trashed quote is neither listed nor counted
        listed = listing.quick_listing(library.path, search, article, limit=1)
        assert listed is not None
        rows, total = listed
        assert [r.id for r in rows] == [everything[0].id]
        assert total == len(everything) == library.quotes.count(search=search, article_id=article)


def test_steps_aside_when_unsure(filled, tmp_path):
    library, article_id = filled
    assert listing.quick_listing(tmp_path / "missing.sqlite3") is None
    assert listing.quick_listing(library.path, article_id=article_id + 7) is None  # the full path says why
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"not a database" * 100)
    assert listing.quick_listing(foreign) is None
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE quotes (id)")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert listing.quick_listing(old) is None


def test_the_empty_wal_a_listing_leaves_keeps_the_next_listing_quick(tmp_path, sample_article, span):
    """A read-only connection cannot remove the -wal it opened; an empty one holds nothing to judge."""
    path = tmp_path / "closed.sqlite3"
    with Library.open(path) as library:
        article = sample_article()
        library.quotes.add(library.articles.add(article, "s"), *span(article, "grew fast"))
    assert listing.quick_listing(path) is not None
    wal = tmp_path / "closed.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size == 0
    again = listing.quick_listing(path)
    assert again is not None and [r.exact for r in again[0]] == ["grew fast"]
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))  # a WAL header nobody owns: the full path judges it
    assert listing.quick_listing(path) is None


def test_cli_table_is_the_same_either_way(filled, monkeypatch, capsys):
    library, _ = filled
    monkeypatch.setenv(LIBRARY_ENV, str(library.path))
    commands = (["--search", "trade"], ["--limit", "1"], [])
    quick = []
    for args in commands:
        assert main(["quotes", "list", *args]) == 0
        quick.append(capsys.readouterr())
    monkeypatch.setattr(listing, "quick_listing", lambda *args: None)
    for args, expected in zip(commands, quick, strict=True):
        assert main(["quotes", "list", *args]) == 0
        assert capsys.readouterr() == expected
    assert "to check" in quick[0].out and "grew fast" in quick[0].out
    assert "Showing 1 of 3 quotes, newest first" in quick[1].err and quick[2].err == ""


def test_odd_characters_in_the_path(tmp_path, sample_article, span):
    path = tmp_path / "a%20b?c#d.sqlite3"
    with Library.open(path) as library:
        article = sample_article()
        library.quotes.add(library.articles.add(article, "s"), *span(article, "grew fast"))
    listed = listing.quick_listing(path)
    assert listed is not None and [r.exact for r in listed[0]] == ["grew fast"]


def test_the_quick_listing_loads_only_what_it_needs(filled, tmp_path):
    """``quotes list`` answers in about the time of ``--version``: no Qt, no record classes, and none of
    the modules (typing, json, pathlib, platformdirs) that cost more than its query."""
    library, _ = filled
    probe = ("import sys\nfrom qtapp.cli import main\n"
             f"main(['--library', {str(library.path)!r}, 'quotes', 'list', '--search', 'trade'])\n"
             "heavy = ('typing', 'json', 'pathlib', 'platformdirs', 'dataclasses', 'PySide6',\n"
             "         'qtapp.library.store', 'qtapp.article.model')\n"
             "print(sorted(m for m in heavy if m in sys.modules))")
    env = {k: v for k, v in os.environ.items() if k != LIBRARY_ENV}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    table, loaded = done.stdout.rsplit("\n", 2)[:2]
    assert "grew fast" in table and loaded == "[]"
