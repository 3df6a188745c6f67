"""The header shapes set 12 and earlier fresh reads missed: a site's tagline line glued over the headline,
credit lines that name the writer after a phrase ("Notes compiled by"), a team that posts a page, an
editor named after the writer, and an event's own date that is not the page's. Each case is invented;
the c13- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.names import author_from_name, normal_case
from qtapp.article.field_checks import unsure_reason
from qtapp.article.rules import blocks, bylines, dates, lines, notes, title_doubts
from qtapp.article.rules.blocks import Piece
from qtapp.article.rules.persons import is_person

LONG = ("The council will open the new depot in May, officials said on Tuesday after a long review that ran "
        "through the winter and cost far more than anyone had planned for at the start of it.")


def _paragraphs(text: str) -> list[str]:
    return lines.paragraphs(text, lambda line: False)


def test_two_short_lines_over_unwrapped_prose_are_two_lines() -> None:
    site = "Harbour Notes — a small blog about boats, tides and the people of Kinvara"
    headline = "Why the old slipway matters more than the new marina"
    assert _paragraphs(f"{site}\n{headline}\n\n{LONG}") == [site, headline, LONG]


def test_a_two_line_chunk_of_a_page_wrapped_for_reading_is_still_joined() -> None:
    text = ("The council will open the new depot in May, officials said on Tuesday\n"
            "after a long review.\n\nIt will cost about four million pounds and is expected to be\nfinished before the winter.")
    assert _paragraphs(text) == ["The council will open the new depot in May, officials said on Tuesday after a "
                                 "long review.", "It will cost about four million pounds and is expected to be "
                                 "finished before the winter."]


def test_an_operators_masthead_with_its_section_is_no_byline() -> None:
    assert bylines.parse_byline("Harbourline Ferries — Service Updates", under_headline=True) is None
    assert not is_person("Loughside Community Rail")
    assert is_person("Aoife Ferriter")  # a family name is no operator's word


def test_a_page_posted_by_a_team_has_its_date_and_no_author() -> None:
    found, rule = bylines.parse_byline("Posted 3 June 2025 by the Customer Services Team")
    assert (found.names, found.date, rule) == ([], "2025-06-03", "byline.dated_by")


@pytest.mark.parametrize("line, names", [
    ("Notes compiled by Úna Gallagher", ["Úna Gallagher"]),
    ("This week's notes written by Peadar Ó Dálaigh and Róisín Keane", ["Peadar Ó Dálaigh", "Róisín Keane"]),
])
def test_a_phrase_then_compiled_by_names_the_writer(line: str, names: list[str]) -> None:
    found = bylines.parse_byline(line)
    assert found is not None and found[0].names == names


def test_tea_provided_by_names_no_writer() -> None:
    assert bylines.parse_byline("Tea provided by Úna Gallagher") is None


def test_an_editor_named_after_the_writer_is_no_author() -> None:
    found = bylines.parse_byline("Katarzyna Mazur-Lis, Edited by Tomasz Brzeski", under_headline=True)
    assert found is not None and found[0].names == ["Katarzyna Mazur-Lis"]


NOTICE_BODY = ("The talk presents ten years of surveys of salt marshes along the west coast and what they show.\n\n"
               "The seminar is open to all, and tea will be served in the foyer beforehand.\n\n")


@pytest.mark.parametrize("headline, day", [
    ("Public lecture: How salt marshes keep pace with the sea", "Wednesday, 14 May 2025, 18:30"),
    ("Harbour depot to open in May after a long review", "When: Wednesday, 14 May 2025, 18:30"),
])
def test_an_events_own_day_is_never_the_pages_date(headline: str, day: str) -> None:
    article = parse_text(f"{headline}\n\n{day}\n\n{NOTICE_BODY}")
    assert article.date is None


def test_an_event_notices_posted_line_is_its_date() -> None:
    article = parse_text(f"Workshop: Mending nets the old way\n\nSaturday, 7 June 2025, 10:00\n\n{NOTICE_BODY}"
                         "Posted 20 May 2025\n")
    assert article.date == "2025-05-20"


def test_a_news_pages_date_line_under_its_headline_is_still_read() -> None:
    article = parse_text(f"Harbour depot to open in May after a long review\n\nWednesday, 14 May 2025, 18:30\n\n"
                         f"{NOTICE_BODY}")
    assert article.date == "2025-05-14"


@pytest.mark.parametrize("words", ["Fact Check", "Explainer Analysis", "Sahar Ahmadzai Wednesday"])
def test_a_pages_kind_or_a_weekday_is_no_name(words: str) -> None:
    assert not is_person(words)


def test_a_section_kicker_in_capitals_is_no_byline() -> None:
    assert bylines.parse_byline("FACT CHECK", under_headline=True) is None


def test_a_name_run_into_its_weekday_and_date() -> None:
    found = bylines.parse_byline("Farhad Noorzad Tuesday, 11 March 2025", under_headline=True)
    assert found is not None and (found[0].names, found[0].date) == (["Farhad Noorzad"], "2025-03-11")


def test_a_role_alone_under_the_headline_names_no_one_and_is_no_headline() -> None:
    found = bylines.parse_byline("Staff Reporter", under_headline=True)
    assert found is not None and found[0].names == []
    article = parse_text("Gulf Ledger › Business\n\nMuscat port orders six electric tugs in a first green deal\n\n"
                         f"Staff Reporter\n\nPublished: 9 June 2025\n\n{LONG}")
    assert (article.title, article.authors) == ("Muscat port orders six electric tugs in a first green deal", [])


def test_a_sites_name_over_a_kicker_is_no_headline() -> None:
    article = parse_text(f"The Harbour Herald\n\nEDITORIAL\n\nThe pier deserves better than another delay\n\n"
                         f"2025-05-22\n\n{LONG}")
    assert article.title == "The pier deserves better than another delay"


def test_a_town_and_a_bar_before_the_date() -> None:
    assert dates.date_line("Cobh | 2025-03-11") is not None
    assert dates.date_line("Cobh | 2025-03-11").date == "2025-03-11"


@pytest.mark.parametrize("capitals, name", [
    ("ZAWADI MWANG’OMBE", "Zawadi Mwang’ombe"), ("MARGARET O'NEILL", "Margaret O'Neill"),
    ("D’ARCY FLYNN", "D’Arcy Flynn"),
])
def test_capitals_after_an_inner_apostrophe_go_on_in_lowercase(capitals: str, name: str) -> None:
    assert normal_case(capitals) == name


def test_each_writer_keeps_the_role_written_after_their_name() -> None:
    article = parse_text("Library to stay open all night during exams\n\nBy Priya Ramasamy-Clarke, News Editor, and "
                         f"Jonah Tevita, Staff Writer\n\nPublished 2025-04-28\n\n{LONG}")
    assert [(a.name, a.description) for a in article.authors] == [
        ("Priya Ramasamy-Clarke", "News Editor"), ("Jonah Tevita", "Staff Writer")]


def test_a_role_on_the_line_under_the_name_describes_the_writer() -> None:
    article = parse_text("Ferry terminal car park to charge from September\n\nBy DESMOND ROLLE-PINDER\n\n"
                         f"Courier Staff Reporter\n\nPublished August 12, 2025\n\n{LONG}")
    assert [(a.name, a.description) for a in article.authors] == [("Desmond Rolle-Pinder", "Courier Staff Reporter")]


@pytest.mark.parametrize("line, names, role", [
    ("Reporter: Hery Rakotondrabe | Editor: Lalaina Andriamasy", ["Hery Rakotondrabe"], "Reporter"),
    ("Live blog by Rasa Juodytė and Martin Eriksen", ["Rasa Juodytė", "Martin Eriksen"], None),
    ("Transcribed by Mariyam Nadha; Edited by Ahmed Zaheen Latheef", ["Mariyam Nadha"], None),
])
def test_credit_lines_that_name_the_writer(line: str, names: list[str], role: str | None) -> None:
    found = bylines.parse_byline(line, under_headline=True)
    assert found is not None and (found[0].names, found[0].role) == (names, role)


def test_a_letter_signed_with_a_street_of_lowercase_particles() -> None:
    assert notes.signed_name("Rosemary Le Page, Rue de la Fontaine, St Peter Port") == "Rosemary Le Page"


@pytest.mark.parametrize("title", ["Judiciary of Tanzania", "Harbour Live", "Ministry of Fisheries of the Republic",
                                   "Lakeside Times — island news, views and more",
                                   "Why the ferry still runs | Museo del Río Paraná"])
def test_a_title_that_reads_like_a_name_is_doubted(title: str) -> None:
    assert title_doubts.doubtful_title(title)


@pytest.mark.parametrize("title", ["Copper miners in southern Peru end a six-week strike",
                                   "Budget 2026 leaves the harbour depot unfunded", "Smog, again"])
def test_a_headline_is_not_doubted(title: str) -> None:
    assert not title_doubts.doubtful_title(title)


def test_a_name_like_title_is_kept_and_marked_for_checking() -> None:
    article = parse_text(f"Judiciary of Tanzania\n\nPublished 3 March 2025\n\n{LONG}")
    assert article.title == "Judiciary of Tanzania"
    assert unsure_reason(article.found_by["title"]) is not None


def test_a_site_label_opening_with_the_logos_name_is_marked() -> None:
    assert title_doubts.site_label("Scotsman comment", ["The Scotsman"])
    assert not title_doubts.site_label("Scotsman wins award", ["The Guardian"])


def test_a_kind_label_before_the_colon_stays_in_the_headline() -> None:
    article = parse_text(f"Match Report: Kilbride Athletic 3-1 Harbour Rovers\n\n16 March 2025\n\n{LONG}")
    assert (article.title, article.publisher) == ("Match Report: Kilbride Athletic 3-1 Harbour Rovers", None)


def test_an_outlets_column_label_and_quotes_are_no_part_of_the_headline() -> None:
    article = parse_text('Valley Times column: "Rooftop solar needs a fair price"\n\nBy Seini Taufa-Havili\n\n'
                         f"Published March 4, 2025\n\n{LONG}")
    assert article.title == "Rooftop solar needs a fair price"


def test_a_byline_that_is_the_sites_own_name_is_no_author() -> None:
    article = parse_text("Talanoa Lelei Online\n\nNeiafu netball side wins the island title in extra time\n\n"
                         f"Talanoa Lelei | Neiafu | Sunday 22 June 2025\n\n{LONG}")
    assert (article.authors, article.date) == ([], "2025-06-22")


def test_a_name_and_its_date_under_the_lead_is_the_byline() -> None:
    article = parse_text("Kandahar pomegranate traders lose a third of crop for lack of cold stores\n\n"
                         f"{LONG}\n\nNazanin Sadat Thursday, 16 October 2025\n\n{LONG}")
    assert ([a.name for a in article.authors], article.date) == (["Nazanin Sadat"], "2025-10-16")


def test_a_name_under_the_lead_without_a_date_is_no_byline() -> None:
    article = parse_text(f"Kandahar pomegranate traders lose a third of crop for lack of cold stores\n\n{LONG}\n\n"
                         f"Nazanin Sadat\n\n{LONG}")
    assert article.authors == []


def test_a_logo_in_capitals_with_a_long_tagline_is_no_dateline_lead() -> None:
    article = parse_text("THE KOROLEVU COURIER — The independent student newspaper of the Pacific Technical Institute "
                         "Korolevu Campus\n\nCanteen prices to rise by a fifth from next semester\n\nBy Ana Vakaloloma"
                         f"\n\nPublished 2025-10-14\n\n{LONG}")
    assert article.title == "Canteen prices to rise by a fifth from next semester"


def test_a_dateline_leading_a_sentence_is_still_a_dateline() -> None:
    article = parse_text(f"Harbour depot to open in May after a long review\n\nBy Ana Ruiz\n\nLISBON — {LONG}")
    assert article.blocks[2].kind == "dateline"


@pytest.mark.parametrize("name, family, given", [
    ("Rebecca Zammit Cauchi", "Zammit Cauchi", "Rebecca"), ("Joseph Muscat", "Muscat", "Joseph"),
    ("John Paul Grech", "Grech", "John Paul"),
])
def test_a_maltese_writer_with_both_parents_surnames(name: str, family: str, given: str) -> None:
    author = author_from_name(name)
    assert (author.family, author.given) == (family, given)


def test_a_reports_numbered_section_is_no_headline_and_prepared_by_names_its_writer() -> None:
    article = parse_text("Shelter and cooking fuel at the Kaya reception centre: situation report, March 2025\n\n"
                         "Prepared by: Mariam Ouédraogo-Sawadogo, Field Coordinator\n\n2.1 Household interviews (46)\n\n"
                         f"{LONG}")
    assert article.title.startswith("Shelter and cooking fuel")
    assert [(a.name, a.description) for a in article.authors] == [("Mariam Ouédraogo-Sawadogo", "Field Coordinator")]
    assert blocks._title_step([Piece("3.2 What people told us"), Piece(LONG)], False) == (False, False)
