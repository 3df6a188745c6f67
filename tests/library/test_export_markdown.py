"""The Markdown export as Obsidian and pandoc read it: text and links survive, tags are tags, each quote
has its block id, front matter is YAML, and one note per article is written whole."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from qtapp.errors import UserError
from qtapp.library.exporters.markdown import escape, front_matter, note_names, tag, tag_name, write, write_notes

URL = "https://example.com/news/a_b*c?src=rss&id=41#top"
ARTICLE = {"id": 7, "title": "Markets: $41 billion *lost*?", "publisher": "The Desk", "reprinted_by": None,
           "date": "2024-07-02", "url": URL, "authors": [{"name": "Ana Lima", "family": "Lima", "given": "Ana"},
                                                        {"name": "Wang Haiyan", "family": "Wang", "given": "Haiyan",
                                                         "family_first": True}]}
# Each is a passage a reader might save; pandoc must give the same text back, not markup.
TEXTS = [
    "Costs rose to $41 billion, up from $30 billion.",
    "Read https://example.com/a?src=rss&x=1_2 now, or (https://en.wikipedia.org/wiki/Foo_(bar)).",
    "He said $x$ and meant it; 2 * 3 = 6, a == b, 50% off",
    "# not a heading\n- nor a list\n1. nor this\n> nor a quote\n=",
    "*stars* _under_ [link](x) <b>tag</b> `code` ~sub~ ^sup^ |pipe| \\back",
    "&amp; is five characters, & is one",
    "==not highlighted== %%not a comment%% [[not a link]] #not-a-tag ending ^not-an-id",
]


def _pandoc(markdown: str, reader: str) -> str:
    return subprocess.run(["pandoc", "-f", reader, "-t", "html"], input=markdown, capture_output=True,
                          text=True, check=True, timeout=60).stdout


def _texts(rendered: str) -> list[str]:
    """Each paragraph's text as a reader sees it: tags dropped, entities read, lines joined."""
    plain = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    return [" ".join(part.split()) for part in plain.split("QCSEP")]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("reader", ["markdown-smart", "gfm"])
def test_pandoc_reads_the_escaped_text_back_as_written(reader: str) -> None:
    document = "\n\nQCSEP\n\n".join(escape(text) for text in TEXTS)
    rendered = _pandoc(document, reader)
    assert "<h1" not in rendered and "<li" not in rendered and "<blockquote" not in rendered
    assert "<em" not in rendered and "<code" not in rendered and "math" not in rendered
    assert _texts(rendered) == [" ".join(text.split()) for text in TEXTS]


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("reader", ["markdown-smart", "gfm"])
def test_urls_stay_whole_links(reader: str) -> None:
    rendered = _pandoc(escape(f"See {URL}. And https://en.wikipedia.org/wiki/Foo_(bar))."), reader)
    hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', rendered)]
    assert hrefs == [URL, "https://en.wikipedia.org/wiki/Foo_(bar)"]
    assert "\\" not in escape(URL) and "<https://en.wikipedia.org/wiki/Foo_(bar)>)." in escape(
        "https://en.wikipedia.org/wiki/Foo_(bar)).")


def test_dollars_and_equals_are_escaped_only_where_they_would_be_markup() -> None:
    assert escape("$41 billion and $5") == "$41 billion and $5"
    assert escape("a = b") == "a = b"
    assert escape("$x$") == "\\$x\\$" and escape("a == b") == "a \\=\\= b"


@pytest.mark.parametrize(("name", "expected"), [
    ("Belt and Road", "#Belt-and-Road"), ("2024", "#_2024"), ("1.5", "#_1-5"), ("C++", "#C-plus-plus"),
    ("C#", "#C-sharp"), ("R&D", "#R-and-D"), ("climate / policy", "#climate/policy"), ("ünïcode", "#ünïcode"),
    ("  -x- ", "#x"), ("🎉", ""), ("!!", ""), ("snake_case", "#snake_case"),
])
def test_tags_are_ones_obsidian_accepts(name: str, expected: str) -> None:
    assert tag(name) == expected
    if expected:  # letters, digits, _ - /, and at least one character that is not a digit
        assert re.fullmatch(r"#[\w/-]+", expected) and re.search(r"[^\d/-]", expected)


def _quote(number: int, text: str, **changes: Any) -> dict[str, Any]:
    data = {"id": number, "text": text, "note": "", "tags": [], "attribution": "Ana Lima — The Desk",
            "needs_check": False, "article": ARTICLE}
    data.update(changes)
    return data


