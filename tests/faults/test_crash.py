"""A bug in a slot: a report in the log folder, a copyable dialog, and a window that still saves quotes."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from qtapp import paths
from qtapp.ui import crash
from qtapp.ui import crash_hook as crash_hook_module
from tests.faults.conftest import integrity, save_selection

BODY = ("China and Kazakhstan are exemplary in their pragmatic cooperation as friendly neighbors and "
        "comprehensive strategic partners.")
SAYING = "Success comes to those who share in one purpose."


class Emitter(QObject):
    poked = Signal()


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path | None]]:
    """Install the app's excepthook (pytest-qt's own capture is off for these tests); record dialogs."""
    shown: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(crash.CrashDialog, "ask",
                        classmethod(lambda cls, parent, report, saved: shown.append((report, saved))))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash_hook_module.install()
    return shown


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_reported_and_the_window_goes_on(
        make_window: Any, crash_hook: list[tuple[str, Path | None]], library_file: Path) -> None:
    window = make_window()
    first = save_selection(window, SAYING)
    assert first is not None
    emitter = Emitter()

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a slot")

    emitter.poked.connect(broken_slot)
    emitter.poked.emit()

    [(report, saved)] = crash_hook
    assert "ZeroDivisionError: a bug in a slot" in report and "broken_slot" in report
    assert saved is not None and saved.parent == paths.log_dir()
    assert saved.read_text(encoding="utf-8") == report
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    second = save_selection(window, BODY)  # the window is still usable
    assert second is not None and second != first
    store = window.quotes.library.store
    assert {q.id for q in store.quotes.find()} == {first, second}
    assert integrity(library_file) == "ok"


@pytest.mark.qt_no_exception_capture
def test_an_exception_inside_a_write_rolls_the_write_back(
        make_window: Any, crash_hook: list[tuple[str, Path | None]], library_file: Path) -> None:
    window = make_window()
    first = save_selection(window, SAYING)
    store = window.quotes.library.store
    emitter = Emitter()

    def half_a_write() -> None:
        with store.transaction():
            store.quotes.add(store.articles.all()[0].id, 0, 5, note="half")
            raise RuntimeError("a bug after the insert")

    emitter.poked.connect(half_a_write)
    emitter.poked.emit()
    assert len(crash_hook) == 1
    assert [q.id for q in store.quotes.find()] == [first]
    assert save_selection(window, BODY) is not None
    assert integrity(library_file) == "ok"


def test_the_dialog_shows_the_report_and_copies_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    dialog = crash.CrashDialog(None, "Traceback: the report", Path("/tmp/crash.log"))
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "Traceback: the report" and dialog.text.isReadOnly()
    [copy] = [b for b in dialog.findChildren(QPushButton) if "Copy" in b.text()]
    copy.click()
    assert QApplication.clipboard().text() == "Traceback: the report"


def test_an_unwritable_log_folder_still_shows_the_report(monkeypatch, tmp_path, crash_hook) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(paths, "log_dir", lambda: blocker / "log")
    try:
        raise ValueError("no log today")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    [(report, saved)] = crash_hook
    assert saved is None and "no log today" in report


def test_keyboard_interrupt_goes_to_the_previous_hook(monkeypatch, crash_hook) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: seen.append(kind))
    crash_hook_module.install()
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and crash_hook == []
