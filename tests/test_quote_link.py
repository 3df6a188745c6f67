"""``quoteclip://quote/ID`` links: their form, and ``quoteclip LINK`` refusing a bad or missing quote
before any window opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qtapp import cli
from qtapp.errors import UserError
from qtapp.library.store import Library
from qtapp.quote_link import is_quote_link, quote_id, quote_link


def test_links_read_back_to_their_id() -> None:
    assert quote_link(12) == "quoteclip://quote/12"
    assert quote_id(quote_link(12)) == 12 and quote_id(" QuoteClip://quote/7/ ") == 7
    assert is_quote_link("quoteclip://quote/x") and not is_quote_link("/home/u/quoteclip.txt")
    for bad in ("quoteclip://quote/", "quoteclip://quote/12abc", "quoteclip://article/3", "quoteclip:12"):
        with pytest.raises(UserError, match="expected quoteclip://quote/ID"):
            quote_id(bad)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What the window was asked to open (the window itself is not started)."""
    calls: list[Any] = []
    import qtapp.ui.app

    monkeypatch.setattr(qtapp.ui.app, "run_window", lambda file, **kw: calls.append(file) or 0)
    return calls


def test_a_link_to_a_saved_quote_opens_the_window_on_it(opened: list[Any], sample_quote: int) -> None:
    assert cli.main([quote_link(sample_quote)]) == 0
    assert opened == [quote_link(sample_quote)]


def test_a_missing_or_malformed_link_says_so_and_opens_nothing(opened: list[Any], sample_quote: int,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["quoteclip://quote/999"]) != 0
    assert "there is no quote 999 in the library" in capsys.readouterr().err
    assert cli.main(["quoteclip://quote/nine"]) != 0
    assert "expected quoteclip://quote/ID" in capsys.readouterr().err
    with Library.open() as library:
        library.quotes.delete(sample_quote)
    assert cli.main([quote_link(sample_quote)]) != 0
    assert f"quote {sample_quote} was deleted" in capsys.readouterr().err
    assert opened == []


def test_a_file_url_from_the_desktop_opens_the_file(opened: list[Any], tmp_path: Path) -> None:
    path = tmp_path / "an article.txt"
    assert cli.main([path.as_uri()]) == 0
    assert opened == [str(path)]


@pytest.fixture
def sample_quote(seed_path: Path) -> int:
    from qtapp.article.loader import read_article

    article, source = read_article(seed_path)
    with Library.open() as library:
        article_id = library.articles.add(article, source, seed_path)
        start = article.text.index("Success")
        return library.quotes.add(article_id, start, start + 20)
