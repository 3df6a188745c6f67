"""Furniture and headlines told apart by their shape, not their wording: the rules holdout set 3 shaped.

Each case is invented; the corpus articles named in the rules' commits hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import bylines, dates, furniture, notes
from qtapp.article.rules.lines import paragraphs


@pytest.mark.parametrize("line", [
    "Nation Economy Culture Opinion Interview Multimedia",
    "News Sport GAA Business Property Death Notices Jobs E-Paper",
    "Travel Food Craft Ideas The Print Edition Subscribe",
    "Қаз Рус Eng",
    "Global Edition ASIA 中文 双语 Français",
    "We value your privacy. We and our 143 partners use cookies to measure audiences. Accept all | Manage choices",
    "Get the Clarion Daily in your inbox — the day's top stories, every morning at 7am. Sign me up",
    "Leave a Reply — Your email address will not be published. Required fields are marked *",
    "4 thoughts on this post",
    "Filed under: Commuting, Leeds, Local politics Tagged: A65, consultation",
    "Story continues below",
    "Share Updated at 16.05 BST",
    "Ravenna Courier website contains only a portion of the stories offered to subscribers.",
])
def test_furniture_by_its_shape(line: str) -> None:
    assert furniture.furniture(line), line


@pytest.mark.parametrize("line", [
    "Councillors back greenway extension despite objections",  # a headline has a verb and function words
    "Asia News Network",  # an outlet, three words: too short for a menu
    "Business leaders warn of a slow economy",
    "The regulator said users must be able to reject cookies and manage their choices.",  # news, not a banner
    '"We will not accept all of it," the minister said of the cookie rules.',
    "World Bank cuts growth forecast for Central Asia",
])
def test_content_is_not_furniture(line: str) -> None:
    assert not furniture.furniture(line), line


def test_the_headline_is_the_line_nearest_the_byline_not_the_first() -> None:
    text = ("Two Wheels North\n\nnotes from a cycle commuter\n\nHome About Routes Contact\n\n"
            "I went to the drop-in session so you don't have to\n\n"
            "Posted on November 11, 2024 by Tomasz Wiśniewski\n\n"
            "Tuesday evening, a church hall off Kirkstall Road, forty folding chairs and one map.\n")
    article = parse_text(text)
    assert article.title == "I went to the drop-in session so you don't have to"
    assert [a.name for a in article.authors] == ["Tomasz Wiśniewski"]
    assert article.date == "2024-11-11"
    assert "Two Wheels North" in article.dropped


@pytest.mark.parametrize("line, names, publisher", [
    ("Claire DUBOIS-MARTEL with Yannick OYELARAN in Valence", ["Claire Dubois-Martel", "Yannick Oyelaran"], None),
    ("Jonas Brückner and Lena Hofstetter, dpa", ["Jonas Brückner", "Lena Hofstetter"], "dpa"),
    ("Rhys Llewellyn-Jones (now) and Aisling Brennan (earlier)", ["Rhys Llewellyn-Jones", "Aisling Brennan"], None),
])
def test_new_byline_shapes(line: str, names: list[str], publisher: str | None) -> None:
    found = bylines.parse_byline(line, under_headline=True)
    assert found and found[0].names == names and found[0].publisher == publisher


def test_story_by_takes_a_desk_as_a_role_not_a_person() -> None:
    found = bylines.parse_byline("Story by Hamza Qureshi, University Communications")
    assert found and found[0].names == ["Hamza Qureshi"]


def test_date_lines_with_an_outlet_and_tags() -> None:
    found = dates.date_line("KYODO NEWS - Jan 21, 2025 - 18:05 | All, Japan")
    assert found and found.date == "2025-01-21" and found.publisher == "Kyodo News"
    assert dates.date_line("Publication date: 5 June 2025 14:20").date == "2025-06-05"  # type: ignore[union-attr]
    issue = dates.date_line("From the April 2025 issue")
    assert issue is not None and issue.date is None  # a month and year give no date


def test_town_datelines_marked_by_their_agency() -> None:
    found = dates.dateline("Berlin (dpa) - Trams stood still on Thursday.")
    assert found and found.text == "Berlin (dpa) -" and found.agency == "dpa"
    assert dates.dateline("Berlin (Bloomberg Mayor) - no") is None  # only an agency's mark makes it one


@pytest.mark.parametrize("note, publisher, reprinter", [
    ("CGTN, China's international broadcaster, carried the opinion piece below on its website. "
     "AzerNews publishes it in full.", "CGTN", "AzerNews"),
    ("This article was originally published by High Plains Courier, a nonprofit newsroom, and is "
     "republished by Great Plains Digest with permission.", "High Plains Courier", "Great Plains Digest"),
    ("The following article was published today by Atlantic Commerce Weekly and is reproduced here "
     "with the permission of the publisher.", "Atlantic Commerce Weekly", None),
])
def test_reprint_notes_in_new_wordings(note: str, publisher: str, reprinter: str | None) -> None:
    found = notes.reprint_note(note)
    assert found and found.publisher == publisher and found.reprinted_by == reprinter


def test_disclaimer_without_necessarily() -> None:
    found = notes.find_disclaimer("In this piece he argues for ports. Opinions expressed here are the "
                                  "writer's own and do not represent CGTN's position.")
    assert found == ("Opinions expressed here are the writer's own and do not represent CGTN's position.", "CGTN")


def test_numbered_items_are_never_one_wrapped_line() -> None:
    text = ("1. Gardai appeal for witnesses after an Athlone break-in last weekend\n"
            "2. Famous Mullingar chipper to close after 62 years")
    assert paragraphs(text, lambda line: False) == text.split("\n")


def test_wrapped_furniture_is_rejoined_but_a_headline_under_it_is_not() -> None:
    wrapped = ("Media contact: University Communications, press@kestrelbay.example, +44\n1632 960 412")
    assert paragraphs(wrapped, lambda line: bool(furniture.furniture(line)),
                      lambda line: bool(furniture.furniture(line))) == [wrapped.replace("\n", " ")]
    banner = ("We use cookies to improve your experience. Accept | Manage preferences\n"
              "Crews gain ground on Oregon wildfire as evacuees told to wait")
    assert len(paragraphs(banner, lambda line: bool(furniture.furniture(line)),
                          lambda line: bool(furniture.furniture(line)))) == 2


def test_reprint_rules_guarded_by_words_find_what_their_patterns_find() -> None:
    """A note that must name "the article" is looked for only in a line holding a word for one (a fast
    guard): on every line of the corpus and on each rule's own example, the guarded rule answers what
    its pattern alone does."""
    from pathlib import Path

    guarded = {notes.published_titled: [notes._PUBLISHED_TITLED],
               notes.published_by_author: [notes._PUBLISHED_BY_AUTHOR],
               notes.appears_on: [notes._APPEARS_ON], notes.carried_from_wire: [notes._CARRIED_FROM_WIRE],
               notes.first_carried: [notes._FIRST_CARRIED], notes.carried_below: [notes._CARRIED_BELOW],
               notes.carried_by: [notes._CARRIED_BY], notes.carries_from: [notes._CARRIES_FROM, notes._CARRIES_THIS]}
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    lines = [line.strip() for path in sorted(corpus.glob("*/*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    examples = [rule.example.strip("'") for rule in guarded]
    found = 0
    for check, patterns in guarded.items():
        for line in lines + examples:
            match = next((m for m in (p.match(line) for p in patterns) if m), None)
            assert check.check(line) == (notes._note(match) if match else None), (check.name, line)
            found += match is not None
    assert found >= 6  # notes of these shapes were among the lines, not only lines without one
