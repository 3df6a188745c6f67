"""Each export format, read back by independent readers: csv and pandoc's CSV reader, rispy and pandoc 3's
RIS reader, bibtexparser 2 and pandoc's BibTeX readers, jsonschema (CSL-JSON; citeproc-js reads it in
test_csl_json_citeproc.py)."""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
import rispy
from bibtexparser import middlewares as mw

from qtapp.library.atomic import write_atomic
from qtapp.library.exporters import module
from qtapp.library.exporters.markdown import escape, tag

# The CSL-JSON schema and the W3C suite, kept in tests/schemas so a clean clone runs them.
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
URL = "https://news.az/news/new-pragmatic-and-promising-chapter-of-china-kazakhstan-cooperation"
TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"
# CJK, right-to-left, emoji, and the characters each format must protect.
HARD = "王海燕 said “שלום עולם” 🎉, then: 50% of $5 & {x}_1 #hash ~tilde\\n — \"done\"\nsecond line"


def article(**changes: Any) -> dict[str, Any]:
    data = {"id": 1, "title": TITLE, "publisher": "CGTN", "reprinted_by": "News.Az", "date": "2024-07-02",
            "url": URL, "path": "/tmp/seed.txt", "hash": "ab" * 32,
            "authors": [{"name": "Wang Haiyan", "family": "Wang", "given": "Haiyan",
                         "description": "director", "family_first": True}]}
    data.update(changes)
    return data


def quote(number: int, text: str, art: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = {"id": number, "uuid": f"00000000-0000-4000-8000-{number:012d}", "text": text, "note": "",
            "tags": [], "color": None, "created": "2024-07-03T09:15:02Z", "updated": "2024-07-04T10:00:00Z",
            "voice": "author", "speaker": None, "attribution": f"Wang Haiyan — “{TITLE}”, CGTN, reprinted by "
            "News.Az", "selector": {"exact": text, "prefix": "before ", "suffix": " after", "start": 10,
                                    "end": 10 + len(text)}, "article": art}
    data.update(changes)
    return data


@pytest.fixture
def records() -> list[dict[str, Any]]:
    seed = article()
    other = article(id=2, title="中哈合作 «مرحبا» 🎉 & more_{1}", publisher="新华社", reprinted_by=None,
                    date="2023", url=None, authors=[{"name": "李伟", "family": "李", "given": "伟",
                                                     "description": None, "family_first": True}])
    return [
        quote(1, "Success comes to those who share in one purpose.", seed, voice="speaker",
              speaker="Xi Jinping", note="A note, with \"quotes\"\nand a second line", tags=["saying", "SCO 2024"]),
        quote(2, HARD, other, tags=["ünïcode", "🎉"]),
        quote(3, "This visit marks his fifth trip", seed, voice="editors"),
    ]


def render(fmt: str, records: list[dict[str, Any]], tmp_path: Path) -> str:
    """Write through the same atomic path the CLI uses, then read the file as a user's tool would."""
    exporter = module(fmt)
    target = tmp_path / f"out.{fmt}"
    write_atomic(target, lambda out: exporter.write(records, out), encoding=exporter.ENCODING,
                 newline=exporter.NEWLINE)
    return target.read_text(encoding=exporter.ENCODING)


def test_csv_round_trips_through_the_csv_module(records: list[dict[str, Any]], tmp_path: Path) -> None:
    render("csv", records, tmp_path)
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets then read UTF-8, not a legacy code page
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["text"] for row in rows] == [r["text"] for r in records]
    assert rows[0]["note"] == "A note, with \"quotes\"\nand a second line"
    assert rows[0]["tags"] == "saying; SCO 2024"
    assert rows[0]["speaker"] == "Xi Jinping" and rows[0]["voice"] == "speaker"
    assert rows[1]["title"] == "中哈合作 «مرحبا» 🎉 & more_{1}" and rows[1]["authors"] == "李伟"
    assert rows[0]["authors"] == "Wang Haiyan" and rows[0]["url"] == URL
    assert rows[2]["start"] == "10" and len(rows) == 3


