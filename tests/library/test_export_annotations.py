"""The W3C and Hypothesis exports of a real library: selectors that hold in the source they name, read
back by pyld (JSON-LD expansion with the W3C context shipped in resources/, never fetched) and by
jsonschema (the Working Group's MUSTs); the Hypothesis file by its API's documented fields and as its
client's Import reads an export file."""

from __future__ import annotations

import base64
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from qtapp import paths
from qtapp.article.loader import read_article
from qtapp.library.exporters import module
from qtapp.library.exporters.hypothesis import annotation_id, user_account
from qtapp.library.store import Library

pyld = pytest.importorskip("pyld")
jsonschema = pytest.importorskip("jsonschema")

# Hard-wrapped, CRLF line ends, a double blank and a repeated phrase: the cleaned text differs from the
# source in every way that put 9 of 17 positions off before.
TEXT_SOURCE = ("Green corridors for the Caspian\r\n\r\nBy Jane Smith\r\n\r\n"
               "The minister said on Tuesday that the plan for the new port\r\nwas ready, and that "
               "\u201cSuccess comes to those who share in one\r\npurpose.\u201d   Trade between the two "
               "countries grew fast in the\r\nfirst half of the year.\r\n\r\nShe added that the railway "
               "would open in the spring:\r\n\u201cSuccess comes to those who wait.\u201d The ministry did "
               "not give\r\na date for the second stage of the work.\r\n")
HTML_SOURCE = ("<!doctype html><html><head><title>Steppe fires</title></head><body><article><h1>Steppe fires"
               "</h1><p>By Jane Smith</p><p>The ranger said the fires &ldquo;spread faster than any year we "
               "remember&rdquo; this spring.</p><p>Crews worked all night.</p></article></body></html>")
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _save(library: Library, path: Path, passage: str, **extra: Any) -> int:
    article, source = read_article(path)
    article_id = library.articles.add(article, source, path)
    start = article.text.index(passage)
    return library.quotes.add(article_id, start, start + len(passage), **extra)


@pytest.fixture
def exported_library(tmp_path: Path) -> Any:
    text_file, page = tmp_path / "caspian.txt", tmp_path / "steppe.html"
    text_file.write_bytes(TEXT_SOURCE.encode("utf-8"))
    page.write_text(HTML_SOURCE, encoding="utf-8")
    library = Library.open(tmp_path / "library.sqlite3")
    _save(library, text_file, "Success comes to those who share in one purpose.", note="Why", tags=["saying"])
    _save(library, text_file, "Success comes to those who wait.")
    _save(library, text_file, "first half of the year.\n\nShe added")  # across a block join
    _save(library, page, "spread faster than any year we remember")
    yield library
    library.close()


def export(library: Library, fmt: str, **options: Any) -> Any:
    out = io.StringIO()
    module(fmt).write(library.quotes.find(), out, sources=library.articles.get, **options)
    return json.loads(out.getvalue())


def _stored_source(library: Library, iri: str) -> str:
    [record] = [a for a in library.articles.all() if f"urn:quoteclip:article:{a.hash}" == iri]
    return record.source


def check_selectors(selectors: list[dict[str, Any]], source: str) -> str:
    """Apply the selectors as a reader would; the kind of position they gave."""
    quote = selectors[0]
    assert quote["type"] == "TextQuoteSelector"
    for context in (quote.get("prefix", ""), quote.get("suffix", "")):
        assert "\n\n" not in context.replace("\r\n", "\n")  # never from another paragraph
    if len(selectors) == 1:
        return "none"
    second = selectors[1]
    if second["type"] == "TextPositionSelector":
        start, end = second["start"], second["end"]
        assert source[start:end] == quote["exact"]
        assert source[:start].endswith(quote.get("prefix", "")) and source[end:].startswith(quote.get("suffix", ""))
        return "source"
    block, inner = second["exact"], second["refinedBy"]
    assert inner["type"] == "TextPositionSelector"
    assert block[inner["start"]:inner["end"]] == quote["exact"]
    return "paragraph"


