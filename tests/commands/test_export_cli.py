"""``quoteclip quotes export|cite|import`` through the real entry point, ``qtapp.cli.main``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import rispy

from qtapp.cli import main
from qtapp.paths import LIBRARY_ENV

TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"
URL = "https://news.az/news/new-pragmatic-and-promising-chapter-of-china-kazakhstan-cooperation"
SAYING = "Success comes to those who share in one purpose."


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path,
        capsys: pytest.CaptureFixture[str]) -> Path:
    """A library holding the seed with its date and URL filled in and three quotes, one per voice."""
    path = tmp_path / "lib.sqlite3"
    monkeypatch.setenv(LIBRARY_ENV, str(path))  # so the override --library makes is undone
    for text, extra in ((SAYING, ["--tag", "saying", "--note", "Xi's \"saying\", quoted"]),
                        ("This visit marks his fifth trip", []),
                        ("The world is entering a new period of turbulence", [])):
        assert run(path, "quotes", "add", str(seed_path), "--text", text, *extra) == 0
    assert run(path, "articles", "edit", "1", "--date", "2024-07-02", "--url", URL) == 0
    capsys.readouterr()
    return path


def run(lib: Path, *args: str) -> int:
    return main(["--library", str(lib), *args])


@pytest.mark.parametrize(("style", "reference", "in_text"), [
    ("apa", f"Wang, H. (2024, July 2). {TITLE}. News.Az. {URL} (Originally published by CGTN)",
     "(Xi, as cited in Wang, 2024)"),
    ("mla", "Wang Haiyan. “New Pragmatic and Promising Chapter of China-Kazakhstan Cooperation.” "
            f"News.Az, 2 July 2024, {URL}.", "(qtd. in Wang)"),
])
def test_cite_prints_quote_in_text_citation_and_reference(lib: Path, capsys: pytest.CaptureFixture[str],
                                                          style: str, reference: str, in_text: str) -> None:
    assert run(lib, "quotes", "cite", "1", "--style", style) == 0
    assert capsys.readouterr().out == f"“{SAYING}” {in_text}\n\n{reference}\n"


def test_cite_chicago_prints_the_note(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "cite", "1", "--style", "chicago") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"“{SAYING}”\n\nXi Jinping, quoted in Wang Haiyan, “New Pragmatic")
    assert out.rstrip().endswith("Originally published by CGTN.")


def test_cite_editors_note(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "cite", "3", "--style", "apa") == 0
    assert "(CGTN Editors, 2024)" in capsys.readouterr().out


def test_cite_errors_are_one_line(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "cite", "1", "--style", "no-such-style") == 2
    err = capsys.readouterr().err
    assert err.startswith("quoteclip: unknown citation style 'no-such-style'") and err.count("\n") == 1
    assert run(lib, "quotes", "cite", "99") == 2
    assert "there is no quote 99" in capsys.readouterr().err


def test_export_to_stdout_and_file(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "export", "--format", "ris") == 0
    entries = rispy.loads(capsys.readouterr().out)
    assert entries[0]["type_of_reference"] == "NEWS" and entries[0]["urls"] == [URL]
    out = tmp_path / "quotes.csv"
    assert run(lib, "quotes", "export", "--format", "csv", "-o", str(out)) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["voice"] for r in rows] == ["speaker", "author", "editors"]
    assert rows[0]["note"] == "Xi's \"saying\", quoted"


def test_every_format_exports(lib: Path, tmp_path: Path) -> None:
    for fmt in ("md", "csv", "json", "csl-json", "ris", "bibtex", "w3c"):
        out = tmp_path / f"all.{fmt}"
        assert run(lib, "quotes", "export", "--format", fmt, "-o", str(out)) == 0, fmt
        assert "Wang" in out.read_text(encoding="utf-8-sig") or fmt in ("w3c", "json"), fmt


def test_export_one_article_and_unknown_article(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(lib, "quotes", "export", "--format", "csl-json", "--article", "1") == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == TITLE
    assert run(lib, "quotes", "export", "--format", "csl-json", "--article", "5") == 2
    assert "there is no article 5" in capsys.readouterr().err


def test_failed_export_keeps_the_old_file(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    assert run(lib, "quotes", "export", "--format", "md", "-o", str(tmp_path / "missing" / "x.md")) == 2
    assert "cannot write" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


def test_json_backup_round_trip_through_the_cli(lib: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.json"
    assert run(lib, "quotes", "export", "--format", "json", "-o", str(backup)) == 0
    assert run(lib, "quotes", "list", "--json") == 0
    before = json.loads(capsys.readouterr().out)
    empty = tmp_path / "empty.sqlite3"
    assert run(empty, "quotes", "import", str(backup)) == 0
    assert capsys.readouterr().out.startswith("imported 3 quotes and 1 article;")
    assert run(empty, "quotes", "import", str(backup)) == 0
    assert capsys.readouterr().out.startswith("imported 0 quotes and 0 articles; 3 quotes were already")
    assert run(empty, "quotes", "list", "--json") == 0
    after = json.loads(capsys.readouterr().out)
    for record in before + after:
        record["article"]["path"] = None  # the seed's path is the same; only drop it for clarity
    assert after == before


def test_import_of_a_non_backup_is_a_user_error(lib: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.json"
    other.write_text("[]", encoding="utf-8")
    assert run(lib, "quotes", "import", str(other)) == 2
    assert "not a QuoteClip backup" in capsys.readouterr().err


def test_per_article_writes_an_obsidian_note_into_the_folder(lib: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    folder = tmp_path / "vault"
    assert run(lib, "quotes", "export", "--format", "md", "--per-article", "-o", str(folder)) == 0
    (note,) = folder.iterdir()
    assert note.name == f"{TITLE}.md"
    text = note.read_text(encoding="utf-8")
    matter = yaml.safe_load(text.split("---\n")[1])
    assert matter["title"] == TITLE and matter["url"] == URL and matter["tags"] == ["saying"]
    assert f"<{URL}>" in text and "\\=" not in text
    assert f"> {SAYING}\n>\n> — " in text and [f"^qc-{n}" in text for n in (1, 2, 3)] == [True] * 3
    assert run(lib, "quotes", "export", "--format", "csv", "--per-article", "-o", str(folder)) == 2
    assert run(lib, "quotes", "export", "--format", "md", "--per-article") == 2
    assert "--per-article writes Markdown notes" in capsys.readouterr().err


def test_per_article_never_writes_over_the_library(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = lib.read_bytes()
    lib_note = lib.parent / f"{TITLE}.md"
    lib_note.symlink_to(lib)  # a note name that leads to the library is refused, as -o FILE is
    assert run(lib, "quotes", "export", "--format", "md", "--per-article", "-o", str(lib.parent)) == 2
    assert "will not export" in capsys.readouterr().err and lib.read_bytes() == before
