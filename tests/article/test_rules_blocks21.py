"""Set 16's and set 15's block shapes: a dateline dash glued to its paragraph, … Each case is invented; the
corpus articles named in each test hold them in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import dates

HEAD = "Harbour toll to rise for the first time in a decade\n\nBy Ana Ruiz | March 3, 2025\n\n"
MORE = "Boat owners said they would ask the board to phase the rise in over two years instead of one.\n\n"


# corpus: wire-glued-dash-reuters-andes-copper-water
@pytest.mark.parametrize(("lead", "agency"), [
    ("VALPARAÍSO, Chile, March 3 (Reuters) -", "Reuters"),
    ("GDANSK, Poland (AP) —", "Associated Press"),
    ("Cartagena (Colombia), Mar 3 (EFE).-", "EFE"),
])
def test_a_dateline_dash_glued_to_the_first_word_still_ends_the_dateline(lead: str, agency: str) -> None:
    paragraph = lead + "The harbour board voted on Monday to raise the toll for private boats by a fifth from April."
    found = dates.dateline(paragraph)
    assert found is not None and found.text == lead and found.agency == agency
    article = parse_text(HEAD + paragraph + "\n\n" + MORE)
    assert [(b.kind, b.text) for b in article.blocks][2:4] == [("dateline", lead), ("paragraph", paragraph[len(lead):])]


@pytest.mark.parametrize("paragraph", [
    "The Anglo-American board voted -Monday's meeting ran late into the night.",  # no dateline before the dash
    "Mr Ruiz said the rise was fair -Boat owners disagreed on Monday.",
    "PARIS-Based firms said on Monday that the toll would rise.",  # a hyphen inside a word
])
def test_a_glued_dash_after_no_dateline_splits_nothing(paragraph: str) -> None:
    assert dates.glued_dash.check(paragraph) is None
