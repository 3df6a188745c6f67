"""No wrong article field without a mark (set 14): a menu taken for a byline, a writer's job split off as a
second author, an editorial board or editors' initials kept in the publisher, a local-language logo beside
the English name, and titles no rule can be sure of (a credit line, a strapline, a menu, a masthead) found
by the marked rule. Each case is invented; the c15- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.field_checks import unsure_reason
from qtapp.article.rules import furniture, title_doubts
from qtapp.article.rules.outlet_names import english_beside, logo_head

BODY = ("The harbour board voted on Tuesday to close the old slipway for repairs over the winter.\n\n"
        "Boats will be moved to the north quay until April, the board said.\n")


@pytest.mark.parametrize("line", ["News Sport What's On Comment Obituaries Jobs", "Home News Sport Podcasts Jobs"])
def test_a_menu_of_section_words_is_no_byline(line: str) -> None:
    assert furniture.menu_words(line)
    article = parse_text(f"The Tarnmouth Post\n{line}\nSlipway to close for winter repairs\n\nBy Rhona Vell\n\n"
                         + BODY)
    assert [a.name for a in article.authors] == ["Rhona Vell"]
    assert article.title == "Slipway to close for winter repairs"


@pytest.mark.parametrize("line", ["By News Desk Staff", "Sky Sports News", "Steve Jobs Comment Here"])
def test_a_byline_or_an_outlet_is_no_menu(line: str) -> None:
    assert not furniture.menu_words(line)


def test_a_job_after_the_name_is_the_writers_description_not_a_second_author() -> None:
    article = parse_text("Why we moved our timetable service\n\nIlse Marwick, Staff Engineer · May 4, 2026 · 5 min"
                         " read\n\n" + BODY)
    assert [(a.name, a.description) for a in article.authors] == [("Ilse Marwick", "Staff Engineer")]


def test_a_country_kicker_is_no_author() -> None:
    article = parse_text("SLOVAK REPUBLIC\n\nSlipway to close for winter repairs\n\n" + BODY)
    assert article.authors == []


def test_the_editorial_board_writes_for_its_outlet() -> None:
    article = parse_text("Slipway repairs cannot wait another winter\n\nBy The Tarnmouth Ledger Editorial Board\n\n"
                         "March 2, 2026\n\n" + BODY)
    assert article.publisher == "The Tarnmouth Ledger"


def test_editors_initials_after_a_source_are_dropped() -> None:
    article = parse_text("Slipway to close for winter repairs\n\nBy Rhona Vell\n\n" + BODY + "\nSource: TPN/rv(mk)\n")
    assert article.publisher == "TPN"


def test_a_genre_label_before_the_colon_is_part_of_the_headline() -> None:
    article = parse_text("AMA: I run the harbour's only slipway, ask me anything\n\n" + BODY)
    assert article.title == "AMA: I run the harbour's only slipway, ask me anything"
    assert article.publisher != "AMA"


def test_the_english_name_beside_a_local_logo_is_the_publisher() -> None:
    assert english_beside("Kultuuriministeerium", "Ministry of Culture")
    assert logo_head("Kultuuriministeerium | Ministry of Culture") == "Ministry of Culture"
    assert not english_beside("Daryo", "Ministry of Culture")  # too short to be a local compound
    assert not english_beside("Kultuuriministeerium", "News and features")


@pytest.mark.parametrize("title", ["Photos: Ana Ruiz Medina", "Published daily by the Harbour Institute",
                                   "Slovakia Poland Hungary Podcast About us",
                                   "Harbour Affairs Council, Republic of Tarnland (Isles)"])
def test_titles_no_rule_can_be_sure_of_are_doubtful(title: str) -> None:
    assert title_doubts.doubtful_title(title)


@pytest.mark.parametrize("title", ["Slipway to close for winter repairs", "Photos show a record crowd at the games",
                                   "Council split 5-4 on paid parking", "Published works by local poets go on show"])
def test_headlines_are_not_doubtful(title: str) -> None:
    assert not title_doubts.doubtful_title(title)


def test_a_credit_line_taken_for_the_title_is_marked_for_checking() -> None:
    article = parse_text("Photos: Ana Ruiz\n\n" + BODY)
    if article.title:
        assert unsure_reason(article.found_by.get("title")) is not None
