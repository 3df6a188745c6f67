"""The selection rules as pure functions, written as "text with <selection>" strings."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from qtapp.ui.quotes.selection import article_range, clip_to_blocks, passage, trim


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
    ("f<oo>bar", "oo"),
    ("one< two >three", "two"),
    ("one<  \n >two", None),
    ("<alpha\n\nbe>ta", "alpha\n\nbe"),
])
def test_article_range_trims_the_ends(spec: str, expected: str | None) -> None:
    text, start, end = marked(spec)
    span = article_range(text, blocks_of(text), start, end)
    assert (text[span[0]:span[1]] if span else None) == expected


def test_backwards_selection_is_the_same_passage() -> None:
    text, start, end = marked("ab<cd>ef")
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


def test_trim_of_blank_span_is_none() -> None:
    assert trim("a   b", 1, 4) is None
    assert trim("a   b", 0, 5) == (0, 5)
