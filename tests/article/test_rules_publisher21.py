"""The publisher and reprinter rules of pub21: reprint notes that name the agency and the site that carries
its story, and the site's logo over a note that names only who wrote it first. Each test would fail if the
rule it names were taken out."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules import notes


def test_a_story_distributed_by_an_agency_and_carried_by_a_site() -> None:
    found = notes.distributed_and_carried.check(
        "This story is distributed by Kyodo and carried by the Harbour Post under a syndication agreement.")
    assert found is not None and found.publisher == "Kyodo" and found.reprinted_by == "Harbour Post"
    assert notes.distributed_and_carried.check("This story is distributed by Kyodo.") is None  # no carrier named
    assert notes.distributed_and_carried.check("Leaflets were distributed by volunteers and carried by hand.") is None


def test_a_parsed_page_with_the_syndication_note_at_its_foot() -> None:
    text = "\n\n".join([
        "Harbour Post", "Ferry fares rise on the northern routes", "By Ola Brandt",
        "TARROW — Ferry fares on the northern routes will rise by a tenth in January, the operator said on Monday.",
        "This story is distributed by Kyodo and carried by Harbour Post under a syndication agreement."])
    article = parse_text(text)
    assert (article.publisher, article.reprinted_by) == ("Kyodo", "Harbour Post")
