"""Saving the reader's selection: the stored row, its attribution, and the highlight over it."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from tests.ui.quotes.conftest import SAYING, select_text

XI_LINE = ("Xi Jinping (quoted by Wang Haiyan) — “New pragmatic and promising chapter of "
           "China-Kazakhstan cooperation”, CGTN, reprinted by News.Az")


def action(window: Any, name: str) -> Any:
    from PySide6.QtGui import QAction

    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def highlighted(window: Any) -> list[str]:
    return [s.cursor.selectedText() for s in window.reader.extraSelections()]


def test_saving_the_saying_stores_the_speakers_words(window: Any, qtbot: QtBot) -> None:
    save = action(window, "actionSaveQuote")
    assert not save.isEnabled()
    select_text(window, SAYING)
    assert save.isEnabled()
    with qtbot.waitSignal(window.quotes.library.changed):
        save.trigger()
    store = window.quotes.library.store
    [quote] = store.quotes()
    assert quote.exact == SAYING
    assert (quote.voice, quote.speaker) == ("speaker", "Xi Jinping")
    assert quote.attribution == XI_LINE
    assert SAYING in highlighted(window)
    assert XI_LINE in window.statusBar().currentMessage()
