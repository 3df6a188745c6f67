"""Windows on a team library for the window-side team tests: each opens as one member, through the
environment as ``--library`` would, and no modal box can hang a test (messages are recorded)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from qtapp.paths import LIBRARY_ENV
from tests.windows import window_factory

SAYING = "Success comes to those who share in one purpose."


def member_windows(qtbot: QtBot, seed_path: Path, monkeypatch: pytest.MonkeyPatch,
                   address: Callable[[str], str]) -> Iterator[Callable[..., Any]]:
    """Body of a fixture: ``make(name)`` -> a MainWindow on the seed with the team library as ``name``."""
    factory = window_factory(qtbot, seed_path)
    make_window = next(factory)

    def make(name: str, open_seed: bool = True) -> Any:
        monkeypatch.setenv(LIBRARY_ENV, address(name))
        window = make_window(open_seed)
        library = window.quotes.library
        # The window listens for colleagues from a thread it starts: wait until it does, and has re-read.
        qtbot.waitUntil(lambda: library.live is None or library.live_caught_up, timeout=5000)
        return window

    yield make
    next(factory, None)


def select_text(window: Any, text: str) -> None:
    """Select ``text`` in the reader as a user would."""
    cursor = window.reader.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not shown in the reader"
    window.reader.setTextCursor(cursor)


def save(window: Any, text: str = SAYING) -> Any:
    """Select ``text`` and press Save Quote; the record saved (the library's newest)."""
    select_text(window, text)
    window.action("actionSaveQuote").trigger()
    records = window.quotes.library.quotes(limit=1, newest_first=True)
    assert records, window.quotes.library.last_error
    return records[0]


def table_texts(window: Any) -> list[str]:
    model = window.quotes.model
    model.flush()
    return [model.quote_at(row).exact for row in range(model.rowCount())]