def _pandoc_blocks(path: Path, reader: str, pandoc: str = "pandoc") -> Any:
    result = subprocess.run([pandoc, "-f", reader, "-t", "json", str(path)], capture_output=True, text=True,
                            timeout=60, check=True)
    return json.loads(result.stdout)["blocks"]


def _inline_text(node: Any) -> str:
    """The text of a pandoc AST node as a reader sees it (a cell's words, its line breaks)."""
    if isinstance(node, list):
        return "".join(_inline_text(part) for part in node)
    if not isinstance(node, dict):
        return ""
    kind = node.get("t")
    if kind == "Str":
        return str(node["c"])
    if kind == "Space":
        return " "
    if kind in ("SoftBreak", "LineBreak"):
        return "\n"
    return _inline_text(node.get("c"))


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (apt-get install pandoc)")
def test_csv_is_read_by_pandoc_as_a_table_of_the_same_cells(records: list[dict[str, Any]], tmp_path: Path) -> None:
    render("csv", records, tmp_path)
    [table] = [b for b in _pandoc_blocks(tmp_path / "out.csv", "csv") if b["t"] == "Table"]
    head, bodies = table["c"][3], table["c"][4]
    header = [_inline_text(cell[4]) for cell in head[1][0][1]]
    rows = [[_inline_text(cell[4]) for cell in row[1]] for body in bodies for row in body[3]]
    assert header[:5] == ["id", "uuid", "text", "note", "tags"]  # the BOM did not become part of "id"
    cells = [dict(zip(header, row, strict=True)) for row in rows]
    assert len(cells) == 3

    def words(text: str) -> str:
        return " ".join(text.split())
    assert [words(c["text"]) for c in cells] == [words(r["text"]) for r in records]
    assert words(cells[0]["note"]) == "A note, with \"quotes\" and a second line"
    assert cells[0]["tags"] == "saying; SCO 2024" and cells[0]["speaker"] == "Xi Jinping"
    assert cells[1]["title"] == "中哈合作 «مرحبا» 🎉 & more_{1}" and cells[0]["url"] == URL


def _pandoc3() -> str:
    """pandoc 3 from the pypandoc-binary wheel (the test extra): Debian 12's pandoc 2.17 reads no RIS."""
    pypandoc = pytest.importorskip("pypandoc", reason="pypandoc-binary (the test extra) ships pandoc 3")
    return str(pypandoc.get_pandoc_path())


def test_ris_is_read_by_pandoc_3s_ris_reader(records: list[dict[str, Any]], tmp_path: Path) -> None:
    render("ris", records, tmp_path)
    result = subprocess.run([_pandoc3(), "-f", "ris", "-t", "csljson", str(tmp_path / "out.ris")],
                            capture_output=True, text=True, timeout=60, check=True)
    seed, other = json.loads(result.stdout)  # one reference per article
    assert seed["type"] == "article-newspaper" and seed["title"] == TITLE
    assert seed["author"] == [{"family": "Wang", "given": "Haiyan"}]
    assert seed["container-title"] == "News.Az" and seed["URL"] == URL
    assert seed["issued"]["date-parts"][0][0] == 2024
    assert sorted(seed["keyword"].split(", ")) == ["SCO 2024", "saying"]
    assert other["title"] == "中哈合作 «مرحبا» 🎉 & more_{1}" and other["author"] == [{"family": "李", "given": "伟"}]
    assert other["container-title"] == "新华社" and "URL" not in other


def test_ris_is_read_by_rispy(records: list[dict[str, Any]], tmp_path: Path) -> None:
    text = render("ris", records, tmp_path)
    assert text.startswith("TY  - NEWS")
    entries = rispy.loads(text)
    assert len(entries) == 2  # one per article
    seed, other = entries
    assert seed["type_of_reference"] == "NEWS"
    assert seed["authors"] == ["Wang, Haiyan"]
    assert seed["title"] == TITLE and seed["journal_name"] == "News.Az"
    assert seed["date"] == "2024/07/02/" and seed["year"] == "2024" and seed["urls"] == [URL]
    assert "Originally published by CGTN" in seed["notes"]
    # Each quote is one HTML note (what Zotero reads N1 as): escaped, its lines kept as line breaks.
    note = next(n for n in seed["notes"] if n.startswith("<p>“Success comes"))
    assert "<p>Note: A note, with \"quotes\"<br>and a second line</p>" in note
    assert "<p>Tags: saying, SCO 2024</p>" in note
    assert seed["keywords"] == ["saying", "SCO 2024"]
    assert other["authors"] == ["李, 伟"] and other["title"] == "中哈合作 «مرحبا» 🎉 & more_{1}"
    assert html.unescape(other["notes"][0].replace("<br>", "\n")).startswith("<p>“" + HARD)
    assert "& {x}" not in other["notes"][0] and "&amp; {x}" in other["notes"][0]


