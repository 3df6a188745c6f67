"""Other tools' files import the same way into either backend: a team library takes them as a personal one.

Each test runs on SQLite and on PostgreSQL (``backend``); ``test_import_library.py`` holds what only the
personal library's file can show (schema upgrades, backups into a fresh file, timings).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qtapp.article.loader import read_article
from qtapp.library.importers import adopt, stubs
from qtapp.library.importers.into_library import import_file
from qtapp.library.importers.records import ImportInvalid
from qtapp.library.stamps import text_hash
from tests.library.importers import samples

# Each sample file: (what it makes, the quotes it adds, the stubs it makes).
SAMPLES: dict[str, tuple[Callable[[Path], Path], int, int]] = {
    "kindle": (samples.kindle, 3, 3),
    "readwise": (samples.readwise, 3, 2),
    "hypothesis": (samples.hypothesis, 1, 1),
    "ris": (samples.zotero_ris, 2, 1),
    "w3c": (samples.w3c, 1, 1),
}


@pytest.fixture
def library(backend: Any) -> Any:
    return backend


def _check_invariants(library: Any) -> None:
    """Every quote's offsets index its article's text, and every hash is its text's."""
    for record in library.articles.all():
        assert record.hash == text_hash(record.article.text)
    for quote in library.quotes.find():
        text = library.articles.get(quote.article_id).article.text
        assert text[quote.start:quote.end] == quote.exact


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_each_format_imports_once_with_its_stubs(library: Any, tmp_path: Path, fmt: str) -> None:
    make, quotes, articles = SAMPLES[fmt]
    path = make(tmp_path / f"sample.{fmt}")
    result = import_file(library, path, fmt)
    assert (result.format, result.quotes_added, result.articles_added) == (fmt, quotes, articles)
    _check_invariants(library)
    found = library.quotes.find()
    assert len(found) == quotes and all(q.article.stub == fmt for q in found)
    assert all(q.attribution for q in found)  # built by the same rules on either backend
    again = import_file(library, path, fmt)
    assert (again.quotes_added, again.articles_added, again.quotes_present) == (0, 0, quotes)
    assert library.quotes.count() == quotes


def test_a_format_reads_the_same_on_both_backends(tmp_path: Path, pg_uri: str) -> None:
    """The very quotes a personal library makes of a file, field for field, a team library makes too."""
    from qtapp.library.postgres.store import TeamLibrary
    from qtapp.library.store import Library

    path = samples.zotero_ris(tmp_path / "z.ris")
    shown = []
    for library in (Library.open(tmp_path / "own.sqlite3"), TeamLibrary.open(pg_uri)):
        with library:
            import_file(library, path, "ris")
            shown.append([(q.exact, q.note, q.tags, q.voice, q.speaker, q.attribution, q.uuid)  # not the import time
                          for q in library.quotes.find()])
    assert shown[0] == shown[1] and len(shown[0]) == 2


def test_a_second_file_extends_the_same_books_stub(library: Any, tmp_path: Path) -> None:
    when = "Monday, March 4, 2024 10:15:32 PM"
    first = tmp_path / "a.txt"
    first.write_text(samples.clipping("B (Doe, Jane)", "Highlight", "on Location 1-2", when, "One."), "utf-8")
    second = tmp_path / "b.txt"
    second.write_text(samples.clipping("B (Doe, Jane)", "Highlight", "on Location 1-2", when, "One.")
                      + samples.clipping("B (Doe, Jane)", "Highlight", "on Location 9-9", when, "Two\nparagraphs."),
                      "utf-8")
    import_file(library, first)
    result = import_file(library, second)
    assert (result.quotes_added, result.articles_added, result.quotes_present) == (1, 0, 1)
    (article,) = library.articles.all()
    assert article.article.text == "B\n\nOne.\n\nTwo\n\nparagraphs." and article.quote_count == 2
    assert [q.text for q in library.quotes.find(article_id=article.id)][::-1] == ["One.", "Two\nparagraphs."] or \
        sorted(q.text for q in library.quotes.find()) == ["One.", "Two\nparagraphs."]
    _check_invariants(library)


def test_a_bad_record_imports_nothing(library: Any, tmp_path: Path) -> None:
    rows = samples.hypothesis_rows()
    rows.append({"id": "broken", "uri": samples.SEED_URL, "target": "not a list"})
    path = tmp_path / "h.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    with pytest.raises(ImportInvalid, match=r"annotation 3 \(broken\).*nothing was imported"):
        import_file(library, path, "hypothesis")
    assert library.quotes.count() == 0 and library.articles.all() == []


def test_cancel_from_progress_rolls_everything_back(library: Any, tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    when = "Monday, March 4, 2024 10:15:32 PM"
    path.write_text("".join(samples.clipping(f"Book {n % 7} (Doe, Jane)", "Highlight", f"on Location {n}-{n}",
                                             when, f"Passage number {n}.") for n in range(2500)), "utf-8")

    def cancel(done: int, total: int) -> None:
        if done >= 1000:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_file(library, path, progress=cancel)
    assert library.quotes.count() == 0 and library.articles.all() == []
    assert import_file(library, path).quotes_added == 2500


def test_opening_the_real_article_moves_the_stubs_quotes_into_it(library: Any, tmp_path: Path,
                                                                 seed_path: Path) -> None:
    import_file(library, samples.zotero_ris(tmp_path / "z.ris"))
    import_file(library, samples.hypothesis(tmp_path / "h.json"))  # same URL: its own stub, same article
    stub_ids = {q.article_id for q in library.quotes.find()}
    assert len(stub_ids) == 2 and all(library.articles.get(i).stub for i in stub_ids)
    article, source = read_article(seed_path)
    article = dataclasses.replace(article, url=samples.SEED_URL)  # as the page itself would give it
    assert sorted(stubs.stubs_for(library, article)) == sorted(stub_ids)  # by URL and by title + author
    tagged = library.quotes.find(tag="framing")[0]
    article_id = library.articles.add(article, source, str(seed_path))
    assert adopt.pending(library, article_id)
    result = adopt.adopt(library, article_id)
    assert (result.moved, result.left, result.stubs) == (3, 0, 2)
    assert all(not library.articles.get(i).stub for i in {q.article_id for q in library.quotes.find()})
    assert {a.id for a in library.articles.all()} == {article_id}  # the stubs are gone
    moved = library.quotes.get(tagged.id)  # the same quote: id, uuid, note and tags kept
    assert (moved.uuid, moved.note, moved.tags) == (tagged.uuid, tagged.note, tagged.tags)
    assert moved.article.stub is None and moved.article_id == article_id
    saying = next(q for q in library.quotes.find() if q.exact == samples.SEED_SAYING)
    assert saying.voice == "speaker"  # now the rules know whose words these are, from the real text
    _check_invariants(library)
    assert not adopt.pending(library, article_id)


def test_where_the_tool_saw_each_passage_is_kept_with_the_stub(library: Any, tmp_path: Path) -> None:
    """The selectors a file gave are read back out of the stub's stored JSON by either engine."""
    import_file(library, samples.hypothesis(tmp_path / "h.json"))
    quote = library.quotes.find()[0]
    placed = stubs.placements_of(library, quote.article_id)
    assert list(placed) == [quote.uuid] and placed[quote.uuid]
    assert stubs.placements_of(library, library.articles.add(samples_article(), "x")) == {}


def samples_article() -> Any:
    from qtapp.article import parse_text

    return parse_text("A plain article of our own.")
