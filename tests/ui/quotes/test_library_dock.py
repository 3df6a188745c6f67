"""The library panel: a checked model, search as you type, filters, in-place edits, delete with undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDockWidget, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from qtapp.ui.quotes.table_model import COLUMNS, PAGE, QuoteTableModel
from tests.ui.quotes.conftest import SAYING
from tests.ui.quotes.test_highlights import save
from tests.ui.quotes.test_saving import BODY, EDITORS, action, highlighted


def caught_up(qtbot: QtBot, window: Any) -> None:
    """The table refreshes on the event loop's next turn after a write: let it."""
    qtbot.waitUntil(lambda: not window.quotes.model.pending, timeout=2000)


def rows(window: Any) -> list[str]:
    proxy = window.quotes.dock.proxy
    return [proxy.index(r, COLUMNS.index("quote")).data() for r in range(proxy.rowCount())]


def test_the_dock_has_its_contract_names(window: Any) -> None:
    dock = window.findChild(QDockWidget, "library")
    assert dock is not None
    assert dock.findChild(QLineEdit, "librarySearch") is not None
    assert isinstance(dock.findChild(QTableView), QTableView)


def test_model_passes_qtmodeltester(window: Any, qtmodeltester: Any) -> None:
    for text in (SAYING, EDITORS, BODY):
        save(window, text)
    qtmodeltester.check(window.quotes.model)
    qtmodeltester.check(window.quotes.dock.proxy)


def test_saved_quotes_appear_with_who_and_article(window: Any, qtbot: QtBot) -> None:
    save(window, SAYING)
    caught_up(qtbot, window)
    model = window.quotes.model
    assert model.rowCount() == 1
    who = model.index(0, COLUMNS.index("who")).data()
    assert who == "Xi Jinping (quoted)"
    assert model.index(0, COLUMNS.index("article")).data().startswith("New pragmatic")
    assert "quoted by Wang Haiyan" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_quote_cells_tooltip_holds_the_whole_quote_and_who_said_it(window: Any, qtbot: QtBot) -> None:
    save(window, SAYING)
    caught_up(qtbot, window)
    model = window.quotes.model
    tip = model.index(0, COLUMNS.index("quote")).data(Qt.ItemDataRole.ToolTipRole)
    assert SAYING in tip and "— Xi Jinping (quoted by Wang Haiyan)" in tip  # the cell itself is cut off



def test_roles_answer_the_same_as_ints_or_enum_members(window: Any, qtbot: QtBot) -> None:
    """data() compares plain ints (the view passes ints); a caller's enum member gets the same answer."""
    save(window, SAYING)
    caught_up(qtbot, window)
    model = window.quotes.model
    for column in range(len(COLUMNS)):
        index = model.index(0, column)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            assert model.data(index, role) == model.data(index, int(role))
        for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.CheckStateRole):
            assert model.data(index, role) is None  # the delegate asks; the table has nothing to say
    assert model.data(model.index(0, 0), int(Qt.ItemDataRole.DisplayRole)) == model.quote_at(0).exact
    editable = model.flags(model.index(0, COLUMNS.index("note")))
    assert editable & Qt.ItemFlag.ItemIsEditable and editable & Qt.ItemFlag.ItemIsSelectable

def test_search_narrows_the_table_as_you_type(window: Any, qtbot: QtBot) -> None:
    for text in (SAYING, EDITORS, BODY):
        save(window, text)
    caught_up(qtbot, window)
    assert len(rows(window)) == 3
    search = window.quotes.dock.search
    with qtbot.waitSignal(window.quotes.dock.filtersChanged, timeout=2000):
        qtbot.keyClicks(search, "triump")  # a prefix: found as you type
    assert rows(window) == [SAYING]
    with qtbot.waitSignal(window.quotes.dock.filtersChanged, timeout=2000):
        search.clear()
    assert len(rows(window)) == 3


def test_this_article_toggle_and_filters(window: Any, qtbot: QtBot, tmp_path: Path) -> None:
    save(window, SAYING)
    other = tmp_path / "other.txt"
    other.write_text("A different piece.\n\nSomeone wrote these words about trade.\n", encoding="utf-8")
    window.open_article(other)
    select = window.reader.document().find("these words about trade")
    window.reader.setTextCursor(select)
    action(window, "actionSaveQuote").trigger()
    caught_up(qtbot, window)
    dock = window.quotes.dock
    assert len(rows(window)) == 2
    dock.scope.setChecked(True)
    assert rows(window) == ["these words about trade"]
    dock.scope.setChecked(False)
    assert dock.who_filter.findData("Xi Jinping") == -1  # menus are filled when opened
    dock.who_filter.aboutToPopup.emit()  # what showPopup() does first (no popup offscreen)
    dock.who_filter.setCurrentIndex(dock.who_filter.findData("Xi Jinping"))
    dock.apply_filters()
    assert rows(window) == [SAYING]


