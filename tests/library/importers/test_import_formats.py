"""Each importer reads its tool's own shape into highlights with only the attribution the file gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qtapp.errors import UserError
from qtapp.library.importers import detect, read
from qtapp.library.importers.kindle import parse as parse_kindle
from qtapp.library.importers.records import ImportInvalid, normal_url, person, title_key
from tests.library.importers import samples


def test_kindle_reads_books_authors_notes_and_merges_edits(tmp_path: Path) -> None:
    parsed = read(samples.kindle(tmp_path / "My Clippings.txt"), "kindle")
    texts = [h.text for h in parsed.highlights]
    # The extended highlight replaced the first; the synced-twice one is one.
    assert texts == ["The first sound in the mornings was the clumping of the mill-girls’ clogs down the "
                     "cobbled street.", "Migrants are not the problem.", "Nobody owns this sentence."]
    assert parsed.merged == 2
    assert parsed.skipped == {"bookmarks": 1}
    wigan, economics, anonymous = parsed.highlights
    assert wigan.source.title == "The Road to Wigan Pier"
    assert [(a.name, a.family, a.given) for a in wigan.source.authors] == [("George Orwell", "Orwell", "George")]
    assert wigan.note == "Opening line: sound before sight."  # typed at the end of the extended highlight
    assert wigan.created == "2024-03-04T22:16:02" and wigan.location == "Location 70-74"
    assert [a.name for a in economics.source.authors] == ["Abhijit V. Banerjee", "Esther Duflo"]
    # No "(Author)" on the title line: the author is unknown, not guessed from the file name.
    assert anonymous.source.title == "notes-from-a-meeting.pdf" and anonymous.source.authors == ()
    assert not any("\ufeff" in h.source.title for h in parsed.highlights if h.source.title)


def test_kindle_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    path = samples.kindle(tmp_path / "My Clippings.txt")
    first, again = read(path, "kindle"), read(path, "kindle")
    assert [h.uuid for h in first.highlights] == [h.uuid for h in again.highlights]
    assert len({h.uuid for h in first.highlights}) == 3


def test_kindle_note_without_its_highlight_is_counted_not_invented() -> None:
    text = samples.clipping("Book (Doe, Jane)", "Note", "on Location 500", "Monday, March 4, 2024 10:15:32 PM",
                            "a thought")
    parsed = parse_kindle(text)
    assert parsed.highlights == [] and parsed.skipped == {"notes without a highlight": 1}


def test_kindle_two_notes_on_one_location_keep_the_later_edit() -> None:
    when = "Monday, March 4, 2024 10:15:32 PM"
    text = (samples.clipping("B (Doe, Jane)", "Highlight", "on Location 10-12", when, "Words here.")
            + samples.clipping("B (Doe, Jane)", "Note", "on Location 12", when, "first try")
            + samples.clipping("B (Doe, Jane)", "Note", "on Location 12", when, "edited note"))
    assert [h.note for h in parse_kindle(text).highlights] == ["edited note"]


def test_readwise_reads_quoted_multiline_cells(tmp_path: Path) -> None:
    parsed = read(samples.readwise(tmp_path / "readwise.csv"), "readwise")
    first, second, third = parsed.highlights
    assert first.text == "It was a bright cold day in April,\nand the clocks were striking thirteen."
    assert first.note == 'First line,\n"famous" one'
    assert first.tags == ("opening", "classic", "fiction") and first.color == "yellow"
    assert first.source.title == "1984" and [a.name for a in first.source.authors] == ["George Orwell"]
    assert first.created == "2024-03-04 22:15:32+00:00" and first.location == "location 1"
    assert second.color == "blue" and second.tags == ("fiction",)
    assert third.color == "orange" and third.source.title == samples.SEED_TITLE


def test_readwise_without_its_columns_names_them(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Title,Text\nA,B\n", encoding="utf-8")
    with pytest.raises(ImportInvalid, match="Highlight and Book Title are missing; nothing was imported"):
        read(path, "readwise")


@pytest.mark.parametrize("shape", ["export", "api", "list"])
def test_hypothesis_reads_the_quote_selector_and_skips_page_notes(tmp_path: Path, shape: str) -> None:
    parsed = read(samples.hypothesis(tmp_path / "h.json", shape=shape), "hypothesis")
    assert parsed.skipped == {"page notes (no highlighted text)": 1}
    (one,) = parsed.highlights
    assert one.text == samples.SEED_PASSAGE and one.note == "Framing of the whole piece"
    assert one.tags == ("framing", "geopolitics")
    assert one.source.url == samples.SEED_URL and one.source.title == samples.SEED_TITLE
    assert one.source.authors == ()  # "acct:reader@hypothes.is" annotated it; it did not write it


def test_hypothesis_record_with_bad_tags_is_named(tmp_path: Path) -> None:
    rows = samples.hypothesis_rows()
    rows[0]["tags"] = "framing"
    path = tmp_path / "h.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    with pytest.raises(ImportInvalid, match=r"annotation 1 \(Jk3pV9aNEe6x\): 'tags' must be a list"):
        read(path, "hypothesis")


def test_w3c_reads_comments_tags_and_skips_whole_page_annotations(tmp_path: Path) -> None:
    parsed = read(samples.w3c(tmp_path / "notes.jsonld"), "w3c")
    assert parsed.skipped == {"annotations of a whole page (no highlighted text)": 1}
    (one,) = parsed.highlights
    assert (one.text, one.note, one.tags) == (samples.SEED_PASSAGE, "Framing of the whole piece", ("geopolitics",))
    assert one.source.url == samples.SEED_URL and one.source.authors == ()  # "A Reader" annotated; did not write
    assert one.created == "2024-07-02T10:15:00Z" and one.own_uuid is None
    assert one.placement is not None and (one.placement.prefix, one.placement.start) == ("CGTN.\n\n", 412)


def test_zotero_ris_notes_quotes_become_highlights(tmp_path: Path) -> None:
    parsed = read(samples.zotero_ris(tmp_path / "zotero.ris"), "ris")
    first, second = parsed.highlights
    assert (first.text, first.note) == (samples.SEED_PASSAGE, "The opening claim & its frame")
    assert second.text == samples.SEED_SAYING and second.note == ""
    source = first.source
    assert (source.title, source.url, source.date, source.publisher) == (
        samples.SEED_TITLE, samples.SEED_URL, "2024-07-02", "News.Az")
    assert [(a.family, a.given) for a in source.authors] == [("Wang", "Haiyan")]
    # The plain note quotes nothing and the book has no notes: neither is a highlight.
    assert parsed.skipped == {"records without a quoted note": 1}


@pytest.mark.parametrize(("name", "writer", "fmt"), [
    ("clippings.dat", samples.kindle, "kindle"),
    ("export.txt", samples.readwise, "readwise"),
    ("annotations.txt", samples.hypothesis, "hypothesis"),
    ("refs.txt", samples.zotero_ris, "ris"),
    ("notes.json", samples.w3c, "w3c"),
])
def test_detection_reads_the_content_not_the_suffix(tmp_path: Path, name: str, writer: object, fmt: str) -> None:
    assert callable(writer)
    assert detect(writer(tmp_path / name)) == fmt


def test_detection_of_something_else_says_to_name_the_format(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear reader,\nnothing to import here.\n", encoding="utf-8")
    with pytest.raises(UserError, match="cannot tell the format of letter.txt.*--format"):
        detect(path)


def test_names_and_urls_compare_loosely() -> None:
    assert person("Orwell, George").name == "George Orwell"
    assert person("Wang Haiyan").family is None  # no rule says which part is the family name
    assert title_key("A Title", [person("Orwell, George")]) == title_key("a title!", [person("George Orwell")])
    assert normal_url("https://www.Example.com/a/#top") == normal_url("http://example.com/a")