QUOTES = [_quote(12, "First line\nsecond line", note="Why I kept it", tags=["economy", "2024"]),
          _quote(13, "Another", tags=["C++", "economy"], needs_check=True)]


def test_each_quote_is_a_blockquote_with_attribution_id_note_and_tags() -> None:
    out = io.StringIO()
    write(QUOTES, out)
    text = out.getvalue()
    assert ("> First line\n> second line\n>\n> — Ana Lima — The Desk · [open passage](quoteclip://quote/12)\n\n"
            "^qc-12\n\nWhy I kept it\n\n#economy #_2024\n\n") in text
    assert ("> — Ana Lima — The Desk \\[check who said this\\] · [open passage](quoteclip://quote/13)\n\n"
            "^qc-13\n\n#C-plus-plus #economy") in text


def test_one_article_gets_front_matter_that_yaml_reads_back() -> None:
    out = io.StringIO()
    write(QUOTES, out)
    head, matter, body = out.getvalue().split("---\n", 2)
    assert head == "" and body.startswith("\n## Markets: $41 billion \\*lost\\*?\n")
    assert yaml.safe_load(matter) == {
        "title": "Markets: $41 billion *lost*?", "authors": ["Ana Lima", "Wang Haiyan"],
        "publisher": "The Desk", "date": "2024-07-02", "url": URL, "tags": ["economy", "_2024", "C-plus-plus"]}


def test_front_matter_survives_yaml_special_titles_and_leaves_unknowns_out() -> None:
    tricky = {"id": 1, "title": "yes: no # [x] {y} 'q' \"d\"\nnext", "authors": [], "date": None}
    assert yaml.safe_load(front_matter(tricky, []).strip("-\n")) == {"title": tricky["title"]}
    assert front_matter({"id": 1}, []) == ""


def test_several_articles_in_one_file_get_no_front_matter() -> None:
    other = dict(ARTICLE, id=8, title="Other")
    out = io.StringIO()
    write([*QUOTES, _quote(14, "Third", article=other)], out)
    assert not out.getvalue().startswith("---") and out.getvalue().count("\n## ") == 1


def test_note_names_are_safe_and_distinct() -> None:
    names = note_names([{"id": 1, "title": "A/B: c? [d] #e ^f"}, {"id": 2, "title": "Same"},
                        {"id": 3, "title": "same"}, {"id": 4, "title": None}, {"id": 5, "title": "x" * 400},
                        {"id": 6, "title": "CON"}])
    assert names[:4] == ["A B c d e f.md", "Same (2).md", "same (3).md", "Untitled article.md"]
    assert len(names[4].encode()) <= 255 and names[5] == "CON article.md"


def test_write_notes_writes_one_note_per_article_and_replaces_on_reexport(tmp_path: Path) -> None:
    other = dict(ARTICLE, id=8, title="Other", url=None, authors=[])
    quotes = [*QUOTES, _quote(14, "Third", article=other, tags=["x y"])]
    folder = tmp_path / "vault" / "QuoteClip"
    calls: list[tuple[int, int]] = []
    paths = write_notes(quotes, folder, progress=lambda done, total: calls.append((done, total)))
    assert sorted(p.name for p in folder.iterdir()) == ["Markets $41 billion lost.md", "Other.md"]
    assert paths == [folder / "Markets $41 billion lost.md", folder / "Other.md"] and calls[-1] == (3, 3)
    note = (folder / "Other.md").read_text(encoding="utf-8")
    assert yaml.safe_load(note.split("---\n")[1]) == {"title": "Other", "publisher": "The Desk",
                                                      "date": "2024-07-02", "tags": ["x-y"]}
    assert "\n# Other\n" in note and "^qc-14" in note and "^qc-12" not in note
    write_notes([_quote(14, "Changed", article=other)], folder)
    assert "> Changed" in (folder / "Other.md").read_text(encoding="utf-8")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_a_refused_note_leaves_the_folder_untouched(tmp_path: Path) -> None:
    def refuse(path: Path) -> None:
        if path.name == "Other.md":
            raise UserError("no")

    other = dict(ARTICLE, id=8, title="Other")
    with pytest.raises(UserError):
        write_notes([*QUOTES, _quote(14, "Third", article=other)], tmp_path / "notes", check=refuse)
    assert not (tmp_path / "notes").exists()


def test_tag_name_is_the_tag_without_its_hash() -> None:
    assert tag_name("SCO 2024") == "SCO-2024" and tag("SCO 2024") == "#SCO-2024"
