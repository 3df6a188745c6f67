"""Headline shapes from set 17 (task fields17): a headline and the shorter deck under it, … The pages are
invented."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules.blocks import Piece, _deck_under

BODY = ("The council approved the new harbour wall on Tuesday after a two-year review, and building will start "
        "in the spring.\n\nFishers said the works would close the slipway for a season.")


def test_a_shorter_deck_written_as_a_sentence_stays_under_its_headline() -> None:
    headline = "Harbour town approves sea wall as winter storms grow stronger each year"
    deck = "Builders expect works to take 18 months"
    article = parse_text(f"COAST DAILY\n\nLOCAL / COAST\n\n{headline}\n\n{deck}\n\nBy Ines Carrow\n\n"
                         f"Published: Mar 4, 2026 7:15 AM\n\n{BODY}")
    assert article.title == headline
    assert _deck_under(headline, [Piece(deck), Piece("By Ines Carrow")])


def test_a_tagline_phrase_under_a_site_line_is_no_deck() -> None:
    # a short line or one in capitals under a headline, or a headline that ends as a sentence: no deck
    assert not _deck_under("Walking the old drove roads of the northern hills with friends",
                           [Piece("Notes and small towns"), Piece("By Ines Carrow")])
    assert not _deck_under("Walking the old drove roads of the northern hills with friends",
                           [Piece("The Hill Walkers Monthly Newsletter"), Piece("By Ines Carrow")])
    assert not _deck_under("Harbour town approves sea wall as winter storms grow stronger.",
                           [Piece("Builders expect works to take 18 months"), Piece("By Ines Carrow")])


def test_a_site_name_and_its_tagline_over_a_headline_is_no_headline_with_a_deck() -> None:
    site = "Allotment Diaries — one plot, two seasons and a great many slugs in Galway"
    headline = "The winter I finally learned to love the compost heap"
    assert not _deck_under(site, [Piece(headline), Piece("By Ines Carrow")])


def test_a_copyright_line_in_the_writers_own_name_names_no_publisher() -> None:
    page = (f"Harbour Letters\n\nHome | Archive | About\n\nWhy the harbour wall took two years to approve\n\n"
            f"Ines Carrow\n\nMar 4, 2026\n\n{BODY}\n\n© 2026 Ines Carrow · Privacy ∙ Terms")
    article = parse_text(page)
    assert [a.name for a in article.authors] == ["Ines Carrow"]
    assert article.publisher != "Ines Carrow"
    # an outlet's own copyright line still names it
    article = parse_text(page.replace("© 2026 Ines Carrow", "© 2026 Harbour Letters Media Ltd"))
    assert article.publisher is not None and article.publisher.startswith("Harbour Letters")


def test_a_portals_search_box_and_its_logo_line_are_no_headline_and_no_byline() -> None:
    headline = "Harbour town approves sea wall as winter storms grow stronger each year"
    article = parse_text(f"Portalia Start | PTL\n\nSearch the web\n\nNews | Weather | Sports\n\n{headline}\n\n"
                         f"Story by Ines Carrow and Tomas Reyes\n\n{BODY}")
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Ines Carrow", "Tomas Reyes"]
    assert "Portalia Start | PTL" in article.dropped and "Search the web" in article.dropped
    # a writer and the outlet under the headline stay the byline
    article = parse_text(f"{headline}\n\nInes Carrow | Coast Daily\n\n{BODY}")
    assert [a.name for a in article.authors] == ["Ines Carrow"]


def test_a_wires_version_tag_is_no_part_of_its_headline() -> None:
    headline = "Harbour town approves sea wall as winter storms grow stronger"
    for tag in ("(LEAD)", "(2nd LD)", "(URGENT)"):
        article = parse_text(f"{tag} {headline}\n\nBy Ines Carrow\n\n{BODY}")
        assert article.title == headline, tag
    # brackets that are the headline's own words stay in it
    article = parse_text(f"(Not) a sea wall: harbour town votes again\n\nBy Ines Carrow\n\n{BODY}")
    assert article.title == "(Not) a sea wall: harbour town votes again"


def test_journalist_after_a_comma_is_the_writers_role_never_a_second_writer() -> None:
    from qtapp.article.rules import bylines

    found = bylines.parse_byline("Iolani Tavita-Brown, Pacific Journalist", under_headline=True)
    assert found is not None and found[0].names == ["Iolani Tavita-Brown"]
    assert found[0].role == "Pacific Journalist"
    found = bylines.parse_byline("Iolani Tavita-Brown, Mele Tupou", under_headline=True)
    assert found is not None and found[0].names == ["Iolani Tavita-Brown", "Mele Tupou"]


def test_a_video_widgets_controls_under_the_headline_are_no_writer() -> None:
    headline = "Harbour town approves sea wall as winter storms grow stronger"
    article = parse_text(f"{headline}\n\nVideo PlayerClose\n\n"
                         f"by Coast Daily writers Ines Carrow, Tomas Reyes\n\n{BODY}")
    assert [a.name for a in article.authors] == ["Ines Carrow", "Tomas Reyes"]
    assert "Video PlayerClose" in article.dropped


def test_a_name_comma_role_under_the_headline_and_its_deck_is_the_byline_not_the_headline() -> None:
    from qtapp.article.rules.blocks import _name_and_role

    headline = "Harbour town approves sea wall before winter"
    deck = "The wall will rise two metres, and the slipway will close for a season while it is built"
    article = parse_text(f"Coast Daily\n\nNews › Coast\n\n{headline}\n\n{deck}\n\nInes Carrow, Senior Reporter\n\n"
                         f"Published: March 4, 2026 | 10:05\n\n{BODY}")
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Ines Carrow"]
    assert _name_and_role("Ines Carrow, Senior Reporter")
    assert not _name_and_role("Port strike ends, officials say")


def test_a_headline_that_ends_on_a_temperature_is_no_weather_widget() -> None:
    from qtapp.article.rules import furniture

    assert furniture.furniture("Tuesday, April 8, 2025 | 54°F Cloudy")
    assert not furniture.furniture("Harbour town shivers as crowd braves -24°C at the sea wall opening")
    headline = "Harbour town opens sea wall as crowd braves -24°C"
    assert parse_text(f"{headline}\n\nBy Ines Carrow\n\n{BODY}").title == headline
