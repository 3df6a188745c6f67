"""The header shapes set 12 and earlier fresh reads missed: a site's tagline line glued over the headline,
credit lines that name the writer after a phrase ("Notes compiled by"), a team that posts a page, an
editor named after the writer, and an event's own date that is not the page's. Each case is invented;
the c13- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

from qtapp.article.rules import lines

LONG = ("The council will open the new depot in May, officials said on Tuesday after a long review that ran "
        "through the winter and cost far more than anyone had planned for at the start of it.")


def _paragraphs(text: str) -> list[str]:
    return lines.paragraphs(text, lambda line: False)


def test_two_short_lines_over_unwrapped_prose_are_two_lines() -> None:
    site = "Harbour Notes — a small blog about boats, tides and the people of Kinvara"
    headline = "Why the old slipway matters more than the new marina"
    assert _paragraphs(f"{site}\n{headline}\n\n{LONG}") == [site, headline, LONG]


def test_a_two_line_chunk_of_a_page_wrapped_for_reading_is_still_joined() -> None:
    text = ("The council will open the new depot in May, officials said on Tuesday\n"
            "after a long review.\n\nIt will cost about four million pounds and is expected to be\nfinished before the winter.")
    assert _paragraphs(text) == ["The council will open the new depot in May, officials said on Tuesday after a "
                                 "long review.", "It will cost about four million pounds and is expected to be "
                                 "finished before the winter."]
