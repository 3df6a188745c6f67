"""Shared by the window-level test layers (ui/quotes, faults): real MainWindows and no modal boxes.

Plain functions, not fixtures, so each layer's conftest keeps its own fixture names and dependencies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

Told = list[tuple[str, str]]


def record_library_messages(monkeypatch: pytest.MonkeyPatch) -> Told:
    """Record what ``QuoteLibrary.tell`` would show and fail on ``ask``: a modal box would hang the test.

    A test that expects a question patches ``QuoteLibrary.ask`` itself, after this.
    """
    from qtapp.ui.quotes import QuoteLibrary

    told: Told = []
    monkeypatch.setattr(QuoteLibrary, "tell", classmethod(lambda cls, p, t, m: told.append((t, m))))

    def refuse(*args: object, **kwargs: object) -> bool:
        raise AssertionError(f"unexpected question: {args}")

    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(refuse))
    return told


def window_factory(qtbot: QtBot, seed_path: Path) -> Iterator[Callable[..., Any]]:
    """Body of a ``make_window`` fixture: windows reading the seed, their library closed at the end."""
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
        window.quotes.library.close()  # also a team library still opening in the background


def drain_events(rounds: int = 3) -> None:
    """Deliver what is already queued (posted events, zero-time timers, queued signals) without
    waiting on the clock: for a test that proves something queued changes nothing."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):  # a delivered event may queue one more step
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
