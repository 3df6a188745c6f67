"""The style picker: every installed style, found as you type, loaded only when first shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qtapp.library.citation import style_ids
from qtapp.ui.quotes.style_picker import ID_ROLE, StylePicker, StylePickerDialog
from qtapp.ui.session import Session
from tests.ui.quotes.test_saving import action

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")


def shown_ids(picker: StylePicker) -> list[str]:
    proxy = picker.proxy
    return [str(proxy.index(row, 0).data(ID_ROLE)) for row in range(proxy.rowCount())]


@pytest.fixture
def picker(qtbot: QtBot) -> StylePicker:
    widget = StylePicker(current="mla")
    qtbot.addWidget(widget)
    return widget


def test_nothing_is_read_until_the_picker_is_shown(picker: StylePicker, qtbot: QtBot) -> None:
    assert picker.model.rowCount() == 0
    with qtbot.waitExposed(picker):
        picker.show()
    assert picker.model.rowCount() == len(style_ids()) > 2000
    assert shown_ids(picker)[:4] == ["apa", "modern-language-association", "chicago-notes-bibliography",
                                     "chicago-author-date"]
    assert picker.current_style() == "modern-language-association"  # "mla" as the core names it
    assert picker.count.text() == f"{len(style_ids()):,} styles"


def test_the_window_starts_without_the_style_list(make_window: Callable[..., Any]) -> None:
    style_ids.cache_clear()
    make_window()
    assert style_ids.cache_info().currsize == 0


def test_typing_filters_by_every_word(picker: StylePicker, qtbot: QtBot) -> None:
    picker.load()
    qtbot.keyClicks(picker.search, "author chicago")
    ids = shown_ids(picker)
    assert "chicago-author-date" in ids and len(ids) < 60
    assert all("chicago" in i and "author" in i for i in ids)
    assert picker.count.text() == f"{len(ids):,} of {len(style_ids()):,} styles"
    assert picker.current_style() in ids  # the old pick is hidden: the best match is picked instead
    picker.search.clear()
    assert len(shown_ids(picker)) == len(style_ids())


def test_titles_arrive_in_the_background_and_are_searchable(picker: StylePicker, qtbot: QtBot) -> None:
    picker.load()
    assert not picker.model.titles_loaded
    with qtbot.waitSignal(picker.model.titlesLoaded, timeout=20000):
        pass
    qtbot.keyClicks(picker.search, "MLA Handbook 9th")
    assert "modern-language-association" in shown_ids(picker)
    picker.search.clear()
    assert picker.proxy.index(0, 0).data() == "APA Style 7th edition — apa"


def test_arrow_keys_and_enter_choose_from_the_search_field(picker: StylePicker, qtbot: QtBot) -> None:
    picker.load()
    qtbot.keyClicks(picker.search, "chicago author date")
    first = picker.current_style()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    second = picker.current_style()
    assert second != first and second in shown_ids(picker)
    with qtbot.waitSignal(picker.styleChosen) as chosen:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert chosen.args == [second]


def test_the_dialog_returns_the_chosen_id(qtbot: QtBot) -> None:
    dialog = StylePickerDialog(None, "apa")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.picker.current_style() == "apa"
    qtbot.keyClicks(dialog.picker.search, "ieee")
    dialog.picker.set_current_style("ieee")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen() == "ieee"


def test_cancel_chooses_nothing(qtbot: QtBot) -> None:
    dialog = StylePickerDialog(None, "apa")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.chosen() is None


def test_choosing_the_default_from_the_menu_is_remembered(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str | None] = []

    def ask(cls: type, parent: Any, current: str | None) -> str:
        asked.append(current)
        return "ieee"

    monkeypatch.setattr(StylePickerDialog, "ask", classmethod(ask))
    action(window, "actionChooseCitationStyle").trigger()
    assert asked == ["apa"]
    assert Session().citation_style == "ieee"
    window.session.sync()
    text = Path(window.session.settings.fileName()).read_text(encoding="utf-8")
    assert "[citation]" in text and "style=ieee" in text
    assert "ieee" in window.statusBar().currentMessage()
