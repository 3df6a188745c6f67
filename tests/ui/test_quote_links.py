"""A ``quoteclip://quote/ID`` link opens the quote's article at the quote, in the open window when
there is one; a link to a quote that is gone says so."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qtapp.quote_link import quote_link
from qtapp.ui import single_instance
from qtapp.ui.main_window import MainWindow
from qtapp.ui.quote_links import open_quote_link
from tests.ui.conftest import write

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")
PASSAGE = "Its body holds the one passage worth keeping."


def _quote_elsewhere(window: MainWindow, tmp_path: Path) -> int:
    """A quote saved in another article than the one on screen."""
    from qtapp.article.loader import read_article

    path = write(tmp_path, "elsewhere.txt", f"Another article\n\n{PASSAGE} The rest is filler text.")
    article, source = read_article(path)
    store = window.quotes.library.store
    assert store is not None
    start = article.text.index(PASSAGE)
    return store.quotes.add(store.articles.add(article, source, path), start, start + len(PASSAGE))


def test_a_link_opens_the_article_at_the_quote(make_reader_window: Callable[..., MainWindow], tmp_path: Path,
                                               seed_path: Path) -> None:
    window = make_reader_window(seed_path)
    ident = _quote_elsewhere(window, tmp_path)
    assert open_quote_link(window, quote_link(ident))
    assert window.article_path == (tmp_path / "elsewhere.txt").resolve()
    assert window.reader.textCursor().selectedText() == PASSAGE


def test_a_link_to_a_missing_quote_says_so(make_reader_window: Callable[..., MainWindow], seed_path: Path,
                                           shown_errors: list[tuple[str, str]]) -> None:
    window = make_reader_window(seed_path)
    assert not open_quote_link(window, "quoteclip://quote/4242")
    [(title, message)] = shown_errors
    assert title == "Cannot open the link" and "There is no quote 4242 in the library" in message
    assert "4242" in window.statusBar().currentMessage()


def test_a_second_launch_with_a_link_shows_it_in_the_open_window(make_reader_window: Callable[..., MainWindow],
                                                                 qtbot: QtBot, tmp_path: Path, seed_path: Path) -> None:
    window = make_reader_window(seed_path)
    ident = _quote_elsewhere(window, tmp_path)
    server = single_instance.serve(window)
    assert server is not None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-m", "qtapp", quote_link(ident)], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: window.reader.textCursor().selectedText() == PASSAGE, timeout=30000)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    server.close()
