"""Nothing reaches the network while reading and exporting; the library stays private; logs hold no quotes."""

from __future__ import annotations

import logging
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from qtapp import paths
from qtapp.cli import main
from qtapp.library.store import Library

REMOTE_HTML = (b"<html><head><title>Remote things</title><link rel=stylesheet href='http://example.com/s.css'>"
               b"<script src='https://example.com/x.js'></script></head><body><h1>Remote things</h1>"
               b"<p>Ports grew busy. <img src='http://example.com/a.png'> A frame "
               b"<iframe src='https://example.com/frame'></iframe> and <a href='javascript:alert(1)'>a "
               b"link</a> sit in this paragraph about rivers and trade.</p>"
               b"<p><img src='//example.com/b.png' srcset='http://example.com/c.png 2x'>The second "
               b"paragraph speaks of barges.</p></body></html>")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail any attempt to open a connection, from Python or through Qt's network manager."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise AssertionError(f"network access attempted: {args[:2]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    try:
        from PySide6.QtNetwork import QNetworkAccessManager
    except ImportError:
        pass
    else:
        monkeypatch.setattr(QNetworkAccessManager, "get", refuse)
        monkeypatch.setattr(QNetworkAccessManager, "createRequest", refuse)
    yield attempts
    assert attempts == []


def test_the_guard_itself_catches_a_connection(no_network):
    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("example.com", 80))
    no_network.clear()


def test_a_page_full_of_remote_resources_opens_without_fetching(no_network, make_window, tmp_path, told):
    window = make_window()
    refused: list[str] = []
    window.reader.resourceRefused.connect(lambda url: refused.append(url.toString()))
    page = tmp_path / "remote.html"
    page.write_bytes(REMOTE_HTML)
    assert window.open_article(page) and told == []
    shown = window.reader.toPlainText()
    assert "Ports grew busy." in shown and "barges" in shown
    html = window.reader.document().toHtml()
    assert "example.com" not in html and "<img" not in html  # built from text: nothing to load
    # Were Qt to ask for a resource anyway, the reader answers with nothing, not a download.
    answer = window.reader.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("http://example.com/a.png"))
    assert answer is None and refused == ["http://example.com/a.png"]
    cursor = window.reader.document().find("Ports grew busy.")
    window.reader.setTextCursor(cursor)
    assert window.quotes.saver.save() is not None
    window.reader.rebuild()  # re-layout (theme or zoom change) fetches nothing either


def test_exports_of_a_scripted_quote_fetch_nothing_and_stay_inert(no_network, tmp_path, capsys,
                                                                 monkeypatch):
    library = tmp_path / "lib.sqlite3"
    article = tmp_path / "scripted.txt"
    article.write_text("Scripted title\n\nHe wrote <script>alert('x')</script> into the page, and "
                       "<img src=x onerror=alert(1)> too.\n", encoding="utf-8")
    assert main(["--library", str(library), "quotes", "add", str(article), "--text",
                 "He wrote <script>alert('x')</script> into the page, and <img src=x onerror=alert(1)> too."]) == 0
    for fmt in ("md", "csv", "json", "csl-json", "ris", "bibtex", "w3c"):
        out = tmp_path / f"out.{fmt}"
        assert main(["--library", str(library), "quotes", "export", "--format", fmt, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        if fmt in ("md", "csv", "json", "w3c"):
            assert "alert" in text  # the passage is kept (citation formats carry the article only)...
        if fmt == "md":  # ...and a Markdown viewer shows it as text, never as a tag
            assert "<script" not in text.replace("\\<script", "") and "<img" not in text.replace("\\<img", "")
    capsys.readouterr()


def test_library_folder_and_file_are_private(sample_seed_quote):
    library = paths.library_path()
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700
    assert stat.S_IMODE(library.stat().st_mode) == 0o600
    for side in ("-wal", "-shm"):
        extra = Path(f"{library}{side}")
        if extra.exists():  # SQLite gives its side files the main file's permissions
            assert stat.S_IMODE(extra.stat().st_mode) & 0o077 == 0


@pytest.fixture
def sample_seed_quote(seed_path: Path) -> str:
    passage = "Success comes to those who share in one purpose."
    assert main(["quotes", "add", str(seed_path), "--text", passage, "--note", "private thought 4711"]) == 0
    return passage


def test_no_quote_text_or_note_reaches_the_logs(caplog, make_window, seed_path, capsys):
    caplog.set_level(logging.DEBUG)
    secret = "Triumph belongs to those who pull together in times of challenge."
    window = make_window()
    cursor = window.reader.document().find(secret)
    window.reader.setTextCursor(cursor)
    assert window.quotes.saver.save() is not None
    other = "This visit marks his fifth trip"
    assert main(["quotes", "add", str(seed_path), "--text", other, "--note", "my secret note 4711"]) == 0
    with Library.open() as library:  # a snapshot and a restore log too: by file name only
        from qtapp.library import snapshots

        taken = snapshots.take(library.db.conn, library.path, "manual")
    snapshots.restore(taken, paths.library_path())
    capsys.readouterr()
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert caplog.records  # something was logged, so the check below means something
    for private in (secret, "Triumph belongs", other, "4711"):
        assert private not in logged
