"""Copy Citation: a saved quote and its citation reach the clipboard as rich and plain text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qtapp.ui.session import Session
from tests.ui.quotes.conftest import SAYING, select_text
from tests.ui.quotes.test_saving import BODY, action

# The offscreen platform's note when a window is shown.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")

TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"


def save(window: Any, text: str) -> int:
    select_text(window, text)
    action(window, "actionSaveQuote").trigger()
    [found] = [q.id for q in window.quotes.library.store.quotes.find() if q.exact == text]
    return found


def dated(window: Any, date: str = "2024-06-03") -> None:
    """Give the seed a date (it has none) through the store, as Article Details would."""
    library = window.quotes.library
    library.write(library.store.articles.correct, window.quotes.current.article_id(), date=date)


def caret_at(window: Any, text: str, offset: int = 3) -> QTextCursor:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.document().find(text).selectionStart() + offset)
    window.reader.setTextCursor(cursor)
    return cursor


def clipboard() -> tuple[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    return mime.html(), mime.text()


def test_the_saying_is_cited_through_the_author_in_apa(window: Any) -> None:
    copy = action(window, "actionCopyCitation")
    assert copy.shortcut().toString() == "Ctrl+Shift+C"
    assert copy in window.menu("Edit").actions()
    assert not copy.isEnabled()  # no quote yet
    quote_id = save(window, SAYING)
    dated(window)
    window.reader.setTextCursor(QTextCursor(window.reader.document()))  # caret on the title
    window.quotes.dock.select_quote(quote_id)
    assert copy.isEnabled()
    copy.trigger()
    rich, plain = clipboard()
    assert plain == (f"“{SAYING}” (Xi, as cited in Wang, 2024)\n\n"
                     f"Wang, H. (2024, June 3). {TITLE}. News.Az. (Originally published by CGTN)")
    assert "<i>News.Az</i>" in rich and "<i>" not in plain
    assert "(Xi, as cited in Wang, 2024)" in rich
    assert "APA" in window.statusBar().currentMessage()


def test_a_body_quote_under_the_caret_without_a_date_reads_n_d(window: Any) -> None:
    save(window, BODY)
    window.quotes.dock.table.clearSelection()
    caret_at(window, "exemplary in their")
    copy = action(window, "actionCopyCitation")
    assert copy.isEnabled()
    copy.trigger()
    rich, plain = clipboard()
    assert plain.startswith(f"“{BODY}” (Wang, n.d.)\n\nWang, H. (n.d.). {TITLE}.")
    assert "<i>News.Az</i>" in rich and "<i>" not in plain
    caret_at(window, "Editor's note", 0)  # plain text, no row selected: nothing to copy
    assert not copy.isEnabled()


def test_select_a_row_then_two_keystrokes(window: Any, qtbot: QtBot) -> None:
    with qtbot.waitExposed(window):
        window.show()
    quote_id = save(window, BODY)
    table = window.quotes.dock.table
    window.quotes.dock.select_quote(quote_id)
    table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert clipboard()[1].startswith(f"“{BODY}” (Wang, n.d.)")


def test_copy_citation_as_changes_the_style_and_the_default_follows_settings(window: Any) -> None:
    quote_id = save(window, SAYING)
    window.quotes.dock.select_quote(quote_id)
    menu = window.quotes.citations.as_menu
    menu.aboutToShow.emit()
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names[:4] == ["actionCopyCitationAs-apa", "actionCopyCitationAs-mla", "actionCopyCitationAs-chicago",
                         "actionCopyCitationAs-chicago-author-date"]
    assert [a.text() for a in menu.actions()][0] == "&APA (default)"
    action(window, "actionCopyCitationAs-mla").trigger()
    assert clipboard()[1].startswith(f"“{SAYING}” (qtd. in Wang)\n\nWang Haiyan. “New Pragmatic")
    assert "MLA" in window.statusBar().currentMessage()
    action(window, "actionCopyCitationAs-chicago").trigger()  # a note style: the note, then the entry
    assert clipboard()[1].startswith(f"“{SAYING}”\n\nXi Jinping, quoted in Wang Haiyan, “New Pragmatic")
    action(window, "actionCopyCitationAs-chicago-author-date").trigger()
    assert clipboard()[1].startswith(f"“{SAYING}” (Xi, quoted in Wang, n.d.)")

    Session().citation_style = "ieee"  # what Preferences writes; read at each copy
    menu.aboutToShow.emit()
    assert "ieee (default)" in [a.text() for a in menu.actions()]
    action(window, "actionCopyCitation").trigger()
    assert clipboard()[1].startswith(f"“{SAYING}” Xi, as cited in [1]\n\n[1]H. Wang, “New pragmatic")
    assert "ieee" in window.statusBar().currentMessage()


def test_an_unknown_default_style_says_so_and_keeps_the_clipboard(window: Any) -> None:
    quote_id = save(window, BODY)
    window.quotes.dock.select_quote(quote_id)
    QGuiApplication.clipboard().setText("kept")
    window.session.citation_style = "no-such-style"
    action(window, "actionCopyCitation").trigger()
    assert QGuiApplication.clipboard().text() == "kept"
    assert "unknown citation style" in window.statusBar().currentMessage()


def test_the_action_is_in_the_row_menu_and_the_readers_menu(window: Any) -> None:
    save(window, BODY)
    copy = action(window, "actionCopyCitation")
    assert copy in window.quotes.dock.build_context_menu().actions()
    assert copy in window.context_actions()
    submenus = [a.menu() for a in window.context_actions() if a is not None and a.menu() is not None]
    assert window.quotes.citations.as_menu in submenus


def test_a_right_click_on_a_highlight_copies_that_quote(window: Any, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.waitExposed(window):
        window.show()
    body_id = save(window, BODY)
    save(window, SAYING)  # its row is now the selected one
    assert window.quotes.dock.current_id() != body_id
    window.reader.setFocus()
    monkeypatch.setattr(window.reader, "popup_menu", lambda actions, at: popups.append(actions))
    popups: list[Any] = []
    target = caret_at(window, "exemplary in their")
    window.reader.ensureCursorVisible()
    caret_at(window, BODY, -4)  # the caret is just before the quote when the user right-clicks
    assert window.quotes.citations.quote_in_reader() is None
    point = window.reader.cursorRect(target).center() + QPoint(1, 0)
    viewport = window.reader.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    # The platform follows a right-click with a context-menu event; QTest does not.
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    assert window.quotes.citations.current_quote_id() == body_id
    assert popups and action(window, "actionCopyCitation") in popups[0]
    action(window, "actionCopyCitation").trigger()
    assert clipboard()[1].startswith(f"“{BODY}”")


def test_a_right_click_keeps_a_selection(window: Any, qtbot: QtBot) -> None:
    with qtbot.waitExposed(window):
        window.show()
    select_text(window, "exemplary in their")
    point = window.reader.cursorRect(caret_at(window, "Editor's note", 0)).center()
    select_text(window, "exemplary in their")
    qtbot.mousePress(window.reader.viewport(), Qt.MouseButton.RightButton, pos=point)
    assert window.reader.textCursor().selectedText() == "exemplary in their"
