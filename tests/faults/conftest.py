"""Fixtures for the fault tests: windows on a temporary library, with every message recorded, not shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.windows import Told, record_library_messages, window_factory


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    """Every message box the window would show, as (title, text): library problems and error boxes.

    Questions fail the test unless a test answers them itself (by patching ``QuoteLibrary.ask``).
    """
    from qtapp.ui.dialogs import ErrorMessage

    messages = record_library_messages(monkeypatch)
    monkeypatch.setattr(ErrorMessage, "show", classmethod(lambda cls, p, t, m: messages.append((t, m))))
    return messages


@pytest.fixture
def make_window(qtbot: QtBot, library_file: Path, told: Told, seed_path: Path
                ) -> Iterator[Callable[..., Any]]:
    """Real MainWindows on the test library, reading the seed; their library closed at the end."""
    yield from window_factory(qtbot, seed_path)


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
