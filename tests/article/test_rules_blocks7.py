"""The block-kind and chrome rules sets 7 and 8 shaped: datelines marked by an agency no list knows, the
site's calls to act, relative clocks, reuse terms, bare addresses and star widgets. Each case is invented;
the b7- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import dates, furniture


@pytest.mark.parametrize("lead, dateline", [
    ("Pärnu (BCA) – The ferry will draw power from the shore.", "Pärnu (BCA) –"),
    ("Sibiu, Sep 22 /Rompres/ - The company opened a workshop.", "Sibiu, Sep 22 /Rompres/ -"),
    ("Kaunas, Jan. 22 (BNA) The port will convert its yard.", "Kaunas, Jan. 22 (BNA)"),
    ("Tartu, Jan. 9, 2025 (ETAG). Service resumed on Thursday.", "Tartu, Jan. 9, 2025 (ETAG)."),
    ("Zug (Keystone-SDA) - The railway reopened its line.", "Zug (Keystone-SDA) -"),
])
def test_a_town_and_an_agencys_mark_lead_the_story(lead: str, dateline: str) -> None:
    found = dates.dateline_rule(lead)
    assert found is not None and found[1] == "dateline.town_mark"
    assert found[0].text == dateline
    assert found[0].agency is None  # a mark no list knows splits the block and names no publisher


def test_a_known_agencys_mark_is_still_named() -> None:
    found = dates.town_mark.check("Porto, Mar 3 /EFE/ - The city opened a depot.")
    assert found is not None and found.agency == "EFE"


@pytest.mark.parametrize("text", [
    "Apple (AAPL) shares rose on Monday.",  # no dash, no day: a company's ticker, not a dateline
    "Paris (France) - the talks went on.",  # a bracketed word that is no acronym
    "The Agency (Acme) - said nothing.",
])
def test_a_bracketed_word_is_not_an_agencys_mark(text: str) -> None:
    assert dates.town_mark.check(text) is None


def test_the_dateline_is_split_from_its_paragraph_under_the_headline() -> None:
    article = parse_text("Harbour ferry to run on shore power this winter\n\nBy Liis Kask\n\n"
                         "Pärnu (BCA) – The ferry will draw its power from the shore while it waits.\n\n"
                         "The work cost 1.2 million euros, a third of it from a regional fund.\n")
    assert [(b.kind, b.text) for b in article.blocks][2:4] == [
        ("dateline", "Pärnu (BCA) –"), ("paragraph", "The ferry will draw its power from the shore while it waits.")]
