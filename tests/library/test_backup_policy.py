"""When the library is backed up (``backup_policy.py``): before a migration, always; once a day before the
first write, or on a thread the window starts; never from the connection itself."""

from __future__ import annotations

import ast
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qtapp.library import schema, snapshots
from qtapp.library.connection import Database
from qtapp.library.errors import LibraryUnavailable
from qtapp.library.store import Library
from tests.library.test_snapshots import filled, v1_library


def test_first_write_of_the_day_takes_one_snapshot(tmp_path, sample_article, monkeypatch):
    path = tmp_path / "library.sqlite3"
    ids = filled(path, sample_article(), 2)
    assert snapshots.list_snapshots(path) == []  # a new, empty library has nothing worth keeping
    with Library.open(path) as library:
        library.quotes.count()  # reads do not snapshot
        assert snapshots.list_snapshots(path) == []
        library.quotes.add(library.articles.all()[0].id, 20, 30)
        library.quotes.add(library.articles.all()[0].id, 30, 40)
    [daily] = snapshots.list_snapshots(path)
    assert daily.reason == "daily" and daily.quotes == len(ids)  # the state before today's first write
    with Library.open(path) as library:  # same day, another session: no second snapshot
        library.quotes.add(library.articles.all()[0].id, 40, 50)
    assert len(snapshots.list_snapshots(path)) == 1
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr(snapshots, "_utcnow", lambda: tomorrow)
    with Library.open(path) as library:
        library.quotes.add(library.articles.all()[0].id, 50, 60)
    assert [s.quotes for s in snapshots.list_snapshots(path)] == [5, 2]


def test_a_failed_daily_snapshot_never_blocks_a_save(tmp_path, sample_article, caplog):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 1)
    (tmp_path / "backups").write_text("a file where the folder should be")
    with Library.open(path) as library:
        library.quotes.add(library.articles.all()[0].id, 20, 30)
        assert library.quotes.count() == 2
    assert "snapshot failed" in caplog.text


def test_the_days_snapshot_can_run_in_the_background_before_the_first_write(tmp_path, sample_article,
                                                                             monkeypatch):
    path = tmp_path / "library.sqlite3"
    ids = filled(path, sample_article(), 2)
    taken: list[str] = []
    real_take = snapshots.take

    def slow_take(*args, **kwargs):
        taken.append(threading.current_thread().name)
        time.sleep(0.3)  # a big library: the first write must wait for the copy, not race it
        return real_take(*args, **kwargs)

    monkeypatch.setattr(snapshots, "take", slow_take)
    with Library.open(path) as library:
        assert library.snapshot_in_background()
        assert not library.snapshot_in_background()  # one a day, already on its way
        library.quotes.add(library.articles.all()[0].id, 20, 30)  # waits for the copy, takes no second one
        assert library.quotes.count() == 3
    [daily] = snapshots.list_snapshots(path)
    assert daily.reason == "daily" and daily.quotes == len(ids)  # the state before today's first write
    assert taken == ["daily-snapshot"]  # not on the caller's thread
    with Library.open(path) as library:
        assert not library.snapshot_in_background()  # today's exists
    assert len(snapshots.list_snapshots(path)) == 1


def test_closing_waits_for_a_background_snapshot_and_reads_never_start_one(tmp_path, sample_article,
                                                                            monkeypatch, caplog):
    path = tmp_path / "library.sqlite3"
    filled(path, sample_article(), 2)
    with Library.open(path, readonly=True) as library:
        assert not library.snapshot_in_background()
    real_take = snapshots.take
    monkeypatch.setattr(snapshots, "take", lambda *a, **k: (time.sleep(0.3), real_take(*a, **k))[1])
    with Library.open(path) as library:
        assert library.snapshot_in_background()
    [daily] = snapshots.list_snapshots(path)  # whole: close() waited for it
    assert daily.quotes == 2 and not list((tmp_path / "backups").glob(".partial-*"))
    monkeypatch.setattr(snapshots, "_utcnow", lambda: datetime.now(UTC) + timedelta(days=1))
    (tmp_path / "backups").rename(tmp_path / "kept")
    (tmp_path / "backups").write_text("a file where the folder should be")
    with Library.open(path) as library:
        assert library.snapshot_in_background()
        library.quotes.add(library.articles.all()[0].id, 20, 30)  # a failed copy never blocks a save
        assert library.quotes.count() == 3
    assert "snapshot failed" in caplog.text


def test_a_migration_is_preceded_by_a_snapshot_of_the_old_version(tmp_path):
    path = v1_library(tmp_path / "old.sqlite3")
    with Library.open(path) as library:
        assert library.db.scalar("PRAGMA user_version") == schema.LATEST
    [before] = snapshots.list_snapshots(path)
    assert before.reason == f"before-v{schema.LATEST}" and before.quotes == 4
    conn = sqlite3.connect(before.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_no_snapshot_no_migration(tmp_path):
    path = v1_library(tmp_path / "old.sqlite3")
    (tmp_path / "backups").write_text("in the way")
    before = path.read_bytes()
    with pytest.raises(LibraryUnavailable, match="back up the library before upgrading"):
        Library.open(path)
    assert path.read_bytes() == before


def test_the_connection_alone_takes_no_backup_and_never_loads_the_snapshot_module(tmp_path, sample_article):
    """The SQL wrapper runs SQL; the policy is handed in. Without it an upgrade and a day's first write
    copy nothing, and the module itself imports neither the snapshots nor the policy."""
    path = v1_library(tmp_path / "old.sqlite3")
    db = Database(path)
    try:
        assert db.scalar("PRAGMA user_version") == schema.LATEST
        with db.transaction():
            db.execute("UPDATE quotes SET note = 'x'")
    finally:
        db.close()
    assert snapshots.list_snapshots(path) == []
    source = (Path(schema.__file__).with_name("connection.py")).read_text(encoding="utf-8")
    imported = {alias.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)
                for alias in node.names}
    assert not {"snapshots", "backup_policy"} & imported
