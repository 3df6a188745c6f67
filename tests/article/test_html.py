"""HTML to article: the body with its paragraphs, the page's own metadata, and nothing fetched."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from qtapp.article.html import extract, parse_html
from qtapp.article.html_meta import read_meta
from qtapp.article.loader import read_article as load_html
from qtapp.errors import UserError

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>World | Glaciers retreat faster than expected</title>
<meta property="og:title" content="Glaciers retreat faster than expected">
<meta name="author" content="Ana Lima">
<meta property="article:published_time" content="2024-06-30T10:00:00Z">
<link rel="canonical" href="https://example.org/glaciers">
<link rel="stylesheet" href="https://cdn.example.org/site.css">
<script src="https://cdn.example.org/track.js"></script><script>var x = "not text";</script>
</head><body>
<nav>Home | World | Sports | Weather</nav>
<header><div class="size">+ ↺ − 16 px</div></header>
<article>
<p>Glaciers in the Alps lost more ice this summer than in any year on record, researchers said on
Monday, after a long heatwave and little winter snow.</p>
<h2>What the measurements show</h2>
<p>Teams measured the thickness of twenty glaciers<br>with radar and stakes, and compared the results
with <a href="https://example.org/data">earlier surveys</a> going back a century.</p>
<img src="https://cdn.example.org/glacier.jpg" alt="">
<p>The losses were largest at low altitude, where rain replaced snow for most of the season.</p>
</article>
<footer>(c) 2024 Example Times. All rights reserved.</footer>
</body></html>"""

PARAGRAPHS = [
    "Glaciers in the Alps lost more ice this summer than in any year on record, researchers said on "
    "Monday, after a long heatwave and little winter snow.",
    "What the measurements show",
    "Teams measured the thickness of twenty glaciers with radar and stakes, and compared the results with "
    "earlier surveys going back a century.",
    "The losses were largest at low altitude, where rain replaced snow for most of the season.",
]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a connection fails the test."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise AssertionError(f"tried to connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    return attempts


@pytest.fixture
def without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` raise ImportError


UNMARKED = PAGE.replace("<article>", "<div>").replace("</article>", "</div>")  # no <article> to read from


def test_a_page_that_marks_its_article_is_read_from_there(no_network: list[object]) -> None:
    found = extract(PAGE)
    assert found.extractor == "article"
    assert found.text.split("\n\n") == PARAGRAPHS
    assert no_network == []


def test_trafilatura_finds_the_body_with_its_paragraphs(no_network: list[object]) -> None:
    pytest.importorskip("trafilatura")
    found = extract(UNMARKED)
    assert found.extractor == "trafilatura"
    prose = [p for p in PARAGRAPHS if p.endswith(".")]  # it may leave the subheading out of a bare <div>
    assert [p for p in found.text.split("\n\n") if p in prose] == prose
    assert no_network == []


def test_without_trafilatura_the_stdlib_keeps_the_same_paragraphs(without_trafilatura: None,
                                                                  no_network: list[object]) -> None:
    found = extract(UNMARKED)
    assert found.extractor == "stdlib"
    assert found.text.split("\n\n") == PARAGRAPHS
    assert "not text" not in found.text and "Home | World" not in found.text and "(c) 2024" not in found.text
    assert no_network == []


def test_metadata_comes_from_the_page_tags_only() -> None:
    meta = read_meta(PAGE)
    assert meta.title == "Glaciers retreat faster than expected"
    assert meta.authors == ["Ana Lima"]
    assert meta.date == "2024-06-30"
    assert meta.url == "https://example.org/glaciers"


def test_a_copyright_year_is_never_taken_for_the_date() -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2024-06-30T10:00:00Z">', "")
    article, _ = parse_html(page)
    assert article.date is None
    page = page.replace("<head>", '<head><meta name="date" content="last Tuesday">')
    assert parse_html(page)[0].date is None  # not an ISO date: unknown, not guessed


def test_json_ld_and_page_title_are_used_when_meta_tags_are_missing() -> None:
    page = ('<html><head><title>Rivers run dry - Example Times</title><script type="application/ld+json">'
            '{"@type": "NewsArticle", "datePublished": "2023-08-01", "author": [{"name": "Bo Chen"}]}'
            "</script></head><body><p>The river fell to its lowest level.</p></body></html>")
    meta = read_meta(page)
    assert (meta.title, meta.authors, meta.date) == ("Rivers run dry", ["Bo Chen"], "2023-08-01")


def test_page_metadata_fills_only_what_the_text_left_unknown() -> None:
    article, text = parse_html(PAGE)
    assert text.split("\n\n") == PARAGRAPHS
    assert article.title == "Glaciers retreat faster than expected"
    assert [a.name for a in article.authors] == ["Ana Lima"]
    assert (article.date, article.url) == ("2024-06-30", "https://example.org/glaciers")
    reprint = PAGE.replace("<article>", "<article><p>CGTN, a Chinese news TV channel, has published an "
                           "article titled “Ice without end.” News.Az reprints the article.</p>")
    assert parse_html(reprint)[0].title == "Ice without end"  # the text's own title wins


def test_a_clipboard_fragment_keeps_everything_the_user_copied() -> None:
    fragment = "<div><p>Short first.</p><footer>Kept too.</footer><p>One<br><br>Two</p></div>"
    assert extract(fragment, whole=True).text.split("\n\n") == ["Short first.", "Kept too.", "One", "Two"]


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Café crème à Zürich, '
                     "trois fois par semaine.</p></body></html>".encode("iso-8859-1"))
    article, _ = load_html(page)
    assert article.blocks[0].text.startswith("Café crème à Zürich")


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"<html><body></body></html>"])
def test_pages_without_text_are_refused_with_a_message(tmp_path: Path, data: bytes) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(data)
    with pytest.raises(UserError):
        load_html(page)
