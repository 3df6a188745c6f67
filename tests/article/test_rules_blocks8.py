"""The block-kind and chrome rules set 9 shaped: a page's foot in new wordings (the site's podcast and
Google News asks, reuse terms, starred banners, comment forms and readers' comments, a blog's neighbours
and engine, a PDF's page counter and running header), desk sign-offs, live-blog entries, a letter's
salutation and writer, a fact box's fields. Each case is invented; the b8- corpus articles hold the same
shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import furniture


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