def test_w3c_positions_count_in_the_source_or_say_which_text(exported_library: Library) -> None:
    items = export(exported_library, "w3c")["first"]["items"]
    kinds = {}
    for annotation in items:
        target = annotation["target"]
        kinds[target["selector"][0]["exact"]] = check_selectors(
            target["selector"], _stored_source(exported_library, target["source"]))
    # The source keeps its line breaks (stored with "\n" ends): each exact is the source's own characters.
    assert kinds == {"Success comes to those who share in one\npurpose.": "source",
                     "Success comes to those who wait.": "source",
                     "first half of the year.\n\nShe added": "source",
                     "spread faster than any year we remember": "paragraph"}
    page = next(a for a in items if len(a["target"]["selector"][-1].get("refinedBy", {})))
    assert page["target"]["dc:title"] == "Steppe fires"
    assert str(exported_library.path.parent) not in json.dumps(items)  # no local path unasked


def _local_context(url: str, options: Any = None) -> dict[str, Any]:
    assert url == W3C_CONTEXT, f"only the W3C context is known offline, not {url}"
    return {"contextUrl": None, "documentUrl": url,
            "document": json.loads(paths.resource("jsonld", "anno.jsonld").read_text(encoding="utf-8"))}


OA, DC = "http://www.w3.org/ns/oa#", "http://purl.org/dc/elements/1.1/"


def test_w3c_is_read_by_pyld_with_the_shipped_context(exported_library: Library) -> None:
    collection = export(exported_library, "w3c", creator="Jane Reader")
    from pyld import jsonld

    [expanded] = jsonld.expand(collection, {"documentLoader": _local_context})
    items = expanded["http://www.w3.org/ns/activitystreams#first"][0]["http://www.w3.org/ns/activitystreams#items"]
    annotations = items[0]["@list"]
    assert len(annotations) == 4
    for node in annotations:
        assert node["@type"] == [OA + "Annotation"]
        target = node[OA + "hasTarget"][0]
        assert target[OA + "hasSource"][0]["@id"].startswith("urn:quoteclip:article:")
        assert target[DC + "title"][0]["@value"] in ("Green corridors for the Caspian", "Steppe fires")
        selector_types = {s["@type"][0] for s in target[OA + "hasSelector"]}
        assert OA + "TextQuoteSelector" in selector_types
        creator = node["http://purl.org/dc/terms/creator"][0]
        assert creator["http://xmlns.com/foaf/0.1/name"][0]["@value"] == "Jane Reader"
    refined = [s for node in annotations for s in node[OA + "hasTarget"][0][OA + "hasSelector"]
               if OA + "refinedBy" in s]
    assert len(refined) == 1 and refined[0][OA + "refinedBy"][0]["@type"] == [OA + "TextPositionSelector"]


def test_w3c_annotations_of_a_library_pass_the_musts(exported_library: Library, musts: list[Any]) -> None:
    for annotation in export(exported_library, "w3c", creator="Jane Reader")["first"]["items"]:
        assert [name for name, validator in musts if not validator.is_valid(annotation)] == []


# Hypothesis' API response as its documentation describes a row (the fields our export promises).
HYPOTHESIS_ROW = {
    "type": "object",
    "required": ["id", "created", "updated", "user", "uri", "text", "tags", "target", "document"],
    "properties": {
        "id": {"type": "string", "pattern": "^[A-Za-z0-9_-]{22}$"},
        "created": {"type": "string", "format": "date-time"},
        "updated": {"type": "string", "format": "date-time"},
        "user": {"type": "string", "pattern": "^acct:[A-Za-z0-9._]+@[^@]+$"},
        "uri": {"type": "string", "format": "uri"},
        "text": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "document": {"type": "object", "properties": {"title": {"type": "array", "items": {"type": "string"}}}},
        "target": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["source", "selector"],
            "properties": {"source": {"type": "string"}, "selector": {"type": "array", "items": {
                "type": "object", "required": ["type"],
                "properties": {"type": {"enum": ["TextQuoteSelector", "TextPositionSelector", "RangeSelector"]}},
                "not": {"required": ["refinedBy"]}}}}}},
    },
}
# The file Hypothesis' client writes on Export and reads on Import: its Import refuses anything without an
# "annotations" list ("Not a valid Hypothesis JSON file"), so the API's {"total", "rows"} would not do.
HYPOTHESIS_EXPORT = {"type": "object", "required": ["export_date", "export_userid", "client_version", "annotations"],
                     "properties": {"export_date": {"type": "string", "format": "date-time"},
                                    "export_userid": {"type": "string", "pattern": "^acct:"},
                                    "client_version": {"type": "string"},
                                    "annotations": {"type": "array", "items": HYPOTHESIS_ROW}}}


