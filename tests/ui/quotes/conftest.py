"""Fixtures for the quote features: a temporary library and a window that reads the seed.

Until the real MainWindow lands, ``StandInWindow`` offers the same surface (reader, article,
document_map, articleChanged, open_article, show_article, menu, toolbar, context_actions) built on the
real ReaderView, so the tests drive the same widgets the user does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from qtapp.article.loader import load_article
from qtapp.article.model import Article
from qtapp.library.store import Library
from qtapp.ui.quotes import QuoteLibrary, QuotesUi, install
from qtapp.ui.reader import ReaderView

SAYING = ("Success comes to those who share in one purpose. Triumph belongs to those who pull together "
          "in times of challenge.")


class StandInWindow(QMainWindow):
    articleChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.reader = ReaderView(self)
        self.setCentralWidget(self.reader)
        self.toolbar = self.addToolBar("Main")
        self._menus: dict[str, QMenu] = {n: self.menuBar().addMenu(n) for n in ("File", "Edit", "View", "Help")}
        self._context: list[QAction | None] = []
        self.article_path: str | None = None
        self.source_text: str | None = None
        self.statusBar()
        self.quotes: QuotesUi = install(self)

    @property
    def article(self) -> Article | None:
        return self.reader.article

    @property
    def document_map(self) -> Any:
        return self.reader.document_map

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def context_actions(self) -> list[QAction | None]:
        return self._context

    def show_article(self, article: Article, source_text: str, path: str | None) -> None:
        self.source_text, self.article_path = source_text, path
        self.reader.show_article(article)
        self.articleChanged.emit()

    def open_article(self, path: str | Path) -> None:
        self.show_article(load_article(path), Path(path).read_text(encoding="utf-8"), str(path))


@pytest.fixture
def library_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "lib" / "library.sqlite3"
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(path))
    return path


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A test that reaches a real modal box fails instead of hanging; messages are recorded."""
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QuoteLibrary, "tell", classmethod(lambda cls, p, t, m: told.append((t, m))))

    def refuse(*args: object, **kwargs: object) -> bool:
        raise AssertionError(f"unexpected question: {args}")

    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(refuse))
    return told


@pytest.fixture
def make_window(qtbot: QtBot, library_file: Path, seed_path: Path) -> Iterator[Callable[..., Any]]:
    windows: list[Any] = []

    def make(open_seed: bool = True) -> Any:
        window = StandInWindow()
        qtbot.addWidget(window)
        window.resize(1000, 700)
        if open_seed:
            window.open_article(seed_path)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.quotes.library.store is not None:
            window.quotes.library.close()


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    return make_window()


def select_text(window: Any, text: str, occurrence: int = 0) -> QTextCursor:
    """Select ``text`` in the reader as a user would, by document positions."""
    document = window.reader.document()
    cursor = document.find(text)
    for _ in range(occurrence):
        cursor = document.find(text, cursor)
    assert not cursor.isNull(), f"{text!r} is not shown in the reader"
    window.reader.setTextCursor(cursor)
    return cursor


def select_range(window: Any, start: int, end: int) -> None:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def open_store(path: Path) -> Library:
    return Library.open(path)
