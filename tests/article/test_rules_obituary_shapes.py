"""An obituary's shapes: a headline then its deck over the byline, and a saying quoted British-style (the
stop after the closing mark) where the paragraph break was lost. The deck, as long as the headline and
nearer the byline, was taken for the headline; '"… I ever needed".In 1998' was read as one paragraph.
The cases are invented; ``tests/corpus/articles/obituary-headline-then-deck-over-byline`` holds them.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.breaks import break_points, dotted_names

HEADLINE = "Tomas Brenner, the ferryman who never missed a crossing, dies at 88"
BODY = "Tomas Brenner, who ran the Lindau ferry for forty years, has died at his home on the lake. He was 88.\n"


def test_the_headline_is_the_first_of_headline_and_deck() -> None:
    text = (f"The Lakeside Herald\n\n{HEADLINE}\n\nHe carried schoolchildren, doctors and brides across the "
            "water in every kind of weather\n\nBy Anja Roos\n\nMarch 3, 2026\n\n" + BODY)
    article = parse_text(text)
    assert article.title == HEADLINE
    assert [block.kind for block in article.blocks[:3]] == ["title", "paragraph", "byline"]


def test_a_site_tagline_over_the_headline_is_no_headline() -> None:
    """The tagline over a headline is the shorter line: the headline under it stays the headline."""
    text = f"News from the lake shore\n\n{HEADLINE}\n\nBy Anja Roos\n\nMarch 3, 2026\n\n" + BODY
    assert parse_text(text).title == HEADLINE


@pytest.mark.parametrize("mark", ['"', "”", "’"])
def test_a_stop_after_a_closing_mark_ends_a_glued_paragraph(mark: str) -> None:
    opening = {'"': '"', "”": "“", "’": "‘"}[mark]
    text = f"He said the job {opening}was all I needed{mark}.In 1998 the council closed the pier."
    assert break_points(text, dotted_names(text)) == [text.index("In 1998")]
