"""The labelled corpus read as a user's articles would be: no row of ``make accuracy`` may drop below its
floor (``floors.py``), and the corpus itself must be well formed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


accuracy = _load("qc_accuracy", ROOT / "benchmarks" / "accuracy.py")
floors = _load("qc_floors", Path(__file__).with_name("floors.py"))


@pytest.fixture(scope="module")
def report() -> Any:
    return accuracy.evaluate()


def test_the_corpus_is_large_and_well_formed() -> None:
    cases = accuracy.corpus.load_corpus()  # raises on any malformed article or answer
    assert len(cases) >= 120
    assert sum(len(c.expected.get("quotations", [])) for c in cases) >= 300
    assert sum(c.html for c in cases) >= 10


@pytest.mark.parametrize("row", sorted(floors.FLOORS))
def test_no_row_drops_below_its_floor(report: Any, row: str) -> None:
    measured = report.rows[row]
    misses = "\n".join(measured.misses[:15])
    assert measured.share >= floors.FLOORS[row], f"{row}: {measured.share:.1%} < floor\n{misses}"


def test_every_variant_is_read(report: Any) -> None:
    assert report.readings >= 4 * sum(1 for c in accuracy.corpus.load_corpus() if not c.html)


def test_glued_variant_really_loses_breaks() -> None:
    case = next(c for c in accuracy.corpus.load_corpus() if c.id == "wire-reuters-peru-copper-strike")
    glued = dict(case.variants())["glued"]
    assert "union said.\"We start Monday" in glued  # the paragraph break is gone, as in the seed
