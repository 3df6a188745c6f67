"""File → Open URL…: the page the user typed is fetched off the GUI thread, kept, and read."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qtapp import paths
from qtapp.ui.dialogs import UrlDialog
from qtapp.ui.main_window import MainWindow
from tests.article.pages import serving

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


def test_open_url_fetches_reads_and_keeps_the_page(reader_window: MainWindow, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   shown_errors: list[tuple[str, str]]) -> None:
    with serving(canonical="https://ledger.example/pilots") as site:
        monkeypatch.setattr(UrlDialog, "ask", classmethod(lambda cls, parent, last: site.base + "/article"))
        reader_window.action("actionOpenUrl").trigger()
        qtbot.waitUntil(lambda: reader_window.article.title == "Harbour pilots strike over night shifts",
                        timeout=20000)
    assert shown_errors == []
    assert reader_window.article.url == "https://ledger.example/pilots"  # cited by its canonical address
    assert reader_window.article_path.parent == (paths.data_dir() / "pages").resolve()
    assert reader_window.session.recent_entries[0] == (reader_window.article_path,
                                                       "Harbour pilots strike over night shifts")
    assert "pilots" in reader_window.reader.toPlainText()
    assert reader_window.session.last_url == site.base + "/article"


def test_a_failed_fetch_says_why_and_keeps_the_article(reader_window: MainWindow, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       shown_errors: list[tuple[str, str]]) -> None:
    before = reader_window.article.title
    with serving() as site:
        monkeypatch.setattr(UrlDialog, "ask", classmethod(lambda cls, parent, last: site.base + "/image"))
        reader_window.action("actionOpenUrl").trigger()
        qtbot.waitUntil(lambda: bool(shown_errors), timeout=20000)
    assert "not a web page" in shown_errors[0][1]
    assert reader_window.article.title == before
    monkeypatch.setattr(UrlDialog, "ask", classmethod(lambda cls, parent, last: "file:///etc/passwd"))
    reader_window.action("actionOpenUrl").trigger()
    assert "only http:// and https://" in shown_errors[-1][1]


def test_quoteclip_url_opens_the_window_on_the_fetched_page(tmp_path: Path) -> None:
    """``quoteclip URL``: fetched once on the command line, kept, and shown (a screenshot proves it)."""
    from qtapp.ui.session import Session
    from tests.ui.test_screenshot_headless import screenshot

    out = tmp_path / "shot.png"
    with serving(canonical="https://ledger.example/pilots") as site:
        result = screenshot("--library", str(tmp_path / "lib.sqlite3"), "--screenshot", str(out),
                            site.base + "/article")
        failed = screenshot("--library", str(tmp_path / "lib.sqlite3"), "--screenshot", str(tmp_path / "no.png"),
                            site.base + "/image")
    assert result.returncode == 0, result.stderr
    assert [path for path, _ in site.requests] == ["/article", "/image"]  # one GET each, no subresource
    shown = Session().last_article
    assert shown is not None and shown.parent == (paths.data_dir() / "pages").resolve()
    assert "Harbour pilots strike" in shown.read_text(encoding="utf-8") and out.stat().st_size > 10_000
    assert failed.returncode == 2 and "not a web page" in failed.stderr and "Traceback" not in failed.stderr
    assert not (tmp_path / "no.png").exists()
