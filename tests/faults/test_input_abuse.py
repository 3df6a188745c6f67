"""Files nobody should open, opened anyway: each loads or is refused with a message, and never freezes.

Large files are read off the GUI thread; a timer ticking while one loads proves the window kept painting.
"""

from __future__ import annotations

import os
import random
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from qtapp.ui.loading import LARGE_BYTES
from tests.windows import drain_events

TITLE = "New pragmatic and promising chapter"


def shown_title(window: Any) -> str:
    return window.article.title or ""


def open_and_settle(window: Any, path: Path, qtbot: QtBot, timeout: int = 30000) -> None:
    """Open ``path`` and wait until a background read (if any) has finished."""
    window.open_article(path)
    if window.loading is not None:
        qtbot.waitUntil(lambda: not window.loading.active, timeout=timeout)


def paragraph_text(n: int) -> str:
    unit = ("The river delta feeds forty million people, said the minister. Trade grew by a third in 2023. "
            "Officials expect more barges next year.")
    return "Rivers of Asia\n\n" + "\n\n".join(f"{i}. {unit}" for i in range(n))


CASES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b" \n\n\t\n",
    "binary.txt": bytes(random.Random(1).getrandbits(8) for _ in range(20000)),
    "nul-bytes.txt": b"Title\n\nSome text\x00with NUL\x00 bytes inside. More words here.\n",
    "invalid-utf8.txt": "Caf\u00e9 society\n\nThe caf\u00e9 opened.".encode() + b"\xff\xfe\xfa broken \xc3\x28 bytes.",
    "mixed-encodings.txt": "Naïve title\n\n".encode() + "Déjà vu in latin-1.".encode("latin-1")
    + "\n\nAnd “curly” UTF-8 again.".encode(),
    "rtl-combining.txt": ("عنوان المقال\n\nقال الوزير «النهر يطعم الملايين». שָׁלוֹם עוֹלָם "
                          "e\u0301te\u0301 cafe\u0301 Z\u0351\u0364a\u0350l\u0357g\u0363o.").encode(),
    "deep.html": b"<html><body>" + b"<div>" * 6000 + b"<p>Deep inside a very nested page sits this "
    b"sentence.</p>" + b"</div>" * 6000 + b"</body></html>",
    "scripts.html": b"<html><head><title>Scripted</title><script>alert('head')</script></head><body>"
    b"<h1>Scripted page</h1><script>document.write('evil')</script><p onclick=\"alert(1)\">A paragraph "
    b"of real text about rivers and trade.</p><noscript>no</noscript><style>p{color:red}</style>"
    b"<p>Another paragraph with <a href=\"javascript:alert(2)\">a script link</a>.</p></body></html>",
    "remote.html": b"<html><body><h1>Remote things</h1><p>Text with an image <img src=\"http://example.com/"
    b"a.png\"> and <iframe src=\"https://example.com/frame\"></iframe> in it, and a "
    b"<a href=\"https://example.com/\">link</a>.</p><link rel=stylesheet href=\"http://example.com/s.css\">"
    b"</body></html>",
}


@pytest.mark.timing
@pytest.mark.parametrize("name", sorted(CASES))
def test_each_file_loads_or_is_refused_with_a_message(name, make_window, tmp_path, told, qtbot,
                                                      seed_path):
    window = make_window()
    path = tmp_path / name
    path.write_bytes(CASES[name])
    changed: list[bool] = []
    window.articleChanged.connect(lambda: changed.append(True))
    started = time.monotonic()
    open_and_settle(window, path, qtbot)
    assert time.monotonic() - started < 3
    assert bool(changed) != bool(told), (changed, told)  # exactly one: shown, or refused with a message
    if told:
        [(title, text)] = told
        assert title == "Cannot open article" and name in text
        assert TITLE in shown_title(window)  # the article that was open stays open
    else:
        shown = window.reader.toPlainText()
        assert shown.strip()
        assert "alert(" not in shown and "document.write" not in shown and "color:red" not in shown


def test_rtl_and_combining_text_is_saved_exactly(make_window, tmp_path, told):
    window = make_window()
    path = tmp_path / "rtl.txt"
    path.write_bytes(CASES["rtl-combining.txt"])
    assert window.open_article(path)
    # A passage selected with the marks that enclose it is saved as the words inside them (the citation
    # adds its own); combining marks stay with their letters.
    for selected, passage in (("«النهر يطعم الملايين»", "النهر يطعم الملايين"),
                              ("שָׁלוֹם עוֹלָם", "שָׁלוֹם עוֹלָם"),
                              ("e\u0301te\u0301 cafe\u0301", "e\u0301te\u0301 cafe\u0301")):
        cursor = window.reader.document().find(selected)
        assert not cursor.isNull(), selected
        window.reader.setTextCursor(cursor)
        quote_id = window.quotes.saver.save()
        assert quote_id is not None
        assert window.quotes.library.store.quotes.get(quote_id).exact == passage
    assert told == []


