"""The library behind the window: damaged or locked files, and writes from the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from qtapp.cli import main as cli
from qtapp.ui.quotes import QuoteLibrary
from tests.ui.quotes.conftest import SAYING, select_text
from tests.ui.quotes.test_highlights import save
from tests.ui.quotes.test_library_dock import rows
from tests.ui.quotes.test_saving import BODY, action, highlighted


def test_a_write_emits_changed(window: Any, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.quotes.library.changed, timeout=1000):
        save(window, BODY)


def test_saving_the_first_quote_stores_article_and_quote_in_one_transaction_and_one_changed(
        window: Any) -> None:
    store = window.quotes.library.store
    heard: list[list[int]] = []
    window.quotes.library.changed.connect(heard.append)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        select_text(window, BODY)
        action(window, "actionSaveQuote").trigger()
    finally:
        store.db.conn.set_trace_callback(None)
    [quote] = store.quotes.find()
    assert heard == [[quote.id]]  # not one changed for the article and another for the quote
    assert [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT")] == ["BEGIN IMMEDIATE", "COMMIT"]
    assert window.quotes.stack.count() == 1 and window.quotes.current.article_id() == quote.article_id


def test_a_quote_that_cannot_be_saved_leaves_no_article_behind(window: Any, monkeypatch: pytest.MonkeyPatch,
                                                               no_modal_dialogs: list[tuple[str, str]]) -> None:
    from qtapp.library import errors

    def locked(*args: object, **kwargs: object) -> None:
        raise errors.LibraryLocked("the library is busy; close the other window")

    monkeypatch.setattr(window.quotes.library.store.quotes, "add_many", locked)
    select_text(window, BODY)
    action(window, "actionSaveQuote").trigger()
    assert any("busy" in m for _, m in no_modal_dialogs)
    store = window.quotes.library.store
    assert store.articles.all() == [] and store.quotes.count() == 0
    assert window.quotes.current.article_id() is None and window.quotes.stack.count() == 0


def test_saving_places_the_new_highlight_without_anchoring_the_others_again(
        window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from qtapp.library import anchoring

    save(window, SAYING)
    anchored: list[str] = []
    real = anchoring.anchor
    monkeypatch.setattr(anchoring, "anchor", lambda text, selector, *a, **k: anchored.append(selector.exact)
                        or real(text, selector, *a, **k))
    quote_id = save(window, BODY)
    assert anchored == []  # the saved span is where it was saved; the saying has not moved either
    assert BODY in highlighted(window) and SAYING in highlighted(window)
    record = window.quotes.library.quote(quote_id)
    assert window.quotes.highlights.placed[quote_id] == (record.start, record.end)
    window.quotes.stack.undo()
    assert BODY not in highlighted(window) and SAYING in highlighted(window) and anchored == []
    window.show_article(window.article, window.source_text, window.article_path)  # the article is shown anew
    assert sorted(anchored) == sorted([SAYING])  # now every quote is placed again


def test_the_quotes_package_asks_the_library_service_never_its_store() -> None:
    """``QuoteLibrary`` is the one door to the library: no view reads or writes the store behind it."""
    package = Path(__file__).resolve().parents[3] / "qtapp" / "ui" / "quotes"
    reaching = [f"{path.name}: {line.strip()}" for path in sorted(package.glob("*.py")) if path.name != "service.py"
                for line in path.read_text(encoding="utf-8").splitlines()
                if ".store.quotes" in line or ".store.articles" in line or "store.quotes." in line
                or "store.articles." in line or ".read(store" in line or ".write(store" in line]
    assert reaching == []


def test_a_damaged_library_is_kept_aside_when_the_user_agrees(
        library_file: Path, make_window: Any, monkeypatch: pytest.MonkeyPatch,
        no_modal_dialogs: list[tuple[str, str]]) -> None:
    library_file.parent.mkdir(parents=True)
    library_file.write_bytes(b"this is not a database, it is somebody's notes" * 100)
    questions: list[str] = []
    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(lambda cls, p, t, q: questions.append(q) or True))
    window = make_window()
    assert questions and "damaged" in questions[0]
    kept = [p for p in library_file.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")
    assert any(str(kept[0]) in message for _, message in no_modal_dialogs)
    save(window, BODY)
    assert window.quotes.library.store.quotes.count() == 1


def test_a_damaged_library_is_left_alone_when_the_user_declines(
        library_file: Path, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    library_file.parent.mkdir(parents=True)
    original = b"SQLite format 3\x00" + b"\x00garbage" * 200
    library_file.write_bytes(original)
    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(lambda cls, *a: False))
    window = make_window()
    assert not window.quotes.library.available
    assert library_file.read_bytes() == original
    assert sorted(p.name for p in library_file.parent.iterdir()) == [library_file.name]
    assert window.quotes.saver is not None  # the window still reads; saving is simply not offered
    window.reader.setTextCursor(window.reader.document().find(BODY))
    assert not action(window, "actionSaveQuote").isEnabled()


@pytest.mark.parametrize(("error", "words"), [
    ("LibraryLocked", "busy"),
    ("LibraryReadOnly", "read-only"),
])
def test_a_write_that_fails_is_reported_not_raised(window: Any, error: str, words: str,
                                                    no_modal_dialogs: list[tuple[str, str]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from qtapp.library import errors

    def locked(*args: object, **kwargs: object) -> None:
        raise getattr(errors, error)(f"the library is {words}; close the other window or check permissions")

    monkeypatch.setattr(window.quotes.library.store.quotes, "add_many", locked)
    save_action = action(window, "actionSaveQuote")
    window.reader.setTextCursor(window.reader.document().find(BODY))
    save_action.trigger()
    assert any(words in m for _, m in no_modal_dialogs)
    assert words in window.statusBar().currentMessage()
    assert window.quotes.stack.count() == 0  # nothing to undo: nothing happened


def test_the_window_sees_the_command_lines_writes(window: Any, qtbot: QtBot, seed_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    save(window, BODY)  # stores the article
    with qtbot.waitSignal(window.quotes.library.changed, timeout=3000):
        assert cli(["quotes", "add", str(seed_path), "--text", SAYING]) == 0
    capsys.readouterr()
    assert SAYING in rows(window)
    assert SAYING in highlighted(window)


def test_the_command_line_sees_the_windows_writes(window: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    save(window, SAYING)
    assert cli(["quotes", "list", "--json"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["text"] == SAYING and record["speaker"] == "Xi Jinping"


def test_a_library_locked_at_start_is_reported_and_the_window_still_opens(
        make_window: Any, monkeypatch: pytest.MonkeyPatch,
        no_modal_dialogs: list[tuple[str, str]]) -> None:
    from qtapp.library.errors import LibraryLocked
    from qtapp.library.store import Library

    def busy(cls: type, path: object = None, **kwargs: object) -> None:
        raise LibraryLocked("the library is busy in another QuoteClip window; try again in a moment")

    monkeypatch.setattr(Library, "open", classmethod(busy))
    window = make_window()
    assert not window.quotes.library.available
    assert any("busy" in m for _, m in no_modal_dialogs)
    assert window.article is not None  # reading goes on


def test_the_days_snapshot_is_taken_soon_after_opening_off_the_gui_thread(
        library_file: Path, make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    """So the first save of the day is as quick as any other (it no longer copies the whole library)."""
    from qtapp.library import snapshots
    from qtapp.ui.quotes import service

    first = make_window()
    save(first, BODY)  # yesterday's work (into an empty library: nothing to back up yet)
    first.close()
    first.quotes.library.close()
    assert snapshots.list_snapshots(library_file) == []
    monkeypatch.setattr(snapshots, "_utcnow", lambda: datetime.now(UTC) + timedelta(days=1))
    monkeypatch.setattr(service, "SNAPSHOT_AFTER_MS", 10)
    window = make_window()
    qtbot.waitUntil(lambda: len(snapshots.list_snapshots(library_file)) == 1, timeout=5000)
    store = window.quotes.library.store
    assert store.backups is not None
    assert store.backups._thread is not None  # on its own thread, not inside the save below
    save(window, SAYING)  # waits for the copy to finish, and takes no second one
    assert [s.quotes for s in snapshots.list_snapshots(library_file)] == [1]
    assert store.quotes.count() == 2
