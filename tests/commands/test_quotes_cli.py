"""``quoteclip quotes add`` / ``quotes list`` through the real command-line entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qtapp.article import load_article
from qtapp.cli import main
from qtapp.commands.quotes import find_span
from qtapp.errors import UserError
from qtapp.paths import LIBRARY_ENV

TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"
SAYING = "Success comes to those who share in one purpose."


def run(lib: Path, *args: str) -> int:
    return main(["--library", str(lib), *args])


def test_add_prints_id_and_attribution_for_the_three_voices(lib, seed_path, capsys):
    assert run(lib, "quotes", "add", str(seed_path), "--text", SAYING, "--tag", "saying") == 0
    out = capsys.readouterr().out
    assert out == f"1\tXi Jinping (quoted by Wang Haiyan) — “{TITLE}”, CGTN, reprinted by News.Az\n"
    assert run(lib, "quotes", "add", str(seed_path), "--text", "This visit marks his fifth trip") == 0
    assert capsys.readouterr().out.startswith("2\tWang Haiyan — “")
    assert run(lib, "quotes", "add", str(seed_path), "--text", "The world is entering a new period") == 0
    assert capsys.readouterr().out.startswith("3\tEditor's note, CGTN — “")


def test_list_json_has_the_contract(lib, seed_path, capsys):
    run(lib, "quotes", "add", str(seed_path), "--text", SAYING, "--note", "why", "--tag", "a", "--tag", "b",
        "--color", "yellow")
    capsys.readouterr()
    assert run(lib, "quotes", "list", "--json") == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["text"] == SAYING and record["note"] == "why" and record["tags"] == ["a", "b"]
    assert (record["voice"], record["speaker"], record["color"]) == ("speaker", "Xi Jinping", "yellow")
    seed_text = record["selector"]["prefix"] + SAYING + record["selector"]["suffix"]
    assert len(record["selector"]["prefix"]) == 32 and SAYING in seed_text
    assert record["selector"]["end"] - record["selector"]["start"] == len(SAYING)
    assert record["article"]["title"] == TITLE and record["article"]["path"] == str(seed_path.resolve())
    assert record["article"]["authors"][0]["family"] == "Wang"


def test_list_search_article_and_table(lib, seed_path, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text("A short piece about rivers.\n\nRivers run to the sea.\n", encoding="utf-8")
    run(lib, "quotes", "add", str(seed_path), "--text", SAYING)
    run(lib, "quotes", "add", str(other), "--text", "Rivers run to the sea.")
    capsys.readouterr()
    run(lib, "quotes", "list", "--json", "--search", "triumph belongs")  # not in any saved quote
    assert json.loads(capsys.readouterr().out) == []
    run(lib, "quotes", "list", "--json", "--search", "succ")
    assert [q["text"] for q in json.loads(capsys.readouterr().out)] == [SAYING]
    run(lib, "quotes", "list", "--json", "--article", "2")
    assert [q["text"] for q in json.loads(capsys.readouterr().out)] == ["Rivers run to the sea."]
    assert run(lib, "quotes", "list") == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["ID", "ART", "WHOSE"] and len(table) == 3
    assert "Rivers run" in table[1] and "Xi Jinping" in table[2]  # newest first


def test_the_table_stops_at_a_screenful_and_says_so(lib, tmp_path, capsys):
    article = tmp_path / "many.txt"
    article.write_text("Notes.\n\n" + "\n\n".join(f"Sentence number {n} about rivers." for n in range(60)),
                       encoding="utf-8")
    for n in range(60):
        assert run(lib, "quotes", "add", str(article), "--text", f"Sentence number {n} about") == 0
    capsys.readouterr()
    assert run(lib, "quotes", "list") == 0
    listed = capsys.readouterr()
    rows = listed.out.splitlines()[1:]
    assert len(rows) == 50 and "number 59 about" in rows[0]  # the newest fifty
    assert listed.err == "Showing 50 of 60 quotes, newest first; --limit N or --all for more.\n"
    assert run(lib, "quotes", "list", "--search", "sentence", "--limit", "3") == 0
    listed = capsys.readouterr()
    assert len(listed.out.splitlines()) == 4 and "Showing 3 of 60 quotes, best matches first" in listed.err
    assert run(lib, "quotes", "list", "--all") == 0
    listed = capsys.readouterr()
    assert len(listed.out.splitlines()) == 61 and listed.err == ""
    assert run(lib, "quotes", "list", "--json") == 0  # for programs: everything unless --limit
    assert len(json.loads(capsys.readouterr().out)) == 60
    assert run(lib, "quotes", "list", "--json", "--limit", "2") == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    with pytest.raises(SystemExit):
        run(lib, "quotes", "list", "--limit", "0")
    assert "1 or more" in capsys.readouterr().err


def test_adding_the_same_passage_twice_keeps_one(lib, seed_path, capsys):
    run(lib, "quotes", "add", str(seed_path), "--text", SAYING)
    assert run(lib, "quotes", "add", str(seed_path), "--text", SAYING) == 0
    assert "already saved" in capsys.readouterr().out
    run(lib, "quotes", "list", "--json")
    assert len(json.loads(capsys.readouterr().out)) == 1


@pytest.mark.parametrize(("args", "message"), [
    (["--text", "words that are not there"], "is not in"),
    (["--text", "China and Kazakhstan"], "--occurrence 1.."),
    (["--text", "China and Kazakhstan", "--occurrence", "99"], "out of range"),
    (["--text", "   "], "empty"),
])
def test_add_errors_are_one_line_exit_2(lib, seed_path, capsys, args, message):
    assert run(lib, "quotes", "add", str(seed_path), *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_and_unknown_article(lib, tmp_path, capsys):
    assert run(lib, "quotes", "add", str(tmp_path / "none.txt"), "--text", "x") == 2
    assert "no such file" in capsys.readouterr().err
    assert run(lib, "quotes", "list", "--article", "5") == 2
    assert "no article 5" in capsys.readouterr().err


def test_occurrence_picks_the_right_one(lib, seed_path, capsys):
    run(lib, "quotes", "add", str(seed_path), "--text", "China and Kazakhstan", "--occurrence", "2")
    capsys.readouterr()
    run(lib, "quotes", "list", "--json")
    [record] = json.loads(capsys.readouterr().out)
    text = load_article(seed_path).text
    second = text.index("China and Kazakhstan", text.index("China and Kazakhstan") + 1)
    assert record["selector"]["start"] == second and record["text"] == "China and Kazakhstan"


def test_find_span_tolerates_different_blanks():
    assert find_span("one two\nthree", "two   three", None, "x") == (4, 13)
    with pytest.raises(UserError):
        find_span("aa aa", "aa", 3, "x")


def test_damaged_library_is_reported_not_overwritten(lib, seed_path, capsys):
    lib.write_bytes(b"this is not a database, it is my diary" * 100)
    before = lib.read_bytes()
    assert run(lib, "quotes", "add", str(seed_path), "--text", SAYING) == 2
    assert "damaged or is not a QuoteClip library" in capsys.readouterr().err
    assert lib.read_bytes() == before


def test_real_subprocess(tmp_path, seed_path):
    lib = tmp_path / "sub.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(LIBRARY_ENV, None)
    base = [sys.executable, "-m", "qtapp", "--library", str(lib)]
    added = subprocess.run([*base, "quotes", "add", str(seed_path), "--text", SAYING], env=env,
                           capture_output=True, text=True, timeout=60)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("1\tXi Jinping (quoted by Wang Haiyan)")
    listed = subprocess.run([*base, "quotes", "list", "--json"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert [q["speaker"] for q in json.loads(listed.stdout)] == ["Xi Jinping"]
    bad = subprocess.run([*base, "quotes", "add", str(seed_path), "--text", "not in it"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.startswith("quoteclip: ") and "Traceback" not in bad.stderr


def test_list_json_says_which_attributions_need_a_check(lib, seed_path, capsys):
    # A subheading: the text cannot tell the author's from the outlet's, so the default is asked about.
    assert run(lib, "quotes", "add", str(seed_path), "--text", "Innovation in cooperation") == 0
    assert run(lib, "quotes", "add", str(seed_path), "--text", "This visit marks his fifth trip") == 0
    capsys.readouterr()
    assert run(lib, "quotes", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(q["needs_check"], q["check_reason"]) for q in listed] == [(False, None), (True, "heading")]
    assert [q["voice_by"] for q in listed] == ["rules", "rules"]
