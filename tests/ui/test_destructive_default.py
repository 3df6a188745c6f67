"""Issue 15 item 14: a destructive question ("Keep aside and start a new library?") answers No when the
user just presses Enter: the real box is shown, and Enter accepts its default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qtapp.ui import headless
from qtapp.ui.quotes.service import QuoteLibrary


@pytest.mark.qt_log_ignore(r"^This plugin does not support")  # the offscreen platform, showing a box
def test_enter_in_a_destructive_question_answers_no(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(headless, "active", False)  # someone is at the screen
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        default = box.defaultButton()
        seen.append(box.standardButton(default).name if default is not None else "none")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    answer = QuoteLibrary.ask(None, "Library damaged", "Keep it aside and start a new library?")
    assert seen == ["No"] and answer is False
