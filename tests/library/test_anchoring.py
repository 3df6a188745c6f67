"""Re-anchoring saved quotes in a text that moved, changed or lost them."""

from __future__ import annotations

import random
import time

import pytest

from qtapp.library.anchoring import Selector, anchor, selector_for

TEXT = ("The future of China-Kazakhstan cooperation is bright. Trade grew fast in 2023. "
        "Success comes to those who share in one purpose. Trade grew fast in 2024 as well. "
        "Together they will explore pressing global issues like world peace.")


def sel(text: str, passage: str, occurrence: int = 1) -> Selector:
    start = -1
    for _ in range(occurrence):
        start = text.index(passage, start + 1)
    return selector_for(text, start, start + len(passage))


def test_selector_has_32_characters_of_context():
    s = sel(TEXT, "Success comes")
    assert s.exact == "Success comes" and len(s.prefix) == 32 and len(s.suffix) == 32
    assert TEXT[s.start - 32:s.end + 32] == s.prefix + s.exact + s.suffix
    edge = selector_for(TEXT, 0, 3)
    assert edge.prefix == "" and edge.exact == "The"
    with pytest.raises(ValueError):
        selector_for(TEXT, 5, len(TEXT) + 1)


def test_unchanged_text_anchors_by_position():
    s = sel(TEXT, "Trade grew fast", 2)
    assert anchor(TEXT, s) == anchor(TEXT, s).__class__(s.start, s.end, "position", 100.0)


def test_moved_text_is_found_by_quote():
    s = sel(TEXT, "Success comes to those")
    moved = "An editor's note was added at the top. " + TEXT
    found = anchor(moved, s)
    assert found is not None and found.method == "quote"
    assert moved[found.start:found.end] == "Success comes to those"


def test_repeated_passage_picks_the_occurrence_whose_context_agrees():
    second = sel(TEXT, "Trade grew fast", 2)
    shifted = "Preface. " + TEXT
    found = anchor(shifted, second)
    assert found is not None and found.method == "quote"
    assert shifted[found.end:found.end + 8] == " in 2024"  # the second one, not the first
    first = sel(TEXT, "Trade grew fast", 1)
    found_first = anchor(shifted, first)
    assert found_first is not None and shifted[found_first.end:found_first.end + 8] == " in 2023"


def test_edited_text_is_found_fuzzily():
    s = sel(TEXT, "Success comes to those who share in one purpose.")
    edited = TEXT.replace("share in one purpose", "share in a single purpose")
    found = anchor(edited, s)
    assert found is not None and found.method == "fuzzy" and 85 <= found.score < 100
    assert edited[found.start:found.end].startswith("Success comes to those who share in a single")


@pytest.mark.parametrize("edit", ["share in purpose", "share in one single shared purpose"])
def test_fuzzy_match_covers_the_whole_edited_passage(edit):
    s = sel(TEXT, "Success comes to those who share in one purpose.")
    edited = TEXT.replace("share in one purpose", edit)
    found = anchor(edited, s)
    assert found is not None and found.method == "fuzzy"
    assert edited[found.start:found.end] == f"Success comes to those who {edit}."


def test_deleted_text_is_not_found():
    s = sel(TEXT, "Success comes to those who share in one purpose.")
    deleted = TEXT.replace("Success comes to those who share in one purpose. ", "")
    assert anchor(deleted, s) is None
    assert anchor(deleted, sel(TEXT, "world peace")) is not None  # the rest of the text still places


def test_rewritten_sentence_is_not_found():
    s = sel(TEXT, "Together they will explore pressing global issues")
    rewritten = TEXT.replace("Together they will explore pressing global issues",
                             "Jointly, both sides are going to discuss urgent worldwide matters")
    assert anchor(rewritten, s) is None


def test_empty_exact_is_not_found():
    assert anchor(TEXT, Selector("", "", "", 0, 0)) is None


@pytest.mark.timing
def test_a_thousand_quotes_on_one_article_are_cheap(seed_text):
    rng = random.Random(4)
    text = seed_text
    selectors = []
    for _ in range(1000):
        start = rng.randrange(0, len(text) - 120)
        selectors.append(selector_for(text, start, start + rng.randrange(20, 120)))
    changed = "A new first line.\n\n" + text.replace("Kazakhstan", "Qazaqstan", 3)
    begin = time.perf_counter()
    results = [anchor(changed, s) for s in selectors]
    elapsed = time.perf_counter() - begin
    assert sum(r is not None for r in results) >= 950
    for s, r in zip(selectors, results, strict=True):
        if r is not None and r.method != "fuzzy":
            assert changed[r.start:r.end] == s.exact
    assert elapsed < 0.5, f"{elapsed * 1000:.0f} ms"  # generous for CI; ~the budget is 150 ms
