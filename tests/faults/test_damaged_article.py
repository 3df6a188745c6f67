"""One flipped byte in one article's stored JSON (integrity_check still "ok"): the rest of the library
stays usable, the damaged article and its quotes are named and skipped (issue 15, item 4)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from qtapp.cli import main
from qtapp.library.store import Library
from tests.faults.conftest import integrity, select_text

SAYING = "Success comes to those who share in one purpose."
RIVERS = "Rivers of Asia\n\nThe Mekong carries silt to the delta. The Yangtze floods in summer."


@pytest.fixture
def two_articles(library_file: Path, seed_path: Path, tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> Path:
    """The seed (two quotes) and a second article (one quote); the seed's stored row is then damaged."""
    rivers = tmp_path / "rivers.txt"
    rivers.write_text(RIVERS, encoding="utf-8")
    for path, text in ((seed_path, SAYING), (seed_path, "This visit marks his fifth trip"),
                       (rivers, "The Mekong carries silt to the delta.")):
        assert main(["--library", str(library_file), "quotes", "add", str(path), "--text", text]) == 0
    capsys.readouterr()
    return rivers


def flip(library: Path, column: str = "parsed", at: float = 0.5, article_id: int = 1) -> None:
    """Flip one bit of one byte of the row's JSON, somewhere that breaks it, as a bad disk sector would."""
    conn = sqlite3.connect(library)
    try:
        value: str = conn.execute(f"SELECT {column} FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        raw = bytearray(value.encode("utf-8"))
        index = int(len(raw) * at)
        while True:
            candidate = bytearray(raw)
            candidate[index] ^= 0x04
            try:
                json.loads(candidate.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                break  # this flip breaks the JSON: what the issue saw
            index += 1
        conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?",
                     (candidate.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")
                      .decode("utf-8", "replace"), article_id))
        conn.commit()
    finally:
        conn.close()
    assert integrity(library) == "ok"


def cli(library: Path, *args: str) -> int:
    return main(["--library", str(library), *args])


@pytest.mark.parametrize("at", [0.0, 0.02, 0.5, 0.97])
def test_the_command_line_names_and_skips_the_damaged_article(
        library_file: Path, two_articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        at: float) -> None:
    flip(library_file, at=at)
    assert cli(library_file, "articles", "list") == 1
    out, err = capsys.readouterr()
    assert "Rivers of Asia" in out and "article 1 in the library is damaged" in err
    assert "its quotes (1, 2)" in err and "Traceback" not in err
    assert cli(library_file, "quotes", "list", "--json") == 1
    out, err = capsys.readouterr()
    assert [q["text"] for q in json.loads(out)] == ["The Mekong carries silt to the delta."]
    assert "article 1 in the library is damaged" in err
    for fmt in ("csv", "md", "json", "csl-json", "ris", "bibtex", "w3c", "hypothesis"):
        target = tmp_path / f"out.{fmt}"
        assert cli(library_file, "quotes", "export", "--format", fmt, "-o", str(target)) == 1, fmt
        out, err = capsys.readouterr()
        assert "skipped: article 1" in err and "its quotes (1, 2)" in err and "Traceback" not in err, fmt
        text = target.read_text(encoding="utf-8-sig")
        assert ("Mekong" in text or "Rivers of Asia" in text) and SAYING not in text, fmt
    backup = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(backup["articles"]) == 1 and len(backup["quotes"]) == 1


def test_adding_to_another_article_works_and_adding_the_damaged_one_again_repairs_it(
        library_file: Path, two_articles: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flip(library_file)
    assert cli(library_file, "quotes", "add", str(two_articles), "--text", "The Yangtze floods in summer.") == 0
    assert cli(library_file, "quotes", "add", str(seed_path), "--text",
               "The world is entering a new period of turbulence") == 0
    capsys.readouterr()
    with Library.open(library_file) as library:
        assert [a.id for a in library.articles.all()] == [1, 2] and library.articles.damaged() == []
        assert library.articles.get(1).quote_count == 3
    assert cli(library_file, "quotes", "export", "--format", "md") == 0
    assert SAYING in capsys.readouterr().out


def test_damaged_corrections_are_reported_not_repaired(library_file: Path, two_articles: Path,
                                                        seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(library_file, "articles", "edit", "1", "--date", "2024-07-02") == 0
    flip(library_file, column="corrections", at=0.3)
    code = cli(library_file, "quotes", "add", str(seed_path), "--text", "The world is entering a new period")
    err = capsys.readouterr().err
    assert code == 2 and "article 1 in the library is damaged" in err and "Traceback" not in err
    assert cli(library_file, "articles", "list") == 1
    assert "Rivers of Asia" in capsys.readouterr().out


def test_the_window_opens_and_marks_the_damaged_article(make_window: Any, library_file: Path,
                                                        two_articles: Path, told: Any, qtbot: QtBot) -> None:
    flip(library_file)
    window = make_window()
    model = window.quotes.dock.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    column = [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())].index("Article")
    titles = sorted(model.index(row, column).data() for row in range(model.rowCount()))
    assert titles == sorted(["⚠ Damaged article 1", "⚠ Damaged article 1", "Rivers of Asia"])
    assert told == []  # no dialog, let alone a crash report: the status bar says it
    # The seed on screen is the damaged article: the window says so rather than failing.
    assert "article 1 in the library is damaged" in window.statusBar().currentMessage()
    select_text(window, "The world is entering a new period of turbulence")  # saving from it repairs it
    assert window.quotes.saver.save() is not None
    with Library.open(library_file) as library:
        assert [a.id for a in library.articles.all()] == [1, 2] and library.articles.damaged() == []
        assert library.articles.get(1).quote_count == 3
