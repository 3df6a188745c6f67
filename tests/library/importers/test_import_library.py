"""Imports into a library: stubs that keep the schema's invariants, idempotency, all or nothing, adoption."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from qtapp.article.loader import read_article
from qtapp.library import backup
from qtapp.library.exporters import w3c as w3c_export
from qtapp.library.importers import adopt, stubs
from qtapp.library.importers.into_library import import_file
from qtapp.library.stamps import text_hash
from qtapp.library.store import Library
from tests.library.importers import samples


def _check_invariants(library: Library) -> None:
    """Every quote's offsets index its article's text, and every hash is its text's."""
    for record in library.articles.all():
        assert record.hash == text_hash(record.article.text)
    for quote in library.quotes.find():
        text = library.articles.get(quote.article_id).article.text
        assert text[quote.start:quote.end] == quote.exact


def test_kindle_import_makes_stubs_with_the_attribution_the_file_gives(library: Library, tmp_path: Path) -> None:
    result = import_file(library, samples.kindle(tmp_path / "My Clippings.txt"))
    assert (result.format, result.quotes_added, result.articles_added, result.quotes_present) == ("kindle", 3, 3, 0)
    assert "2 duplicate or edited highlights merged" in result.summary()
    _check_invariants(library)
    by_text = {q.text: q for q in library.quotes.find()}
    wigan = by_text["The first sound in the mornings was the clumping of the mill-girls’ clogs down the cobbled "
                    "street."]
    assert wigan.article.stub == "kindle" and wigan.note == "Opening line: sound before sight."
    assert wigan.attribution.startswith("George Orwell") and "The Road to Wigan Pier" in wigan.attribution
    assert wigan.created == "2024-03-04T22:16:02"
    anonymous = by_text["Nobody owns this sentence."]
    assert anonymous.article.authors == ()  # unknown stays unknown
    assert library.articles.get(wigan.article_id).article.found_by["title"] == "import.kindle"


def test_reimport_adds_nothing_and_says_so(library: Library, tmp_path: Path) -> None:
    path = samples.kindle(tmp_path / "My Clippings.txt")
    import_file(library, path)
    again = import_file(library, path)
    assert (again.quotes_added, again.articles_added, again.quotes_present) == (0, 0, 3)
    assert library.quotes.count() == 3 and len(library.articles.all()) == 3


def test_a_quote_not_in_the_real_text_stays_with_its_stub(library: Library, tmp_path: Path, seed_path: Path) -> None:
    rows = samples.hypothesis_rows()
    rows[1]["target"] = [{"source": samples.SEED_URL, "selector": [
        {"type": "TextQuoteSelector", "exact": "Words this article never had in it at all, anywhere."}]}]
    path = tmp_path / "h.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    import_file(library, path)
    article, source = read_article(seed_path)
    article = dataclasses.replace(article, url=samples.SEED_URL)
    article_id = library.articles.add(article, source, str(seed_path))
    result = adopt.adopt(library, article_id)
    assert (result.moved, result.left) == (1, 1)
    left = next(q for q in library.quotes.find() if q.article_id != article_id)
    assert left.article.stub == "hypothesis"  # still marked
    assert stubs.stubs_for(library, article) == []  # and not looked for again
    _check_invariants(library)


def test_our_own_w3c_export_round_trips(library: Library, tmp_path: Path, seed_path: Path) -> None:
    article, source = read_article(seed_path)
    article_id = library.articles.add(article, source, str(seed_path))
    library.articles.correct(article_id, url=samples.SEED_URL)
    start = article.text.index(samples.SEED_PASSAGE)
    library.quotes.add(article_id, start, start + len(samples.SEED_PASSAGE), note="a note", tags=["t1", "t2"])
    out = io.StringIO()
    w3c_export.write(library.quotes.find(), out)
    path = tmp_path / "w3c.jsonld"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert import_file(library, path).quotes_present == 1  # the same uuids: nothing added
    fresh = Library.open(tmp_path / "fresh.sqlite3")
    try:
        result = import_file(fresh, path)
        assert (result.format, result.quotes_added) == ("w3c", 1)
        (quote,) = fresh.quotes.find()
        original = library.quotes.find()[0]
        assert (quote.uuid, quote.text, quote.note, quote.tags) == (original.uuid, original.text, "a note",
                                                                    ("t1", "t2"))
        assert quote.article.url == samples.SEED_URL and quote.article.stub == "w3c"
    finally:
        fresh.close()