def test_delete_then_undo_and_redo_from_the_keyboard(window: Any, qtbot: QtBot) -> None:
    save(window, BODY)
    save(window, EDITORS)
    dock = window.quotes.dock
    body_id = [q.id for q in window.quotes.library.store.quotes.find() if q.exact == BODY][0]
    assert dock.select_quote(body_id)
    with qtbot.waitSignal(window.quotes.library.changed):
        action(window, "actionDeleteQuote").trigger()
    store = window.quotes.library.store
    assert [q.exact for q in store.quotes.find()] == [EDITORS]
    assert BODY not in highlighted(window)
    assert window.statusBar().currentMessage() == "Deleted 1 quote — Undo (Ctrl+Z) restores"
    undo, redo = action(window, "actionUndo"), action(window, "actionRedo")
    assert undo in window.menu("Edit").actions() and redo in window.menu("Edit").actions()
    assert undo.shortcut().toString() == "Ctrl+Z" and redo.shortcut().toString() == "Ctrl+Shift+Z"
    undo.trigger()
    assert sorted(q.exact for q in store.quotes.find()) == sorted([BODY, EDITORS])
    assert BODY in highlighted(window)
    assert window.statusBar().currentMessage() == "Undone: Delete quote"  # not a silent restore
    redo.trigger()
    assert [q.exact for q in store.quotes.find()] == [EDITORS]
    assert window.statusBar().currentMessage() == "Redone: Delete quote"


def test_notes_and_tags_are_edited_in_place_and_undoable(window: Any, qtbot: QtBot) -> None:
    quote_id = save(window, BODY)
    model: QuoteTableModel = window.quotes.model
    row = model.row_of(quote_id)
    assert model.setData(model.index(row, COLUMNS.index("note")), "  key sentence ")
    assert model.setData(model.index(row, COLUMNS.index("tags")), "trade, BRI, trade")
    store = window.quotes.library.store
    record = store.quotes.get(quote_id)
    assert (record.note, record.tags) == ("key sentence", ("trade", "BRI"))
    caught_up(qtbot, window)
    assert model.index(row, COLUMNS.index("tags")).data() == "trade, BRI"
    window.quotes.stack.undo()
    assert store.quotes.get(quote_id).tags == ()
    window.quotes.stack.undo()
    assert store.quotes.get(quote_id).note == ""
    assert not model.flags(model.index(row, COLUMNS.index("quote"))) & Qt.ItemFlag.ItemIsEditable


