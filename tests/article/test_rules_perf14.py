"""The faster scans of perf14 find what the plain patterns find (issue 12, issue 15 item 10).

Each fast path is checked against the pattern it stands for, on every corpus page and on random runs of
the characters each one turns on (capitals, dots, hyphens, case-folded letters, glued words).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from qtapp.article import breaks
from qtapp.article.quotations import people

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _pages() -> list[str]:
    return [path.read_text(encoding="utf-8") for folder in ("articles", "holdout")
            for path in sorted((CORPUS / folder).glob("*.txt"))]


def _random_texts(pieces: list[str], seed: int, count: int = 6000, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_dotted_spans_are_the_patterns_matches() -> None:
    pieces = ["A", "B", "a", ".", "-", "_", "x", " ", "\n", "U.S.", "News.Az", "É", "é", "2", ",", "Ab.Cd", "..",
              "a.B", "A-b.C"]
    texts = _pages() + _random_texts(pieces, 3)
    found = 0
    for text in texts:
        expected = [match.span() for match in breaks._DOTTED.finditer(text)]
        assert list(breaks._dotted_spans(text)) == expected, text[:80]
        found += len(expected)
    assert found > 2000


def test_dotted_names_still_need_two_uses_or_a_line_of_their_own() -> None:
    assert breaks.dotted_names("Read News.Az today.") == frozenset()
    assert breaks.dotted_names("Read News.Az today. News.Az said so.") == {"News.Az"}
    assert breaks.dotted_names("News.Az\n\nIt was reported by News.Az and others.") == {"News.Az"}
    assert breaks.dotted_names("The U.S.Army came.") == frozenset()  # part of a longer token
    assert breaks.dotted_names("A.B.C and A.B.C\n") == frozenset()  # "A.B" runs on into ".C"


def test_pronoun_pattern_with_its_first_letters_is_the_plain_one() -> None:
    plain = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself)|(its|itself))\b", re.IGNORECASE)
    pieces = ["he", "HE", "ſhe", "She", "İts", "ıts", "its", "ITSELF", "him", "herſelf", "x", " ", "_", "2", "é",
              "s", "h", "i", "K", "\u212a", "Costa", "said", "."]
    texts = _pages() + _random_texts(pieces, 4)
    found = 0
    for text in texts:
        assert ([(m.span(), m.groups()) for m in people._PRONOUN.finditer(text)]
                == [(m.span(), m.groups()) for m in plain.finditer(text)]), text[:80]
        for start in range(0, len(text) if len(text) < 100 else 0, 3):  # windowed, as the gender pass searches
            fast, slow = people._PRONOUN.search(text, start, start + 12), plain.search(text, start, start + 12)
            assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups())), text[:80]
        found += len(plain.findall(text))
    assert found > 2000


def test_unnamed_speaker_pattern_with_its_first_letters_is_the_plain_one() -> None:
    plain = re.compile(people._ANONYMOUS.pattern.removeprefix("(?=[AOao])"))
    assert plain.pattern != people._ANONYMOUS.pattern
    pieces = ["a", "A", "an", "An", "one", "One", "official", "resident", "said", "told", " ", " ", ",", ".",
              "at", "the", "council", "Mid-level", "x", "_a", "2"]
    texts = _pages() + _random_texts(pieces, 5)
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in people._ANONYMOUS.finditer(text)] == expected, text[:80]
        found += len(expected)
    assert found > 100
