"""The reading view's layout helpers: forcing Qt's lazy layout, and surviving a wrapper of the wrong type."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from qtapp.ui.reader import ReaderView, lay_out_to


@pytest.fixture
def reader(qtbot: QtBot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.setPlainText("\n".join(f"Paragraph {n} of a long article." for n in range(400)))
    return view


def test_laying_out_to_the_last_block_gives_its_place_below_the_first(reader: ReaderView) -> None:
    reader.show()
    document = reader.document()
    first, last = lay_out_to(document, document.firstBlock()), lay_out_to(document, document.lastBlock())
    assert first is not None and last is not None
    assert last.top() > first.top() + 100 and last.height() > 0


def test_a_layout_wrapper_of_another_type_is_survived(reader: ReaderView, monkeypatch: Any) -> None:
    """shiboken can hand back a stale wrapper (a QWidgetItem was seen) for the document's layout."""
    reader.show()
    reader.scroll_to_position(reader.document().lastBlock().position())
    scrolled = reader.verticalScrollBar().value()
    assert scrolled > 0
    monkeypatch.setattr(QTextDocument, "documentLayout", lambda self: QWidget())
    assert lay_out_to(reader.document(), reader.document().lastBlock()) is None
    assert reader.top_position() >= 0
    reader.scroll_to_position(reader.document().firstBlock().next().position())
    assert reader.verticalScrollBar().value() == scrolled  # left where it was rather than crashing


def test_a_scroll_bar_wrapper_of_another_type_is_let_go(reader: ReaderView, monkeypatch: Any) -> None:
    """A stale wrapper at the scroll bar's address (a QWidgetItem was seen in CI) is dropped and the bar
    wrapped afresh, so reopening an article still scrolls to where the reader left it."""
    from PySide6.QtWidgets import QTextBrowser, QWidgetItem

    reader.show()
    stale = [QWidgetItem(QWidget())]
    real = QTextBrowser.verticalScrollBar
    monkeypatch.setattr(ReaderView, "verticalScrollBar", lambda self: stale.pop() if stale else real(self))
    reader.scroll_to_position(reader.document().lastBlock().position())
    assert not stale
    assert real(reader).value() > 0
