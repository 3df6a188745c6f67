"""``quoteclip parse``: the JSON contract, and one clear line with exit 2 for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qtapp.cli import main

CONTRACT_KEYS = {"title", "authors", "publisher", "reprinted_by", "series", "date", "url", "editors_note",
                 "disclaimer", "text", "blocks", "quotations", "dropped"}


def test_json_has_exactly_the_contract_shape(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(seed_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == CONTRACT_KEYS
    assert set(data["authors"][0]) == {"name", "family", "given", "description", "family_first"}
    assert set(data["blocks"][0]) == {"kind", "text", "start", "end"}
    assert set(data["quotations"][0]) == {"text", "speaker", "block", "start", "end", "rule", "confidence",
                                          "doubt"}
    for block in data["blocks"]:
        assert data["text"][block["start"]:block["end"]] == block["text"]


def test_plain_output_lists_blocks(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "reprint_note" in out and "signature" in out and "Xi Jinping" in out


def test_plain_output_says_which_field_to_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "cranes.txt"
    page.write_text("Nordlys Courier\n\nCranes idle as port workers vote\n\nBy Ingrid Solheim\n\nThe port of "
                    "Vestby stood quiet on Tuesday as dock workers voted on a new shift pattern.", encoding="utf-8")
    assert main(["parse", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("publisher:"))
    assert lines[at].endswith("Nordlys Courier") and "check it:" in lines[at + 1] and "logo line" in lines[at + 1]
    assert not any("check it:" in line for line in lines[:at])  # a trusted title is not marked


@pytest.mark.parametrize("content", [None, "dir", b"", b"\x00\x01\x02binary\x00", b"\x81\x8d\x8f\x90\x9d" * 9])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, content: bytes | str | None) -> None:
    target = tmp_path / "article.txt"
    if content == "dir":
        target.mkdir()
    elif isinstance(content, bytes):
        target.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "qtapp", "parse", str(target), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quoteclip: ") and "Traceback" not in result.stderr
    assert str(target) in lines[0]


def test_parse_does_not_load_qt(seed_path: Path) -> None:
    code = ("import sys; from qtapp.cli import main; main(['parse', sys.argv[1], '--json']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'")
    result = subprocess.run([sys.executable, "-c", code, str(seed_path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr


def test_explain_says_which_rule_found_each_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "wire.txt"
    page.write_text("Dam repairs finish early in Ávila\n\nBy Lucía Prieto | June 2, 2025\n\n"
                    "The regional water board said the repairs were finished a month early.\n", encoding="utf-8")
    assert main(["parse", str(page), "--json"]) == 0
    assert "found_by" not in json.loads(capsys.readouterr().out)  # the contract shape, unless asked
    assert main(["parse", str(page), "--json", "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["found_by"] == {"title": "title.headline", "authors": "authors.byline", "date": "date.byline"}
    assert main(["parse", str(page), "--explain"]) == 0
    assert "[date.byline]" in capsys.readouterr().out


def test_a_saved_page_is_read_as_a_page_not_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "saved.html"
    page.write_text('<html><head><meta property="og:site_name" content="Harbour Weekly">'
                    '<title>Cranes return | Harbour Weekly</title></head><body><article><h1>Cranes return</h1>'
                    "<p>The cranes came back on a Tuesday, to everyone's relief at the quay.</p></article>"
                    "</body></html>", encoding="utf-8")
    for step in ("by suffix", "by its opening tag"):
        if step == "by its opening tag":
            page = page.rename(tmp_path / "saved-as.txt")
        assert main(["parse", str(page), "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert "<" not in data["text"] and data["publisher"] == "Harbour Weekly", step
        assert data["title"] == "Cranes return", step


def test_explain_traces_every_block_and_dropped_line(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from qtapp.article.rules import blocks

    assert main(["parse", str(seed_path), "--json", "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    block_rules = {r.name for r in blocks.RULES}
    assert all(block["rules"] and block["rules"][0] in block_rules for block in data["blocks"])
    assert data["blocks"][0]["rules"] == ["block.reprint_note", "reprint.published_titled"]
    assert data["dropped_by"] == [{"text": "+ ↺ − 16 px", "rules": ["block.furniture", "chrome.widget"]}]
    assert (data["found_by"]["editors_note"], data["found_by"]["series"]) == ("editors_note.label",
                                                                           "series.editors_note")
    assert main(["parse", str(seed_path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "editor's note: The world is entering" in out and "[editors_note.label]" in out
    assert "disclaimer: The article reflects" in out and "[disclaimer.authors_opinions]" in out
    assert "[block.sign_off via signature.outlet_name]" in out
    assert "+ ↺ − 16 px   [block.furniture via chrome.widget]" in out
    assert main(["parse", str(seed_path)]) == 0
    assert "block." not in capsys.readouterr().out  # the rules only when asked
