"""Help: the shortcut list is the window's own actions, the README table is generated from them, and
About gives the version, the licences and the library's folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from qtapp import __version__
from qtapp.ui.help import AboutDialog, ShortcutsDialog, markdown_table, shortcut_rows
from qtapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")
REPO = Path(__file__).resolve().parents[2]
Portable = QKeySequence.SequenceFormat.PortableText


def _dialog(window: MainWindow, cls: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.parent() is window]
    assert len(found) == 1
    return found[0]


def test_every_shortcut_of_the_window_is_listed_once_with_its_keys(reader_window: MainWindow) -> None:
    rows = {row.name: row for row in shortcut_rows(reader_window)}
    with_keys = {a.objectName(): a for a in reader_window.findChildren(QAction)
                 if a.objectName() and a.shortcuts()}
    assert set(rows) == set(with_keys)
    for name, action in with_keys.items():
        typed = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        # Every key the action answers to, less dedicated keys ("Open", "Zoom In") few keyboards have.
        assert set(rows[name].keys) <= set(typed) and rows[name].keys[0] == typed[0]
        assert all(k == "Del" or k.startswith("F") or "+" in k for k in rows[name].keys), rows[name]
    assert rows["actionSaveQuote"].keys == ("Ctrl+Shift+S", "Ctrl+Alt+Shift+S")  # with Alt: exact
    assert rows["actionSaveQuote"].where == "Edit"
    assert rows["actionReattributeQuote"].keys == ("Ctrl+Shift+W",)
    assert rows["actionReattributeQuote"].where == "Edit"  # not only in a context menu
    assert rows["actionPreferences"].keys[-1] == "Ctrl+,"
    assert rows["actionDeleteQuote"].where == "Library"  # the table's own action, not in a menu


def test_f1_opens_the_shortcuts_dialog_and_it_searches(reader_window: MainWindow, qtbot: QtBot) -> None:
    reader_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reader_window)
    qtbot.keyClick(reader_window.reader, Qt.Key.Key_F1)
    dialog = _dialog(reader_window, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    assert dialog.proxy.rowCount() == len(shortcut_rows(reader_window))
    qtbot.keyClicks(dialog.search, "ctrl+shift+s")
    shown = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert shown == {"Save Quote"}
    dialog.close()


def test_the_markdown_table_is_the_actions_and_the_readme_carries_it(reader_window: MainWindow,
                                                                     tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path / "home-not-touched")}
    result = subprocess.run([sys.executable, "-m", "qtapp.ui.shortcuts_table", "--markdown"], cwd=REPO, env=env,
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == markdown_table(shortcut_rows(reader_window, Portable))
    assert "| Edit | Save Quote | `Ctrl+Shift+S` or `Ctrl+Alt+Shift+S` |" in result.stdout
    assert not (tmp_path / "home-not-touched").exists()  # built in a throw-away sandbox
    readme = REPO / "README.md"
    assert result.stdout in readme.read_text(encoding="utf-8"), (
        "README.md's shortcut table is stale: paste `python -m qtapp.ui.shortcuts_table --markdown` into it")


def test_about_names_version_licences_credit_and_opens_the_library_folder(
        reader_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    reader_window.action("actionAbout").trigger()
    dialog = _dialog(reader_window, AboutDialog)
    assert isinstance(dialog, AboutDialog)
    text = dialog.findChild(object, "aboutText").text()
    library = reader_window.quotes.library.path
    for needed in (__version__, "LGPL-3.0", "CC BY-SA 3.0", 'href="https://citationstyles.org/"',
                   str(library)):
        assert needed in text
    assert "CSV exports" in text and "apostrophe" in text  # what the export does to formula-like cells
    qtbot.mouseClick(dialog.show_folder, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(library.parent))]
    dialog.close()


def test_help_menu_order(reader_window: MainWindow) -> None:
    names = [a.objectName() for a in reader_window.menu("help").actions() if not a.isSeparator()]
    assert names == ["actionKeyboardShortcuts", "actionFormatsHelp", "actionAbout", "actionAboutQt"]


def test_the_shortcuts_dialog_takes_the_keyboard_and_esc_closes_it(reader_window: MainWindow,
                                                                   qtbot: QtBot) -> None:
    reader_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reader_window)
    qtbot.keyClick(reader_window.reader, Qt.Key.Key_F1)
    dialog = _dialog(reader_window, ShortcutsDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys now go to the dialog
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is dialog
    qtbot.keyClick(focus, Qt.Key.Key_Escape)  # where a real key press goes: the focused widget
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_dialogs_follow_the_dark_theme_opened_before_or_after_it(reader_window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette

    before = ShortcutsDialog.show_for(reader_window)
    reader_window.view_controls.set_theme("dark", remember=False)
    after = ShortcutsDialog.show_for(reader_window)
    dark = reader_window.palette().color(QPalette.ColorRole.Window)
    assert dark.lightness() < 100
    for dialog in (before, after):
        assert dialog.palette().color(QPalette.ColorRole.Window) == dark
        assert dialog.table.palette().color(QPalette.ColorRole.Base).lightness() < 100  # and its table
    reader_window.view_controls.set_theme("system", remember=False)
    assert after.palette().color(QPalette.ColorRole.Window) != dark
    before.close()
    after.close()