def test_the_json_backup_is_restored_through_the_same_entry(library: Library, tmp_path: Path,
                                                            seed_path: Path) -> None:
    article, source = read_article(seed_path)
    article_id = library.articles.add(article, source, str(seed_path))
    library.quotes.add(article_id, 0, 20)
    path = tmp_path / "backup.json"
    with path.open("w", encoding="utf-8") as out:
        backup.write_backup(library, out)
    fresh = Library.open(tmp_path / "fresh.sqlite3")
    try:
        first, again = import_file(fresh, path), import_file(fresh, path)
        assert (first.format, first.quotes_added, again.quotes_present) == ("json", 1, 1)
        assert fresh.articles.all()[0].stub is None  # a backup carries the text: a real article
    finally:
        fresh.close()


@pytest.mark.timing
def test_ten_thousand_clippings_import_in_seconds(library: Library, tmp_path: Path) -> None:
    """The benchmark's file (benchmarks/import_kindle.py: ~2.7 s here); comparing each clipping with
    every earlier one took minutes, which this bound catches on any machine."""
    import time

    from benchmarks.import_kindle import clippings

    path = tmp_path / "My Clippings.txt"
    path.write_text(clippings(10_000), encoding="utf-8")
    begin = time.perf_counter()
    result = import_file(library, path)
    assert time.perf_counter() - begin < 30
    assert (result.quotes_added, result.articles_added) == (10_000, 50)
    assert library.quotes.count(search="note") == 1000  # every tenth highlight got its note


def test_a_v4_library_gains_the_stub_column_with_every_article_real(tmp_path: Path) -> None:
    import sqlite3

    from qtapp.library import schema

    fixture = Path(__file__).parent.parent / "fixtures" / "library_v4.sql"
    path = tmp_path / "v4.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.close()
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST >= 6
        assert library.articles.all() and all(a.stub is None for a in library.articles.all())
        assert all(q.article.stub is None for q in library.quotes.find())
        assert library.db.scalar("SELECT COUNT(*) FROM stub_keys") == 0


def test_a_newer_reading_rule_leaves_stubs_alone(library: Library, tmp_path: Path) -> None:
    """A stub's "source" is its quotes joined, not a page: parsing it as one would invent an article."""
    from qtapp.library import rederive

    import_file(library, samples.kindle(tmp_path / "My Clippings.txt"))
    before = [(a.hash, a.article.title) for a in library.articles.all()]
    assert rederive.stale_count(library, "a-newer-version") == 0
    assert rederive.rederive(library, "a-newer-version").articles == 0
    assert [(a.hash, a.article.title) for a in library.articles.all()] == before


def test_our_own_ris_export_round_trips(library: Library, tmp_path: Path, seed_path: Path) -> None:
    """Our RIS notes quote the text, then say whose words with the article's title in quotes: the quote
    ends at its own closing mark, and the note's lines and the tags come back."""
    from qtapp.library.exporters import ris as ris_export

    article, source = read_article(seed_path)
    article_id = library.articles.add(article, source, str(seed_path))
    for passage in (samples.SEED_PASSAGE, samples.SEED_SAYING):
        start = article.text.index(passage)
        library.quotes.add(article_id, start, start + len(passage), note="line one\nline two", tags=["x", "y z"])
    out = io.StringIO()
    ris_export.write(library.quotes.find(), out)
    path = tmp_path / "ours.ris"
    path.write_text(out.getvalue(), encoding="utf-8")
    fresh = Library.open(tmp_path / "fresh.sqlite3")
    try:
        assert import_file(fresh, path).quotes_added == 2
        got = sorted((q.text, q.note, q.tags) for q in fresh.quotes.find())
        assert got == sorted((q.text, "line one\nline two", ("x", "y z")) for q in library.quotes.find())
        assert {q.article.title for q in fresh.quotes.find()} == {samples.SEED_TITLE}
        assert {a.name for q in fresh.quotes.find() for a in q.article.authors} == {"Haiyan Wang"}
    finally:
        fresh.close()


def test_a_backup_keeps_stubs_as_stubs(library: Library, tmp_path: Path, seed_path: Path) -> None:
    import_file(library, samples.zotero_ris(tmp_path / "z.ris"))
    dump = tmp_path / "backup.json"
    with dump.open("w", encoding="utf-8") as out:
        backup.write_backup(library, out)
    fresh = Library.open(tmp_path / "fresh.sqlite3")
    try:
        assert import_file(fresh, dump).quotes_added == 2
        (restored,) = fresh.articles.all()
        assert restored.stub == "ris"
        article, source = read_article(seed_path)  # and opening the article still finds them
        article_id = fresh.articles.add(article, source, str(seed_path))
        assert adopt.adopt(fresh, article_id).moved == 2
    finally:
        fresh.close()
