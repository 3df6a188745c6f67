"""Each reading rule on small invented texts: the parser must handle articles it has never seen."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.breaks import split_glued, split_glued_heading
from qtapp.article.chrome import is_chrome

ORDINARY = """Harbour cranes return to Lisbon

By Maria Santos | March 5, 2024

LISBON — The port authority reopened the northern quay on Tuesday after two years of works.

"We expect traffic to double by next spring," said Dr. João Pereira, a harbour engineer at the authority.

Shipping lines welcomed the news. Freight rates fell 2.1 percent.Some analysts were cautious.
"""


def kinds(text: str) -> list[str]:
    return [block.kind for block in parse_text(text).blocks]


def test_ordinary_article_title_byline_dateline_and_speaker() -> None:
    article = parse_text(ORDINARY)
    assert kinds(ORDINARY) == ["title", "byline", "dateline", "paragraph", "paragraph", "paragraph",
                               "paragraph"]
    assert article.title == "Harbour cranes return to Lisbon"
    assert article.date == "2024-03-05"
    [author] = article.authors
    assert (author.family, author.given, author.family_first) == ("Santos", "Maria", False)
    assert article.blocks[2].text == "LISBON —"
    [spoken] = [q for q in article.quotations if q.speaker]
    assert spoken.speaker == "João Pereira"
    assert spoken.text == "We expect traffic to double by next spring,"
    assert article.blocks[-1].text == "Some analysts were cautious."


@pytest.mark.parametrize("glued, pieces", [
    ("Prices rose in 2022.For years nothing moved.", ["Prices rose in 2022.", "For years nothing moved."]),
    ("It grew 2.1 percent.Some disagreed.", ["It grew 2.1 percent.", "Some disagreed."]),
    ("It was said by CGTN.Over time it changed.", ["It was said by CGTN.", "Over time it changed."]),
    ('He said "we must hold on in hard times."As a result, they did.',
     ['He said "we must hold on in hard times."', "As a result, they did."]),
    ('They stayed on the road."We will return," she said.',
     ["They stayed on the road.", '"We will return," she said.']),
    ("in hard times.”After that", ["in hard times.”", "After that"]),
    ("on the road.“We go", ["on the road.", "“We go"]),
    ("Why now?Because the rules changed.", ["Why now?", "Because the rules changed."]),
])
def test_lost_breaks_are_found(glued: str, pieces: list[str]) -> None:
    assert split_glued(glued) == pieces


@pytest.mark.parametrize("whole", [
    "Daily.Az reports that the U.S. economy grew 28.3 percent, or $41 billion.",
    "Sales of the iPhone and YouTube views at McDonald's rose.",
    "Mr.Smith and Dr.Jones met at 10.30 today.",
    '"Success comes to those who share.Triumph belongs to the bold," she said.',
])
def test_names_and_numbers_are_kept_whole(whole: str) -> None:
    assert split_glued(whole) == [whole]


def test_a_dotted_name_the_text_repeats_is_a_name() -> None:
    text = "Outlet.Today publishes this.\n\nIt was seen by Outlet.Today readers.\n\nOutlet.Today"
    assert [b.text for b in parse_text(text).blocks][0] == "Outlet.Today publishes this."


def test_glued_heading_is_split_but_brands_are_not() -> None:
    lead = "Trade in numbers: the decade after the treaty"
    rest = "Exporters have doubled their sales since the treaty came into force."
    assert split_glued_heading(f"{lead}{rest}") == (lead, rest)
    assert split_glued_heading(f"{lead} {rest}") is None  # nothing glued
    split = split_glued_heading("Trade in numbers and the decade after reformExporters have doubled "
                                "their sales since the treaty came into force.")
    assert split == ("Trade in numbers and the decade after reform",
                     "Exporters have doubled their sales since the treaty came into force.")
    assert split_glued_heading("Our PlayStation and YouTube channels grew fast this year. Indeed.") is None
    assert split_glued_heading("Fans of iPhone and McDonald's menus were surveyed this year. Yes.") is None
    # A long lead that reads like a sentence is not a heading.
    assert split_glued_heading("Mostly " * 30 + "wordsKazakhstan has grown. Again.") is None


def test_glued_heading_becomes_a_heading_block() -> None:
    text = ("Ports and people\n\nThe quay reopened on Tuesday after two years of works and delays."
            "The future of the harbourShipping lines have welcomed the decision of the port authority.")
    assert kinds(text) == ["title", "paragraph", "heading", "paragraph"]
    assert parse_text(text).blocks[2].text == "The future of the harbour"


@pytest.mark.parametrize("line", ["+ ↺ − 16 px", "A- A A+ 18px", "Share  Tweet  Email", "• • •",
                                  "Font size: 14 pt", "− 12 px +"])
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["2024", "Share the load", "Email from the minister",
                                  "A new era for trade", "News.Az"])
def test_content_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


NOTE_PHRASINGS = [
    ("Editor's note: Lena Fischer is a senior fellow at the Baltic Institute. The article reflects the "
     "author's opinions and not necessarily the views of Radio North.", "Lena Fischer",
     "a senior fellow at the Baltic Institute"),
    ("EDITOR'S NOTE: Omar Haddad, a special commentator on current affairs for Radio North, is a former "
     "diplomat. The views expressed are the author's own and do not necessarily reflect those of Radio "
     "North.", "Omar Haddad", "a special commentator on current affairs for Radio North, a former diplomat"),
    ("Editor’s note: The author is Chen Mingyu, a researcher at Fudan University. The piece reflects the "
     "writer's views and not necessarily those of Radio North.", "Chen Mingyu",
     "a researcher at Fudan University"),
]


@pytest.mark.parametrize("note, name, description", NOTE_PHRASINGS)
def test_editors_note_phrasings(note: str, name: str, description: str | None) -> None:
    body = "The harbour reopened on Tuesday after two long years of works and delays."
    article = parse_text(f"- 14 px +\n\n{note}\n\n{body}\n\nRadio North")
    assert [b.kind for b in article.blocks] == ["editors_note", "paragraph", "signature"]
    assert article.publisher == "Radio North"
    assert article.disclaimer and article.disclaimer.endswith("Radio North.")
    assert article.editors_note and "Editor" not in article.editors_note
    assert article.disclaimer not in article.editors_note
    [author] = article.authors
    assert author.name == name
    if description:
        assert author.description == description
    assert article.dropped == ["- 14 px +"]


def test_family_first_only_for_pinyin_names() -> None:
    article = parse_text("Editor's note: Zhang Wei, a professor of economics, writes on trade. The article "
                         "reflects the author's opinions and not necessarily the views of Outlet.\n\nBody "
                         "text of the article that goes on for a while.")
    [author] = article.authors
    assert (author.family, author.given, author.family_first) == ("Zhang", "Wei", True)
    western = parse_text("By Lee Smith\n\nBody text of the article that goes on for a while.")
    assert (western.authors[0].family, western.authors[0].family_first) == ("Smith", False)


def test_reprint_note_variants() -> None:
    text = ("Harbour Weekly, a trade magazine, has published an article titled “Cranes are back.” "
            "Port Daily reprints the article.\n\nThe cranes came back on a Tuesday, to everyone's relief.")
    article = parse_text(text)
    assert (article.title, article.publisher, article.reprinted_by) == \
        ("Cranes are back", "Harbour Weekly", "Port Daily")
    assert article.blocks[0].kind == "reprint_note"
    other = parse_text("The cranes came back on a Tuesday, to everyone's relief.\n\n"
                       "This article was originally published by The Harbour Weekly.")
    assert other.publisher == "The Harbour Weekly" and other.reprinted_by is None  # the name as the page writes it


def test_short_name_resolves_to_the_full_name_used_earlier() -> None:
    text = ("Prime Minister Anna Lindqvist visited the port on Monday and met the dock workers there.\n\n"
            "Lindqvist told the crowd, “We will build the new quay together, whatever it costs.”")
    [quotation] = parse_text(text).quotations
    assert quotation.speaker == "Anna Lindqvist"


@pytest.mark.parametrize("sentence", [
    "The so-called “green corridor” policy was announced on Monday by the ministry.",
    "Its “Open Ports” strategy won praise from traders and shippers across the region.",
    "The paper ran a story titled “Cranes are back” in its Sunday edition last week.",
    "Dockers working “hand in hand,” the union and the port signed the deal today.",
    "He said the “Open Ports” plan works well, and the crowd cheered loudly for him.",
])
def test_titles_policy_names_and_scare_quotes_are_not_quotations(sentence: str) -> None:
    assert parse_text(sentence).quotations == []


def test_pronoun_speaker_is_not_a_name() -> None:
    [quotation] = parse_text("“We will stay,” she said, and the port reopened the following day.").quotations
    assert quotation.speaker is None


def test_straight_quotes_pair_by_parity_and_curly_by_direction() -> None:
    article = parse_text('Workers said "yes" twice and "no" once, then “maybe” and “later.”')
    assert [q.text for q in article.quotations] == ["yes", "no", "maybe", "later."]
