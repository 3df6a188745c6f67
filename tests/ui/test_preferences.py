"""Preferences, driven as a user: each change shows at once, is saved, and a new window starts with it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from qtapp import paths
from qtapp.cli import main
from qtapp.library import snapshots
from qtapp.ui import backups_dialog
from qtapp.ui.main_window import MainWindow
from qtapp.ui.preferences import PreferencesDialog
from qtapp.ui.preferences_highlights import ColourDialog
from qtapp.ui.preferences_library import MoveTarget
from qtapp.ui.preferences_reading import default_family
from qtapp.ui.quotes import colors

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")
Make = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def default_colours() -> object:
    yield
    colors.configure({})  # the palette is app-wide: leave it as the next test expects


def _open(window: MainWindow) -> PreferencesDialog:
    window.action("actionPreferences").trigger()
    dialog = window.findChild(PreferencesDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def _body_family(window: MainWindow) -> str:
    position = window.reader.document().find("Shanghai Cooperation Organisation").selectionStart()
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(position + 1)
    return QFontInfo(cursor.charFormat().font()).family()


def _save_first_quote(window: MainWindow, text: str = "Shanghai Cooperation Organisation") -> None:
    window.reader.setTextCursor(window.reader.document().find(text))
    window.action("actionSaveQuote").trigger()
    assert [q.exact for q in window.quotes.library.store.quotes.find()] == [text]


def test_preferences_key_is_ctrl_comma_and_the_platform_standard(reader_window: MainWindow) -> None:
    keys = [k.toString() for k in reader_window.action("actionPreferences").shortcuts()]
    assert "Ctrl+," in keys
    assert reader_window.action("actionPreferences") in reader_window.menu("edit").actions()


def test_theme_and_text_size_apply_live_and_persist(make_reader_window: Make, qtbot: QtBot) -> None:
    window = make_reader_window()
    dialog = _open(window)
    page = dialog.reading
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert window.view_controls.theme == "dark" and window.action("actionThemeDark").isChecked()
    page.size_box.setFocus()
    page.size_box.selectAll()
    qtbot.keyClicks(page.size_box, "22")
    assert window.reader.font_px == 22 and window.toolbar.findChild(object, "zoomLabel").text() == "22 px"
    dialog.close()
    window.close()
    again = make_reader_window()
    assert again.view_controls.theme == "dark" and again.reader.font_px == 22


def test_reading_font_applies_to_the_body_and_persists(make_reader_window: Make) -> None:
    window = make_reader_window()
    before = _body_family(window)
    other = next(f for f in QFontDatabase.families() if f != before and QFontInfo(QFontDatabase.font(
        f, "", 12)).family() == f and not QFontDatabase.isPrivateFamily(f))
    dialog = _open(window)
    assert dialog.reading.font_box.currentFont().family() == default_family()
    dialog.reading.font_box.setCurrentText(other)
    assert _body_family(window) == other
    dialog.close()
    window.close()
    again = make_reader_window()
    assert _body_family(again) == other
    dialog = _open(again)
    dialog.reading.reset_font.click()
    assert _body_family(again) == before and not dialog.reading.reset_font.isEnabled()


def test_default_citation_style_is_picked_from_the_searchable_list(reader_window: MainWindow, qtbot: QtBot
                                                                   ) -> None:
    dialog = _open(reader_window)
    dialog.tabs.setCurrentWidget(dialog.citations)
    picker = dialog.citations.picker
    search = picker.findChild(object, "styleSearch")
    assert search is not None, "the style picker is embedded"
    qtbot.keyClicks(search, "modern-language-association")
    qtbot.waitUntil(lambda: picker.current_style() is not None)
    dialog.close()
    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    assert settings.value("citation/style") == picker.current_style()
    assert "modern-language-association" in picker.current_style()


def test_highlight_colour_recolours_saved_quotes_live_and_persists(make_reader_window: Make,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   qtbot: QtBot) -> None:
    window = make_reader_window()
    _save_first_quote(window)

    def tint() -> tuple[int, int, int]:
        ours = [s for s in window.reader.extraSelections() if s.format.background().color().alpha() < 255]
        colour = ours[-1].format.background().color()
        return colour.red(), colour.green(), colour.blue()

    assert tint() == (0xf5, 0xc4, 0x00)  # yellow, the default
    monkeypatch.setattr(ColourDialog, "ask", classmethod(lambda cls, parent, current, name: "#ff8800"))
    dialog = _open(window)
    dialog.tabs.setCurrentWidget(dialog.highlights)
    qtbot.mouseClick(dialog.highlights.buttons["yellow"], Qt.MouseButton.LeftButton)
    assert tint() == (0xff, 0x88, 0x00)
    dialog.close()
    window.close()
    colors.configure({})  # a new process would start from the defaults
    again = make_reader_window()
    assert colors.COLORS["yellow"] == "#ff8800"
    dialog = _open(again)
    dialog.highlights.reset.click()
    assert colors.COLORS["yellow"] == colors.DEFAULT_COLORS["yellow"]


def test_move_library_copies_checks_switches_and_the_command_line_follows(
        reader_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str]) -> None:
    _save_first_quote(reader_window)
    old = reader_window.quotes.library.path
    target = tmp_path / "elsewhere" / "quotes.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(MoveTarget, "ask", classmethod(lambda cls, parent, current: target))
    dialog = _open(reader_window)
    dialog.tabs.setCurrentWidget(dialog.library)
    qtbot.mouseClick(dialog.library.move_button, Qt.MouseButton.LeftButton)
    assert reader_window.quotes.library.path == target and target.is_file() and not old.exists()
    assert dialog.library.location.text() == str(target)
    assert [q.exact for q in reader_window.quotes.library.store.quotes.find()] == ["Shanghai Cooperation Organisation"]
    assert paths.library_path() == target
    assert main(["quotes", "list", "--json"]) == 0
    assert [q["text"] for q in json.loads(capsys.readouterr().out)] == ["Shanghai Cooperation Organisation"]
    # Saving goes to the new place.
    reader_window.reader.setTextCursor(reader_window.reader.document().find("Astana, Kazakhstan"))
    reader_window.action("actionSaveQuote").trigger()
    assert main(["--library", str(target), "quotes", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_move_library_onto_an_existing_file_is_refused_and_nothing_changes(
        reader_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shown_errors: list[tuple[str, str]]) -> None:
    _save_first_quote(reader_window)
    old = reader_window.quotes.library.path
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"someone else's file")
    monkeypatch.setattr(MoveTarget, "ask", classmethod(lambda cls, parent, current: taken))
    dialog = _open(reader_window)
    dialog.library.move_button.click()
    assert shown_errors and "already exists" in shown_errors[0][1]
    assert taken.read_bytes() == b"someone else's file" and old.is_file()
    assert reader_window.quotes.library.path == old and paths.library_path() == old
    assert len(reader_window.quotes.library.store.quotes.find()) == 1


def test_backups_are_listed_and_restore_goes_through_the_backups_dialog(
        reader_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _save_first_quote(reader_window)
    path = reader_window.quotes.library.path
    source = sqlite3.connect(path)
    snapshots.take(source, path, "manual")
    source.close()
    asked: list[Path] = []
    monkeypatch.setattr(backups_dialog.BackupsDialog, "ask",
                        classmethod(lambda cls, parent, library: asked.append(library)))
    dialog = _open(reader_window)
    table = dialog.library.backups
    assert table.model() is not None and table.model().rowCount() == 1
    dialog.library.restore_button.click()
    assert asked == [reader_window.quotes.library.path]


def test_preferences_is_one_dialog_per_window(reader_window: MainWindow) -> None:
    first = _open(reader_window)
    assert _open(reader_window) is first
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog)
                and w.parent() is reader_window and w.isVisible()]) == 1


def test_every_label_shortcut_leads_to_its_control(reader_window: MainWindow) -> None:
    dialog = _open(reader_window)
    labels = [label for label in dialog.reading.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) == 3
    assert all(label.buddy() is not None for label in labels), [x.text() for x in labels if not x.buddy()]
    assert {label.buddy() for label in labels} == {dialog.reading.theme, dialog.reading.size_box,
                                                   dialog.reading.font_box}
