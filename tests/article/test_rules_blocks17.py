"""Set 17's bare furniture lines: a donation button, a loading placeholder, the comment form's 'Add new comment'
link, a view counter with its label first and a reading time worded 'Time to read'. Each case is invented; the
b17- corpus article holds the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article.rules import furniture


@pytest.mark.parametrize("line", [
    "Make a donation",
    "Loading...",
    "Add new comment",
    "Views: 2 318",
    "Reads: 14k",
    "Time to read 4 min.",
])
def test_bare_furniture_lines(line):
    assert furniture.furniture(line) is not None


@pytest.mark.parametrize("line", [
    "She urged residents to make a donation to the food bank before Christmas.",
    "Loading the ferry took four hours because the ramp had jammed.",
    "Add new comments to the consultation by Friday, the council said, and it will publish them all.",
    "Views: the council's plan is too timid, say residents",
    "Time to read the small print, the regulator told lenders on Monday.",
])
def test_sentences_with_those_words_are_kept(line):
    assert furniture.furniture(line) is None


@pytest.mark.parametrize("line", [
    "Topic: Infrastructure",
    "Topic: Local Government",
    "Link: https://news.example/english/123456/",
    "This post is for paid subscribers",
    "This article is for subscribers only.",
])
def test_topic_label_self_link_and_paywall_notice(line):
    assert furniture.furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Topic: the council's budget. Members argued for two hours before the vote.",
    "Link: the missing piece, said the engineer, was a second pump at the weir.",
    "This post is for paid subscribers who asked about the pension change, the editor wrote.",
])
def test_sentences_after_those_labels_are_kept(line):
    assert furniture.furniture(line) is None


@pytest.mark.parametrize("line", [
    "Skip next section Related topics",
    "Skip previous section",
    "Popular Stories",
    "Articles in this story",
])
def test_box_labels_and_skip_links(line):
    assert furniture.furniture(line) is not None


@pytest.mark.parametrize("line", [
    "Popular stories about the mayor spread quickly on Monday.",
    "Skipping the next section of the motorway saves ten minutes, drivers said.",
])
def test_sentences_with_box_words_are_kept(line):
    assert furniture.furniture(line) is None


@pytest.mark.parametrize("line", [
    "The Corio Bay Courier acknowledges Aboriginal and Torres Strait Islander peoples as the Traditional Custodians "
    "of the lands where we live and work.",
    "We acknowledge the Traditional Owners of the land on which we work.",
])
def test_acknowledgement_of_country(line):
    assert furniture.furniture(line) is not None


@pytest.mark.parametrize("line", [
    "The council acknowledges Aboriginal groups were not consulted before the dam was approved, its report says.",
    '"We acknowledge the Traditional Owners," the minister said as she opened the bridge.',
])
def test_a_story_about_acknowledgement_is_kept(line):
    assert furniture.furniture(line) is None
