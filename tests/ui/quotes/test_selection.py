"""The selection rules as pure functions, written as "text with <selection>" strings."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from qtapp.library.passages import meant, snap_to_words, trim_marks
from qtapp.ui.quotes.selection import article_range, clip_to_blocks, passage


@dataclass
class B:
    start: int
    end: int


def marked(spec: str) -> tuple[str, int, int]:
    """"f<oo>bar" -> ("foobar", 1, 3)."""
    start = spec.index("<")
    end = spec.index(">") - 1
    return spec.replace("<", "").replace(">", ""), start, end


def blocks_of(text: str) -> list[B]:
    out, offset = [], 0
    for part in text.split("\n\n"):
        out.append(B(offset, offset + len(part)))
        offset += len(part) + 2
    return out


@pytest.mark.parametrize(("spec", "expected"), [
    ("f<oo>bar", "foobar"),
    ("one< two >three", "two"),
    ("one<  \n >two", None),
    ("<alpha\n\nbe>ta", "alpha\n\nbeta"),
    ("al<pha\n\n>beta", "alpha"),
])
def test_article_range_trims_the_ends(spec: str, expected: str | None) -> None:
    text, start, end = marked(spec)
    span = article_range(text, blocks_of(text), start, end)
    assert (text[span[0]:span[1]] if span else None) == expected


def test_exact_keeps_a_cut_word_but_not_the_blanks() -> None:
    text, start, end = marked("a w<ide. Against the stabilit>y ")
    assert article_range(text, blocks_of(text), start, end) == (2, 29)
    span = article_range(text, blocks_of(text), start, end, exact=True)
    assert span is not None and text[span[0]:span[1]] == "ide. Against the stabilit"
    text, start, end = marked("x< oo >y")
    assert article_range(text, blocks_of(text), start, end, exact=True) == (2, 4)


def test_backwards_selection_is_the_same_passage() -> None:
    text, start, end = marked("ab <cd> ef")
    assert article_range(text, blocks_of(text), end, start) == (start, end)


def test_clip_keeps_only_block_text() -> None:
    blocks = [B(5, 10), B(20, 30)]
    assert clip_to_blocks(blocks, 0, 25) == (5, 25)
    assert clip_to_blocks(blocks, 12, 18) is None
    assert clip_to_blocks(blocks, 8, 40) == (8, 30)


def test_passage_reads_one_newline_between_blocks() -> None:
    text = "First para.\n\nSecond para.\n\nThird."
    blocks = blocks_of(text)
    assert passage(text, blocks, 6, 19) == "para.\nSecond"
    assert passage(text, blocks, 0, len(text)) == "First para.\nSecond para.\nThird."


def test_blank_span_is_nothing() -> None:
    assert meant("a   b", 1, 4) is None
    assert meant("a   b", 0, 5) == (0, 5)


def words(spec: str, **options: bool) -> str | None:
    text, start, end = marked(spec)
    span = meant(text, start, end, **options)
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("spec", "expected"), [
    ("f<oo>bar", "foobar"),
    ("a w<ide. Against the stabilit>y here", "wide. Against the stability"),
    ("<Kazakhstan>'s economy", "Kazakhstan's"),
    ("so <it’s> fine", "it’s"),
    ("China-<Kazakh>stan", "Kazakhstan"),  # a hyphen parts words, as a double-click has it
    ("invested $<25>.3 billion", "25.3"),
    ("the year 2022.<For> example", "For"),  # a sentence end glued to a word is no number
    ("one <two> three", "two"),
])
def test_a_selection_takes_the_whole_words_it_touches(spec: str, expected: str) -> None:
    assert words(spec) == expected


@pytest.mark.parametrize(("spec", "expected"), [
    ('shoulder to shoulder,< a new generation,">', "a new generation,"),  # the issue's “…generation,‘”
    ('<"shoulder to shoulder,"> said', "shoulder to shoulder,"),
    ("saying, <“Success comes to those.”> Then", "Success comes to those."),
    ("saying, “Success <comes to those.”> Then", "comes to those."),
    ("<“Success> comes", "Success"),
    ("She said <“he told me ‘go home’ twice”> loudly", "he told me ‘go home’ twice"),
    ("She said “he told me <‘go home’ twice”> loudly", "‘go home’ twice"),
    ("<‘go home,’ he> said", "‘go home,’ he"),  # a pair inside the passage is the passage's
    ("the <students'> union", "students'"),  # a possessive is not a quotation mark
    ("the students<’ union>", "union"),
    ("<„Ja“> sagte er", "Ja"),
    ("«< Bonjour >»", "Bonjour"),
])
def test_quotation_marks_at_the_ends_are_trimmed_or_kept_balanced(spec: str, expected: str) -> None:
    assert words(spec) == expected


def test_snapping_and_trimming_each_alone() -> None:
    text, start, end = marked("w<or>d")
    assert snap_to_words(text, start, end) == (0, 4)
    text, start, end = marked('<"x">')
    assert trim_marks(text, start, end) == (1, 2)
