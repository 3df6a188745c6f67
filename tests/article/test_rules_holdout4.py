"""The rules holdout set 4 shaped: a copyright line read against the logo, a wire's column note, a press
office byline. Each case is invented; the holdout articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.names import is_family_first
from qtapp.article.rules import dates, furniture, notes

BODY = ("The council will open the new depot in May, officials said on Tuesday after a long review.\n\n"
        "The work is expected to cost about four million and to finish before the winter storms arrive.\n\n")


def _page(top: str, bottom: str) -> str:
    return f"{top}\nHarbour depot to open in May after review\n\nBy Ana Ruiz\n\n{BODY}{bottom}\n"


@pytest.mark.parametrize("top, bottom, publisher", [
    # a company owns the page; the logo names the publication it published as
    ("THE MERIDIAN\nNews | Cities | Opinion", "© Meridian Holdings Pvt Ltd. All rights reserved.", "The Meridian"),
    ("Eastern Harbour Post\nOpinion › Letters", "Copyright © 2025 Eastern Harbour Post Publishers Ltd.",
     "Eastern Harbour Post"),
    # the copyright abbreviates the logo's name: the logo spells it out
    ("Ministry of Transport of the Republic of Oravia\nPress service › Statements",
     "© 2025 MoT of the Republic of Oravia. A link to the source is required.",
     "Ministry of Transport of the Republic of Oravia"),
    # a blog's copyright runs on into its platform credit
    ("Notes From The Ring Road\nHome · About", "© 2024 Notes From The Ring Road · Powered by WordPress",
     "Notes From The Ring Road"),
])
def test_copyright_owner_read_against_the_logo(top: str, bottom: str, publisher: str) -> None:
    assert parse_text(_page(top, bottom)).publisher == publisher


def test_copyright_of_an_outlet_without_a_company_keeps_its_name() -> None:
    article = parse_text(_page("Weekend Reading\nHome · About", "© 2024 Harbour Digest. All rights reserved."))
    assert article.publisher == "Harbour Digest"


def test_column_note_names_its_author_and_a_distributor() -> None:
    found = notes.reprint_note("The following column by Ana Ruiz was published today by Lakeside Review and is "
                               "distributed on behalf of the Institute for Port Studies.")
    assert found and found.publisher == "Lakeside Review"


def test_press_office_in_a_byline_is_a_role_not_the_publisher() -> None:
    article = parse_text("Lakeshore College | Newsroom\nHarbour depot to open in May after review\n\n"
                         f"By Ana Ruiz, Media Relations\n2025-02-19\n\n{BODY}© 2025 Lakeshore College\n")
    assert article.publisher == "Lakeshore College"
    assert [a.description for a in article.authors if a.description] == ["Media Relations"]


def test_agency_named_short_in_the_dateline_takes_the_logo_s_full_name() -> None:
    text = ("Meridian News Agency\nHarbour depot to open in May after review\n\n"
            f"PORTO, May 2 (Meridian) -- {BODY}")
    assert parse_text(text).publisher == "Meridian News Agency"


@pytest.mark.parametrize("name, family_first", [
    ("Park Seo-yeon", True), ("Kang Tae-sik", True), ("Park Jimin", False), ("Lee Anderson", False),
])
def test_korean_names_are_family_first_only_with_a_hyphenated_given_name(name: str, family_first: bool) -> None:
    assert is_family_first(name) is family_first


@pytest.mark.parametrize("line, date, publisher", [
    ("Mar 3, 2025 | 08:15 JST | MERIDIAN NEWS", "2025-03-03", "Meridian News"),
    ("No. 41/25 · Porto, 2 July 2025", "2025-07-02", None),
])
def test_date_line_in_parts(line: str, date: str, publisher: str | None) -> None:
    found = dates.date_line(line)
    assert found and (found.date, found.publisher) == (date, publisher)


@pytest.mark.parametrize("line", ["Mar 3, 2025 | Politics and more", "Home | Mar 3, 2025", "No. 41/25 · Porto"])
def test_a_part_that_is_neither_date_outlet_nor_number_is_no_date_line(line: str) -> None:
    assert dates.date_line(line) is None


def test_day_first_slashed_date_line_dates_the_article() -> None:
    assert parse_text(_page("Meridian", "").replace("By Ana Ruiz", "14/03/2025 - 18:42 CET")).date == "2025-03-14"


@pytest.mark.parametrize("line", [
    "WATCH LATER | PRINT | SHARE", "Monday, May 5, 2025 | Subscribe | Log in", "(END)", "abc/de/fgh",
    "Tags #harbour depot #council", "Load more updates", "Comments are disabled for this story.",
])
def test_buttons_and_wire_marks_are_furniture(line: str) -> None:
    assert furniture.furniture(line)


@pytest.mark.parametrize("line", ["Jane Doe | Print | May 2, 2025", "Ana Ruiz | Staff Writer | Meridian",
                                  "and/or", "#MeToo changed how the newsroom works"])
def test_bylines_and_words_with_marks_are_not_furniture(line: str) -> None:
    assert not furniture.furniture(line)


@pytest.mark.parametrize("line", ["Issue 14 · Spring 2025", "Vol. 3, No. 2, 2024", "Issue 7 | May 2024"])
def test_a_magazine_issue_line_is_furniture(line: str) -> None:
    assert furniture.furniture(line) == "chrome.issue_line"


def test_question_headline_over_a_standfirst_and_a_credit_line() -> None:
    text = ("HARBOUR QUARTERLY\nIssue 3 · Winter 2024\nIs this the last season of the oyster divers?\n\n"
            "Oysters still grow in the bay each winter. But the young divers who should follow are gone.\n\n"
            f"Text: Ana Ruiz\n\n{BODY}")
    article = parse_text(text)
    assert article.title == "Is this the last season of the oyster divers?"
    assert "Issue 3 · Winter 2024" in article.dropped
    assert [a.name for a in article.authors] == ["Ana Ruiz"]  # the credit line under the standfirst


def test_a_lead_that_opens_with_a_question_is_no_headline() -> None:
    article = parse_text(f"Is the harbour ready for another winter of storms?\n\n{BODY}")
    assert article.title is None


def test_copyright_with_its_year_last_under_a_cookie_banner_still_finds_the_logo() -> None:
    top = ("We value your privacy. We and our partners use cookies. Accept all | Manage choices\n"
           "Harbour Herald\nNews | Sport | Jobs")
    bottom = "© Harbour Herald Media Ltd 2025 | Terms | Privacy"
    assert parse_text(_page(top, bottom)).publisher == "Harbour Herald"


def test_not_an_endorsement_is_a_disclaimer_naming_the_outlet() -> None:
    line = "Opinions expressed here are the writer's own and are not an endorsement by the Harbour Herald."
    article = parse_text(_page("Harbour Herald", line))
    assert article.disclaimer == line
