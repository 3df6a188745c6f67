"""``quoteclip library rederive``: the stored quotes follow the current reading rules, on request."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qtapp.cli import main
from qtapp.paths import LIBRARY_ENV

SAYING = "Success comes to those who share in one purpose."


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path, capsys) -> Path:
    path = tmp_path / "lib.sqlite3"
    monkeypatch.setenv(LIBRARY_ENV, str(path))
    assert main(["--library", str(path), "quotes", "add", str(seed_path), "--text", SAYING]) == 0
    capsys.readouterr()
    return path


def as_if_older_rules_had_read_it(lib: Path) -> None:
    """Rewind the stored reading to one that found no speaker for the saying, as older rules might."""
    conn = sqlite3.connect(lib)
    parsed = json.loads(conn.execute("SELECT parsed FROM articles").fetchone()[0])
    for quotation in parsed["quotations"]:
        quotation["speaker"] = None
    conn.execute("UPDATE articles SET parsed = ?, parser = 'older'", (json.dumps(parsed),))
    conn.execute("UPDATE quotes SET voice = 'author', speaker = NULL, attribution = 'stale', who = 'stale'")
    conn.commit()
    conn.close()


def listed(lib: Path, capsys) -> list[dict]:
    assert main(["--library", str(lib), "quotes", "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_rederive_brings_quotes_up_to_the_current_rules(lib: Path, capsys) -> None:
    as_if_older_rules_had_read_it(lib)
    assert [q["speaker"] for q in listed(lib, capsys)] == [None]
    assert main(["--library", str(lib), "library", "rederive"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Re-read 1 article with the current reading rules; 1 quote changed")
    [quote] = listed(lib, capsys)
    assert (quote["voice"], quote["speaker"], quote["voice_by"]) == ("speaker", "Xi Jinping", "rules")
    assert quote["attribution"].startswith("Xi Jinping (quoted by Wang Haiyan) — “New pragmatic")
    assert main(["--library", str(lib), "library", "rederive"]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_rederive_json_and_the_users_choice_survives(lib: Path, capsys) -> None:
    as_if_older_rules_had_read_it(lib)
    conn = sqlite3.connect(lib)
    conn.execute("UPDATE quotes SET voice = 'speaker', speaker = 'A reader', voice_by = 'user'")
    conn.commit()
    conn.close()
    assert main(["--library", str(lib), "library", "rederive", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["articles"], report["unplaced"], report["failed"]) == (1, [], [])
    [quote] = listed(lib, capsys)
    assert (quote["speaker"], quote["voice_by"]) == ("A reader", "user")
    assert quote["attribution"].startswith("A reader (quoted by Wang Haiyan) — “New pragmatic")
