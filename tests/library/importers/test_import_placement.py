"""Imported highlights are placed by their tool's selectors when the real article is opened: the offsets
when the passage is there, else the quote with its context, so a passage the article holds twice goes to
the one the reader highlighted, not to the first."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from qtapp.article.loader import read_article
from qtapp.library.exporters import w3c as w3c_export
from qtapp.library.importers import adopt
from qtapp.library.importers.into_library import import_file
from qtapp.library.store import Library

URL = "https://harbour.example/2025/pilots"
TITLE = "Pilots and the tide"
PASSAGE = "We will wait for the tide,"
# Hard-wrapped with an indent (the cleaned text joins the lines with one space, so its offsets differ from the
# file's after it), the passage twice: the second is in the last paragraph, the reader's.
SOURCE = ("Pilots and the tide\n\nBy Jane Smith\n\nThe minister said the port would open soon. “We will wait for "
          "the tide,” she said on Monday,\n    and the harbour master agreed.\n\nOn Friday the pilots answered her. "
          "“We will wait for the tide,” their chair said,\nand added that nothing had changed since the "
          "spring.\n")
SECOND = SOURCE.index(PASSAGE, SOURCE.index(PASSAGE) + 1)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "pilots.txt"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def hypothesis_file(path: Path, selectors: list[dict[str, Any]]) -> Path:
    """Hypothesis' client Export file of one highlight on the page."""
    row = {"id": "Zq1aV9aNEe6y", "created": "2025-03-07T10:00:00.000000+00:00",
           "updated": "2025-03-07T10:00:00.000000+00:00", "user": "acct:reader@hypothes.is", "uri": URL,
           "text": "the reply", "tags": ["pilots"], "target": [{"source": URL, "selector": selectors}],
           "document": {"title": [TITLE]}}
    path.write_text(json.dumps({"export_date": "2025-03-08T09:00:00.000Z", "export_userid": row["user"],
                                "client_version": "1.1479.0", "annotations": [row]}), encoding="utf-8")
    return path


def _place(library: Library, page: Path) -> tuple[int, str]:
    """Open the real article (stored, its stubs adopted): where the one imported quote now starts."""
    article, source = read_article(page)
    article_id = library.articles.add(article, source, str(page))
    library.articles.correct(article_id, url=URL)
    assert adopt.adopt(library, article_id).moved == 1
    (quote,) = library.quotes.find()
    text = library.articles.get(article_id).article.text
    assert text[quote.start:quote.end] == quote.exact
    return quote.start, text


def _second_in(text: str) -> int:
    return text.index(PASSAGE, text.index(PASSAGE) + 1)


def test_offsets_into_the_page_place_the_passage_the_reader_highlighted(library: Library, page: Path,
                                                                        tmp_path: Path) -> None:
    import_file(library, hypothesis_file(tmp_path / "h.json", [
        {"type": "TextPositionSelector", "start": SECOND, "end": SECOND + len(PASSAGE)},
        {"type": "TextQuoteSelector", "exact": PASSAGE}]))  # no context: only the offsets tell
    start, text = _place(library, page)
    assert start == _second_in(text)


def test_without_usable_offsets_the_context_chooses(library: Library, page: Path, tmp_path: Path) -> None:
    import_file(library, hypothesis_file(tmp_path / "h.json", [
        {"type": "TextPositionSelector", "start": 3, "end": 3 + len(PASSAGE)},  # counted in another text
        {"type": "TextQuoteSelector", "exact": PASSAGE, "prefix": "the pilots answered her. “",
         "suffix": "” their chair said,"}]))
    start, text = _place(library, page)
    assert start == _second_in(text)


def test_a_quote_alone_goes_to_its_first_occurrence(library: Library, page: Path, tmp_path: Path) -> None:
    import_file(library, hypothesis_file(tmp_path / "h.json", [{"type": "TextQuoteSelector", "exact": PASSAGE}]))
    start, text = _place(library, page)
    assert start == text.index(PASSAGE)  # nothing says which: the first, as before


def test_offsets_in_a_paragraph_a_w3c_refinement_names(library: Library, page: Path, tmp_path: Path) -> None:
    article, _ = read_article(page)
    paragraph = next(b.text for b in article.blocks if b.text.startswith("On Friday"))
    inner = paragraph.index(PASSAGE)
    collection = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 1,
                  "first": {"type": "AnnotationPage", "items": [{
                      "id": "https://notes.example/anno/1", "type": "Annotation", "motivation": "highlighting",
                      "target": {"source": URL, "selector": [
                          {"type": "TextQuoteSelector", "exact": PASSAGE},
                          {"type": "TextQuoteSelector", "exact": paragraph,
                           "refinedBy": {"type": "TextPositionSelector", "start": inner,
                                         "end": inner + len(PASSAGE)}}]}}]}}
    path = tmp_path / "w3c.jsonld"
    path.write_text(json.dumps(collection), encoding="utf-8")
    import_file(library, path)
    start, text = _place(library, page)
    assert start == _second_in(text)


def test_our_w3c_export_places_each_quote_where_it_was(library: Library, page: Path, tmp_path: Path) -> None:
    """Offsets that count in the file (not the cleaned text) and a hard-wrapped passage, both ways round."""
    article, source = read_article(page)
    article_id = library.articles.add(article, source, str(page))
    library.articles.correct(article_id, url=URL)
    wrapped = "their chair said, and added that nothing had changed"  # a line break inside, in the file
    for passage, at in ((PASSAGE, _second_in(article.text)), (wrapped, article.text.index(wrapped))):
        library.quotes.add(article_id, at, at + len(passage))
    out = io.StringIO()
    w3c_export.write(library.quotes.find(), out, sources=library.articles.get)
    exported = json.loads(out.getvalue())
    positions = [a["target"]["selector"][1] for a in exported["first"]["items"]]
    assert all(p["type"] == "TextPositionSelector" for p in positions)
    assert SECOND in {p["start"] for p in positions}  # counted in the file, not in the cleaned text
    assert SECOND != _second_in(article.text)
    path = tmp_path / "w3c.jsonld"
    path.write_text(json.dumps(exported), encoding="utf-8")
    fresh = Library.open(tmp_path / "fresh.sqlite3")
    try:
        assert import_file(fresh, path).quotes_added == 2
        new_id = fresh.articles.add(article, source, str(page))
        fresh.articles.correct(new_id, url=URL)
        assert adopt.adopt(fresh, new_id).moved == 2
        placed = sorted((q.start, q.end) for q in fresh.quotes.find())
    finally:
        fresh.close()
    assert placed == sorted((q.start, q.end) for q in library.quotes.find())
