"""Fixtures for the fault tests: windows on a temporary library, with every message recorded, not shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

Told = list[tuple[str, str]]


@pytest.fixture
def library_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "lib" / "library.sqlite3"
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(path))
    return path


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    """Every message box the window would show, as (title, text): library problems and error boxes.

    Questions fail the test unless a test answers them itself (by patching ``QuoteLibrary.ask``).
    """
    from qtapp.ui.dialogs import ErrorMessage
    from qtapp.ui.quotes import QuoteLibrary

    messages: Told = []
    monkeypatch.setattr(QuoteLibrary, "tell", classmethod(lambda cls, p, t, m: messages.append((t, m))))
    monkeypatch.setattr(ErrorMessage, "show", classmethod(lambda cls, p, t, m: messages.append((t, m))))

    def refuse(*args: object, **kwargs: object) -> bool:
        raise AssertionError(f"unexpected question: {args}")

    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(refuse))
    return messages


@pytest.fixture
def make_window(qtbot: QtBot, library_file: Path, told: Told, seed_path: Path
                ) -> Iterator[Callable[..., Any]]:
    """Real MainWindows on the test library, reading the seed; their library closed at the end."""
    from qtapp.ui.main_window import MainWindow

    windows: list[Any] = []

    def make(open_seed: bool = True) -> Any:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1000, 700)
        if open_seed:
            assert window.open_article(seed_path)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.quotes.library.store is not None:
            window.quotes.library.close()


def select_text(window: Any, text: str) -> None:
    """Select ``text`` in the reader as a user would."""
    cursor = window.reader.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not shown in the reader"
    window.reader.setTextCursor(cursor)


def save_selection(window: Any, text: str) -> int | None:
    select_text(window, text)
    return window.quotes.saver.save()


def integrity(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
