"""Set 14's furniture mechanisms: a share bar labelled in words, the page telling its reader how to use its
controls, and the site's card about the writer repeated after the story. Each case is invented; the b16-
corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import furniture

BODY = [
    "The county council said on Friday that the river footbridge at Emsworth Mill would close for six weeks "
    "from March while its timber deck is replaced and the handrails are raised to the new standard height.",
    '"We know the detour is long, and we have asked the contractor to work weekends," engineer Ola Brandt said.',
]


@pytest.mark.parametrize("line", [
    "Share this article: Facebook Twitter LinkedIn",
    "Like this story? Share it! Facebook | X | Email",
    "Share this post whatsapp telegram email",
    "Print Share Back to list",
    "Share article Print Republish this article",
])
def test_share_bar_with_its_label(line):
    assert furniture.share_bar.check(line) is True


@pytest.mark.parametrize("line", [
    "She shared the video on Facebook and Twitter before it was taken down.",
    "Share prices fell on Monday",
    "Print and email ballots will be counted first",  # the buttons' words, but the sentence's other words
    'He wrote "Share this on Facebook" under every post',
])
def test_a_sentence_naming_networks_is_no_share_bar(line):
    assert furniture.share_bar.check(line) is None


@pytest.mark.parametrize("line", [
    "You must be logged in to post a comment.",
    "Your comment will be published after review.",
    "If you spot a mistake, select it and press Ctrl+Enter.",
    "Click to read the article in Estonian",
])
def test_page_instruction(line):
    assert furniture.page_instruction.check(line) is True


@pytest.mark.parametrize("line", [
    "Your comments shaped the plan, the mayor told residents.",
    "You can comment on the proposals until 3 March. The council will publish a summary in April.",
    "Residents can comment on the plans online.",
    "You will need a ticket to ride the new line.",
])
def test_the_story_speaking_of_comments_is_kept(line):
    assert furniture.page_instruction.check(line) is None


def _kinds(page: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    article = parse_text("\n\n".join(page))
    return [(block.kind, block.text) for block in article.blocks], list(article.dropped)


def test_author_card_after_the_story_is_chrome():
    card = ["Mira Voss", "Reporter", "Mira covers transport and the county council.", "Read full biography"]
    blocks, dropped = _kinds(["Footbridge at Emsworth Mill to close for six weeks", "By Mira Voss", *BODY, *card])
    assert all(line in dropped for line in card)
    assert [kind for kind, _text in blocks] == ["title", "byline", "paragraph", "paragraph"]


def test_author_name_alone_after_the_story_is_not_a_card():
    blocks, dropped = _kinds(["Footbridge at Emsworth Mill to close for six weeks", "By Mira Voss", *BODY,
                              "Mira Voss"])
    assert "Mira Voss" not in dropped


def test_a_tagline_under_a_different_name_stays():
    tagline = "Ola Brandt is an engineer at the county council."
    blocks, dropped = _kinds(["Footbridge at Emsworth Mill to close for six weeks", "By Mira Voss", *BODY,
                              "Ola Brandt", tagline])
    assert tagline not in dropped


@pytest.mark.parametrize("line", [
    "This article is part of Ledger Europe’s Pro Energy service.",
    "This article is part of our work checking claims about local councils.",
    "This archived news story is available only for your personal, non-commercial use.",
])
def test_the_site_about_its_own_piece(line):
    assert furniture.own_piece.check(line) is True


@pytest.mark.parametrize("line", [
    "This bridge is part of the old Hanseatic trade route.",
    "This story is part of a longer history of floods in the valley, she said.",
    'This article is part of "a campaign", the minister said.',
])
def test_other_things_that_are_part_of_something_stay(line):
    assert furniture.own_piece.check(line) is None


def test_a_question_to_the_reader_then_a_call_is_the_page_asking():
    from qtapp.article.rules.blocks import calls_reader

    assert calls_reader("Want to respond? Submit a letter to the editor.")
    assert calls_reader("Seen a claim we should check? Submit it here.")
    assert not calls_reader("Why did the council wait? Submit the minutes and the answer is plain.")


def test_picture_by_credits_a_caption():
    from qtapp.article.rules import notes

    assert notes.is_caption("Divers check the hull on Monday. Picture by Ana Ruiz")
    assert notes.is_caption("CLEARED: A truck crosses the bridge. Pictures by Jo Roe.")
    assert not notes.is_caption("The picture by the door was painted by her grandfather in 1931.")


@pytest.mark.parametrize("line, expected", [
    ("@harbourgazette", True), ("@ana_ruiz.news", True), ("@ 5pm", None), ("Email: desk@gazette.example", None),
])
def test_bare_handle(line, expected):
    assert furniture.bare_handle.check(line) is expected


def test_outlet_in_brackets_signs_off():
    from qtapp.article.rules import notes

    assert notes.sign_off_rule("(Sarajevo Times)") == ("Sarajevo Times", "signature.outlet_name")
    assert notes.sign_off_rule("(Reuters) (AP)") is None  # two marks: not one outlet's name


@pytest.mark.parametrize("line, expected", [
    ("Estimated read time: 3-4 minutes", True),
    ("🔊 Listen to this article ⏱ 4 min read", True),
    ("Jo Roe | 3 min read", None),  # a byline with the widget glued on
    ("March 5, 2025 | 4 min read", None),  # a date line with it
    ("The walk takes 20 minutes. Read the map first.", None),
])
def test_read_time_widget(line, expected):
    assert furniture.read_time.check(line) is expected
