"""W3C Web Annotation export checked against the Working Group's own test-suite schemas.

The 54 MUST assertions of ``annotations/annotationMusts.test`` are draft-04 schemas with relative
``$ref``s; they are loaded into one ``referencing`` registry under a common base URI.
"""

from __future__ import annotations

import io
import json
from typing import Any

from qtapp.library.exporters import w3c


def record(number: int, note: str = "", tags: tuple[str, ...] = (), url: str | None = "https://x.test/a?b=1",
           text: str = "Success comes to those who share in one purpose.") -> dict[str, Any]:
    return {"id": number, "uuid": f"8c0e8a3c-5b1e-4f6e-9d7a-{number:012d}", "text": text, "note": note,
            "tags": list(tags), "created": "2024-07-03T09:15:02Z", "updated": "2024-07-04 10:00:00",
            "selector": {"exact": text, "prefix": "media, \"", "suffix": " Triumph", "start": 4576,
                         "end": 4576 + len(text)},
            "article": {"id": 1, "url": url, "path": "/home/u/seed.txt", "hash": "ab" * 32}}


def export(records: list[dict[str, Any]]) -> dict[str, Any]:
    out = io.StringIO()
    w3c.write(records, out)
    return json.loads(out.getvalue())


def test_every_annotation_passes_the_54_musts(musts: list[tuple[str, Any]]) -> None:
    records = [record(1), record(2, note="Worth quoting 🎉 שלום", tags=("saying", "中哈")),
               record(3, url=None, tags=("solo",)), record(4, url=None, text="王海燕 — “مرحبا”")]
    records[3]["article"]["path"] = None
    collection = export(records)
    items = collection["first"]["items"]
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4 == len(items)
    for annotation in items:
        failures = [name for name, validator in musts if not validator.is_valid(annotation)]
        assert failures == [], annotation["id"]


def test_the_musts_do_catch_a_broken_annotation(musts: list[tuple[str, Any]]) -> None:
    annotation = export([record(1)])["first"]["items"][0]
    for breakage in ({"id": "not a uri"}, {"created": "yesterday"}, {"@context": "http://example.org/"}):
        broken = dict(annotation, **breakage)
        assert any(not v.is_valid(broken) for _, v in musts), breakage
    assert any(not v.is_valid({k: v for k, v in annotation.items() if k != "target"}) for _, v in musts)


def test_annotation_shape() -> None:
    plain, noted = export([record(1), record(2, note="Why it matters", tags=("saying",))])["first"]["items"]
    assert plain["id"] == "urn:uuid:8c0e8a3c-5b1e-4f6e-9d7a-000000000001"
    assert plain["motivation"] == "highlighting" and "body" not in plain
    assert noted["motivation"] == "commenting"
    assert noted["body"][0] == {"type": "TextualBody", "value": "Why it matters", "format": "text/plain",
                                "purpose": "commenting"}
    assert noted["body"][1] == {"type": "TextualBody", "value": "saying", "purpose": "tagging"}
    # Without the article's text no position is claimed: only the words and their context.
    assert plain["target"]["selector"] == [{"type": "TextQuoteSelector", "exact": record(1)["text"],
                                            "prefix": "media, \"", "suffix": " Triumph"}]
    assert plain["created"] == "2024-07-03T09:15:02Z"
    assert plain["modified"] == "2024-07-04T10:00:00Z"  # a time without a zone is taken as UTC
    assert plain["target"]["source"] == "https://x.test/a?b=1"
    assert plain["generator"]["type"] == "Software" and "creator" not in plain


def test_context_never_crosses_a_block_join() -> None:
    data = record(1)
    data["selector"].update(prefix="end of the lead.\n\nThe minister said: \"", suffix="\" he added.\n\nNext")
    [selector] = export([data])["first"]["items"][0]["target"]["selector"]
    assert selector["prefix"] == "The minister said: \"" and selector["suffix"] == "\" he added."
    data["selector"].update(prefix="previous paragraph\n\n", suffix="\n\nnext paragraph")
    [selector] = export([data])["first"]["items"][0]["target"]["selector"]
    assert "prefix" not in selector and "suffix" not in selector


def test_the_attribution_title_and_creator_are_in_the_annotation() -> None:
    data = record(1)
    data.update(attribution="Li Wei, quoted by Wang Haiyan", needs_check=True)
    data["article"]["title"] = "A bright chapter"
    out = io.StringIO()
    w3c.write([data], out, creator="  Jane   Smith ")
    [annotation] = json.loads(out.getvalue())["first"]["items"]
    assert annotation["creator"] == {"type": "Person", "name": "Jane Smith"}
    assert annotation["body"] == {"type": "TextualBody", "format": "text/plain", "purpose": "describing",
                                  "value": "Li Wei, quoted by Wang Haiyan [check who said this]"}
    assert annotation["target"]["source"] == "https://x.test/a?b=1"
    assert annotation["target"]["dc:title"] == "A bright chapter"


def test_ids_are_stable_across_exports() -> None:
    first, second = export([record(1), record(2)]), export([record(2), record(1)])
    assert first["id"] == second["id"]
    assert {a["id"] for a in first["first"]["items"]} == {a["id"] for a in second["first"]["items"]}


def test_no_local_path_unless_file_targets_are_asked_for() -> None:
    article = {"url": None, "path": "/home/u/a b.txt", "hash": "cd" * 32}
    assert w3c.source_iri(article) == "urn:quoteclip:article:" + "cd" * 32
    assert w3c.source_iri(article, file_targets=True) == "file:///home/u/a%20b.txt"
    data = record(1, url=None)
    assert "/home/u" not in json.dumps(export([data]))
    out = io.StringIO()
    w3c.write([data], out, file_targets=True)
    assert json.loads(out.getvalue())["first"]["items"][0]["target"]["source"] == "file:///home/u/seed.txt"