def test_ris_never_lets_a_note_become_live_html(records: list[dict[str, Any]], tmp_path: Path) -> None:
    records[0]["note"] = '<img src="http://example.com/x.png"> <b>bold</b>'
    seed = rispy.loads(render("ris", records, tmp_path))[0]
    note = next(n for n in seed["notes"] if "Note:" in n)
    assert "<img" not in note and "&lt;img src=\"http://example.com/x.png\"&gt;" in note


def _bibtex(text: str) -> bibtexparser.Library:
    return bibtexparser.parse_string(text, append_middleware=[
        mw.LatexDecodingMiddleware(), mw.SeparateCoAuthors(), mw.SplitNameParts()])


def test_bibtex_is_read_by_bibtexparser_with_names_split(records: list[dict[str, Any]],
                                                          tmp_path: Path) -> None:
    text = render("bibtex", records, tmp_path)
    library = _bibtex(text)
    assert not library.failed_blocks
    seed, other = library.entries
    assert seed.entry_type == "article" and seed.key == "wang2024new"
    names = seed["author"]
    assert [n.last for n in names] == [["Wang"]] and [n.first for n in names] == [["Haiyan"]]
    assert seed["entrysubtype"] == "newspaper" and seed["origpublisher"] == "CGTN"
    assert seed["journaltitle"] == "News.Az" and seed["date"] == "2024-07-02" and seed["url"] == URL
    # LaTeX specials were escaped, and decode back to the original text.
    assert r"50\% of \$5 \& \{x\}\_1 \#hash" in text
    assert other["title"] == "中哈合作 «مرحبا» 🎉 & more_{1}"
    assert "王海燕" in other["annote"] and "50% of $5 & {x}_1 #hash" in other["annote"]
    assert [n.last for n in other["author"]] == [["李"]]
    # Classic BibTeX's fields beside biblatex's: bibtex styles find the journal, year, month and URL.
    assert (seed["journal"], seed["year"], seed["month"]) == ("News.Az", "2024", "7")
    assert "year" in other.fields_dict and "month" not in other.fields_dict  # "2023" has no month
    assert "A note, with" in seed["annote"]  # Zotero's importer reads quotes and notes from annote


def test_bibtex_protects_capitals_and_keeps_a_tag_with_a_comma_whole(records: list[dict[str, Any]],
                                                                      tmp_path: Path) -> None:
    from qtapp.library.exporters.bibtex import protect_capitals

    assert protect_capitals("New pragmatic chapter of China-Kazakhstan cooperation") == \
        "New pragmatic chapter of {China-Kazakhstan} cooperation"
    assert protect_capitals("SCO summit opens") == "{SCO} summit opens"  # an acronym first: braced too
    records[0]["tags"] = ["SCO, 2024", "saying"]
    text = render("bibtex", records, tmp_path)
    assert "title = {New pragmatic and promising chapter of {China-Kazakhstan} cooperation}" in text
    assert "keywords = {{SCO, 2024}, saying}" in text


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (apt-get install pandoc)")
@pytest.mark.parametrize("reader", ["bibtex", "biblatex"])
def test_bibtex_is_read_by_pandoc_as_classic_bibtex_and_as_biblatex(records: list[dict[str, Any]],
                                                                     tmp_path: Path, reader: str) -> None:
    render("bibtex", records, tmp_path)
    result = subprocess.run(["pandoc", "-f", reader, "-t", "csljson", str(tmp_path / "out.bibtex")],
                            capture_output=True, text=True, timeout=60, check=True)
    items = {item["id"]: item for item in json.loads(result.stdout)}
    seed = items["wang2024new"]
    assert seed["title"] == TITLE and seed["container-title"] == "News.Az"
    assert seed["issued"]["date-parts"][0][:2] == [2024, 7]  # found in either field set
    assert seed["URL"] == URL
    assert seed["author"] == [{"family": "Wang", "given": "Haiyan"}]


