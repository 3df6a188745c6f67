"""The declared rules: every rule is named and has its example, and every field says which rule found it."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import blocks, bylines, fields, furniture, notes
from qtapp.article.rules.engine import Rule

ALL_RULES: list[Rule[object]] = [*blocks.RULES, *bylines.ANYWHERE, *bylines.UNDER_HEADLINE, *furniture.RULES,
                                 *furniture.NAVIGATION, *notes.REPRINT_RULES, *fields.TITLE, *fields.PUBLISHER,
                                 *fields.REPRINTED_BY, *fields.DATE, *fields.AUTHORS]

WIRE = """Skip to content
Home | World | Business

Harbour pilots in Valparaíso vote to end a nine-day stoppage

By Inés Carvajal, Reuters | March 3, 2025

VALPARAÍSO, March 3 (Reuters) - Harbour pilots voted on Monday to return to work.

"We go back tomorrow," said union head Rodrigo Mella.

(Reporting by Inés Carvajal; Editing by Tom Hale)
"""


@pytest.mark.parametrize("candidate", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_is_named_and_shows_its_example(candidate: Rule[object]) -> None:
    assert "." in candidate.name and candidate.name == candidate.name.lower()
    assert len(candidate.example) > 10, f"{candidate.name} needs a one-line docstring example"


def test_rule_names_are_unique() -> None:
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))


def test_every_field_found_names_the_rule_that_found_it() -> None:
    article = parse_text(WIRE)
    assert article.title == "Harbour pilots in Valparaíso vote to end a nine-day stoppage"
    assert [a.name for a in article.authors] == ["Inés Carvajal"]
    assert (article.publisher, article.date) == ("Reuters", "2025-03-03")
    assert article.found_by == {"title": "title.headline", "authors": "authors.byline",
                                "publisher": "publisher.byline_tail", "date": "date.byline"}
    known = {r.name for r in ALL_RULES}
    assert set(article.found_by.values()) <= known
    assert article.dropped[:2] == ["Skip to content", "Home | World | Business"]
    assert [b.kind for b in article.blocks] == ["title", "byline", "dateline", "paragraph", "paragraph",
                                                "signature"]


def test_an_unsupported_field_stays_unknown_and_unexplained() -> None:
    article = parse_text("The river rose two metres overnight, and the ferry stopped running.\n\n"
                         "Residents moved their cars to higher ground before dawn.")
    assert (article.title, article.publisher, article.date, article.authors) == (None, None, None, [])
    assert article.found_by == {}
