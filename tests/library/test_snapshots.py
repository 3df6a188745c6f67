"""Snapshots: before a migration, once a day on the first write, the last seven kept, restored safely."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qtapp.library import schema, snapshots
from qtapp.library.errors import LibraryDamaged, LibraryTooNew
from qtapp.library.store import Library

FIXTURE = Path(__file__).parent / "fixtures" / "library_v1.sql"


def filled(path: Path, article, count: int = 3) -> list[int]:
    with Library.open(path) as library:
        article_id = library.articles.add(article, article.text)
        return [library.quotes.add(article_id, i, i + 10, note=f"n{i}") for i in range(count)]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def clock(start: datetime):
    """A fake clock: each call is one hour after the last."""
    times = iter(start + timedelta(hours=h) for h in range(1000))
    return lambda: next(times)


def test_snapshot_is_private_whole_and_listed_with_its_count(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 3)
    with Library.open(path) as library:
        taken = snapshots.take(library.db.conn, path, "manual")
    assert taken.parent == tmp_path / "backups"
    if os.name == "posix":
        assert stat.S_IMODE(taken.stat().st_mode) == 0o600
        assert stat.S_IMODE(taken.parent.stat().st_mode) == 0o700
    assert integrity(taken) == "ok"
    assert not Path(f"{taken}-wal").exists()  # self-contained: no journal beside it
    [listed] = snapshots.list_snapshots(path)
    assert (listed.path, listed.reason, listed.quotes) == (taken, "manual", 3)
    assert "3 quotes" in listed.label and "manual" in listed.label
    assert not list(taken.parent.glob(".partial-*"))


def test_default_library_backs_up_into_the_data_folder(sample_article):
    from qtapp import paths

    path = paths.library_path()
    filled(path, sample_article(), 1)
    with Library.open() as library:
        taken = snapshots.take(library.db.conn, library.path, "manual")
    assert taken.parent == paths.data_dir() / "backups"


def test_other_libraries_in_the_folder_are_not_mixed_in(tmp_path, sample_article):
    one, other = tmp_path / "one.sqlite3", tmp_path / "other.sqlite3"
    filled(one, sample_article(), 1)
    filled(other, sample_article(), 2)
    for path in (one, other):
        with Library.open(path) as library:
            snapshots.take(library.db.conn, path, "manual")
    assert [s.quotes for s in snapshots.list_snapshots(one)] == [1]
    assert [s.quotes for s in snapshots.list_snapshots(other)] == [2]


def test_only_the_last_seven_are_kept(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 1)
    now = clock(datetime(2024, 1, 1, tzinfo=UTC))
    with Library.open(path) as library:
        made = [snapshots.take(library.db.conn, path, "manual", now=now) for _ in range(10)]
    kept = snapshots.list_snapshots(path)
    assert [s.path for s in kept] == made[::-1][:7]
    assert all(not p.exists() for p in made[:3])


def v1_library(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_restore_brings_the_old_state_back_and_keeps_the_current_one(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    first = filled(path, sample_article(), 2)
    with Library.open(path) as library:
        old = snapshots.take(library.db.conn, path, "manual")
        library.quotes.delete(first[0])
        later = library.quotes.add(library.articles.all()[0].id, 40, 50, note="later")
    watcher = Library.open(path)  # a window that stays open through the restore
    try:
        kept = snapshots.restore(old, path)
        assert kept is not None and kept.name.endswith("-before-restore.sqlite3")
        assert sorted(q.id for q in watcher.quotes.find()) == first
        assert integrity(path) == "ok"
        assert snapshots.count_quotes(kept) == 2 and later in {
            r[0] for r in sqlite3.connect(kept).execute("SELECT id FROM quotes WHERE deleted_at IS NULL")}
        watcher.quotes.add(watcher.articles.all()[0].id, 60, 70)  # still writable afterwards
    finally:
        watcher.close()


def test_restoring_a_damaged_snapshot_touches_nothing(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 2)
    bad = tmp_path / "backups" / "library-20240101-000000-000000-manual.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = path.read_bytes()
    with pytest.raises(LibraryDamaged):
        snapshots.restore(bad, path)
    assert path.read_bytes() == before
    assert [s.quotes for s in snapshots.list_snapshots(path)] == [None]


def test_a_snapshot_from_a_newer_version_is_refused(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 1)
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"VACUUM INTO '{newer}'")
    conn.close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(LibraryTooNew):
        snapshots.restore(newer, path)


def test_restoring_over_a_damaged_library_keeps_the_damaged_file(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 2)
    with Library.open(path) as library:
        good = snapshots.take(library.db.conn, path, "manual")
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    path.write_bytes(b"garbage, not a database" * 100)
    kept = snapshots.restore(good, path)
    assert kept is not None and kept.read_bytes() == b"garbage, not a database" * 100
    with Library.open(path) as library:
        assert library.quotes.count() == 2


def test_an_old_version_snapshot_is_migrated_as_it_comes_back(tmp_path, sample_article):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 1)
    old = v1_library(tmp_path / "v1.sqlite3")
    snapshots.restore(old, path)
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST
        assert library.quotes.count() == 4
