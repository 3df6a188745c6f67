"""The page's foot told by position and form, not wording: after the story's last prose paragraph, a line
that asks the reader to act, or a widget's count or clock, is chrome whatever its words; the story's own
sentences, quotations, taglines and sign-offs there stay what they are. Each case is invented; the c9-
corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import blocks

STORY = ("Harbour toll to rise for the first time in a decade\n\nBy Ana Ruiz\n\n"
         "The harbour board voted on Monday to raise the toll for private boats by a fifth from April, "
         "its first rise in ten years, after repairs to the breakwater ran over budget.\n\n")


@pytest.mark.parametrize("line", [
    "Join our community",
    "Like us on Facebook for more harbour news",
    "Please log in to leave a comment.",
    "Comments - Please login in order to comment.",
    "Get more local news delivered straight to your inbox. It's free!",
    "Spotted a claim you want us to check? Write to factcheck@example.org",
    "Enter your email SIGN UP",
])
def test_a_call_to_the_reader_is_recognised_by_its_form(line: str) -> None:
    assert blocks.calls_reader(line)


@pytest.mark.parametrize("line", [
    "Works are due to begin on 12 May. Read the full report on our website.",  # the story's own end
    '"Join us on the picket line," the union leader told the crowd.',  # a quotation asking is news
    "The board will meet again in June.",
    "Support for the plan fell to 40 per cent among boat owners, the survey found.",  # a noun, not a verb
    "Check the council's site for the new timetable.",  # advice with no reader or site named: may be the story's
])
def test_the_story_own_sentences_are_no_call(line: str) -> None:
    assert not blocks.calls_reader(line)


@pytest.mark.parametrize("line", ["Find us on Mastodon for island news", "Join our readers' panel",
                                  "3 comments:", "Watch video 01:48", "Comments 86"])
def test_after_the_story_a_call_or_a_widget_count_is_dropped(line: str) -> None:
    article = parse_text(STORY + line + "\n")
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph"]
    assert line in article.dropped
    assert article.dropped_by[article.dropped.index(line)][0] == "block.page_foot"


@pytest.mark.parametrize("line, kind", [
    ("The harbour master said the toll would be reviewed in 2027.", "paragraph"),
    ("Ana Ruiz is a reporter for the Harbour Gazette.", "tagline"),
    ("MAP: 06 March 2025", None),  # a wire's sign-off with its date: never dropped as a count
])
def test_the_story_and_its_notes_after_it_are_kept(line: str, kind: str | None) -> None:
    article = parse_text(STORY + line + "\n")
    assert line not in article.dropped
    if kind:
        assert article.blocks[-1].kind == kind


def test_before_the_story_ends_a_call_is_left_to_the_phrase_rules() -> None:
    """Mid-story, 'Join our readers' panel' may be a subheading of the story; only the foot is judged by form."""
    article = parse_text(STORY + "Join our readers' panel\n\n"
                         "Readers who want a say on the toll can join a panel the board will meet each month.\n")
    assert "Join our readers' panel" not in article.dropped
