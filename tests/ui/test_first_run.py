"""The first-run hint: shown over the seed until the user closes it or saves a quote, then never again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qtapp.cli import main
from qtapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")
HINT = "Select a passage and press Ctrl+Shift+S to save it as a quote"


def test_first_start_shows_the_seed_with_the_hint(reader_window: MainWindow) -> None:
    bar = reader_window.hint_bar
    assert bar.isVisible() and bar.label.text() == HINT
    assert reader_window.article_path is not None and reader_window.article_path.name.startswith("000_")
    # Above the reader, so it is read first.
    assert bar.mapTo(reader_window, bar.rect().topLeft()).y() < reader_window.reader.mapTo(
        reader_window, reader_window.reader.rect().topLeft()).y()


def test_closing_the_hint_is_remembered(make_reader_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    first = make_reader_window()
    qtbot.mouseClick(first.hint_bar.close_button, Qt.MouseButton.LeftButton)
    assert not first.hint_bar.isVisible()
    assert first.reader.hasFocus() or not first.isActiveWindow()
    first.close()
    assert not make_reader_window().hint_bar.isVisible()


def test_the_hint_stays_until_the_user_acts_on_it(make_reader_window: Callable[..., MainWindow]) -> None:
    make_reader_window().close()
    assert make_reader_window().hint_bar.isVisible()


def test_saving_a_quote_with_the_keys_dismisses_it_for_good(make_reader_window: Callable[..., MainWindow],
                                                            qtbot: QtBot) -> None:
    window = make_reader_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts go to the active window
    window.reader.setTextCursor(window.reader.document().find("Shanghai Cooperation Organisation"))
    window.reader.setFocus()
    with qtbot.waitSignal(window.quotes.library.changed):
        qtbot.keyClick(window.reader, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.quotes.library.store.quotes.find()) == 1
    assert not window.hint_bar.isVisible()
    window.close()
    assert not make_reader_window().hint_bar.isVisible()


def test_screenshot_mode_leaves_the_hint_out_and_still_due(tmp_path: Path,
                                                           make_reader_window: Callable[..., MainWindow]
                                                           ) -> None:
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out)]) == 0 and out.stat().st_size > 10_000
    assert make_reader_window().hint_bar.isVisible()
