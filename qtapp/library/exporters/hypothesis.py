"""Hypothesis-shaped JSON: the file Hypothesis' own client writes on Export and reads on Import
(``{"export_date", "export_userid", "client_version", "annotations": [...]}``), one annotation per quote,
each shaped as its API returns one, so Hypothesis' Import and tools that read its exports read ours.
(The API's search shape, ``{"total", "rows"}``, is no file a user has: the client's Import refuses it.)

An annotation has ``id`` (Hypothesis' own form: the quote's uuid as 22 characters of URL-safe base64), ``uri``,
``text`` (the note), ``tags``, ``target[].selector`` (flat: Hypothesis knows no ``refinedBy``),
``document.title``, ``created``/``updated`` and ``user``. Hypothesis names users ``acct:NAME@AUTHORITY``;
ours is ``acct:<the name the user gave>@quoteclip.invalid`` (``.invalid`` never resolves: it is no
Hypothesis account), or ``acct:quoteclip@quoteclip.invalid`` when no name was given. Hypothesis has no
field for whose words a passage is, so the attribution is not in the row (the W3C export carries it).
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from qtapp import __version__
from qtapp.library.exporters.common import Progress, Record, Ticker, records
from qtapp.library.exporters.targets import Sources, Targets
from qtapp.library.exporters.w3c import iso

ENCODING = "utf-8"
NEWLINE = "\n"
AUTHORITY = "quoteclip.invalid"
_NOT_IN_NAME = re.compile(r"[^a-z0-9_]+")


def user_account(name: str | None) -> str:
    """``acct:jane.smith@quoteclip.invalid`` from "Jane Smith" (Hypothesis allows letters, digits, . _;
    accents are dropped, "Zoë" is "zoe")."""
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    account = _NOT_IN_NAME.sub(".", ascii_name).strip("._")
    return f"acct:{account or 'quoteclip'}@{AUTHORITY}"


def annotation_id(quote_uuid: str) -> str:
    """Hypothesis' id form: the uuid's 16 bytes in URL-safe base64, unpadded."""
    return base64.urlsafe_b64encode(uuid.UUID(quote_uuid).bytes).decode().rstrip("=")


def row(record: Record, targets: Targets, user: str, display_name: str | None = None) -> dict[str, Any]:
    article = record.get("article") or {}
    uri = targets.source_iri(article)
    data: dict[str, Any] = {"id": annotation_id(str(record["uuid"])), "created": iso(record.get("created")),
                            "updated": iso(record.get("updated") or record.get("created")), "user": user,
                            "uri": uri, "text": record.get("note") or "", "tags": list(record.get("tags") or []),
                            "target": [{"source": uri, "selector": targets.selectors(record, refine=False)}],
                            "document": {"title": [article["title"]]} if article.get("title") else {}}
    if display_name:
        data["user_info"] = {"display_name": display_name}
    return data


def header(user: str, now: datetime | None = None) -> str:
    """The export file's fields before its annotations, as Hypothesis' client writes them."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return (f'{{"export_date": {json.dumps(moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"))}, '
            f'"export_userid": {json.dumps(user)}, "client_version": "QuoteClip {__version__}", "annotations": [')


def write(items: Iterable[Any], out: TextIO, progress: Progress | None = None, *, sources: Sources | None = None,
          file_targets: bool = False, creator: str | None = None, **_: Any) -> None:
    data = records(items)
    ticker = Ticker(len(data), progress)
    targets = Targets(sources, file_targets=file_targets)
    name = " ".join((creator or "").split()) or None
    user = user_account(name)
    out.write(header(user))
    for index, record in enumerate(data):
        out.write(",\n  " if index else "\n  ")
        out.write(json.dumps(row(record, targets, user, name), ensure_ascii=False))
        ticker.tick()
    out.write("\n]}\n")
    ticker.finish()
