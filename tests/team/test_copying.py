"""Quotes between a personal and a team library, both ways: copied with their articles, a quote copied
twice kept once, an article already there reused; and the JSON backup written by one backend restored
into the other (the command line's export and import)."""

from __future__ import annotations

import json

from qtapp.cli import main
from qtapp.library.copying import copy_quotes
from qtapp.library.opening import open_library
from tests.team.team_windows import SAYING

FIFTH = "This visit marks his fifth trip"


def _add(library: str, seed_path, text: str, *more: str) -> int:
    assert main(["--library", library, "quotes", "add", str(seed_path), "--text", text, *more]) == 0
    with open_library(library) as opened:
        return opened.quotes.find(newest_first=True, limit=1)[0].id


def test_copy_to_the_team_library_and_back(tmp_path, as_member, seed_path, capsys):
    mine, team = str(tmp_path / "mine.sqlite3"), as_member("alice")
    first = _add(mine, seed_path, SAYING, "--note", "why it matters", "--tag", "trade")
    second = _add(mine, seed_path, FIFTH)
    capsys.readouterr()
    with open_library(mine) as personal, open_library(team) as shared:
        with shared.transaction():
            result = copy_quotes(personal, shared, [first, second])
        assert (result.articles_added, result.quotes_added, result.quotes_present) == (1, 2, 0)
        copied = {q.exact: q for q in shared.quotes.find()}
        assert set(copied) == {SAYING, FIFTH}
        assert copied[SAYING].note == "why it matters" and copied[SAYING].tags == ("trade",)
        assert copied[SAYING].clipped_by == "alice"  # whoever copies it in clips it in the team
        assert copied[SAYING].uuid == personal.quotes.get(first).uuid
        assert copied[SAYING].attribution == personal.quotes.get(first).attribution
        again = copy_quotes(personal, shared, [first])  # duplicates merged: nothing added twice
        assert (again.articles_added, again.quotes_added, again.quotes_present) == (0, 0, 1)
        assert shared.quotes.count() == 2 and len(shared.articles.all()) == 1

        other = str(tmp_path / "other.sqlite3")
        with open_library(other) as back:
            result = copy_quotes(shared, back, [copied[FIFTH].id])
            assert (result.articles_added, result.quotes_added) == (1, 1)
            [record] = back.quotes.find()
            assert record.exact == FIFTH and record.clipped_by is None and record.uuid == copied[FIFTH].uuid


def test_the_json_backup_goes_from_either_backend_to_the_other(tmp_path, as_member, seed_path, capsys):
    mine, team = str(tmp_path / "mine.sqlite3"), as_member("bob")
    _add(mine, seed_path, SAYING, "--note", "n1", "--tag", "t")
    _add(team, seed_path, FIFTH)
    backup = tmp_path / "mine.json"
    assert main(["--library", mine, "quotes", "export", "--format", "json", "-o", str(backup)]) == 0
    assert main(["--library", team, "quotes", "import", str(backup)]) == 0
    assert main(["--library", team, "quotes", "import", str(backup)]) == 0  # again: nothing doubled
    capsys.readouterr()
    assert main(["--library", team, "quotes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(r["text"] for r in listed) == sorted([SAYING, FIFTH])
    assert {r["text"]: (r["note"], r["tags"]) for r in listed}[SAYING] == ("n1", ["t"])
    team_backup = tmp_path / "team.json"
    assert main(["--library", team, "quotes", "export", "--format", "json", "-o", str(team_backup)]) == 0
    fresh = str(tmp_path / "fresh.sqlite3")
    assert main(["--library", fresh, "quotes", "import", str(team_backup)]) == 0
    capsys.readouterr()
    assert main(["--library", fresh, "quotes", "list", "--json"]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert sorted(r["text"] for r in restored) == sorted([SAYING, FIFTH])
    assert {r["id"] for r in restored} and all("clipped_by" not in r for r in restored)
