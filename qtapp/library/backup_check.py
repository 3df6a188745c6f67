"""The few checks a backup's records must pass before anything of them is written.

A backup is a file the user may have edited, truncated or received from elsewhere: every field the
import reads is checked for its type here, so a wrong one is reported as "quote 12 (uuid …): 'tags'
must be a list of texts" instead of a traceback, or worse, of being read as something else (the text
``"abc"`` iterated as the tags a, b, c). Hand-written rather than a JSON Schema: a schema validator
spends ~50 µs on a quote, a minute at a million quotes, and its messages name JSON pointers, not quotes.
"""

from __future__ import annotations

import re
from typing import Any

from qtapp.errors import UserError
from qtapp.library.attribution import VOICES
from qtapp.library.records import CORRECTABLE
from qtapp.translatable import N_

_HASH = re.compile(r"[0-9a-f]{64}")
VOICE_BY = ("rules", "user")
_VOICE_BY_OR_NONE = (None, *VOICE_BY)
# Optional text fields of a quote, and of an article entry; None (or absent) is always allowed.
QUOTE_TEXTS = ("note", "color", "speaker", "block_kind", "created", "updated", "confirmed")
ARTICLE_TEXTS = ("path", "added", "source", "parser", "stub")
PARSED_TEXTS = ("title", "publisher", "reprinted_by", "series", "date", "url", "editors_note", "disclaimer")
AUTHOR_TEXTS = ("name", "family", "given", "description")


class BackupInvalid(UserError):
    """One record of the backup is not what the import expects; nothing is imported."""


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else "?"


class _Record:
    """Checks on one record; every failure names the record and the field."""

    def __init__(self, label: str, data: Any) -> None:
        self.label = label
        if not isinstance(data, dict):
            self.fail("", f"must be an object, not {_kind(data)}")
        self.data: dict[str, Any] = data

    def fail(self, name: str, problem: str) -> None:
        where = f"{self.label}, '{name}'" if name else self.label
        raise BackupInvalid(N_("Backup", "the backup is not valid: {where} {problem}; nothing was imported")
                            .format(where=where, problem=problem))

    def text(self, name: str, data: dict[str, Any] | None = None, *, required: bool = False) -> None:
        value = (self.data if data is None else data).get(name)
        if value is None and not required:
            return
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(name, f"must be a text, not {_kind(value)}" if not isinstance(value, str) else
                      "must not be empty")

    def whole(self, name: str, data: dict[str, Any], *, required: bool = False) -> None:
        value = data.get(name)
        if value is None and not required:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(name, f"must be a whole number, 0 or more, not {_kind(value)}")

    def texts(self, name: str) -> None:
        value = self.data.get(name)
        if value is None:
            return
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(name, f"must be a list of texts, not {_kind(value)}" if not isinstance(value, list)
                      else "must hold only texts")

    def one_of(self, name: str, allowed: tuple[str, ...]) -> None:
        value = self.data.get(name)
        if value is not None and value not in allowed:
            self.fail(name, f"must be one of {', '.join(allowed)} (or null), not {_kind(value)}")


def _fine(entry: Any) -> bool:
    """The quick answer for a well-formed quote (nearly all of them): the checks below, inlined."""
    if type(entry) is not dict:
        return False
    get = entry.get
    uuid, article, selector, tags, voice = get("uuid"), get("article"), get("selector"), get("tags"), get("voice")
    if type(uuid) is not str or type(article) is not str or not uuid.strip() or not article.strip():
        return False
    for name in QUOTE_TEXTS:  # a loop, not any(genexpr): this runs a million times
        value = get(name)
        if value is not None and type(value) is not str:
            return False
    if tags is not None and (type(tags) is not list or any(type(tag) is not str for tag in tags)):
        return False
    if (voice is not None and voice not in VOICES) or get("voice_by") not in _VOICE_BY_OR_NONE:
        return False
    if voice == "speaker" and not (get("speaker") or "").strip():
        return False
    if type(selector) is not dict:
        return False
    exact = selector.get("exact")
    if type(exact) is not str or not exact.strip():
        return False
    if any(value is not None and type(value) is not str for value in (selector.get("prefix"),
                                                                      selector.get("suffix"))):
        return False
    return all(value is None or (type(value) is int and value >= 0)
               for value in (selector.get("start"), selector.get("end")))


