"""``quoteclip quotes import FILE [--format ...]`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qtapp.cli import main
from qtapp.library.plural import counted
from tests.library.importers import samples


def run(lib: Path, *args: str) -> int:
    return main(["--library", str(lib), *args])


@pytest.mark.parametrize(("writer", "name", "fmt", "quotes", "articles"), [
    (samples.kindle, "My Clippings.txt", "kindle", 3, 3),
    (samples.readwise, "readwise.csv", "readwise", 3, 2),
    (samples.hypothesis, "hypothesis.json", "hypothesis", 1, 1),
    (samples.zotero_ris, "zotero.ris", "ris", 2, 1),
    (samples.w3c, "annotations.jsonld", "w3c", 1, 1),
])
def test_import_detects_the_format_and_twice_adds_nothing(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          writer: object, name: str, fmt: str, quotes: int,
                                                          articles: int) -> None:
    assert callable(writer)
    path = writer(tmp_path / name)
    assert run(lib, "quotes", "import", str(path)) == 0
    assert capsys.readouterr().out.startswith(f"imported {counted(quotes, 'quote')} and "
                                              f"{counted(articles, 'article')}; 0 quotes were")
    assert run(lib, "quotes", "import", str(path), "--format", fmt) == 0
    already = "1 quote was" if quotes == 1 else f"{quotes} quotes were"
    assert f"imported 0 quotes and 0 articles; {already} already" in capsys.readouterr().out
    assert run(lib, "quotes", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == quotes and all(q["article"]["stub"] == fmt for q in listed)


def test_one_of_a_kind_is_said_in_the_singular(lib: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "import", str(samples.hypothesis(tmp_path / "h.json"))) == 0
    out = capsys.readouterr().out
    assert out.startswith("imported 1 quote and 1 article; 0 quotes were already in the library")
    assert run(lib, "quotes", "import", str(tmp_path / "h.json")) == 0
    assert capsys.readouterr().out.startswith("imported 0 quotes and 0 articles; 1 quote was already")


def test_articles_list_says_which_articles_are_stubs(lib: Path, tmp_path: Path, seed_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "import", str(samples.kindle(tmp_path / "clippings.txt"))) == 0
    assert run(lib, "quotes", "add", str(seed_path), "--text", "This visit marks his fifth trip") == 0
    capsys.readouterr()
    assert run(lib, "articles", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    wigan = next(line for line in lines if "The Road to Wigan Pier" in line)
    seed = next(line for line in lines if "New pragmatic" in line)
    assert wigan.split()[0].endswith("*") and wigan.endswith("(imported from Kindle)")
    assert not seed.split()[0].endswith("*") and "imported from" not in seed
    assert lines[-1].startswith("* imported without the article's text (a stub)")
    assert run(lib, "articles", "list", "--json") == 0
    stubs = {a["title"]: a.get("stub") for a in json.loads(capsys.readouterr().out)}
    assert stubs["The Road to Wigan Pier"] == "kindle" and stubs[
        "New pragmatic and promising chapter of China-Kazakhstan cooperation"] is None


def test_the_table_marks_quotes_of_stubs(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "import", str(samples.kindle(tmp_path / "clippings.txt"))) == 0
    capsys.readouterr()
    assert run(lib, "quotes", "list") == 0
    out = capsys.readouterr().out
    assert out.count("* ") >= 3 and "imported without the article's text (a stub)" in out


def test_a_wrong_format_names_the_problem_and_writes_nothing(lib: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = samples.kindle(tmp_path / "clippings.txt")
    assert run(lib, "quotes", "import", str(path), "--format", "readwise") == 2
    assert "Highlight and Book Title are missing; nothing was imported" in capsys.readouterr().err
    assert run(lib, "quotes", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_unknown_file_asks_for_format(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n", encoding="utf-8")
    assert run(lib, "quotes", "import", str(path)) == 2
    assert "cannot tell the format of notes.txt" in capsys.readouterr().err


def test_adding_a_quote_from_the_real_article_adopts_its_stub(lib: Path, tmp_path: Path, seed_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "import", str(samples.zotero_ris(tmp_path / "z.ris"))) == 0
    assert run(lib, "quotes", "add", str(seed_path), "--text", "This visit marks his fifth trip") == 0
    captured = capsys.readouterr()
    assert "2 imported quotes found in this article" in captured.err
    assert run(lib, "quotes", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 3 and {q["article"]["id"] for q in listed} == {listed[0]["article"]["id"]}
    assert not any(q["article"].get("stub") for q in listed)
