"""The shapes behind set 12's unmarked wrong speakers, in new words: a body's short form in brackets, a
sentence whose subject the index never took for a person, a body's campus for the body, a religious title
before a name, a heading glued to the name's sentence; and a role in apposition after a preposition."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT, DOUBTS
from qtapp.article.model import Quotation

LEAD = "The water board met on Monday to set next year's tariffs for the valley's farms.\n\n"


def _quote(*paragraphs: str, index: int = -1) -> Quotation:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations[index]


def _marked(quote: Quotation) -> bool:
    return quote.speaker is None or quote.confidence < CONFIDENT



@pytest.mark.parametrize("title", ["Mawlawi", "Maulvi", "Alhaj"])
def test_a_religious_title_before_a_name_is_not_the_name(title: str) -> None:
    quote = _quote(f"Irrigation Minister {title} Nur Ahmad Sadiqi opened the sluice.",
                   "\"Water is the valley's only wealth,\" the minister said.")
    assert quote.speaker == "Nur Ahmad Sadiqi"