def check_quote(entry: Any, number: int) -> dict[str, Any]:
    """``entry`` (the ``number``-th quote, from 1) if the import can read every field of it."""
    if _fine(entry):
        return entry
    uuid = entry.get("uuid") if isinstance(entry, dict) else None
    label = f"quote {number}" + (f" (uuid {uuid[:36]})" if isinstance(uuid, str) and uuid else "")
    record = _Record(label, entry)
    record.text("uuid", required=True)
    record.text("article", required=True)
    for name in QUOTE_TEXTS:
        record.text(name)
    record.texts("tags")
    record.one_of("voice", VOICES)
    record.one_of("voice_by", VOICE_BY)
    if entry.get("voice") == "speaker" and not str(entry.get("speaker") or "").strip():
        record.fail("speaker", "must name the speaker of a quote in a speaker's voice")
    selector = entry.get("selector")
    if not isinstance(selector, dict):
        record.fail("selector", f"must be an object, not {_kind(selector)}")
    record.text("exact", selector, required=True)
    for name in ("prefix", "suffix"):
        record.text(name, selector)
    for name in ("start", "end"):
        record.whole(name, selector)
    return entry


def check_article(entry: Any, number: int) -> dict[str, Any]:
    """``entry`` (the ``number``-th article, from 1) if the import can rebuild the article from it."""
    record = _Record(f"article {number}", entry)
    digest = entry.get("hash")
    if not isinstance(digest, str) or not _HASH.fullmatch(digest):
        record.fail("hash", f"must be the article's SHA-256 in hex, not {_kind(digest)}")
    for name in ARTICLE_TEXTS:
        record.text(name)
    parsed = entry.get("parsed")
    if not isinstance(parsed, dict):
        record.fail("parsed", f"must be an object, not {_kind(parsed)}")
    record.text("text", parsed, required=True)
    for name in PARSED_TEXTS:
        record.text(name, parsed)
    _check_authors(record, parsed.get("authors"), "parsed.authors")
    _check_items(record, parsed, "blocks", {"kind": str, "text": str, "start": int, "end": int})
    _check_items(record, parsed, "quotations", {"text": str, "start": int, "end": int, "block": int})
    corrections = entry.get("corrections")
    if corrections is None:
        return entry
    if not isinstance(corrections, dict):
        record.fail("corrections", f"must be an object, not {_kind(corrections)}")
    unknown = sorted(set(corrections) - set(CORRECTABLE))
    if unknown:
        record.fail("corrections", f"holds {', '.join(map(repr, unknown))}, which is not a correctable "
                    f"field ({', '.join(CORRECTABLE)})")
    for name in CORRECTABLE:
        if name == "authors":
            _check_authors(record, corrections.get(name), "corrections.authors")
        else:
            record.text(name, corrections)
    return entry


def _check_authors(record: _Record, authors: Any, name: str) -> None:
    if authors is None:
        return
    if not isinstance(authors, list) or not all(isinstance(a, dict) for a in authors):
        record.fail(name, f"must be a list of objects, not {_kind(authors)}")
    for author in authors:
        for field in AUTHOR_TEXTS:
            record.text(field, author)


def _check_items(record: _Record, parsed: dict[str, Any], name: str, fields: dict[str, type]) -> None:
    """A list of objects (blocks, quotations) with these fields of these types, and nothing unknown."""
    items = parsed.get(name)
    if items is None:
        return
    if not isinstance(items, list):
        record.fail(f"parsed.{name}", f"must be a list, not {_kind(items)}")
    known = {"blocks": {"kind", "text", "start", "end"},
             "quotations": {"text", "speaker", "block", "start", "end", "rule", "confidence", "doubt"}}[name]
    for index, item in enumerate(items, 1):
        where = f"parsed.{name}[{index}]"
        if not isinstance(item, dict) or set(item) - known or set(fields) - set(item):
            record.fail(where, f"must be an object with {', '.join(fields)}")
        for field, kind in fields.items():
            value: Any = item[field]
            negative = isinstance(value, int) and value < 0
            if not isinstance(value, kind) or isinstance(value, bool) or negative:
                record.fail(f"{where}.{field}", f"must be {'a whole number' if kind is int else 'a text'}, "
                            f"not {_kind(value)}")
