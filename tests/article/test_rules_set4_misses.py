"""The shapes behind holdout set 4's last misses, each a rule of its own (invented text; the set's articles,
now in the corpus, hold the same shapes in context)."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.breaks import split_glued
from qtapp.article.rules import bylines, dates, lines, notes

BODY = ("The council will open the new depot in May, officials said on Tuesday after a long review.\n\n"
        "The work is expected to cost about four million and to finish before the winter storms arrive.\n\n")


def _page(top: str, bottom: str, head: str = "Harbour depot to open in May after review\n\nBy Ana Ruiz") -> str:
    return f"{top}\n{head}\n\n{BODY}{bottom}\n"


@pytest.mark.parametrize("line, date", [
    ("Last update 17:05", None),
    ("Updated: 09:40 GMT", None),
    ("Last modified: 04 Oct 2024, 07:30 IST", "2024-10-04"),
])
def test_a_labelled_clock_is_a_date_line(line: str, date: str | None) -> None:
    found = dates.date_line(line)
    assert found is not None and found.date == date


def test_a_bare_time_is_no_date_line() -> None:
    assert dates.date_line("17:05") is None  # a live blog's entry heading
    assert dates.date_line("Updated 2 hours ago") is None  # the site's relative clock, chrome


def test_first_published_wins_over_last_modified() -> None:
    article = parse_text("Depot to open in May after a long review\n\nBy Ana Ruiz\n"
                         "First published: 03 Oct 2024, 21:14 IST\nLast modified: 04 Oct 2024, 07:30 IST\n\n" + BODY)
    assert article.date == "2024-10-03"
    assert [b.kind for b in article.blocks[:4]] == ["title", "byline", "dateline", "dateline"]


@pytest.mark.parametrize("text, lead, date", [
    ("La Paz, Mar 14 (EFE).- Bolivia will reopen the tender.", "La Paz, Mar 14 (EFE).-", None),
    ("Madrid, May 3, 2025 (EFE) - Trains ran late.", "Madrid, May 3, 2025 (EFE) -", "2025-05-03"),
])
def test_a_town_dateline_may_carry_its_day(text: str, lead: str, date: str | None) -> None:
    found = dates.dateline(text)
    assert found is not None and (found.text, found.date, found.agency) == (lead, date, "EFE")


def test_a_press_service_signs_whatever_its_case() -> None:
    assert notes.is_credit_line("Press Service of the Ministry of Foreign Affairs of the Republic of Oravia")
    assert notes.is_credit_line("Press office of the Ministry of Transport")


def test_a_full_stop_after_a_bracket_ends_a_glued_sentence() -> None:
    assert split_glued("It costs 48 billion won (US$34.6 million).According to Choi, it works.") == [
        "It costs 48 billion won (US$34.6 million).", "According to Choi, it works."]


def test_a_lowercase_by_ending_its_sentence_is_no_outlet_byline() -> None:
    assert bylines.parse_byline("by the Global Times.") is None
    found = bylines.parse_byline("by Rosa Delgado-Kerr")
    assert found is not None and found[0].names == ["Rosa Delgado-Kerr"]


def _copyright(line: str) -> bool:
    """A stand-in for the furniture rules: a line holding a copyright mark is furniture."""
    return "©" in line


def test_a_listed_headline_is_not_glued_to_the_copyright_line() -> None:
    chunk = ("Related coverage:\nJR Hokkaido to cut 30 percent of trains on three lines\n"
             "© Kyodo News. All Rights Reserved.")
    assert lines.paragraphs(chunk, _copyright, _copyright) == chunk.split("\n")


def test_the_sites_name_is_not_the_cookie_banners_tail() -> None:
    chunk = ("We value your privacy. We and our partners use cookies to personalise\n"
             "content and measure audiences. Accept all | Manage choices\nShannonside Herald\n"
             "News | Sport | GAA | Community Notes | Deaths | Jobs | E-edition")
    article = parse_text(_page(chunk, ""))
    assert "Shannonside Herald" in article.dropped
    assert article.publisher == "Shannonside Herald"


def test_a_box_of_headlines_at_the_end_is_chrome_with_its_label() -> None:
    article = parse_text(_page("", "Top picks in Harbourside\n\nMetro line two: tunnel boring reaches the port\n\n"
                                   "Comments have been disabled on this article."))
    assert "Top picks in Harbourside" in article.dropped
    assert "Metro line two: tunnel boring reaches the port" in article.dropped
    assert article.blocks[-1].kind == "paragraph"


def test_the_authors_closing_list_is_no_box() -> None:
    article = parse_text(_page("", "Opening hours\n\nMonday to Friday 9am to 5pm\n\nSaturday 10am to 1pm"))
    assert not {"Opening hours", "Monday to Friday 9am to 5pm"} & set(article.dropped)


def test_a_subheading_with_prose_under_it_stays() -> None:
    article = parse_text(_page("", "What happens next\n\nThe council will vote on the budget in June, its leader said"
                                   "."))
    assert [b.kind for b in article.blocks[-2:]] == ["heading", "paragraph"]


@pytest.mark.parametrize("text, org", [
    ("Views and figures in republished wire reports are those of the originating agency.", ""),
    ("Opinions expressed here are solely those of the author.", ""),
    ("Views in this column are those of Global Times.", "Global Times"),
])
def test_a_disclaimer_may_say_whose_views_they_are(text: str, org: str) -> None:
    assert notes.find_disclaimer(text) == (text, org)


def test_a_sentence_about_someones_views_is_no_disclaimer() -> None:
    assert notes.find_disclaimer("The views of farmers are those of the ministry.") is None
    assert notes.find_disclaimer("Opinions in the village are those of a minority.") is None


def test_a_tagline_may_give_the_outlets_own_role() -> None:
    found = notes.tagline("Aynur Mammadova is Anadolu Agency's correspondent in Baku. "
                          "Emre Yildirim contributed reporting from Ankara.")
    assert found == [("Aynur Mammadova", "Anadolu Agency's correspondent in Baku")]
    assert notes.tagline("Lake Baikal is Russia's deepest lake.") is None


def test_republished_here_names_the_site_under_the_logo() -> None:
    article = parse_text("HARBOUR LEDGER\nHome › Region\nHarbour depot to open in May after review\n\n"
                         "This article was originally published by Anadolu Agency and is republished here with "
                         "permission.\n\nBy Ana Ruiz\n\n" + BODY)
    assert (article.publisher, article.reprinted_by) == ("Anadolu Agency", "Harbour Ledger")


def test_a_letter_signed_on_two_lines_names_its_writer() -> None:
    article = parse_text("THE VALLEY CLARION\nLetters to the Editor\nClosing the footbridge cuts the village in two\n\n"
                         "Friday 14 March 2025\n\nSir — " + BODY + "Gwenllian Price-Jones\nPencader\n\n"
                         "Send your letters to letters@clarion.example.")
    assert [a.name for a in article.authors] == ["Gwenllian Price-Jones"]
    assert [b.kind for b in article.blocks[-2:]] == ["signature", "signature"]
    assert article.publisher == "The Valley Clarion"


@pytest.mark.parametrize("headline", [
    "Bread & butter: the small bakeries keeping the main street open",
    "Floods & fires: a summer of alarms along the river valley",
])
def test_a_headline_holding_an_ampersand_is_no_masthead(headline: str) -> None:
    assert parse_text(_page("FOOD & DRINK", "", head=f"{headline}\n\nBy Ana Ruiz")).title == headline


def test_a_name_joined_by_an_ampersand_is_still_a_masthead() -> None:
    article = parse_text(_page("Food & Drink", ""))
    assert article.title == "Harbour depot to open in May after review"
    assert "Food & Drink" in article.dropped


@pytest.mark.parametrize("sentence, quoted", [
    ('The study, "Pioneer soils as a short-lived sink in forelands," appears this week in the journal.',
     "Pioneer soils as a short-lived sink in forelands,"),
    ("Your report on the cuts (“Night buses face the axe in budget shake-up”, October 9) quoted the minister.",
     "Night buses face the axe in budget shake-up"),
    ('For a decade, the slogan of the reform has been "serious illness stays in the county." Few agree.',
     "serious illness stays in the county."),
])
def test_a_title_or_slogan_is_told_by_where_it_stands(sentence: str, quoted: str) -> None:
    article = parse_text(f"Harbour depot to open in May after review\n\nBy Ana Ruiz\n\n{sentence}\n\n{BODY}")
    assert quoted not in [q.text for q in article.quotations]


def test_speech_after_a_comma_is_still_a_quotation() -> None:
    article = parse_text('Harbour depot to open in May after review\n\nBy Ana Ruiz\n\nThe mayor, speaking on Tuesday, '
                         'said, "We will open the depot in May, whatever the weather does."\n\n' + BODY)
    assert "We will open the depot in May, whatever the weather does." in [q.text for q in article.quotations]
