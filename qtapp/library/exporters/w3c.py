"""W3C Web Annotation (JSON-LD): one Annotation per quote, gathered in an AnnotationCollection.

Each annotation's ``id`` is ``urn:uuid:`` + the quote's own uuid, so exporting again gives the same
ids; the target is the article (its URL, else its file, else a URN) refined by a TextQuoteSelector and
a TextPositionSelector over the article's canonical text, as the library anchors quotes.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from qtapp.library.exporters.common import Progress, Record, Ticker, attribution_text, records

ENCODING = "utf-8"
NEWLINE = "\n"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def iso(value: str | None) -> str | None:
    """ISO 8601 with a zone; a time stored without one is taken as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def source_iri(article: Record) -> str:
    if article.get("url"):
        return str(article["url"])
    if article.get("path"):
        path = Path(article["path"])
        if path.is_absolute():
            return path.as_uri()
    digest = article.get("hash") or hashlib.sha256(str(article.get("id")).encode()).hexdigest()
    return f"urn:quoteclip:article:{digest}"


def annotation(record: Record) -> dict[str, Any]:
    selector = record.get("selector") or {}
    note = record.get("note") or ""
    data: dict[str, Any] = {"@context": CONTEXT, "id": f"urn:uuid:{record['uuid']}", "type": "Annotation",
                            "motivation": "commenting" if note else "highlighting"}
    created, modified = iso(record.get("created")), iso(record.get("updated"))
    if created:
        data["created"] = created
    if modified:
        data["modified"] = modified
    bodies: list[dict[str, Any]] = []
    if note:
        bodies.append({"type": "TextualBody", "value": note, "format": "text/plain",
                       "purpose": "commenting"})
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in record.get("tags") or []]
    if record.get("attribution"):  # whose words the highlighted text is, as the library says
        bodies.append({"type": "TextualBody", "value": attribution_text(record), "format": "text/plain",
                       "purpose": "describing"})
    if bodies:
        data["body"] = bodies[0] if len(bodies) == 1 else bodies
    data["target"] = {
        "source": source_iri(record.get("article") or {}),
        "selector": [
            {"type": "TextQuoteSelector", "exact": selector.get("exact", record.get("text", "")),
             "prefix": selector.get("prefix", ""), "suffix": selector.get("suffix", "")},
            {"type": "TextPositionSelector", "start": selector.get("start", 0),
             "end": selector.get("end", 0)},
        ],
    }
    return data


def collection_id(data: list[Record]) -> str:
    """Stable for the same set of quotes."""
    digest = hashlib.sha256("\n".join(sorted(str(r.get("uuid")) for r in data)).encode()).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:quoteclip:collection:' + digest)}"


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, **_: Any) -> None:
    data = records(items)
    ticker = Ticker(len(data), progress)
    head = {"@context": CONTEXT, "id": collection_id(data), "type": "AnnotationCollection",
            "label": "QuoteClip quotes", "total": len(data)}
    out.write(json.dumps(head, ensure_ascii=False)[:-1])
    out.write(', "first": {"type": "AnnotationPage", "startIndex": 0, "items": [')
    for index, record in enumerate(data):
        out.write(",\n    " if index else "\n    ")
        out.write(json.dumps(annotation(record), ensure_ascii=False))
        ticker.tick()
    out.write("\n  ]}}\n")
    ticker.finish()
