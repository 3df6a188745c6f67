"""The block-kind and chrome rules set 9 shaped: a page's foot in new wordings (the site's podcast and
Google News asks, reuse terms, starred banners, comment forms and readers' comments, a blog's neighbours
and engine, a PDF's page counter and running header), desk sign-offs, live-blog entries, a letter's
salutation and writer, a fact box's fields. Each case is invented; the b8- corpus articles hold the same
shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.breaks import split_glued_heading
from qtapp.article.rules import blocks, furniture, notes


@pytest.mark.parametrize("line, rule_name", [
    ("Listen to our Marsh Minutes podcast", "chrome.call_to_action"),
    ("Follow the Ghana Herald on Google News", "chrome.call_to_action"),
    ("Seen a claim you want us to check? Write to the fact-check desk.", "chrome.call_to_action"),
    ("Use of BNA information is permitted only with a reference to the source.", "chrome.reuse_terms"),
    ("*** TEXT DISTRIBUTED UNDER THE SOLE RESPONSIBILITY OF THE SENDER ***", "chrome.starred_banner"),
    ("Leave a Reply Your email address will not be published.", "chrome.comment_form"),
    ("Add comment | Comments will be edited and published at the discretion of the editors.", "chrome.comment_form"),
    ("u/tern_spotter · 2 hr. ago: Lovely news", "chrome.reader_comment"),
    ("← Previous post: Frost on the sea wall", "chrome.post_navigation"),
    ("Proudly powered by WordPress", "chrome.post_navigation"),
    ("(©NTB)", "chrome.copyright"),
    ("Page 1 of 4", "chrome.page_header"),
    ("MWBA Newsletter · Spring 2025 · 2", "chrome.page_header"),
    ("VALLEY GROWERS CO-OPERATIVE · MEMBERS' BULLETIN · Issue 47", "chrome.page_header"),
    ("More reviews: Autumn's best debut novels | The year in translated fiction", "chrome.phrase"),
    ("Related news: Agave prices fall for a third year", "chrome.phrase"),
    ("Like Comment Repost Send", "chrome.widget"),
    ("Reply Share 47", "chrome.widget"),
])
def test_the_foot_of_the_page_in_new_wordings_is_furniture(line: str, rule_name: str) -> None:
    assert furniture.furniture(line) == rule_name


@pytest.mark.parametrize("line", [
    "2 de mayo de 2025",  # a Spanish date, its "de" no language code
    "Leave a comment on the draft plan by Friday, the council said.",
    "Write to the council, residents were told, before the end of the month.",
    "The archive's use of the information was criticised by the ombudsman.",
    "Page two of the report lists 14 sites.",
    "AFP Argentina · Published on 7 August 2025 at 18:20",
    "Follow the money, the auditor said.",
    "Previous posts on the council's site said the same.",
])
def test_sentences_and_date_lines_built_alike_are_not_furniture(line: str) -> None:
    assert furniture.furniture(line) is None


def test_a_comment_thread_under_sort_by_is_dropped_with_its_handles() -> None:
    article = parse_text("Tram line shelved as costs rise\n\nBy Ana Ruiz\n\n"
                         "The state government shelved the tram line on Tuesday after the cost estimate rose.\n\n"
                         "Sort by: Best\n\nu/gull_watch · 4 hr. ago: Nobody is surprised\n")
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph"]
    assert "u/gull_watch · 4 hr. ago: Nobody is surprised" in article.dropped


@pytest.mark.parametrize("line, rule_name", [
    ("(NAN)(www.nannews.example)", "credit.mark_and_desk"),
    ("(Petra) R.Q/ S.D", "credit.mark_and_desk"),
    ("OAA/CUU", "credit.agency_desk"),
])
def test_an_agencys_mark_and_its_desk_close_the_story(line: str, rule_name: str) -> None:
    assert notes.credit_rule(line) == (True, rule_name)
    assert not notes.is_caption(line)  # a desk's initials are no photographer's credit


def test_a_photographers_credit_in_capitals_is_still_a_caption() -> None:
    assert notes.caption_rule("LUO JIE/CHINA DAILY") == (True, "caption.capitals_credit")


WIRE = ("Kestrava — Lakeland News Agency\n\nLocal | Region | Economy\n\n"
        "Port opens a second grain berth early\n\nBy Tomasz Wielgosz\n\n"
        "The port opened its second grain berth on Wednesday, two months ahead of schedule.\n\n"
        "Farmers welcomed the opening, saying the queues had cost them a week every autumn.\n\n")


@pytest.mark.parametrize("closing, rule_name", [
    ("Kestrava", "block.sign_off signature.masthead_name"),
    ("iy", "block.sign_off signature.desk_letters"),
])
def test_the_sites_own_name_or_a_desks_letters_sign_the_page_off(closing: str, rule_name: str) -> None:
    article = parse_text(WIRE + closing + "\n\nTags: Port | Grain\n")
    last = len(article.blocks) - 1
    assert (article.blocks[last].kind, article.blocks[last].text) == ("signature", closing)
    assert " ".join(article.blocks.rules(last)) == rule_name


def test_a_name_the_masthead_does_not_give_is_no_sign_off() -> None:
    article = parse_text(WIRE + "Ostrava\n\nTags: Port | Grain\n")
    assert article.blocks[len(article.blocks) - 1].kind != "signature"


@pytest.mark.parametrize("line, heading", [
    ("9:42 p.m. — Governor: \"Do not drive into water\"", True),
    ("14:58 – Grid operator: most homes back by Thursday", True),
    ("9:42 p.m. — The governor said residents should leave before dark, and most did.", False),
    ("9:42 p.m.", False),
])
def test_a_live_blogs_entry_is_a_clock_a_dash_and_a_headline(line: str, heading: bool) -> None:
    assert blocks.is_entry_heading(line) is heading


def test_an_entry_right_under_key_events_closes_the_list() -> None:
    article = parse_text("Fog closes the airport again\n\nBy Ana Ruiz\n\nPublished January 9, 2025\n\n"
                         "Key events\n\n10:05 p.m. — Last flight diverted to the coast\n\n"
                         "The airline said the flight had landed at Millbrook and passengers went on by coach.\n")
    assert ("heading", "10:05 p.m. — Last flight diverted to the coast") in [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize("glued, lead", [
    ("8:20 p.m. — Crest now expected Sunday morningThe river is now expected to crest at 58 feet early Sunday.",
     "8:20 p.m. — Crest now expected Sunday morning"),
    ("About NordvattenNordvatten develops and manufactures heat pumps for industry and district heating.",
     "About Nordvatten"),
])
def test_a_glued_heading_with_a_clock_or_a_one_word_name_is_split_off(glued: str, lead: str) -> None:
    found = split_glued_heading(glued)
    assert found is not None and found[0] == lead


FACT_CHECK = ("No, the city is not fining drivers for idling\n\nBy Ana Ruiz\n\nPublished March 18, 2025\n\n"
              "Claim: Drivers who leave their engines running outside schools will be fined from April.\n\n"
              "Rating: FALSE\n\n"
              "Why we checked: A screenshot of a supposed council notice was shared thousands of times.\n")


def test_a_fact_boxs_labelled_fields_are_paragraphs_not_a_dateline_or_a_heading() -> None:
    article = parse_text(FACT_CHECK)
    assert [(b.kind, b.text.split(":")[0]) for b in article.blocks][3:] == [
        ("paragraph", "Claim"), ("paragraph", "Rating"), ("paragraph", "Why we checked")]


def test_a_town_alone_still_leads_the_first_paragraph() -> None:
    article = parse_text("Ferry fares rise in spring\n\nBy Ana Ruiz\n\n"
                         "Dubai: Passengers on the creek ferries will pay a dirham more from April, the RTA said.\n\n"
                         "The authority said the new fares would pay for two boats.\n")
    assert (article.blocks[2].kind, article.blocks[2].text) == ("dateline", "Dubai:")


LETTER = ("The ferry timetable forgets the island's children\n\nTuesday, 4 March 2025\n\nSir, –\n\n"
          "The new winter timetable moves the first sailing to 8.40am, after the school bell.\n\n"
          "We ask only that the 7.50am sailing be kept on school days.\n\nYours, etc,\n\n"
          "SÍLE MAC GIOLLA-DUFF, Secretary, Inish Ruadh Parents' Council.\n")


def test_a_letters_greeting_is_its_first_paragraph_and_its_writer_signs_with_her_role() -> None:
    article = parse_text(LETTER)
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert kinds[2] == ("paragraph", "Sir, –")  # the writer's words (tests/corpus/README.md, Conventions)
    assert kinds[-2:] == [("signature", "Yours, etc,"),
                          ("signature", "SÍLE MAC GIOLLA-DUFF, Secretary, Inish Ruadh Parents' Council.")]
    assert [(a.name, a.description) for a in article.authors] == [
        ("Síle Mac Giolla-Duff", "Secretary, Inish Ruadh Parents' Council")]


def test_a_line_after_yours_that_names_no_person_names_no_writer() -> None:
    article = parse_text(LETTER.replace("SÍLE MAC GIOLLA-DUFF, Secretary, Inish Ruadh Parents' Council.",
                                        "THE COUNCIL, which met on Monday, said nothing."))
    assert article.authors == []


def test_a_tagline_reads_a_name_with_an_apostrophe() -> None:
    found = notes.tagline("Eoin O'Neill-Brady is chief economist of Harbourline Advisory, a maritime consultancy.")
    assert found == [("Eoin O'Neill-Brady", "chief economist of Harbourline Advisory")]


@pytest.mark.parametrize("text, heading_like", [
    ("Lindqvist & Oduya Co. opens a seaweed-drying plant in Mombasa", True),
    ("Former estate manager denied bail in Rs. 240 mn fraud case", True),
    ("The plant opened. Farmers came from all over", False),
])
def test_an_abbreviations_stop_ends_no_sentence_in_a_headline(text: str, heading_like: bool) -> None:
    assert blocks.is_heading_like(text) is heading_like


def test_a_subheading_about_power_is_no_engine_credit() -> None:
    assert furniture.furniture("Powered by Hydrogen") is None
    assert furniture.furniture("Powered by WordPress") == "chrome.post_navigation"
