"""The reader's one highlighter: keyed layers of ranges, drawn in priority order, and nobody else's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from qtapp.ui.highlighter import Highlighter, Paint, Span
from qtapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
QTAPP = Path(__file__).resolve().parents[2] / "qtapp"


def _paint(colour: str) -> Paint:
    def paint(_: str | None, __: QPalette) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        return fmt
    return paint


def _drawn(view: QTextEdit) -> list[tuple[str, str]]:
    return [(s.cursor.selectedText(), s.format.background().color().name()) for s in view.extraSelections()]


def _view(qtbot: QtBot) -> tuple[QTextEdit, Highlighter]:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.setPlainText("alpha beta gamma delta")
    highlighter = Highlighter(view)
    highlighter.add_layer("find", _paint("#0000ff"), priority=1)
    highlighter.add_layer("quotes", _paint("#ffff00"), priority=0)
    return view, highlighter


def test_layers_are_drawn_together_lower_priority_first(qtbot: QtBot) -> None:
    view, highlighter = _view(qtbot)
    highlighter.set_spans("find", [Span(6, 10)])
    highlighter.set_spans("quotes", [Span(11, 16, key=2), Span(0, 10, key=1)])
    assert _drawn(view) == [("alpha beta", "#ffff00"), ("gamma", "#ffff00"), ("beta", "#0000ff")]
    highlighter.set_spans("find", [])
    assert _drawn(view) == [("alpha beta", "#ffff00"), ("gamma", "#ffff00")]


def test_updating_some_keys_keeps_the_others_and_key_at_finds_the_innermost(qtbot: QtBot) -> None:
    view, highlighter = _view(qtbot)
    highlighter.set_spans("quotes", [Span(0, 10, key=1), Span(6, 10, key=2), Span(17, 22, key=3)])
    assert highlighter.key_at("quotes", 7) == 2 and highlighter.key_at("quotes", 1) == 1
    assert highlighter.key_at("quotes", 12) is None
    highlighter.update_spans("quotes", [2, 3], [Span(11, 16, key=3)])
    assert [s.key for s in highlighter.spans("quotes")] == [1, 3]
    assert _drawn(view) == [("alpha beta", "#ffff00"), ("gamma", "#ffff00")]
    assert highlighter.spans_of("quotes", 3) == [Span(11, 16, key=3)]


def test_moving_maps_every_layer_and_clearing_empties_them(qtbot: QtBot) -> None:
    view, highlighter = _view(qtbot)
    highlighter.set_spans("quotes", [Span(0, 4, key=1)])
    highlighter.set_spans("find", [Span(5, 10)])
    highlighter.withdraw()
    assert view.extraSelections() == []
    highlighter.move(lambda position: position + 6)
    highlighter.redraw()
    assert _drawn(view) == [("beta", "#ffff00"), ("gamma", "#0000ff")]
    highlighter.clear()
    assert view.extraSelections() == [] and highlighter.spans("quotes") == []


def test_only_the_highlighter_sets_extra_selections() -> None:
    setters = sorted(str(path.relative_to(QTAPP)) for path in QTAPP.rglob("*.py")
                     if "setExtraSelections(" in path.read_text(encoding="utf-8"))
    assert setters == ["ui/highlighter.py"]


def test_the_find_bar_tints_every_match_over_the_page_until_it_closes(reader_window: MainWindow) -> None:
    reader = reader_window.reader
    reader_window.action("actionFind").trigger()
    QTest.keyClicks(reader_window.find_bar.field, "Astana")
    assert [s.cursor.selectedText() for s in reader.extraSelections()] == ["Astana", "Astana"]
    assert reader.textCursor().selectedText() == "Astana"  # the current match is the selection itself
    reader.set_font_px(reader.font_px + 4)  # the document is built again
    assert [s.cursor.selectedText() for s in reader.extraSelections()] == ["Astana", "Astana"]  # rebuilt
    reader_window.find_bar.close_bar()
    assert reader.extraSelections() == []