def client_import(data: dict[str, Any]) -> list[dict[str, Any]]:
    """What Hypothesis' client Import keeps of each annotation of an export file: ``target``, ``tags``,
    ``text``, ``uri`` and ``document``; its duplicate check compares text, tags and the quote (the first
    target's TextQuoteSelector ``exact``); its user list shows ``user_info.display_name`` per ``user``."""
    annotations = data.get("annotations")
    assert isinstance(data, dict) and isinstance(annotations, list), "Not a valid Hypothesis JSON file"
    kept = []
    for annotation in annotations:
        quote = next((s["exact"] for s in annotation["target"][0].get("selector", [])
                      if s["type"] == "TextQuoteSelector"), "")
        kept.append({"uri": annotation["uri"], "text": annotation["text"], "tags": annotation["tags"],
                     "quote": quote, "document": annotation["document"],
                     "user": (annotation["user"], (annotation.get("user_info") or {}).get("display_name"))})
    return kept


def test_hypothesis_export_is_the_file_hypothesis_imports(exported_library: Library) -> None:
    data = export(exported_library, "hypothesis", creator="Jane Reader")
    jsonschema.Draft202012Validator(HYPOTHESIS_EXPORT, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
                                    ).validate(data)
    assert data["export_userid"] == "acct:jane.reader@quoteclip.invalid"
    rows = data["annotations"]
    assert len(rows) == 4
    quotes = {q.uuid: q for q in exported_library.quotes.find()}
    for row in rows:
        assert row["user"] == "acct:jane.reader@quoteclip.invalid"
        assert row["user_info"] == {"display_name": "Jane Reader"}
        [target] = row["target"]
        assert target["source"] == row["uri"]
        source = _stored_source(exported_library, row["uri"])
        kind = check_selectors(target["selector"], source)
        assert kind in ("source", "none")
        [quote] = [q for q in quotes.values() if annotation_id(q.uuid) == row["id"]]
        assert row["text"] == quote.note and row["tags"] == list(quote.tags)
        assert row["document"]["title"] == [quote.article.title]
    # Read as the client's Import reads it: every passage, note and tag, each a distinct annotation.
    imported = client_import(data)
    assert sorted(" ".join(i["quote"].split()) for i in imported) == sorted(
        " ".join(q.text.split()) for q in quotes.values())
    assert {(i["text"], tuple(i["tags"])) for i in imported} >= {("Why", ("saying",))}
    assert len({(i["text"], tuple(i["tags"]), i["quote"]) for i in imported}) == 4  # no false duplicates
    assert {i["user"] for i in imported} == {("acct:jane.reader@quoteclip.invalid", "Jane Reader")}


def test_hypothesis_export_imports_back_into_a_library(exported_library: Library, tmp_path: Path) -> None:
    from qtapp.library.importers.into_library import import_file

    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps(export(exported_library, "hypothesis")), encoding="utf-8")
    other = Library.open(tmp_path / "other.sqlite3")
    try:
        summary = import_file(other, path)  # detected from its content
        assert summary.format == "hypothesis" and summary.quotes_added == 4
        again = {(" ".join(q.text.split()), q.note, tuple(q.tags)) for q in other.quotes.find()}
    finally:
        other.close()
    # The passages come back word for word (a hard-wrapped source's line break is a paragraph's now).
    assert again == {(" ".join(q.text.split()), q.note, tuple(q.tags)) for q in exported_library.quotes.find()}


def test_hypothesis_users_and_ids() -> None:
    assert user_account(None) == "acct:quoteclip@quoteclip.invalid"
    assert user_account("  Zoë  O'Neil ") == "acct:zoe.o.neil@quoteclip.invalid"
    made = annotation_id("8c0e8a3c-5b1e-4f6e-9d7a-000000000001")
    assert len(made) == 22 and "=" not in made  # Hypothesis' own ids: 22 URL-safe characters
    assert str(uuid.UUID(bytes=base64.urlsafe_b64decode(made + "=="))) == "8c0e8a3c-5b1e-4f6e-9d7a-000000000001"
