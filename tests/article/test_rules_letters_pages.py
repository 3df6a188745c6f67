"""A page of several letters: each signed by its writer over their town, the page signed by nobody.

A letter's sign-off was read only where it closes the page, so the earlier letters' names became headings
and the last writer the page's author (a wrong attribution for every other letter). The cases are invented;
``tests/corpus/articles/letter-page-three-letters-signed-name-over-town`` holds the shape in context.
"""

from __future__ import annotations

from qtapp.article import parse_text

LETTER_ONE = ("Sir, – The bridge repairs have closed the only footpath to the station for a month, and nobody "
              "has put up a sign saying how long they will last.")
LETTER_TWO = ("The new bins are collected every other week, yet the council leaflet said weekly. Families "
              "on our street are now storing rubbish in their sheds.")


def _page(*letters: tuple[str, str, str]) -> str:
    lines = ["The Ferrybank Echo", "Letters to the editor: Footpaths, bins and a bus stop", "Friday, 6 March 2026"]
    for text, name, town in letters:
        lines += [text, name, town]
    return "\n\n".join(lines + ["Letters may be edited for length."]) + "\n"


def test_each_letter_is_signed_and_the_page_has_no_author() -> None:
    article = parse_text(_page((LETTER_ONE, "Orla Fenwick", "Northgate"), (LETTER_TWO, "Tadeusz Brill", "Kilbride")))
    kinds = [(block.kind, block.text) for block in article.blocks]
    assert ("signature", "Orla Fenwick") in kinds and ("signature", "Northgate") in kinds
    assert ("signature", "Tadeusz Brill") in kinds
    assert article.authors == []
    assert article.title == "Letters to the editor: Footpaths, bins and a bus stop"


def test_a_single_letter_still_names_its_writer() -> None:
    article = parse_text(_page((LETTER_ONE, "Orla Fenwick", "Northgate")))
    assert [author.name for author in article.authors] == ["Orla Fenwick"]


def test_a_name_over_a_place_inside_a_story_is_no_signature() -> None:
    """Only a page whose last paragraph is signed as a letter reads the earlier pairs as sign-offs."""
    text = "\n\n".join(["Ferry fares to rise in April", "By Colm Dargan", LETTER_ONE, "Orla Fenwick", "Northgate",
                        LETTER_TWO, "The operator said the increase was needed to pay for a new boat next year."])
    article = parse_text(text + "\n")
    assert not any(block.kind == "signature" for block in article.blocks)
    assert [author.name for author in article.authors] == ["Colm Dargan"]
