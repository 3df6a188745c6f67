"""The chrome mechanisms set 11 showed missing, each a closed class or a structure rather than a wording:
the page telling its reader its own state, the site's buttons asking in the imperative, an address that
makes a notice speak to the reader, reuse terms in the passive, a blog engine's labels, pager and credit,
a wire desk's initials after the agency's code, and the joiner keeping a list's headlines and a copyright
line apart. Each case is invented; the b10- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.parser import _stands_alone
from qtapp.article.rules import furniture, lines, notes


@pytest.mark.parametrize("line, rule_name", [
    ("Reader comments are closed for this article.", "chrome.page_state"),
    ("Comments on this story are closed.", "chrome.page_state"),
    ("Commenting has been switched off. Learn more", "chrome.page_state"),
    ("This live page is being updated. Refresh for the latest.", "chrome.page_state"),
    ("Auto-refresh OFF", "chrome.page_state"),
    ("LIVE ● Auto-refresh on", "chrome.page_state"),
    ("Buy the print edition | Shop our 2026 calendar", "chrome.ask_bar"),
    ("Was this explainer useful? Yes | No", "chrome.ask_bar"),
    ("Letters may be trimmed for length. Write to letters@ledger.example", "chrome.site_notice"),
    ("Good reporting costs money. Support the Harbour Ledger for the price of a coffee.", "chrome.call_to_action"),
    ("Norvald Press content may not be republished without written permission.", "chrome.reuse_terms"),
    ("Norvald Press Ltd. All rights reserved. No redistribution without written consent.", "chrome.reuse_terms"),
    ("Labels: avocets, Fenmoor, tide counts", "chrome.phrase"),
    ("Read next: The ferrymen who keep the winter timetable", "chrome.phrase"),
    ("Newer Post Older Post Home", "chrome.post_navigation"),
    ("Published with Ghost", "chrome.post_navigation"),
    ("Built with Hugo", "chrome.post_navigation"),
    ("NPA/tk-rw", "chrome.wire_marks"),
    ("XNA/ab/cd", "chrome.wire_marks"),
])
def test_the_page_speaking_of_itself_is_furniture(line: str, rule_name: str) -> None:
    assert furniture.furniture(line) == rule_name


@pytest.mark.parametrize("line", [
    "The comments were closed to the public, the court heard.",  # no page's state: a hearing's
    "Published by the Ministry of Fisheries",  # a publisher named, not a blog engine
    "Buy local, the mayor told the market traders | Shop owners agreed",  # a sentence's clause
    "The union urged its members to support the strike.",
    "Support for the plan fell to 41 per cent.",
    "Home Office officials met on Tuesday",
    "The data may not be copied to servers abroad, the regulator ruled.",  # no site's content
    "TWH/ALB",  # a desk's initials in capitals sign the story (the sign-off rules read them)
    "Did the council listen? Residents say no.",
])
def test_news_built_like_the_new_furniture_is_not_furniture(line: str) -> None:
    assert furniture.furniture(line) is None


def test_a_menu_bar_with_an_ask_stays_a_menu() -> None:
    # "Listen Live ▶ | Donate" is navigation: the headline search reads menus apart from furniture
    assert furniture.navigation.check("Listen Live ▶ | Donate")
    assert furniture.furniture("Listen Live ▶ | Donate") is None


def _paragraphs(text: str) -> list[str]:
    return lines.paragraphs(text, _stands_alone, lambda line: bool(furniture.furniture(line)), notes.is_caption)


def test_a_copyright_line_under_a_long_headline_is_not_its_wrapped_tail() -> None:
    chunk = ("Related Posts\nPepper growers in the hill districts turn to drip irrigation at last\n"
             "© 2025 Lakeside Mail. All rights reserved.")
    assert _paragraphs(chunk)[-1] == "© 2025 Lakeside Mail. All rights reserved."


def test_a_contact_line_wrapped_before_its_address_is_still_joined() -> None:
    chunk = ("Dates for the diary are on the back page, as ever, and the AGM is in June\n\n"
             "Harbour Ledger Ltd · 2 Quay Street, Portnacroish, Argyll PA38 4BQ ·\nnews@harbourledger.example")
    assert _paragraphs(chunk)[-1] == "Harbour Ledger Ltd · 2 Quay Street, Portnacroish, Argyll PA38 4BQ · " \
                                     "news@harbourledger.example"


def test_under_a_list_label_each_capitalised_line_is_a_headline() -> None:
    chunk = ("Read also\nPier repairs at Portnacroish: what changes for the morning school run\n"
             "Should island fares be frozen for another year?\nHarbour dues rise for visiting yachts")
    assert _paragraphs(chunk) == chunk.split("\n")


def test_a_wrapped_paragraph_under_a_list_label_still_joins_its_lowercase_tail() -> None:
    chunk = ("Read also\nPier repairs at Portnacroish are to begin in June, the council said, with\n"
             "the morning school run moved to the old slipway.")
    assert len(_paragraphs(chunk)) == 2


def test_a_letters_page_notice_and_the_fundraising_ask_leave_the_letter() -> None:
    article = parse_text(
        "The harbour wall needs mending before winter\n\nBy Morag Lindsay\n\n"
        "The council has known for three years that the harbour wall is crumbling at its seaward end.\n\n"
        "Every storm takes more of it, and the fishermen who moor there are running out of patience.\n\n"
        "Letters may be trimmed for length. Write to letters@ledger.example\n\n"
        "Good reporting costs money. Support the Harbour Ledger for the price of a coffee.\n")
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]
    assert "Letters may be trimmed for length. Write to letters@ledger.example" in article.dropped


@pytest.mark.parametrize("line", [
    "The debris slope above the village, photographed in August. Fjordlight / Ingrid Solheim-Bakke",
    "A winger celebrates a third-quarter basket. © FSBB / Pape Sarr",
    "Students with their finished slates on the pier. (Rhona Kerr-Lindqvist)",
    "Washington “Tito” Píriz tightens the skin on a drum. (Diego Ferreira)",  # a nickname is no quotation
])
def test_a_photos_sentence_and_an_unlabelled_credit_is_a_caption(line: str) -> None:
    assert notes.caption_rule(line) == (True, "caption.unlabelled_credit")


@pytest.mark.parametrize("line", [
    "The council met on Monday. It voted 12 to 3 to close the depot. (Morag Lindsay)",  # several sentences
    "The storm reached the coast on Friday night. (Associated Press)",  # an outlet signs the story
    "“We will not give up this fight,” she said. (Diego Ferreira)",  # someone's words
    "Turnout was 41 per cent, against 38 / 40 in the last two polls.",
    "The ministry said the plan was final (Tuesday's statement).",
])
def test_prose_ending_on_a_name_or_a_slash_is_no_caption(line: str) -> None:
    assert notes.caption_rule(line) is None


def test_an_unlabelled_caption_in_the_body_is_never_the_authors_words() -> None:
    article = parse_text(
        "The last slate splitters keep an island trade alive\n\nBy Catriona Blackwood\n\n"
        "Alasdair MacPhail sets a block of slate on his knee and taps a chisel into its edge.\n\n"
        "Alasdair MacPhail splits a block outside his workshop. Fjordlight / Ingrid Solheim-Bakke\n\n"
        "He is one of three people left on the island who can still split roofing slate by hand.\n")
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "caption", "paragraph"]


def test_a_question_to_the_reader_then_where_to_write_is_the_sites_ask() -> None:
    assert furniture.furniture("Seen a claim you want us to check? Write to verify@ledgercheck.example") \
        == "chrome.call_to_action"
    assert furniture.furniture("Who decides? Email the minister at minister@gov.example") is None


def test_a_short_line_broken_before_a_long_address_is_rejoined_at_the_pages_width() -> None:
    page = ("The council's minutes for the past six months record no such decision,\n"
            "and its convener said the claim was false.\n\n"
            "Letters may be shortened. Write to\nletters-desk@tidewatercourier.example.co.uk")
    assert _paragraphs(page)[-1] == "Letters may be shortened. Write to letters-desk@tidewatercourier.example.co.uk"


def test_short_lines_of_an_unwrapped_page_keep_their_breaks() -> None:
    page = ("A paragraph written on one long line, as a page copied from a browser gives it, well past any "
            "reading width.\n\nLetters may be shortened. Write to\nletters-desk@tidewatercourier.example.co.uk")
    assert _paragraphs(page)[-2:] == ["Letters may be shortened. Write to",
                                      "letters-desk@tidewatercourier.example.co.uk"]
