"""The short cuts of perf15 give the answers of the full rules (issue 15 item 10: distinct tiny paragraphs).

A page of distinct one-word paragraphs ran every branch of the headline search and every block rule for
each of them. The headline search now asks a one-word piece only the tests of the branches that could
stop at it or take it; a sign-off's outlet is remembered per line; the site's sign-off asks its lookahead
only until a line that is not furniture; a word in ASCII is its own plain letters. Each is checked against the full reading on every one-word line
of the corpus and on pages of such lines.
"""

from __future__ import annotations

import random
import string
import unicodedata
from pathlib import Path

import pytest

from qtapp.article.names import plain_letters
from qtapp.article.parser import parse_text
from qtapp.article.rules import blocks, furniture, notes
from qtapp.article.rules.blocks import Piece

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

ONE_WORD = ["p12", "Advertisement", "Related", "Contacts", "By", "Share", "iy", "Reuters", "WASHINGTON", "2025",
            "10:30", "14:05", "Staff", "—", "Source:", "AFP", "Yours,", "Chapters", "Mon", "12/03/2025",
            "2025-03-01", "Updated", "©", "Editor's", "Photo:", "(AP)", "KABUL", "News.Az", "Top", "Comments"]
FOLLOWERS = [[], ["By Ana Costa"], ["March 3, 2025"], ["Harbour ferries resume their winter timetable",
                                                        "By Rui Lopes"],
             ["The council met on Monday and agreed to reopen the pier before the summer."]]


def _one_word_lines() -> list[str]:
    lines = {line.strip() for folder in ("articles", "holdout") for path in sorted((CORPUS / folder).glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()}
    return sorted(line for line in lines if line and len(line.split()) == 1) + ONE_WORD


def _full_step(pieces: list[Piece], have_best: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, bool]:
    with monkeypatch.context() as patched:
        patched.setattr(blocks, "_one_word_passed_over", lambda text, have_best: False)
        return blocks._title_step(pieces, have_best)


def test_one_word_short_cut_answers_as_every_branch(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _one_word_lines()
    assert len(lines) > 200
    taken = 0
    for text in lines:
        for after in FOLLOWERS:
            pieces = [Piece(text), *(Piece(line) for line in after)]
            for have_best in (False, True):
                taken += blocks._one_word_passed_over(text, have_best)
                assert blocks._title_step(pieces, have_best) == _full_step(pieces, have_best, monkeypatch), \
                    (text, after, have_best)
    assert taken > 1000  # the short cut is taken for most one-word lines


def test_one_word_short_cut_declines_where_a_branch_answers() -> None:
    assert not blocks._one_word_passed_over("Related", True)  # the list under the headline stops the search
    assert not blocks._one_word_passed_over("Contacts", True) or not blocks._RELATED.match("Contacts")
    assert not blocks._one_word_passed_over("two words", False)
    assert blocks._one_word_passed_over("p12", False) and blocks._one_word_passed_over("p12", True)


def test_headline_search_asks_no_furniture_of_one_word_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = furniture.furniture
    monkeypatch.setattr(furniture, "furniture", lambda line: asked.append(line) or real(line))
    pieces = [Piece(f"p{number}") for number in range(300)]
    assert blocks.find_title(pieces) is None
    assert asked == []


def test_remembered_sign_off_is_the_rules_answer() -> None:
    for text in _one_word_lines()[:400] + ["— The Harbour Times", "SOURCE Kestrel Wire", "Published in Dawn, May 2"]:
        assert notes.sign_off_rule(text) == notes.sign_off_rule.__wrapped__(text), text


def test_page_of_distinct_one_word_paragraphs_reads_as_before() -> None:
    """A paragraph each, in order: the headline search finds none of them a headline."""
    article = parse_text("".join(f"p{number}\n\n" for number in range(200)))
    assert [block.text for block in article.blocks] == [f"p{number}" for number in range(200)]
    assert all(block.kind == "paragraph" for block in article.blocks)


def _plain_letters_in_full(word: str) -> str:
    word = word.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def test_plain_letters_of_ascii_are_the_normal_forms() -> None:
    rng = random.Random(15)
    words = ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    words += [word for line in _one_word_lines() for word in line.split()] + ["Nguyễn", "Đặng", "Agência", "ﬁ"]
    for word in words:
        assert plain_letters(word) == _plain_letters_in_full(word), word
    assert plain_letters("Đặng") == "Dang"
