"""Selections a person meant: whole words, no stray quotation marks, Alt for the exact selection, and a
quotable headline; the status bar never asks for a selection that is there."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.quotes.conftest import select_text
from tests.ui.quotes.test_saving import action, highlighted

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")
TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"


def saved(window: Any) -> Any:
    [record] = window.quotes.library.store.quotes.find()
    return record


def test_a_selection_cut_mid_word_is_saved_as_whole_words(window: Any) -> None:
    select_text(window, "ide. Against this backdrop, the Shanghai Coop")  # "worldwide", "Cooperation"
    action(window, "actionSaveQuote").trigger()
    record = saved(window)
    assert record.exact == "worldwide. Against this backdrop, the Shanghai Cooperation"
    assert highlighted(window) == [record.exact]  # the highlight is the saved words, not the drag
    assert "Saved: Editor's note, CGTN" in window.statusBar().currentMessage()


def test_ctrl_alt_shift_s_saves_the_selection_exactly(window: Any, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    select_text(window, "ide. Against this backdrop")
    window.reader.setFocus()
    modifiers = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.quotes.library.changed):
        qtbot.keyClick(window.reader, Qt.Key.Key_S, modifiers)
    assert saved(window).exact == "ide. Against this backdrop"


def test_a_drag_let_go_with_alt_held_is_kept_exact(window: Any) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    select_text(window, "ide. Against this backdrop")
    release = QMouseEvent(QMouseEvent.Type.MouseButtonRelease, QPointF(1, 1), QPointF(1, 1),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.AltModifier)
    window.reader.mouseReleased.emit(release)
    action(window, "actionSaveQuote").trigger()
    assert saved(window).exact == "ide. Against this backdrop"


def test_a_closing_mark_taken_in_is_trimmed_and_the_citation_has_no_stray_mark(window: Any) -> None:
    select_text(window, 'shoulder to shoulder,"')  # from after the opening mark through the closing one
    action(window, "actionSaveQuote").trigger()
    record = saved(window)
    assert record.exact == "shoulder to shoulder,"
    window.quotes.dock.select_quote(record.id)
    action(window, "actionCopyCitation").trigger()
    text = QGuiApplication.clipboard().mimeData().text()
    assert text.startswith("“shoulder to shoulder,” ") and "‘" not in text.split("(")[0]


def test_a_quotation_with_its_marks_keeps_its_inner_quote_balanced(window: Any) -> None:
    select_text(window, 'neighbors working "shoulder to shoulder," China')
    action(window, "actionSaveQuote").trigger()
    record = saved(window)
    assert record.exact == 'neighbors working "shoulder to shoulder," China'
    window.quotes.dock.select_quote(record.id)
    action(window, "actionCopyCitation").trigger()
    assert QGuiApplication.clipboard().mimeData().text().startswith(
        "“neighbors working ‘shoulder to shoulder,’ China”")


def test_the_headline_is_quotable_and_the_publishers_editors_words(window: Any) -> None:
    cursor = select_text(window, TITLE)
    assert cursor.selectionStart() == 0  # the headline on top, not its words in the reprint note
    action(window, "actionSaveQuote").trigger()
    record = saved(window)
    assert record.exact == TITLE
    assert (record.voice, record.block_kind, record.who) == ("editors", "title", "CGTN")
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved: Headline, CGTN — ") and "Select some" not in message
    spans = window.quotes.highlights.highlighter.spans_of(record.id)
    assert [(s.start, s.end) for s in spans] == [(0, len(TITLE))]  # drawn on the headline only
    window.quotes.dock.select_quote(record.id)
    action(window, "actionCopyCitation").trigger()
    assert "CGTN Editors" in QGuiApplication.clipboard().mimeData().text()


def test_the_headline_and_the_body_together_start_where_the_body_does(window: Any) -> None:
    document = window.reader.document()
    end = document.find("CGTN, a Chinese news TV channel").selectionEnd()
    from tests.ui.conftest import select

    select(window, 5, end)  # from inside the headline into the reprint note
    action(window, "actionSaveQuote").trigger()
    record = saved(window)
    assert record.exact == "CGTN, a Chinese news TV channel" and record.block_kind == "reprint_note"


def test_a_selection_of_quoteclips_own_words_is_told_so(window: Any) -> None:
    select_text(window, "reprinted by News.Az")  # the source line under the headline
    action(window, "actionSaveQuote").trigger()
    assert window.quotes.library.store.quotes.find() == []
    message = window.statusBar().currentMessage()
    assert "none of the article's own words" in message and "Select some" not in message
