"""Every answer traceable: each field, each block's kind and each dropped line names the rules that decided it,
and every name given is a rule of a rule list (issue 12, item 6)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from qtapp.article import parse_text
from qtapp.article.html import parse_html
from qtapp.article.model import Article, Block, BlockList, block_rules
from qtapp.article.rules import blocks

from .test_rule_engine import ALL_RULES

ROOT = Path(__file__).resolve().parents[2]
KNOWN = {r.name for r in ALL_RULES}
BLOCK_RULES = {r.name for r in blocks.RULES}


def _corpus() -> Any:
    if "qc_corpus" not in sys.modules:
        spec = importlib.util.spec_from_file_location("qc_corpus", ROOT / "tests" / "corpus" / "corpus.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["qc_corpus"] = module
        spec.loader.exec_module(module)
    return sys.modules["qc_corpus"]


CASES = _corpus().load_corpus()

PAGE = """Skip to content
Travel › Rail › Night trains

THE HARBOUR LEDGER

Cold storage is the quiet bottleneck of the grain trade

Editor's note: Jo Roe, a research fellow at the Institute of Ports, looks at the silos no one sees.

By Jo Roe | May 2, 2025

Silos fill every autumn, and every spring the same question returns: where does the grain go next?

Workers load a barge at the north quay. [Photo/Xinhua]

The answer decides what farmers earn, and few people outside the trade ever ask it.

The views don't necessarily reflect those of The Harbour Ledger.

Share on Facebook
"""


def _explained(article: Article) -> list[tuple[str, tuple[str, ...]]]:
    return [(block.kind, rules) for block, rules in zip(article.blocks, block_rules(article.blocks), strict=True)]


def test_each_block_and_dropped_line_names_the_rules_that_decided_it() -> None:
    article = parse_text(PAGE)
    assert _explained(article) == [
        ("title", ("block.title",)),
        ("editors_note", ("block.editors_note", "editors_note.label")),
        ("byline", ("block.byline", "byline.by_prefix")),
        ("paragraph", ("block.paragraph",)),
        ("caption", ("block.caption", "caption.bracketed_credit")),
        ("paragraph", ("block.paragraph",)),
        ("editors_note", ("block.disclaimer", "disclaimer.not_necessarily")),
    ]
    assert list(zip(article.dropped, article.dropped_by, strict=True)) == [
        ("Skip to content", ("block.furniture", "chrome.phrase")),
        ("Travel › Rail › Night trains", ("block.navigation", "chrome.navigation")),
        ("THE HARBOUR LEDGER", ("block.before_headline",)),
        ("Share on Facebook", ("block.furniture", "chrome.phrase")),
    ]
    assert article.found_by["editors_note"] == "editors_note.label"
    assert article.found_by["disclaimer"] == "disclaimer.not_necessarily"
    assert article.disclaimer == "The views don't necessarily reflect those of The Harbour Ledger."


def test_the_series_and_a_correction_say_which_rule_found_them() -> None:
    article = parse_text("Ferries return to the north harbour\n\nCorrection: An earlier version of this article "
                         "gave the wrong day for the first sailing.\n\nThe first ferry left on Tuesday, the "
                         "operator said, after a month of repairs to the quay.")
    assert article.editors_note is not None and article.found_by["editors_note"] == "editors_note.correction"
    seed = parse_text((ROOT / "seeds" / "000_3001ce5c61a55120.txt").read_text(encoding="utf-8"))
    assert seed.series is not None and seed.found_by["series"] == "series.editors_note"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_every_name_explain_gives_is_a_rule_of_a_rule_list(case: Any) -> None:
    article = parse_html(case.raw, whole=bool(case.expected.get("clipboard")))[0] if case.html \
        else parse_text(case.raw)
    for field, rule_name in article.found_by.items():
        rule_name, _, agreed = rule_name.partition(":")  # a vote names the signals that agreed
        assert rule_name in KNOWN, f"{field}: {rule_name} is in no rule list"
        assert all(f"vote.{signal}" in KNOWN for signal in agreed.split("+") if agreed), agreed
    for name in ("title", "publisher", "reprinted_by", "series", "date", "editors_note", "disclaimer"):
        assert (getattr(article, name) is None) == (name not in article.found_by), name
    assert bool(article.authors) == ("authors" in article.found_by)
    for kind, rules in _explained(article):
        assert rules and rules[0] in BLOCK_RULES, (kind, rules)
        assert set(rules) <= KNOWN, (kind, rules)
    assert len(article.dropped_by) == len(article.dropped)
    for text, rules in zip(article.dropped, article.dropped_by, strict=True):
        assert rules and rules[0] in BLOCK_RULES and set(rules) <= KNOWN, (text, rules)


def test_blocks_without_a_reading_say_no_rule() -> None:
    read = Article.from_json(parse_text(PAGE).to_json())  # a stored article: the JSON keeps no rules
    assert read.blocks and all(rules == () for rules in block_rules(read.blocks))
    made = BlockList([Block("paragraph", "Hand made.", 0, 10)])
    assert made.rules(0) == () and list(made) == [Block("paragraph", "Hand made.", 0, 10)]
