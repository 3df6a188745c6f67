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
        live = library.quotes()
        assert [q.id for q in live] == [1, 2, 3, 5]
        assert [q.id for q in library.quotes(trash=True)] == [4]
        saying = library.quote(1)
        assert (saying.voice, saying.speaker, saying.tags, saying.color) == (
            "speaker", "Xi Jinping", ("saying", "SCO"), "yellow")
        assert library.article(1).article.date == "2024-07-02"  # the correction survived
        assert [q.id for q in library.quotes(search="sayi")] == [1]
        assert library.quotes(search="trashed") == []  # v2: the trash leaves the search index
        assert [q.id for q in library.quotes(search="trashed", trash=True)] == [4]
    assert as_before(rows(path, "SELECT * FROM quotes ORDER BY id"), before_quotes)
    assert as_before(rows(path, "SELECT * FROM articles ORDER BY id"), before_articles)
    assert rows(path, "SELECT * FROM quote_tags ORDER BY quote_id, tag") == before_tags
    with Library.open(path) as library:
        library.restore_quote(4)
        assert [q.id for q in library.quotes(search="trashed")] == [4]
        library.delete_quote(4)
        new = library.add_quote(2, 0, 6, note="after migration")
        assert [q.id for q in library.quotes(search="after migration")] == [new]
        library.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_v3_library_migrates_to_v4_with_everything_stale_and_nothing_lost(tmp_path):
    path = restore(FIXTURE_V3, tmp_path / "v3.sqlite3")
    assert rows(path, "PRAGMA user_version") == [(3,)]
    before_quotes = rows(path, "SELECT * FROM quotes ORDER BY id")
    before_articles = rows(path, "SELECT * FROM articles ORDER BY id")
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST >= 4
        assert [q.id for q in library.quotes(search="sayi")] == [1]
        assert [q.id for q in library.quotes(trash=True)] == [4]
        assert {q.voice_by for q in library.quotes()} == {None}  # who chose is not known yet
        assert [a.parser for a in library.articles()] == [None, None]  # every article is stale
        assert rederive.stale_count(library) == 2
    assert as_before(rows(path, "SELECT * FROM quotes ORDER BY id"), before_quotes)
    assert as_before(rows(path, "SELECT * FROM articles ORDER BY id"), before_articles)
    with Library.open(path) as library:
        report = rederive.rederive(library)
        assert (report.articles, report.unplaced, report.failed) == (2, [], [])
        assert rederive.stale_count(library) == 0
        old_guide = library.quote(5)  # no rule finds this speaker: someone chose it, and it stays
        assert (old_guide.voice, old_guide.speaker, old_guide.voice_by) == ("speaker", "Old guide", "user")
        saying = library.quote(1)
        assert (saying.speaker, saying.voice_by, saying.tags) == ("Xi Jinping", "rules", ("saying", "SCO"))
        assert library.article(1).article.date == "2024-07-02"  # the correction survived
        library.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_new_library_matches_a_migrated_one(tmp_path):
    Library.open(tmp_path / "new.sqlite3").close()
    query = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    for fixture in (FIXTURE, FIXTURE_V3):
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
