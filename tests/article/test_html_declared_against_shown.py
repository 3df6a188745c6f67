"""A saved page whose declared headline or date (og:title, article:published_time) is not the one it shows:
the declared value stands, as the publisher's own record, and the window asks the user to check it, since a
reader citing the page may mean the headline they saw. The pages are invented."""

from __future__ import annotations

from qtapp.article.field_checks import unsure_reason
from qtapp.article.html import parse_html

BODY = ("<p>The council approved the new desalination plant on Tuesday after a two-year review, and building "
        "will start in the spring.</p><p>Fishers said the outflow would harm the bay's nursery grounds.</p>")


def _page(og_title: str, shown: str, og_date: str = "2026-06-30", shown_date: str = "30 June 2026") -> str:
    return (f'<html><head><meta property="og:title" content="{og_title}">'
            f'<meta property="article:published_time" content="{og_date}T08:00:00+09:30">'
            f'<meta property="og:site_name" content="Bayside Tribune"></head><body><article><h1>{shown}</h1>'
            f"<p>By Ines Carrow</p><p>{shown_date}</p>{BODY}</article></body></html>")


def test_a_declared_headline_unlike_the_shown_one_stands_marked() -> None:
    article = parse_html(_page("Desal plant gets green light", "Bayside desalination plant approved over fishers' "
                                                              "objections"))[0]
    assert article.title == "Desal plant gets green light"
    assert article.found_by["title"] == "html.meta_title_over_shown"
    assert unsure_reason(article.found_by["title"]) is not None


def test_a_declared_headline_that_is_the_shown_one_is_unmarked() -> None:
    article = parse_html(_page("Desal plant gets green light", "Desal plant gets green light"))[0]
    assert article.title == "Desal plant gets green light"
    assert unsure_reason(article.found_by["title"]) is None
    assert unsure_reason(article.found_by["date"]) is None


def test_a_declared_date_unlike_the_shown_one_stands_marked() -> None:
    article = parse_html(_page("Desal plant gets green light", "Desal plant gets green light",
                               shown_date="1 July 2026"))[0]
    assert article.date == "2026-06-30"
    assert article.found_by["date"] == "html.meta_date_over_shown"
    assert unsure_reason(article.found_by["date"]) is not None
