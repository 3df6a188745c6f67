"""Uncertainty is shown, never hidden: a defaulted or unsure attribution is marked until the user
confirms or corrects it, in the library table, its filter and the status bar."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from qtapp.ui.quotes.table_model import COLUMNS, QUOTE_ID_ROLE
from tests.ui.quotes.conftest import SAYING, select_text
from tests.ui.quotes.test_one_source import GUESSED, SAID, invented, select_in_block
from tests.ui.quotes.test_saving import action

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole


def marker(window: Any, quote_id: int) -> Any:
    model = window.quotes.model
    model.flush()
    row = model.row_of(quote_id)
    assert row is not None
    return model.index(row, COLUMNS.index("check"))


def saved(window: Any) -> Any:
    [record] = window.quotes.library.store.quotes.find()
    return record


def unsure_window(make_window: Any) -> Any:
    """A window on an article whose second quotation's speaker a rule only guessed (confidence 0.5)."""
    window = make_window(open_seed=False)
    article = invented()
    window.show_article(article, article.text, None)
    return window


def save_guessed(window: Any) -> None:
    select_in_block(window, "paragraph", GUESSED)
    action(window, "actionSaveQuote").trigger()


def test_an_unsure_speaker_is_marked_until_confirmed_and_undo_brings_the_mark_back(make_window: Any) -> None:
    window = unsure_window(make_window)
    save_guessed(window)
    record = saved(window)
    assert record.voice == "speaker" and record.needs_check
    assert "Check who said this" in window.statusBar().currentMessage()
    cell = marker(window, record.id)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cell.data(ACCESSIBLE_TEXT) == "Check who said this"
    assert "speaker is not sure" in cell.data(Qt.ItemDataRole.ToolTipRole)

    confirm = action(window, "actionConfirmAttribution")
    assert confirm in window.menu("Edit").actions() and confirm.shortcut().toString() == "Ctrl+Shift+K"
    window.quotes.dock.select_quote(record.id)
    label = window.findChild(type(window.quotes.check_label), "attributionCheck")
    assert label.isVisibleTo(window) and "Check who said this" in label.text()
    assert confirm.isEnabled()
    confirm.trigger()
    record = saved(window)
    assert not record.needs_check and record.confirmed
    assert marker(window, record.id).data(Qt.ItemDataRole.DecorationRole) is None
    assert not label.isVisibleTo(window) and not confirm.isEnabled()
    assert (record.voice, record.speaker) == ("speaker", "Marta Quispe")  # confirming changes nothing else
    assert record.voice_by == "rules"  # the rules still own the voice: a better reading may change it

    action(window, "actionUndo").trigger()
    assert saved(window).needs_check
    assert marker(window, record.id).data(Qt.ItemDataRole.DecorationRole) is not None


def test_the_filter_shows_only_the_quotes_to_check(make_window: Any) -> None:
    window = unsure_window(make_window)
    save_guessed(window)
    select_in_block(window, "paragraph", SAID)  # a sure rule named the speaker: nothing to check
    action(window, "actionSaveQuote").trigger()
    store = window.quotes.library.store
    unsure = [q.id for q in store.quotes.find() if q.needs_check]
    assert len(unsure) == 1 and len(store.quotes.find()) == 2
    dock = window.quotes.dock
    button = dock.check_filter
    assert button.objectName() == "libraryCheckFilter" and button.accessibleName()
    button.click()
    ids = [dock.proxy.index(r, 0).data(QUOTE_ID_ROLE) for r in range(dock.proxy.rowCount())]
    assert ids == unsure
    button.click()
    assert dock.proxy.rowCount() == 2


def test_whose_words_is_in_the_edit_menu_the_row_menu_and_has_a_shortcut(window: Any) -> None:
    whose = action(window, "actionReattributeQuote")
    assert whose in window.menu("Edit").actions()
    assert whose in window.quotes.dock.build_context_menu().actions()
    assert whose in window.context_actions()
    assert whose.shortcut().toString() == "Ctrl+Shift+W"
    assert not whose.isEnabled()  # no quote yet
    select_text(window, SAYING)
    action(window, "actionSaveQuote").trigger()
    window.quotes.dock.select_quote(saved(window).id)
    assert whose.isEnabled()


