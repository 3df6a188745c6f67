"""File → Restore from Backup…: the list the user sees, and a restore the open window follows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from qtapp.library import snapshots
from qtapp.library.store import Library
from qtapp.ui.backups_dialog import BackupsDialog
from tests.faults.conftest import integrity, save_selection

SAYING = "Success comes to those who share in one purpose."
BODY = ("China and Kazakhstan are exemplary in their pragmatic cooperation as friendly neighbors and "
        "comprehensive strategic partners.")


def take(path: Path) -> snapshots.Snapshot:
    with Library.open(path) as library:
        snapshots.take(library.db.conn, path, "manual")
    return snapshots.list_snapshots(path)[0]


def test_the_dialog_lists_date_and_count_and_restores_the_chosen_one(
        make_window: Any, library_file: Path, qtbot: QtBot, qtmodeltester: Any) -> None:
    window = make_window()
    save_selection(window, SAYING)
    take(library_file)
    dialog = BackupsDialog(window, library_file)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "1"
    assert model.index(0, 2).data() == "manual"
    assert model.index(0, 0).data()[:2] == "20"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    assert dialog.chosen() == snapshots.list_snapshots(library_file)[0]


def test_restore_from_the_file_menu_brings_back_the_quotes_in_the_open_window(
        make_window: Any, library_file: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        told: list[tuple[str, str]]) -> None:
    window = make_window()
    kept_quote = save_selection(window, SAYING)
    chosen = take(library_file)
    later = save_selection(window, BODY)
    assert {q.id for q in window.quotes.library.store.quotes.find()} == {kept_quote, later}
    monkeypatch.setattr(BackupsDialog, "ask", classmethod(lambda cls, parent, library: chosen))
    action = window.action("actionRestoreBackup")
    assert action in window.menu("file").actions()
    with qtbot.waitSignal(window.quotes.library.changed):
        action.trigger()
    assert told == []
    assert [q.id for q in window.quotes.library.store.quotes.find()] == [kept_quote]
    qtbot.waitUntil(lambda: window.quotes.model.rowCount() == 1)  # the table catches up a turn later
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert integrity(library_file) == "ok"
    [before] = [s for s in snapshots.list_snapshots(library_file) if s.reason == "before-restore"]
    assert before.quotes == 2  # nothing is lost by restoring: the state before is one more backup
    assert save_selection(window, BODY) is not None


def test_a_damaged_backup_is_refused_with_a_message(make_window: Any, library_file: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    told: list[tuple[str, str]]) -> None:
    window = make_window()
    quote = save_selection(window, SAYING)
    chosen = take(library_file)
    chosen.path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 300)
    monkeypatch.setattr(BackupsDialog, "ask", classmethod(lambda cls, parent, library: chosen))
    assert not window.restore_from_backup()
    [(title, text)] = told
    assert title == "Cannot restore the backup" and "damaged" in text
    assert [q.id for q in window.quotes.library.store.quotes.find()] == [quote]
    assert integrity(library_file) == "ok"


def test_cancel_changes_nothing(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    quote = save_selection(window, SAYING)
    monkeypatch.setattr(BackupsDialog, "ask", classmethod(lambda cls, parent, library: None))
    assert not window.restore_from_backup()
    assert [q.id for q in window.quotes.library.store.quotes.find()] == [quote]
