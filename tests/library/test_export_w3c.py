"""W3C Web Annotation export checked against the Working Group's own test-suite schemas.

The 54 MUST assertions of ``annotations/annotationMusts.test`` are draft-04 schemas with relative
``$ref``s; they are loaded into one ``referencing`` registry under a common base URI.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from qtapp.library.exporters import w3c

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "schemas" / "web-annotation-tests"
BASE = "https://w3c.github.io/web-annotation-tests/"
jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")


def _schema(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    # Draft 4 ignores everything beside a root $ref, the "id" included: move the $ref into allOf.
    if "$ref" in data:
        data.setdefault("allOf", []).append({"$ref": data.pop("$ref")})
    return data


@pytest.fixture(scope="module")
def musts() -> list[tuple[str, Any]]:
    if not SUITE.exists():
        pytest.skip(f"the W3C test-suite schemas are absent ({SUITE})")
    from referencing.jsonschema import DRAFT4

    files = list((SUITE / "definitions").glob("*.json")) + list((SUITE / "annotations").rglob("*.json"))
    schemas = {path: _schema(path) for path in files}
    registry = referencing.Registry().with_resources(
        (BASE + data["id"], DRAFT4.create_resource(data)) for data in schemas.values())
    manifest = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text(encoding="utf-8"))
    validators = []
    for name in manifest["assertions"]:
        schema = dict(schemas[SUITE / name], id=BASE + schemas[SUITE / name]["id"])
        validators.append((name, jsonschema.Draft4Validator(
            schema, registry=registry, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)))
    assert len(validators) == 54
    return validators


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
    quote_selector, position = plain["target"]["selector"]
    assert quote_selector == {"type": "TextQuoteSelector", "exact": record(1)["text"],
                              "prefix": "media, \"", "suffix": " Triumph"}
    assert position == {"type": "TextPositionSelector", "start": 4576, "end": 4624}
    assert plain["created"] == "2024-07-03T09:15:02Z"
    assert plain["modified"] == "2024-07-04T10:00:00Z"  # a time without a zone is taken as UTC
    assert plain["target"]["source"] == "https://x.test/a?b=1"


def test_ids_are_stable_across_exports() -> None:
    first, second = export([record(1), record(2)]), export([record(2), record(1)])
    assert first["id"] == second["id"]
    assert {a["id"] for a in first["first"]["items"]} == {a["id"] for a in second["first"]["items"]}


def test_source_falls_back_to_the_file_then_a_urn() -> None:
    assert w3c.source_iri({"url": None, "path": "/home/u/a b.txt"}) == "file:///home/u/a%20b.txt"
    assert w3c.source_iri({"url": None, "path": None, "hash": "cd" * 32}) == "urn:quoteclip:article:" + "cd" * 32
