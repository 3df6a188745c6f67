"""Saved quotes stay highlighted: now, after reopening, in a changed version, and in any theme."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from qtapp.ui.quotes.colors import highlight_color
from tests.ui.quotes.conftest import SAYING, select_text
from tests.ui.quotes.test_saving import BODY, EDITORS, action, highlighted


def save(window: Any, text: str) -> int:
    select_text(window, text)
    action(window, "actionSaveQuote").trigger()
    return window.quotes.library.store.quotes.find(search=None)[-1].id


def test_highlights_come_back_in_a_new_window(make_window: Callable[..., Any]) -> None:
    first = make_window()
    for text in (SAYING, EDITORS, BODY):
        save(first, text)
    first.close()
    second = make_window()
    assert second is not first
    assert {SAYING, EDITORS, BODY} <= set(highlighted(second))
    assert second.quotes.highlights.missing == []


def test_a_quote_missing_from_a_new_version_is_listed_not_dropped(
        make_window: Callable[..., Any], tmp_path: Path, seed_text: str) -> None:
    copy = tmp_path / "article.txt"
    copy.write_text(seed_text, encoding="utf-8")
    window = make_window(open_seed=False)
    window.open_article(copy)
    save(window, BODY)
    save(window, SAYING)
    # The outlet rewrote a paragraph: the saying is gone, the body passage moved.
    copy.write_text(seed_text.replace(SAYING, "Something else entirely was said here.")
                    .replace("For over 30 years", "For more than 30 years"), encoding="utf-8")
    window.open_article(copy)
    assert BODY in highlighted(window)
    assert [r.exact for r in window.quotes.highlights.missing] == [SAYING]
    label = window.quotes.dock.missing
    assert not label.isHidden() and "not found in this version" in label.text()
    assert window.quotes.library.store.quotes.count() == 2  # kept in the library


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()
def test_clicking_a_highlight_selects_its_row(window: Any, qtbot: QtBot) -> None:
    with qtbot.waitExposed(window):
        window.show()
    first = save(window, EDITORS)
    second = save(window, BODY)
    assert first != second
    position = window.reader.document().find("comprehensive strategic").selectionStart() + 2
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(position)
    window.reader.setTextCursor(cursor)
    window.reader.ensureCursorVisible()
    point = window.reader.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.quotes.dock.current_id() == second


def test_tints_follow_the_palette(window: Any, qtbot: QtBot) -> None:
    save(window, BODY)
    light = QPalette(window.reader.palette())
    light.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.white)
    light.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
    alphas = []
    for palette in (light, dark):
        with qtbot.waitSignal(window.reader.rendered):  # the reader re-renders for a new palette
            window.reader.setPalette(palette)
        [tint] = [s for s in window.reader.extraSelections() if s.cursor.selectedText() == BODY]
        color = tint.format.background().color()
        assert color == highlight_color("yellow", palette)
        alphas.append(color.alpha())
    assert 0 < alphas[1] < alphas[0] < 255  # see-through on both; lighter on the dark page


def test_undoing_a_save_removes_its_highlight(window: Any) -> None:
    save(window, BODY)
    assert BODY in highlighted(window)
    window.quotes.stack.undo()
    assert BODY not in highlighted(window)
    assert window.quotes.library.store.quotes.count() == 0
    window.quotes.stack.redo()
    assert BODY in highlighted(window)
    assert window.quotes.library.store.quotes.count() == 1
