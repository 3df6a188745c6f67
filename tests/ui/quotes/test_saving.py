"""Saving the reader's selection: the stored row, its attribution, and the highlight over it."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import select
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
    [quote] = store.quotes.find()
    assert quote.exact == SAYING
    assert (quote.voice, quote.speaker) == ("speaker", "Xi Jinping")
    assert quote.attribution == XI_LINE
    assert SAYING in highlighted(window)
    assert XI_LINE in window.statusBar().currentMessage()


EDITORS = "The world is entering a new period of turbulence and change"
BODY = ("China and Kazakhstan are exemplary in their pragmatic cooperation as friendly neighbors and "
        "comprehensive strategic partners.")


def test_a_passage_of_the_editors_note_is_the_editors(window: Any) -> None:
    select_text(window, EDITORS)
    action(window, "actionSaveQuote").trigger()
    [quote] = window.quotes.library.store.quotes.find()
    assert quote.exact == EDITORS
    assert quote.voice == "editors"
    assert quote.attribution.startswith("Editor's note, CGTN — “New pragmatic")
    assert EDITORS in highlighted(window)


def test_a_passage_of_the_body_is_the_authors(window: Any) -> None:
    select_text(window, BODY)
    action(window, "actionSaveQuote").trigger()
    [quote] = window.quotes.library.store.quotes.find()
    assert (quote.exact, quote.voice, quote.speaker) == (BODY, "author", None)
    assert quote.attribution == ("Wang Haiyan — “New pragmatic and promising chapter of "
                                 "China-Kazakhstan cooperation”, CGTN, reprinted by News.Az")


def test_whitespace_at_the_ends_is_not_saved(window: Any) -> None:
    cursor = select_text(window, " exemplary in their pragmatic cooperation ")
    assert cursor.selectedText().startswith(" ")
    action(window, "actionSaveQuote").trigger()
    [quote] = window.quotes.library.store.quotes.find()
    assert quote.exact == "exemplary in their pragmatic cooperation"


def test_a_selection_across_paragraphs_keeps_one_newline(window: Any) -> None:
    document = window.reader.document()
    start = document.find("2017 and 2022.").selectionStart()
    end = document.find("For over 30 years").selectionEnd()
    select(window, start, end)
    assert window.quotes.saver.selected_passage() == "2017 and 2022.\nFor over 30 years"
    action(window, "actionSaveQuote").trigger()
    [quote] = window.quotes.library.store.quotes.find()
    # The store keeps the canonical slice (blocks joined by a blank line) so the anchor stays exact.
    assert quote.exact == "2017 and 2022.\n\nFor over 30 years"
    # …and the quote itself is what the reader selected: one newline between the paragraphs.
    assert quote.text == "2017 and 2022.\nFor over 30 years"
    assert quote.to_json()["text"] == quote.text
    drawn = highlighted(window)
    assert "2017 and 2022." in drawn and "For over 30 years" in drawn


def test_a_selection_starting_in_the_title_is_clipped_to_article_text(window: Any) -> None:
    end = window.reader.document().find("CGTN, a Chinese news TV channel").selectionEnd()
    select(window, 0, end)
    action(window, "actionSaveQuote").trigger()
    [quote] = window.quotes.library.store.quotes.find()
    assert quote.exact == "CGTN, a Chinese news TV channel"
    assert quote.voice == "editors"


def test_a_selection_of_labels_only_saves_nothing(window: Any) -> None:
    label = window.reader.document().find("Editor's note")  # QuoteClip's label, not article text
    select(window, label.selectionStart(), label.selectionEnd())
    action(window, "actionSaveQuote").trigger()
    assert window.quotes.library.store.quotes.find() == []
    message = window.statusBar().currentMessage()
    assert "none of the article's own words" in message
    assert "Select some" not in message  # text is selected: never tell the user to select some


def test_saving_twice_offers_the_existing_quote(window: Any, monkeypatch: Any) -> None:
    from qtapp.ui.quotes.saving import QuoteSaver

    asked: list[str] = []
    monkeypatch.setattr(QuoteSaver, "ask_open_existing",
                        classmethod(lambda cls, parent, text: asked.append(text) or True))
    select_text(window, BODY)
    action(window, "actionSaveQuote").trigger()
    select_text(window, BODY)
    action(window, "actionSaveQuote").trigger()
    store = window.quotes.library.store
    assert store.quotes.count() == 1
    assert asked == [BODY]
    [quote] = store.quotes.find()
    assert window.quotes.dock.current_id() == quote.id
    assert window.reader.textCursor().selectedText() == BODY


def test_save_with_note_asks_for_note_tags_and_colour(window: Any, monkeypatch: Any) -> None:
    from qtapp.ui.quotes.quote_dialogs import NoteDialog, QuoteDetails

    seen: list[str] = []

    def answer(cls: type, parent: object, details: QuoteDetails, passage: str) -> QuoteDetails:
        seen.append(passage)
        return QuoteDetails("for the essay", ["trade", "BRI"], "green")

    monkeypatch.setattr(NoteDialog, "ask", classmethod(answer))
    select_text(window, BODY)
    action(window, "actionSaveQuoteWithNote").trigger()
    [quote] = window.quotes.library.store.quotes.find()
    assert seen == [BODY]
    assert (quote.note, quote.tags, quote.color) == ("for the essay", ("trade", "BRI"), "green")
    [tint] = [s for s in window.reader.extraSelections() if s.cursor.selectedText() == BODY]
    assert tint.format.background().color().green() > tint.format.background().color().red()


def test_cancelling_the_note_dialog_saves_nothing(window: Any, monkeypatch: Any) -> None:
    from qtapp.ui.quotes.quote_dialogs import NoteDialog

    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, *a: None))
    select_text(window, BODY)
    action(window, "actionSaveQuoteWithNote").trigger()
    assert window.quotes.library.store.quotes.find() == []


def test_save_actions_are_in_the_toolbar_edit_menu_and_context_menu(window: Any) -> None:
    save, note = action(window, "actionSaveQuote"), action(window, "actionSaveQuoteWithNote")
    assert save in window.toolbar.actions()
    assert {save, note} <= set(window.menu("Edit").actions())
    assert {save, note} <= set(window.context_actions())
    assert save.shortcut().toString() == "Ctrl+Shift+S"
    assert note.shortcut().toString() == "Ctrl+Shift+N"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()
def test_keyboard_only_save(window: Any, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    start = window.reader.document().find(BODY[:11]).selectionStart()
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    window.reader.setTextCursor(cursor)  # the caret, as Find would leave it
    for _ in range(len("China and Kazakhstan")):
        qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.textCursor().selectedText() == "China and Kazakhstan"
    with qtbot.waitSignal(window.quotes.library.changed):
        qtbot.keyClick(window.reader, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [q.exact for q in window.quotes.library.store.quotes.find()] == ["China and Kazakhstan"]
