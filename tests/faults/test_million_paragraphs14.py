"""Issue 15 item 10 end to end: a 3 MB file of a million tiny paragraphs opened in the window shows its
progress, answers while it loads, and can be cancelled at either stage (the read, then the layout)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.windows import drain_events

# each reads 3 MB in the background (~10 s of CPU with the parse cache's store): run with --slow
pytestmark = pytest.mark.slow

TITLE = "New pragmatic and promising chapter"  # the seed's title, on screen before the large file is opened


def _million_paragraphs(tmp_path: Path) -> Path:
    path = tmp_path / "million.txt"
    path.write_text("a\n\n" * 1_000_000, encoding="utf-8")
    assert path.stat().st_size >= 3_000_000
    return path


def _ticks() -> tuple[QTimer, list[float]]:
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer, ticks


def _title(window: Any) -> str:
    return window.article.title or ""


def test_a_million_tiny_paragraphs_show_progress_and_the_window_answers(make_window, tmp_path, told,
                                                                       qtbot: QtBot) -> None:
    window = make_window()
    path = _million_paragraphs(tmp_path)
    timer, ticks = _ticks()
    started = time.monotonic()
    assert window.open_article(path)
    assert time.monotonic() - started < 0.5  # the read goes on in the background
    loading = window.loading
    assert loading is not None and loading.progress.isVisible()
    # the event loop runs while the file is read: the timer keeps firing
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=20000)
    assert loading.active
    # then the layout, a slice at a time, with the dialog counting the blocks
    qtbot.waitUntil(lambda: loading.progress.maximum() > 1 or not loading.active, timeout=60000)
    if loading.active:
        assert loading.progress.maximum() == 1_000_000
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > seen + 3, timeout=20000)  # still answering while laying out
        [cancel] = loading.progress.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
        assert not loading.active and not loading.progress.isVisible()
    timer.stop()
    assert told == []
    assert TITLE in _title(window) or window.article_path == path.resolve()


def test_cancelling_the_read_of_a_million_paragraphs_keeps_the_article(make_window, tmp_path, told,
                                                                       qtbot: QtBot) -> None:
    window = make_window()
    path = _million_paragraphs(tmp_path)
    changed: list[bool] = []
    window.articleChanged.connect(lambda: changed.append(True))
    assert window.open_article(path)
    loading = window.loading
    [cancel] = loading.progress.findChildren(QPushButton)
    cancel.click()
    assert not loading.progress.isVisible()
    QThreadPool.globalInstance().waitForDone(60000)
    drain_events()  # the worker's queued result arrives now, and is dropped
    assert changed == [] and told == []
    assert TITLE in _title(window)
    assert window.article_path != path.resolve()
