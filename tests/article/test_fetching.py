"""Open URL: one GET of the page the user asked for, read as a saved page, with clear refusals."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from qtapp.article import fetching
from qtapp.article.loader import read_article
from qtapp.errors import UserError
from tests.article.pages import serving


def test_a_page_is_fetched_once_and_read_with_its_own_metadata() -> None:
    with serving(canonical="https://ledger.example/2025/03/pilots") as site:
        page = fetching.fetch(site.base + "/article")
        article, _ = fetching.read_fetched(page)
    assert len(site.requests) == 1  # the page only: no script, style sheet or image was asked for
    assert article.title == "Harbour pilots strike over night shifts"
    assert article.date == "2025-03-04" and article.publisher == "The Coastal Ledger"
    assert article.url == "https://ledger.example/2025/03/pilots"  # the page's canonical address
    assert [a.name for a in article.authors] == ["Maren Ostby"]
    assert any(q.speaker == "Ivo Kranjc" for q in article.quotations)


def test_without_a_canonical_address_the_final_one_after_redirects_is_kept() -> None:
    with serving() as site:
        article, _ = fetching.read_fetched(fetching.fetch(site.base + "/moved"))
    assert article.url == site.base + "/article?from=moved"


def test_no_cookie_is_kept_between_requests() -> None:
    with serving() as site:
        fetching.fetch(site.base + "/article")  # the server sets a cookie
        fetching.fetch(site.base + "/article")
    assert all("Cookie" not in headers for _, headers in site.requests)
    assert site.requests[0][1]["User-Agent"].startswith("QuoteClip/")


@pytest.mark.parametrize(("path", "message"), [
    ("/to-file", "not a web address"),
    ("/loop", "redirected in a loop"),
    ("/image", "not a web page (image/png)"),
    ("/huge", "larger than 1 MB"),
    ("/nothing-here", "answered 404"),
])
def test_what_cannot_be_read_is_refused_with_the_reason(path: str, message: str) -> None:
    with serving() as site, pytest.raises(UserError) as caught:
        fetching.fetch(site.base + path, max_bytes=1024 * 1024)
    assert message in str(caught.value).lower() or message in str(caught.value)


def test_a_slow_server_times_out_with_a_message() -> None:
    with serving() as site, pytest.raises(UserError, match="no answer within 0.5 seconds"):
        fetching.fetch(site.base + "/slow", timeout=0.5)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)",
                                 "https:///nohost"])
def test_only_http_addresses_are_fetched(url: str) -> None:
    with pytest.raises(UserError):
        fetching.fetch(url)


def test_nothing_listening_says_it_cannot_reach_it() -> None:
    with serving() as site:
        base = site.base
    with pytest.raises(UserError, match="cannot reach it|connection failed"):
        fetching.fetch(base + "/article", timeout=2)


def test_a_kept_page_reopens_with_its_address_and_no_request(tmp_path: Path) -> None:
    with serving() as site:
        saved = fetching.open_url(site.base + "/article", tmp_path / "pages")
    # The server is gone: reading the kept file needs no network, and the address came with it.
    article, _ = read_article(saved)
    assert article.url == site.base + "/article"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(saved.parent.stat().st_mode) == 0o700
    assert saved.read_bytes().startswith(b"<!-- saved from url=(")


def test_a_plain_text_page_is_read_as_text() -> None:
    with serving() as site:
        article, _ = fetching.read_fetched(fetching.fetch(site.base + "/text"))
    assert article.title == "A plain page" and article.url == site.base + "/text"


def test_parse_url_on_the_command_line_prints_the_final_address() -> None:
    with serving() as site:
        result = subprocess.run([sys.executable, "-m", "qtapp", "parse", site.base + "/moved", "--json"],
                                capture_output=True, text=True, timeout=120, check=False,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["url"] == site.base + "/article?from=moved"
        failed = subprocess.run([sys.executable, "-m", "qtapp", "parse", site.base + "/image"],
                                capture_output=True, text=True, timeout=120, check=False)
    assert failed.returncode != 0 and "not a web page" in failed.stderr and "Traceback" not in failed.stderr
