"""The short cuts of perf19 give the answers of the full rule lists (issue 15 item 10: distinct tiny paragraphs).

A line of one word is asked only the furniture rules that can match one word; a line that names no article
is asked only the reprint rules that do not need one; ``first`` and ``per_line`` call a one-line rule
without packing its arguments. Each is checked against the full list on every line of the corpus and on
made-up words built from the characters and words the rules look for.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from qtapp.article.rules import engine, furniture, notes

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_PIECES = ["|", ":", "©", "@", "#", "*", "**", "?", "/", ".", "-", "(", ")", "+", "·", "★", "!", "2025", "12",
           "3", "x", "ICP", "备", "°F", "u/", "·3h", "Share", "Print", "share", "give", "donate", "click",
           "comments", "Subscribe", "subscribe", "hashtag", "Issue", "No.", "page", "of", "ASIA", "Global", "yes",
           "no", "END", "rac", "jgb", "www", "co", "ke", "min", "read", "ago", "This", "use", "materials",
           "without", "links", "Related", "Advertisement", "p12"]


def _lines() -> list[str]:
    lines = {line for folder in ("articles", "holdout") for path in sorted((CORPUS / folder).glob("*.txt"))
             for line in re.sub(r"⟦[a-z_]+⟧", "", path.read_text(encoding="utf-8")).splitlines()}
    rng = random.Random(19)
    made = {"".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5))) for _ in range(20_000)}
    words = {word for line in lines for word in line.split()}
    return sorted(lines | made | words | {f" {word}\t" for word in list(words)[:500]})


def test_one_word_furniture_is_every_rules_answer() -> None:
    asked = one_word = 0
    for line in _lines():
        full = engine.first(furniture.RULES, line)
        assert furniture.furniture.__wrapped__(line) == (full[1] if full else None), repr(line)
        one_word += len(line.split()) <= 1
        asked += full is not None
    assert one_word > 10_000 and asked > 1_000


def test_rules_a_one_word_line_skips_never_answer_for_one() -> None:
    for line in _lines():
        if len(line.split()) <= 1:
            assert all(rule.check(line) is None for rule in furniture._TWO_WORDS_OR_MORE), repr(line)


def test_reprint_note_without_a_piece_is_every_rules_answer() -> None:
    found = 0
    for line in _lines():
        full = engine.first(notes.REPRINT_RULES, line.strip()) if len(line) <= notes.MAX_NOTE else None
        assert notes.reprint_rule.__wrapped__(line) == full, repr(line)
        found += full is not None
    assert found > 50


def test_first_and_per_line_answer_as_before() -> None:
    def plain(rules: tuple[engine.Rule[object], ...], *args: object) -> tuple[object, str] | None:
        for candidate in rules:
            if (answer := candidate.check(*args)) is not None:
                return answer, candidate.name
        return None

    rules = (engine.Rule("a", lambda x, y=0: None if x + y < 2 else "big"),
             engine.Rule("b", lambda x, y=0: "any"))
    for args in ((0,), (3,), (0, 1), (1, 1)):
        assert engine.first(rules, *args) == plain(rules, *args)
    calls: list[str] = []
    one = engine.per_line(lambda line: calls.append(line) or len(line))
    two = engine.per_line(lambda line, under=False: calls.append(line) or (len(line), under))
    long = "x" * (engine.LONGEST_REMEMBERED + 1)
    assert [one("ab"), one("ab"), one(long), one(long)] == [2, 2, len(long), len(long)]
    assert [two("ab"), two("ab", True), two("ab", under=True)] == [(2, False), (2, True), (2, True)]
    assert calls.count("ab") == 1 + 3 and calls.count(long) == 2  # by keyword is a key of its own; long: afresh
