"""Fixtures for the quote features: a temporary library and the real main window reading the seed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from qtapp.library.store import Library
from tests.windows import record_library_messages, window_factory

SAYING = ("Success comes to those who share in one purpose. Triumph belongs to those who pull together "
          "in times of challenge.")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A test that reaches a real modal box fails instead of hanging; messages are recorded."""
    return record_library_messages(monkeypatch)


@pytest.fixture
def make_window(qtbot: QtBot, library_file: Path, seed_path: Path) -> Iterator[Callable[..., Any]]:
    yield from window_factory(qtbot, seed_path)


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


def open_store(path: Path) -> Library:
    return Library.open(path)