def test_bibtex_keys_are_unique() -> None:
    from qtapp.library.exporters.bibtex import cite_key

    taken: set[str] = set()
    keys = [cite_key(article(), taken) for _ in range(3)]
    assert keys == ["wang2024new", "wang2024newa", "wang2024newb"]


def test_csl_json_is_valid_against_the_schema(records: list[dict[str, Any]], tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SCHEMAS / "csl-data.json"
    assert schema_path.exists(), f"the CSL-JSON schema is missing from {SCHEMAS}"
    items = json.loads(render("csl-json", records, tmp_path))
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    assert sorted(e.message for e in validator.iter_errors(items)) == []
    seed, other, editors = items  # the seed's editors' quote is an item of its own
    assert editors["author"] == [{"literal": "CGTN Editors"}] and editors["id"] != seed["id"]
    assert "This visit marks his fifth trip" in editors["note"] and "fifth trip" not in seed["note"]
    assert seed["type"] == "article-newspaper" and seed["container-title"] == "News.Az"
    assert seed["original-publisher"] == "CGTN" and seed["references"] == "Originally published by CGTN"
    assert seed["issued"] == {"date-parts": [[2024, 7, 2]]} and seed["URL"] == URL
    assert seed["author"] == [{"family": "Wang", "given": "Haiyan"}]  # APA's "Wang, H.": no static ordering
    assert seed["note"].startswith("original-publisher: CGTN\nreferences: Originally published by CGTN\n")
    assert "speaker" in seed["note"] and "Xi Jinping" in seed["note"] and "editors" in editors["note"]
    assert "  Note: A note, with \"quotes\"\n    and a second line\n  Tags: saying; SCO 2024" in seed["note"]
    assert other["title"] == "中哈合作 «مرحبا» 🎉 & more_{1}" and other["issued"] == {"date-parts": [[2023]]}


def test_markdown_has_heading_citation_blockquote_note_and_tags(records: list[dict[str, Any]],
                                                                 tmp_path: Path) -> None:
    text = render("md", records, tmp_path)
    sections = text.split("\n## ")
    assert sections[0].startswith(f"## {TITLE}\n\n")
    assert f"Wang, H. (2024, July 2). {TITLE}. *News.Az*. <{URL}> (Originally published by CGTN)" in text
    assert "> Success comes to those who share in one purpose.\n>\n> — Wang Haiyan" in text
    assert "A note, with \"quotes\"\nand a second line" in text
    assert "#saying #SCO-2024" in text
    # The passage's own markup characters are inert, and every line of it stays in the blockquote.
    assert "> 王海燕 said “שלום עולם” 🎉, then: 50% of $5 & {x}\\_1 \\#hash \\~tilde\\\\n" in text
    assert "\n> second line\n" in text
    assert "#ünïcode #🎉" not in text and "#ünïcode" in text


def test_markdown_escaping_and_tags() -> None:
    assert escape("# not a heading") == "\\# not a heading"
    assert escape("1. not a list\n- nor this") == "1\\. not a list\n\\- nor this"
    assert escape("*bold* _it_ [link](x) <b>") == "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>"
    assert tag("Belt and Road") == "#Belt-and-Road" and tag("2024") == "#_2024" and tag("!!") == ""


def test_progress_is_reported_to_the_end(records: list[dict[str, Any]]) -> None:
    for fmt in ("md", "csv", "csl-json", "ris", "bibtex", "w3c"):
        calls: list[tuple[int, int]] = []
        module(fmt).write(records, io.StringIO(), progress=lambda done, total, calls=calls: calls.append((done, total)))
        assert calls[-1] == (3, 3), fmt


def test_empty_exports_are_still_well_formed() -> None:
    for fmt in ("csl-json", "w3c"):
        out = io.StringIO()
        module(fmt).write([], out)
        json.loads(out.getvalue())
    out = io.StringIO()
    module("csv").write([], out)
    assert out.getvalue().startswith("id,uuid,text")
