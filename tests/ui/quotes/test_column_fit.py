"""The library table keeps the quote readable in a narrow dock, and the header menu's choice wins."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qtapp.ui.quotes.column_fit import QUOTE_MIN
from qtapp.ui.quotes.dock import DOCK_SHARE
from qtapp.ui.quotes.table_model import COLUMNS


def shown(window: Any) -> list[str]:
    header = window.quotes.dock.table.horizontalHeader()
    return [c for i, c in enumerate(COLUMNS) if not header.isSectionHidden(i)]


def quote_width(window: Any) -> int:
    return window.quotes.dock.table.horizontalHeader().sectionSize(COLUMNS.index("quote"))


def fitted(qtbot: QtBot, window: Any, width: int) -> None:
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    dock = window.quotes.dock  # laid out at its share of the window, then refitted on the loop's next turn
    qtbot.waitUntil(lambda: abs(dock.width() - DOCK_SHARE * window.width()) < 24, timeout=3000)
    qtbot.waitUntil(lambda: dock.columns._quote_room() >= QUOTE_MIN, timeout=3000)


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
def test_a_narrow_dock_hides_the_least_needed_columns_and_a_wide_one_shows_them(window: Any,
                                                                                qtbot: QtBot) -> None:
    """At ~1000 px the quote column was ~70 px beside who, article, tags, saved and note."""
    fitted(qtbot, window, 1000)
    assert "who" in shown(window) and "note" not in shown(window)  # the note goes first, who stays
    window.resize(2000, 700)  # the dock made wide by hand: every column comes back
    window.resizeDocks([window.quotes.dock], [1100], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: {"who", "article", "tags", "saved", "note"} <= set(shown(window)), timeout=3000)


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
def test_the_header_menu_hides_and_shows_a_column_and_a_new_window_remembers(make_window: Any,
                                                                            qtbot: QtBot) -> None:
    window = make_window()
    fitted(qtbot, window, 1000)
    menu = window.quotes.dock.columns.menu()
    who = next(a for a in menu.actions() if a.objectName() == "libraryColumn_who")
    assert who.isChecked() and who.text() == "Who"
    who.trigger()  # as a click on the checked entry does
    assert "who" not in shown(window)
    note = next(a for a in window.quotes.dock.columns.menu().actions() if a.objectName() == "libraryColumn_note")
    assert not note.isChecked()  # hidden to make room: the menu says so
    note.trigger()
    assert "note" in shown(window)  # asked for by hand: shown at this width too
    window.session.settings.sync()
    again = make_window()
    fitted(qtbot, again, 1000)
    assert "who" not in shown(again) and "note" in shown(again)
