"""A huge article of many tiny paragraphs opens without freezing the window, and Esc gives it up.

Issue 15: a 3 MB file of a million paragraphs froze the window for minutes. The parse runs off the GUI
thread and the document is laid out a few thousand blocks per turn of the event loop, behind a
progress dialog that counts the blocks; a timer ticking all along proves the loop kept turning.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from qtapp.ui.loading import LARGE_BYTES
from qtapp.ui.main_window import MainWindow
from tests.windows import drain_events

PARAGRAPH = "Ok, go on.\n\n"
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _readers_finish() -> object:
    """A read still running when its window closes must not outlive the test."""
    yield
    QThreadPool.globalInstance().waitForDone(120_000)


def many_paragraphs(tmp_path: Path) -> tuple[Path, int]:
    count = LARGE_BYTES // len(PARAGRAPH) + 2000
    path = tmp_path / "many.txt"
    path.write_text("Rivers of the delta in numbers\n\n" + PARAGRAPH * count, encoding="utf-8")
    return path, count


def ticking() -> tuple[QTimer, list[float]]:
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer, ticks


@pytest.mark.timing
def test_many_tiny_paragraphs_load_and_lay_out_with_the_loop_turning(
        make_reader_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot,
        shown_errors: list[tuple[str, str]]) -> None:
    window = make_reader_window()
    path, count = many_paragraphs(tmp_path)
    laid_out: list[int] = []
    timer, ticks = ticking()
    with qtbot.waitSignal(window.articleChanged, timeout=120_000):
        assert window.open_article(path)
        assert window.loading is not None
        progress = window.loading.progress
        timer.timeout.connect(lambda: laid_out.append(progress.value()) if progress.value() > 0 else None)
        qtbot.waitUntil(lambda: "Laying out" in progress.labelText(), timeout=120_000)
        assert progress.isVisible() and progress.maximum() >= count
    timer.stop()
    assert shown_errors == []
    assert window.article is not None and window.article.title == "Rivers of the delta in numbers"
    assert window.reader.document().blockCount() > count
    assert len(set(laid_out)) >= 3 and laid_out == sorted(laid_out)  # progress counted up as it went
    gaps = [b - a for a, b in pairwise(ticks)]
    # Under a second at worst (the parse holds the GIL in slices; a busy machine stretches them): not minutes.
    assert len(ticks) > 10 and max(gaps) < 1.0, max(gaps)


def test_esc_while_laying_out_keeps_the_previous_article(
        make_reader_window: Callable[..., MainWindow], tmp_path: Path, qtbot: QtBot,
        shown_errors: list[tuple[str, str]]) -> None:
    window = make_reader_window()
    before_title, before_text = window.article.title if window.article else None, window.reader.toPlainText()
    path, _count = many_paragraphs(tmp_path)
    changed: list[bool] = []
    window.articleChanged.connect(lambda: changed.append(True))
    assert window.open_article(path)
    assert window.loading is not None
    progress = window.loading.progress
    qtbot.waitUntil(lambda: "Laying out" in progress.labelText() and progress.value() > 0, timeout=120_000)
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not progress.isVisible())
    drain_events()  # any step already queued runs now, and must change nothing
    assert changed == [] and shown_errors == []
    assert window.article is not None and window.article.title == before_title
    assert window.reader.toPlainText() == before_text
    assert window.reader.article is window.article
    assert "Stopped opening many.txt" in window.statusBar().currentMessage()
