"""An article's escape sequences are shown, never obeyed, by the commands that print its words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qtapp.cli import main

ESC_TITLE = "Evil \x1b]0;pwned\x07\x1b[5mTitle"
ARTICLE = (f"{ESC_TITLE}\n\nBy John Smith\n\n\u201cWe \x1b[2Jwill win,\u201d said John Smith. "
           "More text \x1b[31mred\x1b[0m and so on.\n\n"
           + "\n\n".join(f"Paragraph {i} is ordinary prose about rivers and towns, at some length." for i in range(60)))


@pytest.fixture
def evil(tmp_path: Path) -> Path:
    path = tmp_path / "evil.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    for raw in ("\x1b", "\x07", "\x9b"):
        assert raw not in out and raw not in err
    return out


def test_parse_quotes_add_and_articles_list_show_escapes_as_text(evil, tmp_path, capsys):
    library = str(tmp_path / "lib.sqlite3")
    assert "\\u001b[2J" in run(capsys, "parse", str(evil))
    run(capsys, "parse", "--json", str(evil))
    run(capsys, "--library", library, "quotes", "add", str(evil), "--text", "More text \x1b[31mred")
    listed = run(capsys, "--library", library, "quotes", "list")
    assert "\\u001b[31m" in listed
    run(capsys, "--library", library, "articles", "list")
    records = json.loads(run(capsys, "--library", library, "quotes", "list", "--json"))
    assert records[0]["text"] == "More text \x1b[31mred"  # the JSON still holds the real characters
