"""Article fields that reach citations are right or marked (issues 12 and 13): a saved page's declared
publisher against the site its <title> names, bylines and lines a headline search must pass over, a report's
title over its pages. The pages are invented."""

from __future__ import annotations

from qtapp.article.field_checks import unsure_reason
from qtapp.article.html import parse_html
from qtapp.article.parser import parse_text
from qtapp.article.rules import bylines, notes, title_doubts

BODY = ("<p>The council approved the new desalination plant on Tuesday after a two-year review, and building "
        "will start in the spring.</p><p>Fishers said the outflow would harm the bay's nursery grounds.</p>")


def _page(site_name: str, title_site: str | None) -> str:
    title = "Bayside desalination plant approved" + (f" | {title_site}" if title_site else "")
    return (f'<html><head><title>{title}</title><meta property="og:site_name" content="{site_name}"></head>'
            f"<body><article><h1>Bayside desalination plant approved</h1><p>By Ines Carrow</p>{BODY}"
            f"</article></body></html>")


def test_a_company_legal_name_gives_way_to_the_site_its_title_names() -> None:
    article = parse_html(_page("Bayside Media Pte Ltd", "Bayside Tribune"))[0]
    assert article.publisher == "Bayside Tribune"
    assert unsure_reason(article.found_by["publisher"]) is None


def test_a_declared_name_unlike_the_title_site_stands_marked() -> None:
    article = parse_html(_page("Bayside Tribune Online Edition", "Bayside Tribune"))[0]
    assert article.publisher == "Bayside Tribune Online Edition"
    assert unsure_reason(article.found_by["publisher"]) is not None


def test_declared_initials_alone_are_marked() -> None:
    article = parse_html(_page("BT", None))[0]
    assert article.publisher == "BT"
    assert unsure_reason(article.found_by["publisher"]) is not None


def test_a_declared_name_the_title_agrees_with_is_unmarked() -> None:
    article = parse_html(_page("Bayside Tribune", "Bayside Tribune"))[0]
    assert unsure_reason(article.found_by["publisher"]) is None


def test_a_language_is_no_publisher() -> None:
    assert notes.reprint_note("This article was originally published in Portuguese.") is None
    assert notes.reprint_note("This article was originally published by Xinhua.") is not None


def test_bylines_of_correspondents_teams_and_stamps() -> None:
    assert bylines.parse_byline("From Chukwuemeka Obi, Onitsha")[0].names == ["Chukwuemeka Obi"]
    assert bylines.parse_byline("From Our Correspondent, Lagos") is None
    team = bylines.parse_byline("Posted on 3 May 2026 by Corporate Communications in Company News")[0]
    assert team.names == [] and team.date == "2026-05-03"
    assert bylines.parse_byline("Posted on 3 May 2026 by Corporate Affairs")[0].names == []
    stamped = bylines.parse_byline("Chua Wei Ling Published Thu, Aug 13, 2026 · 6:05 PM", under_headline=True)
    assert stamped[0].names == ["Chua Wei Ling"]
    assert bylines.parse_byline("Por Marcela Quispe Choque")[0].names == ["Marcela Quispe Choque"]
    assert bylines.parse_byline("Por la mañana llegaron") is None


def test_tickers_and_programme_names_are_doubted() -> None:
    assert title_doubts.ticker("Breaking ▸ Ferry services suspended")
    assert not title_doubts.ticker("Live: Cyclone makes landfall")
    assert title_doubts.doubtful_title("The Morning Slot")
    assert not title_doubts.doubtful_title("Harbour pilots vote to strike")


def test_a_report_title_is_no_publisher() -> None:
    article = parse_text("Integrated Annual Report 2026\n\nLetter from the Chief Executive\n\nDear shareholders,\n\n"
                         "This was a year in which Calder Water delivered cleaner rivers and lower bills, and I "
                         "thank our colleagues for it.\n\nWe invested in our network.\n")
    assert article.publisher is None
