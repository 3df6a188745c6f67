"""Issue 12's fresh-set shapes: the site's promo buttons inside the story, a republication licence, a
readers' comment thread, a translator's credit and an unlabelled update note. Each case is invented; the
corpus articles chrome-promo-boxes-in-story-ferry-fares, reprint-creative-commons-republished-peat-bogs,
blog-wordpress-comment-thread-orchard-frost and translated-story-update-note-credit-line hold them in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import furniture, notes

HEAD = "Harbour toll to rise for the first time in a decade\n\nBy Ana Ruiz | March 3, 2025\n\n"
LEAD = ("The harbour board voted on Monday to raise the toll for private boats by a fifth from April, "
        "its first rise in ten years, after repairs to the breakwater ran over budget.\n\n")
MORE = "Boat owners said they would ask the board to phase the rise in over two years instead of one.\n\n"


@pytest.mark.parametrize("line", ["Become a member", "Download our app", "Join us today!", "Support our journalism",
                                  "Become a subscriber today", "Get our free app", "Subscribe to our newsletter"])
def test_a_promo_button_names_the_site_as_what_it_asks_for(line: str) -> None:
    assert furniture.site_ask.check(line)
    article = parse_text(HEAD + LEAD + line + "\n\n" + MORE)
    assert line in article.dropped
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]


@pytest.mark.parametrize("line", [
    "Join our readers' panel",  # may be the story's subheading: the foot alone reads it by form
    "Become a member of the harbour board",  # the story's, not the site's
    "Support for the plan",
    "Join the club.",
    "Your support keeps us going. Become a subscriber.",  # a notice, read whole by the notice rules
])
def test_a_line_that_asks_for_something_else_is_no_promo_button(line: str) -> None:
    assert not furniture.site_ask.check(line)


def test_a_creative_commons_note_names_the_first_publisher_and_the_logo_the_reprinter() -> None:
    note = ("This article is republished from The Conversation under a Creative Commons license. "
            "Read the original article.")
    found = notes.republished_under_licence.check(note)
    assert found and found.publisher == "The Conversation" and found.reprinted_by is None
    article = parse_text("Moorland Monitor\nHome | Environment | Science\n\n" + HEAD + LEAD + note + "\n")
    assert (article.publisher, article.reprinted_by) == ("The Conversation", "Moorland Monitor")
    assert article.blocks[-1].kind == "reprint_note"


THREAD = ("3 thoughts on “Harbour toll to rise for the first time in a decade”\n\nPeter Lindqvist\n\n"
          "March 3, 2025 at 9:12 am\n\nThe board has been sitting on that breakwater report for a year and "
          "a half, and now the owners pay for it.\n\nReply\n\nAoife M. says: March 4, 2025 at 7:40 pm\n\n"
          "Thanks for covering this.\n\nReply\n\nLeave a Reply\n")


def test_a_comment_thread_is_the_readers_to_the_page_end() -> None:
    article = parse_text(HEAD + LEAD + MORE + THREAD)
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]
    assert "Peter Lindqvist" in article.dropped and "Thanks for covering this." in article.dropped
    assert {why[0] for why in article.dropped_by[article.dropped.index(THREAD.split("\n")[0]):]} == {
        "block.comment_thread"}


def test_a_bare_count_opens_a_thread_only_over_a_commenter() -> None:
    counted = parse_text(HEAD + LEAD + "12 Comments\n\nHelen R. says: March 3, 2025 at 8:14 pm\n\n"
                         "Fair enough, but the fee was overdue for a rise.\n")
    assert [b.kind for b in counted.blocks] == ["title", "byline", "paragraph"]
    widget = parse_text(HEAD + LEAD + "12 Comments\n\n" + MORE)
    assert widget.blocks[-1].kind == "paragraph" and widget.blocks[-1].text == MORE.strip()


@pytest.mark.parametrize("line", ["Translated from the Spanish by Iñigo Barrenechea-Holt.",
                                  "Translated by Tep Sovann. Edited by Malcolm Forde.",
                                  "(Translated by Tomás Rieder)"])
def test_a_translators_credit_closing_the_story_is_a_sign_off(line: str) -> None:
    article = parse_text(HEAD + LEAD + line + "\n")
    assert article.blocks[-1].kind == "signature"
    assert [a.name for a in article.authors] == ["Ana Ruiz"]


def test_a_book_reviews_details_line_naming_its_translator_is_no_credit() -> None:
    assert not notes.translated_by.check("THE LAST FERRY. By Keiko Arakawa. Translated by David Morland. "
                                         "Harbor Lantern Press, 312pp")


@pytest.mark.parametrize("line", ["This story has been updated to correct the number of boats affected.",
                                  "An earlier version of this article gave the wrong date for the vote. "
                                  "The vote was on Monday."])
def test_an_unlabelled_update_note_is_the_editors_note(line: str) -> None:
    article = parse_text(HEAD + line + "\n\n" + LEAD)
    assert article.blocks[2].kind == "editors_note"
    assert article.editors_note == line


@pytest.mark.parametrize("line", ["This story was updated on 4 May at 10:20.",
                                  "The report was updated with new figures, the ministry said on Monday."])
def test_a_time_stamp_or_the_storys_own_sentence_is_no_update_note(line: str) -> None:
    assert not notes.update_note.check(line)