def test_reattribute_from_the_row_menu(window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from qtapp.ui.quotes.quote_dialogs import ReattributeDialog

    quote_id = save(window, BODY)
    dock = window.quotes.dock
    dock.select_quote(quote_id)
    menu = dock.build_context_menu()
    names = [a.objectName() for a in menu.actions()]
    assert "actionReattributeQuote" in names and "actionDeleteQuote" in names
    monkeypatch.setattr(ReattributeDialog, "ask",
                        classmethod(lambda cls, p, v, s: ("speaker", "Kassym-Jomart Tokayev")))
    action(window, "actionReattributeQuote").trigger()
    record = window.quotes.library.store.quotes.get(quote_id)
    assert (record.voice, record.speaker) == ("speaker", "Kassym-Jomart Tokayev")
    assert record.attribution.startswith("Kassym-Jomart Tokayev (quoted by Wang Haiyan) — ")
    caught_up(qtbot, window)
    assert window.quotes.model.index(0, COLUMNS.index("who")).data().startswith("Kassym-Jomart Tokayev")
    window.quotes.stack.undo()
    assert window.quotes.library.store.quotes.get(quote_id).voice == "author"


def test_double_click_jumps_to_the_passage_in_its_article(window: Any, tmp_path: Path, qtbot: QtBot) -> None:
    quote_id = save(window, SAYING)
    other = tmp_path / "other.txt"
    other.write_text("Another article.\n\nNothing to see here.\n", encoding="utf-8")
    window.open_article(other)
    assert SAYING not in window.reader.toPlainText()
    dock = window.quotes.dock
    dock.select_quote(quote_id)
    index = dock.table.currentIndex()
    with qtbot.waitSignal(window.articleChanged):
        dock.table.doubleClicked.emit(index)
    assert window.reader.textCursor().selectedText() == SAYING
    assert SAYING in highlighted(window)


def test_lazy_model_loads_pages(window: Any) -> None:
    store = window.quotes.library.store
    article_id = window.quotes.library.store_article(window.quotes.current.source())
    from qtapp.library.quotestore import QuoteDraft

    text = window.article.text
    start = text.index(BODY)
    store.quotes.add_many([QuoteDraft(article_id, start, start + 5 + (i % 50), note=f"n{i}")
                           for i in range(PAGE + 30)])
    window.quotes.library.changed.emit([])
    model = window.quotes.model
    model.set_filters()
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE + 30 and not model.canFetchMore(QModelIndex())


def test_an_empty_table_says_why_and_this_article_shows_in_the_article_menu(window: Any, qtbot: QtBot) -> None:
    dock = window.quotes.dock
    caught_up(qtbot, window)
    assert not dock.empty.isHidden() and dock.empty.text().startswith("No quotes yet")
    save(window, BODY)
    caught_up(qtbot, window)
    assert dock.empty.isHidden()
    dock.search.setText("zzzunfindable")
    dock.apply_filters()
    caught_up(qtbot, window)
    assert not dock.empty.isHidden() and dock.empty.text() == "No quotes match “zzzunfindable”."
    dock.search.clear()
    dock.apply_filters()
    caught_up(qtbot, window)
    assert dock.empty.isHidden()

    dock.scope.setChecked(True)  # "This article": the drop-down names it instead of "All articles"
    assert dock.article_filter.currentText() == window.article.title
    assert not dock.article_filter.isEnabled()
    dock.scope.setChecked(False)
    assert dock.article_filter.currentText() == "All articles" and dock.article_filter.isEnabled()


def test_the_detail_pane_shows_the_current_quote_whole_with_its_citation(window: Any, qtbot: QtBot) -> None:
    save(window, SAYING)
    caught_up(qtbot, window)
    dock, pane = window.quotes.dock, window.quotes.detail
    assert pane.parent() is dock.splitter and "Select a quote" in pane.toPlainText()
    quote_id = window.quotes.library.store.quotes.find()[0].id
    assert dock.select_quote(quote_id)
    record = window.quotes.library.store.quotes.get(quote_id)
    shown = pane.toPlainText()
    assert SAYING in shown and record.attribution in shown  # whole, not the table's cut-off line
    qtbot.waitUntil(lambda: "Citation:" in pane.toPlainText(), timeout=5000)  # follows when idle
    assert "Wang" in pane.toPlainText().split("Citation:")[1]
    tip = window.quotes.model.index(0, COLUMNS.index("quote")).data(Qt.ItemDataRole.ToolTipRole)
    assert SAYING in tip and tip.startswith("<qt>")


def test_the_detail_pane_never_renders_markup_from_a_note(window: Any) -> None:
    from qtapp.ui.quotes.detail_pane import detail_html

    save(window, SAYING)
    record = dataclasses.replace(window.quotes.library.store.quotes.find()[0], exact="A <b>bold</b> claim",
                                 note='<img src="http://example.com/x.png"> & more')
    page = detail_html(record, None)
    assert "<img" not in page and "&lt;img" in page and "&lt;b&gt;bold" in page


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
def test_a_first_start_gives_the_library_its_share_of_the_window(window: Any, qtbot: QtBot) -> None:
    """QMainWindow sized the dock from its contents' own hint (~300 px), so its columns scrolled sideways."""
    from qtapp.ui.quotes.dock import DOCK_SHARE

    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    dock = window.quotes.dock
    qtbot.waitUntil(lambda: abs(dock.width() - DOCK_SHARE * window.width()) < 24)
    assert not dock.table.horizontalScrollBar().isVisible()


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
def test_at_800_by_600_the_reader_keeps_most_of_the_width(window: Any, qtbot: QtBot) -> None:
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    dock = window.quotes.dock
    qtbot.waitUntil(lambda: window.reader.width() > 1.4 * dock.width())
    assert dock._filter_columns == 2  # the filters took two rows to let the dock be narrow
    assert dock.width() >= 200


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
def test_tab_goes_round_the_library_from_the_table_to_the_filters(window: Any, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    save(window, SAYING)
    window.show()
    qtbot.waitExposed(window)
    dock = window.quotes.dock
    dock.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.table)
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert window.quotes.detail in seen  # the table is left by Tab, not stepped through cell by cell
    for widget in (dock.search, dock.scope, dock.check_filter, dock.article_filter, dock.color_filter):
        assert widget in seen, widget.objectName()


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")  # the offscreen platform
def test_the_library_collapses_to_give_the_reader_the_width_and_view_brings_it_back(window: Any,
                                                                                    qtbot: QtBot) -> None:
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    dock = window.quotes.dock
    toggle = window.action("actionShowLibrary")
    assert toggle in window.menu("View").actions() and toggle.isChecked()
    qtbot.waitUntil(lambda: window.reader.width() > 1.4 * dock.width())  # laid out, as at 800 × 600
    narrow = window.reader.width()
    toggle.trigger()
    qtbot.waitUntil(lambda: not dock.isVisible() and window.reader.width() > narrow + 150)
    assert not toggle.isChecked()
    wide = window.reader.width()
    toggle.trigger()
    qtbot.waitUntil(lambda: dock.isVisible() and window.reader.width() < wide - 150)
