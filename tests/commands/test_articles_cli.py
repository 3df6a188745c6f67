"""``quoteclip articles list`` / ``articles edit``: corrections stick and flow into attributions."""

from __future__ import annotations

import json
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


def run(lib: Path, *args: str) -> int:
    return main(["--library", str(lib), *args])


def listed(lib: Path, capsys) -> list[dict]:
    assert run(lib, "articles", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_list_json_and_table(lib, capsys):
    [article] = listed(lib, capsys)
    assert article["id"] == 1 and article["quotes"] == 1 and article["publisher"] == "CGTN"
    assert run(lib, "articles", "list") == 0
    out = capsys.readouterr().out
    assert "New pragmatic" in out and "reprinted by News.Az" in out


def test_edit_fields_and_author(lib, capsys):
    assert run(lib, "articles", "edit", "1", "--date", "2024-07-02", "--url", "https://news.az/x",
               "--title", "Better title", "--author-family", "Wang", "--author-given", "H.",
               "--family-first", "no") == 0
    assert "Better title" in capsys.readouterr().out
    [article] = listed(lib, capsys)
    assert (article["date"], article["url"], article["title"]) == ("2024-07-02", "https://news.az/x",
                                                                   "Better title")
    assert article["authors"][0] | {"description": None} == {
        "name": "H. Wang", "family": "Wang", "given": "H.", "family_first": False, "description": None}
    run(lib, "quotes", "list", "--json")
    [quote] = json.loads(capsys.readouterr().out)
    assert quote["attribution"] == "Xi Jinping (quoted by H. Wang) — “Better title”, CGTN, reprinted by News.Az"


def test_corrections_survive_adding_the_article_again(lib, seed_path, capsys):
    run(lib, "articles", "edit", "1", "--publisher", "CGTN Opinion")
    run(lib, "quotes", "add", str(seed_path), "--text", "This visit marks his fifth trip")
    assert "CGTN Opinion" in capsys.readouterr().out
    assert listed(lib, capsys)[0]["publisher"] == "CGTN Opinion"


@pytest.mark.parametrize(("args", "message"), [
    (["1", "--date", "2024-02-30"], "not a real day"),
    (["1", "--date", "2024-7-2"], "YYYY-MM-DD"),
    (["1"], "nothing to change"),
    (["9", "--title", "x"], "no article 9"),
])
def test_edit_errors(lib, capsys, args, message):
    assert run(lib, "articles", "edit", *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
