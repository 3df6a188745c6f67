"""Set 13's block mechanisms: a page copied one line per block with no blank line between blocks reads as
the same page with blank lines does, while text hard-wrapped for reading keeps its wrapped lines joined.
Each case is invented; the oneline- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import textwrap

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import furniture, leads, lines

FIRST = ("Pilots who guide cargo ships into the harbour stopped taking night shifts on Thursday, saying the"
         " authority had left eleven posts empty for over a year and asked crews to work back-to-back tides.")
SECOND = ("The authority said six container vessels and two tankers were waiting at anchor off the breakwater,"
          " and that it had asked two neighbouring ports to lend it pilots until talks next week end the row.")
THIRD = "Shipping agents said the delays were already costing their clients money."
PAGE = ["Harbour pilots refuse night shifts over staffing", "By Moira Haldane", FIRST, SECOND, THIRD]


def read(text: str) -> list[str]:
    return lines.paragraphs(text, lambda line: line.startswith("By "))


def test_one_line_per_block_reads_as_blank_lines_do():
    assert abs(len(FIRST) - len(SECOND)) < 8  # the second paragraph is as long as the longest line
    assert read("\n".join(PAGE)) == read("\n\n".join(PAGE)) == PAGE


def test_whole_page_one_line_per_block():
    as_blank = [(b.kind, b.text) for b in parse_text("\n\n".join(PAGE)).blocks]
    assert [(b.kind, b.text) for b in parse_text("\n".join(PAGE)).blocks] == as_blank
    assert [text for kind, text in as_blank if kind == "paragraph"] == [FIRST, SECOND, THIRD]


def test_text_wrapped_at_a_wide_width_is_still_joined():
    wrapped = textwrap.fill(FIRST + " " + SECOND, 100)
    assert len(wrapped.split("\n")) >= 3
    assert read(wrapped) == [FIRST + " " + SECOND]


def test_text_wrapped_for_reading_is_still_joined():
    text = textwrap.fill(FIRST, 72) + "\n\n" + textwrap.fill(SECOND, 72)
    assert read(text) == [FIRST, SECOND]


def test_lines_of_every_length_are_no_wrap():
    assert not lines._wrapped_wide([FIRST, "By Moira Haldane", SECOND, THIRD], len(FIRST))
    assert lines._wrapped_wide(textwrap.fill(FIRST + " " + SECOND, 100).split("\n"), 100)


@pytest.mark.parametrize("line", [
    "Stay tuned to Coast FM Sport for more netball news.",
    "Catch all the Farming News and Updates on Valley Gazette.",
    "Never miss a story! Follow The Harbour Courier on WhatsApp for breaking news.",
    "Support us: the Courier is an independent charity. Donate today.",
    "Help us keep the record straight. Donate now.",
    "Thank you for donating to the Harbour Courier.",
    "To comment, subscribe to the Harbour Courier.",
    "To read the full story, subscribe today.",
])
def test_the_site_asking_its_reader_is_chrome(line):
    assert furniture.furniture(line) == "chrome.own_channel"


@pytest.mark.parametrize("line", [
    "The issuer is solely responsible for the content of this announcement.",
    "Hashtag: #HarbourFoods",
    "Hashtags: #HarbourFoods #ColdChain",
])
def test_release_furniture_is_chrome(line):
    assert furniture.release_terms.check(line)


@pytest.mark.parametrize("line", [
    "Latest Headlines", "Advertising", "Media files", "Start the conversation",
    "Related story: Island shop reopens after storm damage", "Related releases: Harbour Foods hires 40",
    "Creative Commons Attribution 4.0. Some rights reserved.", "By signing up you agree to our Privacy Policy.",
])
def test_box_labels_and_notices_are_chrome(line):
    assert furniture.furniture(line)


@pytest.mark.parametrize("line", [
    "The villagers said they had nothing left to give.",
    "Residents were told to follow police on Facebook for updates.",
    '"Stay tuned to the radio for evacuation orders," the mayor said.',
    "The charity asked people who could not donate to volunteer instead.",
    "The company is solely responsible for the cost of the clean-up, the court ruled.",
    "To comment, the minister said, would be premature.",
])
def test_news_sentences_are_no_furniture(line):
    assert furniture.furniture(line) is None


def test_latest_headlines_list_is_dropped():
    page = "\n\n".join(PAGE + ["Latest Headlines", "Bypass works close the mill road for a week",
                               "Valley choir wins the regional cup"])
    texts = [b.text for b in parse_text(page).blocks]
    assert THIRD in texts and "Valley choir wins the regional cup" not in texts


@pytest.mark.parametrize("lead, text", [
    ("SINGAPORE - ", "Harbourline Newswire - 14 May 2025 - "),
    ("TOKYO, Jun 2, 2025 - ", "(Harbourline Newswire) - "),
    ("OSLO - ", "Harbourline Newswire - "),
])
def test_a_press_wire_between_dashes_belongs_to_the_dateline(lead, text):
    paragraph = lead + text + "Nordkyst Ferries AS today ordered two electric boats for the fjord crossing at Bergen."
    blocks = parse_text("Nordkyst Ferries orders two electric boats\n\n" + paragraph).blocks
    assert [(b.kind, b.text) for b in blocks[1:3]] == [
        ("dateline", (lead + text).strip()),
        ("paragraph", "Nordkyst Ferries AS today ordered two electric boats for the fjord crossing at Bergen.")]


def test_a_date_after_the_place_still_ends_the_lead():
    read = leads.with_date_after("LAUTOKA, Fiji – 21 January 2025 – Ocean freight rose.",
                                 leads.Dateline("LAUTOKA, Fiji –", None, None, False))
    assert read.text == "LAUTOKA, Fiji – 21 January 2025 –" and read.date == "2025-01-21"


@pytest.mark.parametrize("line", [
    "Facebook Line WeChat Copy link", "Republish our stories for free", "Members, please sign in to comment.",
])
def test_share_bars_and_site_offers_are_chrome(line):
    assert furniture.furniture(line)


@pytest.mark.parametrize("line", ["Line", "She said she would not sign in protest.", "Republish or perish, he said."])
def test_words_of_a_story_are_kept(line):
    assert furniture.furniture(line) is None


def test_a_menu_broken_after_its_separator_is_one_line():
    menu = "News | Valley | Sport | Business | Opinion | Farming | Weather | Jobs | Notices | Letters"
    text = textwrap.fill(menu, 72) + "\nHarbour pilots refuse night shifts\n\n" + FIRST
    assert read(text)[0] == menu
    assert read("News | Sport |\nColumnists")[:1] == ["News | Sport |"]  # too short to have been wrapped
