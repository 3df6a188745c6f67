"""Accessibility driven as a keyboard and screen-reader user meets it: names, tooltips with shortcuts,
tab order, the reader's text exposed, and a focus ring that can be seen in every theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from qtapp.ui.accessibility import FocusRing, shortcut_text
from qtapp.ui.help import AboutDialog, ShortcutsDialog
from qtapp.ui.main_window import MainWindow
from qtapp.ui.preferences import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def active(reader_window: MainWindow, qtbot: QtBot) -> MainWindow:
    reader_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reader_window)
    return reader_window


def _controls(root: QWidget) -> Iterator[QWidget]:
    """Every control a keyboard user can reach in ``root`` as shown now."""
    for widget in root.findChildren(QWidget):
        # A spin box's or combo box's own line edit is read out as part of it.
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if widget.isVisibleTo(root) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_action_tooltip_names_its_shortcut(reader_window: MainWindow) -> None:
    actions = [a for a in reader_window.findChildren(QAction)
               if a.objectName() and not a.objectName().startswith(("_q_", "qt_"))]  # Qt's own
    assert len(actions) > 25
    for action in actions:
        assert action.text().replace("&", "").strip(), action.objectName()
        assert action.toolTip(), action.objectName()
        keys = shortcut_text(action)
        if action.shortcuts():
            assert keys and action.toolTip().endswith(f"({keys})"), (action.objectName(), action.toolTip())
    save = reader_window.action("actionSaveQuote")
    assert save.toolTip() == ("Save the selected passage as a quote (whole words; with Alt, exactly as "
                              "selected) (Ctrl+Shift+S or Ctrl+Alt+Shift+S)")
    assert reader_window.action("actionZoomIn").toolTip().endswith("(Ctrl++ or Ctrl+=)")


def test_toolbar_buttons_are_named_after_their_actions(reader_window: MainWindow) -> None:
    for action in reader_window.toolbar.actions():
        button = reader_window.toolbar.widgetForAction(action)
        if action.isSeparator() or button is None or not action.text():
            continue
        assert _accessible_name(button) == action.text().replace("&", "").rstrip("…"), action.objectName()


@pytest.mark.parametrize("dialog", ["window", "preferences", "about", "shortcuts"])
def test_every_control_has_an_accessible_name_and_a_tooltip(reader_window: MainWindow, dialog: str) -> None:
    root: QWidget = reader_window
    if dialog == "preferences":
        root = PreferencesDialog.show_for(reader_window)
    elif dialog == "about":
        root = AboutDialog.show_for(reader_window)
    elif dialog == "shortcuts":
        root = ShortcutsDialog.show_for(reader_window)
    pages = getattr(root, "tabs", None)
    for index in range(pages.count() if pages is not None else 1):
        if pages is not None:
            pages.setCurrentIndex(index)
        controls = list(_controls(root))
        assert controls
        missing = [(w.metaObject().className(), w.objectName()) for w in controls if not _accessible_name(w)]
        assert not missing, f"{dialog}: no accessible name: {missing}"
        untipped = [(w.metaObject().className(), w.objectName()) for w in controls
                    if not w.toolTip() and w.metaObject().className() not in ("QTabBar", "QDialogButtonBox")
                    and not (w.metaObject().className() == "QPushButton" and w.text() in ("&Close", "Close"))]
        assert not untipped, f"{dialog}: no tooltip: {untipped}"
    if root is not reader_window:
        root.close()


def test_reader_exposes_its_text_to_screen_readers(reader_window: MainWindow) -> None:
    interface = QAccessible.queryAccessibleInterface(reader_window.reader)
    assert interface.text(QAccessible.Text.Name) == "Article"
    assert "highlighted" in interface.text(QAccessible.Text.Description)
    text = interface.textInterface()
    assert text is not None
    assert "Shanghai Cooperation Organisation" in text.text(0, text.characterCount())


def test_tab_goes_reader_search_table(active: MainWindow, qtbot: QtBot) -> None:
    active.reader.setFocus()
    qtbot.waitUntil(lambda: active.reader.hasFocus())
    order = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["librarySearch", "libraryTable"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == "librarySearch"


def test_preferences_opens_from_the_keyboard(active: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(active.reader, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = active.findChild(PreferencesDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: active.findChild(PreferencesDialog, "preferencesDialog") is None)


@pytest.mark.parametrize("theme", ["light", "dark", "sepia"])
def test_focus_ring_is_drawn_in_the_themes_highlight(active: MainWindow, qtbot: QtBot, theme: str) -> None:
    active.action(f"actionTheme{theme.title()}").trigger()
    reader = active.reader
    ring = reader.findChild(FocusRing)
    highlight = active.palette().color(QPalette.ColorRole.Highlight)
    edge = QPoint(0, reader.height() // 2)

    def pixel() -> QColor:
        return reader.grab().toImage().pixelColor(edge)

    active.quotes.dock.search.setFocus()
    qtbot.waitUntil(lambda: not ring.isVisible())
    assert pixel() != highlight
    reader.setFocus()
    qtbot.waitUntil(lambda: ring.isVisible())
    assert pixel() == highlight
