"""The CSL-JSON export, read by citeproc-js (the engine Zotero uses) and the CSL-JSON schema: each quote's
exported item cites as our Copy Citation does, one item per distinct source, and its note keeps the
quotes, their notes and tags without any line of theirs passing for a field."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from qtapp.library.citation import citation_prefix, cite
from qtapp.library.exporters import module
from tests.library.test_citeproc_js import KNOWN, _node, _normal, _records, _render_js

# The CSL-JSON schema, kept in tests/schemas so a clean clone validates against it.
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
# Zotero's reading of Extra: a line "Key: value" whose key starts with a letter.
EXTRA_LINE = re.compile(r"^([a-z][a-z _-]*):", re.IGNORECASE)
OUR_KEYS = {"original-publisher", "references", "QuoteClip voices", "Quoted speakers", "Whose words",
            "QuoteClip quotes"}
HOSTILE_NOTE = "title: Bogus title\nauthor: Nobody\n\nissued: 1999"


def _corpus_records() -> list[dict[str, Any]]:
    """Every corpus article's author, editors' and speaker records, each with its own text, note and tags."""
    out = []
    for number, (label, record) in enumerate(_records()):
        record = dict(record, id=number, text=f"Passage {number} of {label}\nURL: not a field",
                      note=HOSTILE_NOTE if number % 3 == 0 else f"note {number}", tags=[f"tag {number}", "a, b"],
                      who=label)
        out.append(record)
    return out


def _exported(records: list[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    out = io.StringIO()
    module("csl-json").write(records, out, **options)
    return list(json.loads(out.getvalue()))


def _item_for(record: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    """The exported item whose note carries this record's passage (found by content, not by our ids)."""
    first_line = record["text"].splitlines()[0]
    [found] = [i for i in items if f"- “{first_line}" in i["note"]]
    return found


def test_each_quotes_item_cites_in_citeproc_js_as_copy_citation_does() -> None:
    node = _node()
    records = _corpus_records()
    items = _exported(records)
    jobs, ours = [], []
    for record in records:
        item = _item_for(record, items)
        jobs.append({"style": "apa", "item": item, "prefix": citation_prefix(record, "apa")})
        ours.append((record, item, cite(record, "apa")))
    theirs = _render_js(node, ("apa",), jobs)
    unexplained, compared = [], 0
    for (record, item, citation), js in zip(ours, theirs, strict=True):
        for py, other in ((_normal(citation.in_text_html), _normal(js["in_text"])),
                          (_normal(citation.html), _normal(js["entry"]))):
            compared += 1
            if py != other and not any(k.matches(str(py), str(other), item) for k in KNOWN):
                unexplained.append(f"{record['who']}:\n  ours:        {py}\n  citeproc-js: {other}")
    assert compared == 2 * len(records) > 40
    assert not unexplained, "\n".join(unexplained[:20]) + f"\n({len(unexplained)} differences)"


def test_one_item_per_distinct_source() -> None:
    records = _corpus_records()
    items = _exported(records)
    assert len({i["id"] for i in items}) == len(items)
    editors = [r for r in records if r["voice"] == "editors"]
    assert editors and len(items) == len({r["article"]["id"] for r in records}) + len(editors)
    for record in records:
        item = _item_for(record, items)
        others = [r for r in records if r["article"]["id"] == record["article"]["id"]
                  and (r["voice"] == "editors") == (record["voice"] == "editors")]
        for other in others:  # an article's author and speaker passages share its one item
            assert f"- “{other['text'].splitlines()[0]}" in item["note"]
        if record["voice"] == "editors":
            [name] = item["author"]
            assert name["literal"].endswith("Editors")
            assert name["literal"] == cite(record, "apa").in_text.strip("()").rsplit(",", 1)[0]
        else:
            assert all("Editors" not in n.get("literal", "") for n in item.get("author", []))


def test_reprints_carry_the_original_publisher_as_a_field_and_in_zoteros_extra_syntax() -> None:
    records = _corpus_records()
    reprints = [r for r in records if r["article"]["reprinted_by"]
                and r["article"]["reprinted_by"] != r["article"]["publisher"]]
    assert reprints
    items = _exported(records)
    for record in reprints:
        item = _item_for(record, items)
        publisher = record["article"]["publisher"]
        assert item["original-publisher"] == publisher
        assert item["note"].splitlines()[0] == f"original-publisher: {publisher}"
    for record in records:
        if record not in reprints:
            assert "original-publisher" not in _item_for(record, items)["note"]


def test_the_note_keeps_quotes_notes_and_tags_and_no_user_line_reads_as_a_field() -> None:
    records = _corpus_records()
    items = _exported(records)
    for record in records:
        note = _item_for(record, items)["note"]
        text_lines = [line.strip() for line in record["text"].splitlines()]
        assert all(line in note for line in text_lines)
        assert all(line.strip() in note for line in record["note"].splitlines() if line.strip())
        assert f"Tags: tag {record['id']}; a, b" in note
    for item in items:
        keys = {m.group(1) for line in item["note"].splitlines() if (m := EXTRA_LINE.match(line))}
        assert keys <= OUR_KEYS, keys


def test_static_ordering_follows_the_style_exported_for() -> None:
    record = next(r for r in _corpus_records()
                  if any(a.get("family_first") for a in r["article"]["authors"]) and r["voice"] == "author")
    apa = _item_for(record, _exported([record]))
    mla = _item_for(record, _exported([record], style="mla"))
    assert not any("static-ordering" in n for n in apa["author"])  # APA inverts with a comma: "Wang, H."
    assert any(n.get("static-ordering") for n in mla["author"])  # MLA keeps the order: "Wang Haiyan"


def test_the_corpus_export_is_valid_csl_json() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / "csl-data.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    for style in ("apa", "mla"):
        items = _exported(_corpus_records(), style=style)
        assert sorted(e.message for e in validator.iter_errors(items)) == []