def test_a_javascript_link_is_never_opened(make_window, tmp_path, monkeypatch):
    window = make_window()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    window.reader.anchorClicked.emit(QUrl("javascript:alert(2)"))
    window.reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    window.reader.anchorClicked.emit(QUrl("https://example.com/"))
    assert opened == ["https://example.com/"]


@pytest.mark.timing
def test_fifty_megabytes_are_refused_at_once(make_window, tmp_path, told):
    window = make_window()
    path = tmp_path / "huge.txt"
    with open(path, "wb") as out:
        out.truncate(50 * 1024 * 1024)  # sparse: the size is what matters, the check reads nothing
    started = time.monotonic()
    assert not window.open_article(path)
    assert time.monotonic() - started < 0.5
    [(title, text)] = told
    assert "50 MB" in text and "too large" in text
    assert TITLE in shown_title(window)


def ticking(qtbot: QtBot) -> tuple[QTimer, list[float]]:
    """A 10 ms timer recording when it fired: long gaps would mean a frozen event loop."""
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer, ticks


@pytest.mark.timing
@pytest.mark.parametrize("shape", ["paragraphs", "one long line"])
def test_a_large_file_loads_in_the_background_without_freezing(make_window, tmp_path, told, qtbot, shape,
                                                               monkeypatch):
    window = make_window()
    path = tmp_path / "large.txt"
    text = paragraph_text(12000) if shape == "paragraphs" else "A line " + "word and more " * 230000
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > LARGE_BYTES
    # The read is what goes to the background; laying out the finished document is the window's own
    # work on its thread (measured in benchmarks/), so ticks count until the result arrives.
    arrived: list[float] = []
    show = window.show_article

    def record_arrival(*args: object, **kwargs: object) -> object:
        arrived.append(time.monotonic())
        return show(*args, **kwargs)

    monkeypatch.setattr(window, "show_article", record_arrival)
    timer, ticks = ticking(qtbot)
    with qtbot.waitSignal(window.articleChanged, timeout=30000):
        started = time.monotonic()
        assert window.open_article(path)
        assert time.monotonic() - started < 0.1  # the read goes on in the background
        assert window.loading is not None and window.loading.progress.isVisible()
    timer.stop()
    assert told == [] and not window.loading.progress.isVisible()
    assert window.article_path == path.resolve()
    reading = [tick for tick in ticks if tick <= arrived[0]] + arrived[:1]
    gaps = [b - a for a, b in pairwise(reading)]
    # The event loop ran all along. A regex over one 3 MB line holds the GIL for a while, so "a
    # moment" is the bar there, not every 10 ms.
    assert len(reading) >= 2 and max(gaps) < 0.5


def test_cancel_keeps_the_current_article(make_window, tmp_path, told, qtbot):
    window = make_window()
    path = tmp_path / "large.txt"
    path.write_text(paragraph_text(20000), encoding="utf-8")
    changed: list[bool] = []
    window.articleChanged.connect(lambda: changed.append(True))
    messages: list[str] = []  # a hover's empty status tip may replace the message before it is read
    window.statusBar().messageChanged.connect(messages.append)
    window.open_article(path)
    [cancel] = window.loading.progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    assert not window.loading.progress.isVisible()
    QThreadPool.globalInstance().waitForDone(30000)
    drain_events()  # the worker's queued result arrives now, to prove it is dropped
    assert changed == [] and told == []
    assert TITLE in shown_title(window)
    assert any("Stopped opening large.txt" in message for message in messages)


def test_a_large_unreadable_file_reports_and_keeps_the_current_article(make_window, tmp_path, told, qtbot):
    window = make_window()
    path = tmp_path / "large.bin.txt"
    path.write_bytes(os.urandom(LARGE_BYTES + 4096))
    open_and_settle(window, path, qtbot)
    [(title, text)] = told
    assert title == "Cannot open article" and "large.bin.txt" in text
    assert TITLE in shown_title(window)


def test_a_file_deleted_while_open_keeps_working(make_window, tmp_path, told):
    window = make_window()
    path = tmp_path / "gone.txt"
    path.write_text(paragraph_text(3), encoding="utf-8")
    assert window.open_article(path)
    path.unlink()
    cursor = window.reader.document().find("Trade grew by a third in 2023.")
    window.reader.setTextCursor(cursor)
    quote_id = window.quotes.saver.save()
    assert quote_id is not None
    assert window.quotes.library.store.quotes.get(quote_id).exact == "Trade grew by a third in 2023."
    assert not window.open_article(path)  # from Recent, say: refused, and the article stays
    [(title, text)] = told
    assert "no such file" in text and "Rivers of Asia" in shown_title(window)
