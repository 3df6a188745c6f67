"""Set 13's block mechanisms: a page copied one line per block with no blank line between blocks reads as
the same page with blank lines does, while text hard-wrapped for reading keeps its wrapped lines joined.
Each case is invented; the oneline- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import textwrap

from qtapp.article import parse_text
from qtapp.article.rules import lines

FIRST = ("Pilots who guide cargo ships into the harbour stopped taking night shifts on Thursday, saying the"
         " authority had left eleven posts empty for over a year and asked crews to work back-to-back tides.")
SECOND = ("The authority said six container vessels and two tankers were waiting at anchor off the breakwater,"
          " and that it had asked two neighbouring ports to lend it pilots until talks next week end the row.")
THIRD = "Shipping agents said the delays were already costing their clients money."
PAGE = ["Harbour pilots refuse night shifts over staffing", "By Moira Haldane", FIRST, SECOND, THIRD]


def read(text: str) -> list[str]:
    return lines.paragraphs(text, lambda line: line.startswith("By "))


def test_one_line_per_block_reads_as_blank_lines_do():
    assert abs(len(FIRST) - len(SECOND)) < 8  # the second paragraph is as long as the longest line
    assert read("\n".join(PAGE)) == read("\n\n".join(PAGE)) == PAGE


def test_whole_page_one_line_per_block():
    as_blank = [(b.kind, b.text) for b in parse_text("\n\n".join(PAGE)).blocks]
    assert [(b.kind, b.text) for b in parse_text("\n".join(PAGE)).blocks] == as_blank
    assert [text for kind, text in as_blank if kind == "paragraph"] == [FIRST, SECOND, THIRD]


def test_text_wrapped_at_a_wide_width_is_still_joined():
    wrapped = textwrap.fill(FIRST + " " + SECOND, 100)
    assert len(wrapped.split("\n")) >= 3
    assert read(wrapped) == [FIRST + " " + SECOND]


def test_text_wrapped_for_reading_is_still_joined():
    text = textwrap.fill(FIRST, 72) + "\n\n" + textwrap.fill(SECOND, 72)
    assert read(text) == [FIRST, SECOND]


def test_lines_of_every_length_are_no_wrap():
    assert not lines._wrapped_wide([FIRST, "By Moira Haldane", SECOND, THIRD], len(FIRST))
    assert lines._wrapped_wide(textwrap.fill(FIRST + " " + SECOND, 100).split("\n"), 100)
