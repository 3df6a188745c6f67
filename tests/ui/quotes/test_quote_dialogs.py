"""The quote's small dialogs work from the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qtapp.ui.quotes.quote_dialogs import NoteDialog, QuoteDetails

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")


def test_tab_in_the_note_moves_to_tags_and_the_note_keeps_no_tab(qtbot: QtBot) -> None:
    dialog = NoteDialog(None, QuoteDetails(), "a passage")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Check the date")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tags)
    qtbot.keyClicks(dialog.tags, "energy, 2024")
    assert dialog.details() == QuoteDetails("Check the date", ["energy", "2024"], dialog.color.currentText())
    qtbot.keyClick(dialog.tags, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)


def test_the_note_editor_is_roomy(qtbot: QtBot) -> None:
    dialog = NoteDialog(None, QuoteDetails(), "a passage")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 500 and dialog.note.height() >= 160
