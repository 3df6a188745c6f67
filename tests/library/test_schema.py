"""Migrations keyed by user_version: an old library opens with nothing lost; a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qtapp.library import rederive, schema
from qtapp.library.errors import LibraryTooNew
from qtapp.library.store import Library

FIXTURE = Path(__file__).parent / "fixtures" / "library_v1.sql"
FIXTURE_V3 = Path(__file__).parent / "fixtures" / "library_v3.sql"
FIXTURE_V4 = Path(__file__).parent / "fixtures" / "library_v4.sql"


def restore(sql: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.executescript(sql.read_text(encoding="utf-8"))
    conn.close()
    return target


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def as_before(after: list[tuple], before: list[tuple]) -> bool:
    """The rows hold what they held: later versions only add columns at the end (ALTER TABLE ADD)."""
    return [row[:len(old)] for row, old in zip(after, before, strict=True)] == before


def test_v1_library_migrates_without_loss(tmp_path):
    path = restore(FIXTURE, tmp_path / "old.sqlite3")
    assert rows(path, "PRAGMA user_version") == [(1,)]
    before_quotes = rows(path, "SELECT * FROM quotes ORDER BY id")
    before_articles = rows(path, "SELECT * FROM articles ORDER BY id")
    before_tags = rows(path, "SELECT * FROM quote_tags ORDER BY quote_id, tag")
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST
        live = library.quotes.find()
        assert [q.id for q in live] == [1, 2, 3, 5]
        assert [q.id for q in library.quotes.find(trash=True)] == [4]
        saying = library.quotes.get(1)
        assert (saying.voice, saying.speaker, saying.tags, saying.color) == (
            "speaker", "Xi Jinping", ("saying", "SCO"), "yellow")
        assert library.articles.get(1).article.date == "2024-07-02"  # the correction survived
        assert [q.id for q in library.quotes.find(search="sayi")] == [1]
        assert library.quotes.find(search="trashed") == []  # v2: the trash leaves the search index
        assert [q.id for q in library.quotes.find(search="trashed", trash=True)] == [4]
    assert as_before(rows(path, "SELECT * FROM quotes ORDER BY id"), before_quotes)
    assert as_before(rows(path, "SELECT * FROM articles ORDER BY id"), before_articles)
    assert rows(path, "SELECT * FROM quote_tags ORDER BY quote_id, tag") == before_tags
    with Library.open(path) as library:
        library.quotes.restore(4)
        assert [q.id for q in library.quotes.find(search="trashed")] == [4]
        library.quotes.delete(4)
        new = library.quotes.add(2, 0, 6, note="after migration")
        assert [q.id for q in library.quotes.find(search="after migration")] == [new]
        library.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_v3_library_migrates_to_v4_with_everything_stale_and_nothing_lost(tmp_path):
    path = restore(FIXTURE_V3, tmp_path / "v3.sqlite3")
    assert rows(path, "PRAGMA user_version") == [(3,)]
    before_quotes = rows(path, "SELECT * FROM quotes ORDER BY id")
    before_articles = rows(path, "SELECT * FROM articles ORDER BY id")
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST >= 4
        assert [q.id for q in library.quotes.find(search="sayi")] == [1]
        assert [q.id for q in library.quotes.find(trash=True)] == [4]
        assert {q.voice_by for q in library.quotes.find()} == {None}  # who chose is not known yet
        assert [a.parser for a in library.articles.all()] == [None, None]  # every article is stale
        assert rederive.stale_count(library) == 2
    assert as_before(rows(path, "SELECT * FROM quotes ORDER BY id"), before_quotes)
    assert as_before(rows(path, "SELECT * FROM articles ORDER BY id"), before_articles)
    with Library.open(path) as library:
        report = rederive.rederive(library)
        assert (report.articles, report.unplaced, report.failed) == (2, [], [])
        assert rederive.stale_count(library) == 0
        old_guide = library.quotes.get(5)  # no rule finds this speaker: someone chose it, and it stays
        assert (old_guide.voice, old_guide.speaker, old_guide.voice_by) == ("speaker", "Old guide", "user")
        saying = library.quotes.get(1)
        assert (saying.speaker, saying.voice_by, saying.tags) == ("Xi Jinping", "rules", ("saying", "SCO"))
        assert library.articles.get(1).article.date == "2024-07-02"  # the correction survived
        library.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_v4_library_migrates_to_v5_keeping_who_chose_and_asking_only_about_the_rules_defaults(tmp_path):
    """v4 recorded who owns each voice; v5 adds the check: a voice the user chose is their answer."""
    path = restore(FIXTURE_V4, tmp_path / "v4.sqlite3")
    assert rows(path, "PRAGMA user_version") == [(4,)]
    before_quotes = rows(path, "SELECT * FROM quotes ORDER BY id")
    before_articles = rows(path, "SELECT * FROM articles ORDER BY id")
    before_tags = rows(path, "SELECT * FROM quote_tags ORDER BY quote_id, tag")
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST >= 5
        by_id = {q.id: q for q in library.quotes.find()} | {q.id: q for q in library.quotes.find(trash=True)}
        assert {i: q.voice_by for i, q in by_id.items()} == {1: "rules", 2: "rules", 3: "user", 4: "rules",
                                                              5: None, 6: "rules"}
        assert [a.parser is None for a in library.articles.all()] == [False, True]  # article 2 still stale
        # The user's re-attribution of the editor's note is their answer, and so is the old guide that no
        # rule derives (its chooser is not known yet); the rules' default for an article without an
        # author is asked about, and so is the trashed heading's, but only the live one is "to check".
        assert (by_id[3].voice, by_id[3].confirmed, by_id[3].needs_check) == ("author", by_id[3].updated, False)
        assert (by_id[5].confirmed, by_id[5].needs_check) == (by_id[5].updated, False)
        assert (by_id[6].check_reason, by_id[6].confirmed, by_id[6].needs_check) == ("no_author", None, True)
        assert by_id[4].check_reason == "heading" and by_id[1].confirmed is None
        assert [q.id for q in library.quotes.find(needs_check=True)] == [6]
        assert [q.id for q in library.quotes.find(search="sayi")] == [1]
    assert as_before(rows(path, "SELECT * FROM quotes ORDER BY id"), before_quotes)
    assert as_before(rows(path, "SELECT * FROM articles ORDER BY id"), before_articles)
    assert rows(path, "SELECT * FROM quote_tags ORDER BY quote_id, tag") == before_tags
    with Library.open(path) as library:
        rederive.rederive(library)
        assert rederive.stale_count(library) == 0
        old_guide = library.quotes.get(5)  # decided now: the user's, and still confirmed
        assert (old_guide.speaker, old_guide.voice_by, old_guide.needs_check) == ("Old guide", "user", False)
        mine = library.quotes.get(3)
        assert (mine.voice, mine.voice_by, mine.needs_check) == ("author", "user", False)
        library.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_new_library_matches_a_migrated_one(tmp_path):
    Library.open(tmp_path / "new.sqlite3").close()
    query = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    for fixture in (FIXTURE, FIXTURE_V3, FIXTURE_V4):
        old = restore(fixture, tmp_path / f"old-{fixture.stem}.sqlite3")
        Library.open(old).close()
        assert rows(tmp_path / "new.sqlite3", query) == rows(old, query)


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNew, match=f"newer QuoteClip \\(schema {schema.LATEST + 5}\\); this "
                                            f"version reads up to {schema.LATEST}"):
        Library.open(path)
    assert path.read_bytes() == before


def test_a_failing_migration_leaves_the_old_version(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    steps = {1: ["CREATE TABLE a (x)"], 2: ["CREATE TABLE b (y)", "CREATE TABLE a (x)"]}
    schema.migrate(conn, {1: steps[1]})
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, steps)
    assert schema.user_version(conn) == 1
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("a",)]
    assert schema.migrate(conn, {1: steps[1], 2: ["CREATE TABLE b (y)", lambda c: c.execute(
        "INSERT INTO b VALUES (7)")]}) == 1
    assert (schema.user_version(conn), conn.execute("SELECT y FROM b").fetchall()) == (2, [(7,)])
    conn.close()


def test_v5_marks_stored_quotes_whose_attribution_is_a_default(tmp_path):
    """Quotes saved before v5 get their check reason from the stored article, not a blanket answer."""
    path = restore(FIXTURE, tmp_path / "old.sqlite3")
    with Library.open(path) as library:
        by_id = {q.id: q for q in library.quotes.find()} | {q.id: q for q in library.quotes.find(trash=True)}
        # The seed's Xi Jinping speaker has no confidence from a rule yet: the user is asked.
        assert by_id[1].check_reason == "unsure_speaker" and by_id[1].needs_check
        assert not by_id[2].needs_check  # the author's own paragraph, and the author is named
        assert by_id[4].check_reason == "heading"  # who wrote a subheading is a default
        assert [q.id for q in library.quotes.find(needs_check=True)] == [q.id for q in library.quotes.find()
                                                                    if q.needs_check]
        assert library.quotes.count(needs_check=True) == len(library.quotes.find(needs_check=True))
