"""Fixtures for the reader window: the real MainWindow on the seed, with modal boxes recorded, not shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from qtapp.article.model import Article, Author, Block
from qtapp.ui.article_document import DocumentMap
from qtapp.ui.dialogs import ErrorMessage
from qtapp.ui.main_window import MainWindow
from qtapp.ui.quotes.selection import document_range, passage


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every error box the window would show, as (title, text); no modal box ever opens."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ErrorMessage, "show", classmethod(lambda cls, parent, title, text:
                                                          shown.append((title, text))))
    return shown


@pytest.fixture
def make_reader_window(qtbot: QtBot, shown_errors: list[tuple[str, str]]
                       ) -> Iterator[Callable[..., MainWindow]]:
    """New windows (sharing the test's settings file), closed at the end so the library is released."""
    windows: list[MainWindow] = []

    def make(file: str | Path | None = None, show: bool = True) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_initial(file)
        if show:
            window.show()
            qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def reader_window(make_reader_window: Callable[..., MainWindow]) -> MainWindow:
    return make_reader_window()


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def select(window: MainWindow, start: int, end: int) -> None:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def hand_built(*parts: tuple[str, str], **meta: object) -> Article:
    """An Article from (kind, text) pairs, offsets computed as the parser does."""
    blocks, offset = [], 0
    for kind, text in parts:
        blocks.append(Block(kind, text, offset, offset + len(text)))  # type: ignore[arg-type]
        offset += len(text) + 2
    article = Article(text="\n\n".join(text for _, text in parts), blocks=blocks)
    for key, value in meta.items():
        setattr(article, key, value)
    return article


__all__ = ["Author", "hand_built", "select", "write"]


def passage_at(doc_map: DocumentMap, doc_start: int, doc_end: int) -> tuple[int, int, str] | None:
    """What saving the selection ``doc_start..doc_end`` saves, by the functions Save Quote uses:
    canonical (start, end) and the text with one newline where blocks meet; None when no article text."""
    span = document_range(doc_map, doc_start, doc_end)
    if span is None:
        return None
    return (*span, passage(doc_map.article.text, doc_map.article.blocks, *span))
