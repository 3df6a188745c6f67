"""W3C Web Annotation (JSON-LD): one Annotation per quote, gathered in an AnnotationCollection.

Each annotation's ``id`` is ``urn:uuid:`` + the quote's own uuid, so exporting again gives the same
ids. The target is the article (``targets``: its URL, else a URN, a file only when asked) with its
``dc:title``, refined by selectors that hold in the text they name. The source is a plain IRI and the
title sits on the target, where importers (ours among them) look for them. The bodies are the note,
the tags and whose words the passage is (the library's attribution, marked when unconfirmed). ``creator`` is the
person the user names (``creator=``); nobody is named otherwise, since a login name or an account's
full name is not the user's to publish unasked. ``generator`` is QuoteClip.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from qtapp import __version__
from qtapp.library.exporters.common import Progress, Record, Ticker, attribution_text, records
from qtapp.library.exporters.targets import Sources, Targets

ENCODING = "utf-8"
NEWLINE = "\n"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GENERATOR = {"id": "urn:quoteclip:app", "type": "Software", "name": f"QuoteClip {__version__}"}


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


def source_iri(article: Record, *, file_targets: bool = False) -> str:
    """The IRI an annotation of ``article`` targets (see ``Targets.source_iri``)."""
    return Targets(file_targets=file_targets).source_iri(article)


def creator_agent(name: str | None) -> dict[str, Any] | None:
    """The user as the W3C model's Person, or None when they gave no name."""
    name = " ".join((name or "").split())
    return {"type": "Person", "name": name} if name else None


def _bodies(record: Record) -> list[dict[str, Any]]:
    note = record.get("note") or ""
    bodies: list[dict[str, Any]] = []
    if note:
        bodies.append({"type": "TextualBody", "value": note, "format": "text/plain", "purpose": "commenting"})
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in record.get("tags") or []]
    if record.get("attribution"):  # whose words the highlighted text is, as the library says
        bodies.append({"type": "TextualBody", "value": attribution_text(record), "format": "text/plain",
                       "purpose": "describing"})
    return bodies


def annotation(record: Record, targets: Targets | None = None, creator: dict[str, Any] | None = None
               ) -> dict[str, Any]:
    targets = targets or Targets()
    bodies = _bodies(record)
    data: dict[str, Any] = {"@context": CONTEXT, "id": f"urn:uuid:{record['uuid']}", "type": "Annotation",
                            "motivation": "commenting" if record.get("note") else "highlighting"}
    if creator:
        data["creator"] = creator
    created, modified = iso(record.get("created")), iso(record.get("updated"))
    if created:
        data["created"] = created
    if modified:
        data["modified"] = modified
    data["generator"] = GENERATOR
    if bodies:
        data["body"] = bodies[0] if len(bodies) == 1 else bodies
    article = record.get("article") or {}
    target: dict[str, Any] = {"source": targets.source_iri(article)}
    if article.get("title"):
        target["dc:title"] = article["title"]
    target["selector"] = targets.selectors(record)
    data["target"] = target
    return data


def collection_id(data: list[Record]) -> str:
    """Stable for the same set of quotes."""
    digest = hashlib.sha256("\n".join(sorted(str(r.get("uuid")) for r in data)).encode()).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:quoteclip:collection:' + digest)}"


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, *, sources: Sources | None = None,
          file_targets: bool = False, creator: str | None = None, **_: Any) -> None:
    """The collection to ``out``; ``sources(article_id)`` gives an article's stored record, so positions
    count in its source (without it, quotes are found by their words alone)."""
    data = records(items)
    ticker = Ticker(len(data), progress)
    targets, agent = Targets(sources, file_targets=file_targets), creator_agent(creator)
    head = {"@context": CONTEXT, "id": collection_id(data), "type": "AnnotationCollection",
            "label": "QuoteClip quotes", "total": len(data)}
    out.write(json.dumps(head, ensure_ascii=False)[:-1])
    out.write(', "first": {"type": "AnnotationPage", "startIndex": 0, "items": [')
    for index, record in enumerate(data):
        out.write(",\n    " if index else "\n    ")
        out.write(json.dumps(annotation(record, targets, agent), ensure_ascii=False))
        ticker.tick()
    out.write("\n  ]}}\n")
    ticker.finish()