def test_a_correction_removes_the_mark_and_survives_new_details(make_window: Any, monkeypatch: Any) -> None:
    from qtapp.ui.quotes.quote_dialogs import ReattributeDialog

    window = unsure_window(make_window)
    save_guessed(window)
    record = saved(window)
    window.quotes.dock.select_quote(record.id)
    answer = ("speaker", "Elena Mamani")  # the guide, whom the user knows
    monkeypatch.setattr(ReattributeDialog, "ask", classmethod(lambda cls, *a: answer))
    action(window, "actionReattributeQuote").trigger()
    record = saved(window)
    assert (record.speaker, record.needs_check) == ("Elena Mamani", False)
    assert record.voice_by == "user" and record.confirmed  # theirs: no re-derivation touches it
    window.quotes.library.correct_article(record.article_id, date="2024-07-02")
    record = saved(window)  # the line is re-derived for the new date; the user's speaker stays
    assert (record.speaker, record.needs_check) == ("Elena Mamani", False)
    assert record.attribution.startswith("Elena Mamani (quoted by Ana Lima)")
    action(window, "actionUndo").trigger()  # the correction: the rules' speaker and its doubt return
    record = saved(window)
    assert (record.speaker, record.needs_check, record.voice_by) == ("Marta Quispe", True, "rules")


def test_ok_on_whose_words_as_they_stand_confirms(make_window: Any, monkeypatch: Any) -> None:
    from qtapp.ui.quotes.quote_dialogs import ReattributeDialog

    window = unsure_window(make_window)
    save_guessed(window)
    window.quotes.dock.select_quote(saved(window).id)
    assert saved(window).needs_check
    monkeypatch.setattr(ReattributeDialog, "ask", classmethod(lambda cls, *a: ("speaker", "Marta Quispe")))
    action(window, "actionReattributeQuote").trigger()
    record = saved(window)
    # Nothing was corrected: a confirmation, and the rules keep the voice (as Confirm Attribution).
    assert (record.needs_check, record.voice_by) == (False, "rules") and record.confirmed


def test_a_confident_speaker_is_not_marked_and_an_unsure_one_is(make_window: Any) -> None:
    window = make_window(open_seed=False)
    article = invented()
    window.show_article(article, article.text, None)
    for passage in (SAID, GUESSED):  # confidence 0.95, then 0.5
        select_in_block(window, "paragraph", passage)
        action(window, "actionSaveQuote").trigger()
    store = window.quotes.library.store
    marks = {q.exact: q.needs_check for q in store.quotes.find()}
    assert marks == {SAID: False, GUESSED: True}


def test_a_quotation_without_a_speaker_is_marked_as_the_authors_words(make_window: Any) -> None:
    window = make_window(open_seed=False)
    article = invented()
    article.quotations = [replace(q, speaker=None, rule=None, confidence=0.0) for q in article.quotations]
    window.show_article(article, article.text, None)
    select_in_block(window, "paragraph", SAID)
    action(window, "actionSaveQuote").trigger()
    record = saved(window)
    assert (record.voice, record.check_reason, record.needs_check) == ("author", "unnamed_speaker", True)
    assert "quotation whose speaker the text does not name" in window.statusBar().currentMessage()


def test_right_click_on_a_highlight_makes_it_the_quote_whose_words_acts_on(make_window: Any,
                                                                           qtbot: Any) -> None:
    window = unsure_window(make_window)
    window.show()
    qtbot.waitExposed(window)
    save_guessed(window)
    select_in_block(window, "paragraph", SAID)
    action(window, "actionSaveQuote").trigger()
    store = window.quotes.library.store
    saying = next(q for q in store.quotes.find() if q.exact == GUESSED)
    window.quotes.dock.select_quote(next(q.id for q in store.quotes.find() if q.exact == SAID))
    cursor = window.reader.document().find(GUESSED)
    cursor.setPosition(cursor.selectionStart() + 5)
    window.reader.setTextCursor(cursor)  # no selection: the caret in the saved passage
    window.reader.ensureCursorVisible()
    rect = window.reader.cursorRect(cursor)
    at = window.reader.viewport().mapToGlobal(QPoint(rect.center().x(), rect.center().y()))
    window.reader.contextMenuRequested.emit(at)
    assert window.quotes.dock.current_id() == saying.id
    assert action(window, "actionConfirmAttribution").isEnabled()
