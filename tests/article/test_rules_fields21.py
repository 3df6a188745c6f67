"""Title, author and date shapes from holdout sets 15 and 16 (task fields21): a date stamp with its month in
capitals, … The pages are invented."""

from __future__ import annotations

import pytest

from qtapp.article.parser import parse_text
from qtapp.article.rules import bylines, dates
from qtapp.article.rules.furniture import furniture, menu_words
from qtapp.article.rules.persons import is_person

BODY = ("The council approved the new harbour wall on Tuesday after a two-year review, and building will start "
        "in the spring.\n\nFishers said the works would close the slipway for a season.")


def test_a_date_stamp_with_its_month_in_capitals_is_a_date() -> None:
    assert dates.parse_date("Updated 17:48, 26 NOV 2026") == "2026-11-26"
    assert dates.parse_date("SEPT 3, 2025 - 9:42 PM GMT+3") == "2025-09-03"
    assert dates.is_time_or_date_words("15:12, 26 NOV 2026")
    assert dates.parse_date("JUNK 12, 2024") is None  # a word in capitals that only opens like a month
    article = parse_text(f"Harbour wall approved\n\nBy Ines Carrow\n\nMAR 4, 2026 - 7:15 AM GMT+1\n\n{BODY}")
    assert article.date == "2026-03-04"


def test_a_zone_of_capitals_ending_in_st_or_dt_is_a_date_word_but_no_ordinary_word_is() -> None:
    assert dates.date_line("Last updated: 25 February 2026, 16:48 SAST") == dates.DateLine("2026-02-25")
    assert not dates.is_time_or_date_words("First 2026-01-01")  # "first" is no zone in lower case
    assert not dates.is_time_or_date_words("West 2026-01-01")


def test_live_updates_by_names_both_writers_with_a_lowercase_particle() -> None:
    found = bylines.parse_byline("Live updates by Jacobus du Toit and Nomvula Khumalo", under_headline=True)
    assert found is not None and found[0].names == ["Jacobus du Toit", "Nomvula Khumalo"]
    assert is_person("Anneliese du Plessis")
    assert not is_person("Anneliese du")  # a particle does not end a name


def test_a_name_ending_on_its_particle_is_not_cut_before_a_role() -> None:
    found = bylines.parse_byline("Aoibheann Ní Riada, Courts Correspondent", under_headline=True)
    assert found is not None
    assert found[0].names == ["Aoibheann Ní Riada"] and found[0].role == "Courts Correspondent"
    found = bylines.parse_byline("Marisol Quintanilla Staff Writer", under_headline=True)
    assert found is not None and found[0].names == ["Marisol Quintanilla"] and found[0].role == "Staff Writer"


def test_a_chinese_family_name_in_capitals_before_the_given_name_is_a_person() -> None:
    found = bylines.parse_byline("By LI Ming in Shanghai")
    assert found is not None and found[0].names == ["Li Ming"] and found[0].publisher is None
    found = bylines.parse_byline("By BBC Mundo")  # initials before a word that is no pinyin: an outlet still
    assert found is not None and found[0].names == [] and found[0].publisher == "BBC Mundo"


def test_buttons_and_a_double_spaced_menu_and_a_region_kicker_are_no_title_nor_author() -> None:
    assert furniture("Menu Search") == "chrome.button_words"
    assert furniture("Search Menu") == "chrome.button_words"
    assert furniture("Search the archive") is None  # words that only open like buttons
    assert menu_words("Home  Business  Markets  Press Releases  Crypto  Videos  Newsletter")
    assert not is_person("Asia Pacific") and not is_person("South Asia")
    assert is_person("Asia Argento") and is_person("Kanye West")  # a region's word in a person's name
    article = parse_text("Home  Markets  Crypto  Business  Videos  Newsletter\n\nAsia Pacific\n\n"
                         f"Harbour wall approved after two-year review\n\nBy Ines Carrow\n\n{BODY}")
    assert article.title == "Harbour wall approved after two-year review"
    assert [a.name for a in article.authors] == ["Ines Carrow"]


def test_a_share_bar_a_video_label_and_a_park_are_no_author() -> None:
    assert furniture("Facebook X LINE Pocket") == "chrome.button_words"
    assert furniture("Facebook X WhatsApp Pocket") == "chrome.button_words"
    assert furniture("Facebook Oversight Board") is None  # a board named for a site, no share bar
    assert furniture("Video PlayerClose") == "chrome.phrase"
    assert not is_person("Video PlayerClose") and not is_person("Facebook X LINE Pocket")
    assert not is_person("Kaziranga National Park")
    assert is_person("Ines Carrow")


def test_from_a_name_and_a_head_role_gives_the_role_a_town_gives_none() -> None:
    found = bylines.parse_byline("From Rohan Sethi, Managing Director")
    assert found is not None and found[0].names == ["Rohan Sethi"] and found[0].role == "Managing Director"
    found = bylines.parse_byline("From Chukwuemeka Obi, Onitsha")
    assert found is not None and found[0].names == ["Chukwuemeka Obi"] and found[0].role is None


def test_a_source_line_with_a_web_editor_and_a_dotted_min_read_are_date_lines() -> None:
    found = dates.date_line("Source: Global Times | 2026-11-24 | Web editor: Yang Qi | Font size: A A A")
    assert found is not None and found.date == "2026-11-24" and found.publisher == "Global Times"
    assert dates.is_time_or_date_words("Oct. 21, 2026 3 min. read")
    assert not dates.is_time_or_date_words("Oct. 21, 2026 3 min. reading the minutes")


def test_a_byline_with_its_outlet_in_brackets_then_a_time_and_date() -> None:
    found = bylines.parse_byline("By Sun Wenbo (People's Daily Online)  10:21, November 26, 2026")
    assert found is not None and found[0].names == ["Sun Wenbo"]
    assert found[0].publisher == "People's Daily Online" and found[0].date == "2026-11-26"
    assert bylines.parse_byline("By Sun Wenbo (People's Daily Online) said the minister") is None


def test_a_closing_credit_with_a_separate_writer_names_both_but_never_the_editor() -> None:
    article = parse_text(f"Harbour wall approved after two-year review\n\n{BODY}\n\n"
                         "(Reporting by Julia Mamani Torres in Huaraz; writing by Diego Salvatierra; "
                         "editing by Lucía Arce)")
    assert [a.name for a in article.authors] == ["Julia Mamani Torres", "Diego Salvatierra"]


@pytest.mark.parametrize("team", ["Club Media", "Council Communications", "the School Press Office"])
def test_a_bodys_own_media_team_in_the_byline_names_no_author_and_no_outlet(team: str) -> None:
    """'By Club Media' on a club's own site: no one, and no outlet called "Club Media"; the copyright
    line says whose the page is (sport-club-site-own-media-byline)."""
    article = parse_text(f"Harbour Rovers 2-1 Eastfield Town: late header settles it\n\nBy {team}\n\n"
                         "Two goals from Tobi Okafor lifted Harbour Rovers to the top of the league on Sunday.\n\n"
                         "© 2026 Harbour Rovers Football Club. All rights reserved.")
    assert article.authors == []
    assert article.publisher == "Harbour Rovers Football Club"
