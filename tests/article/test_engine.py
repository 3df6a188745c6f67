"""The rule machinery: per-line answers are remembered, long lines are not, and reading is unchanged."""

from __future__ import annotations

from qtapp.article import parse_text
from qtapp.article.parser import read_text
from qtapp.article.rules.engine import LONGEST_REMEMBERED, per_line

ORDINARY = """Harbour cranes return to Lisbon

By Maria Santos | March 5, 2024

"We expect traffic to double by next spring," said Dr. João Pereira, a harbour engineer.
"""


def test_a_line_is_asked_once_and_a_page_long_line_every_time() -> None:
    asked: list[str] = []

    @per_line
    def shouts(line: str, loud: bool = False) -> bool:
        asked.append(line)
        return line.isupper() or loud

    short, long = "BY JANE DOE", "word " * (LONGEST_REMEMBERED // 5 + 1)
    assert [shouts(short), shouts(short), shouts(short, True)] == [True, True, True]
    assert asked == [short, short]  # the second call was remembered; another flag is another question
    assert not shouts(long) and not shouts(long)
    assert asked == [short, short, long, long]  # a page-long key would only pin memory


def test_reading_alone_is_parsing_without_the_quotations() -> None:
    read, parsed = read_text(ORDINARY), parse_text(ORDINARY)
    assert read.quotations == [] and parsed.quotations
    assert (read.title, read.authors, read.blocks, read.dropped) == (parsed.title, parsed.authors, parsed.blocks,
                                                                     parsed.dropped)


def test_a_second_reading_of_the_same_page_gives_the_same_article() -> None:
    """Remembered answers are shared between parses; nothing a rule returns may be changed by a caller."""
    first, again = parse_text(ORDINARY).to_json(), parse_text(ORDINARY).to_json()
    assert first == again and first["authors"][0]["name"] == "Maria Santos"
