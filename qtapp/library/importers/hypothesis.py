"""Hypothesis annotations: the file its client's Export writes (``{"annotations": [...]}``), its API's
search result (``{"rows": [...]}``), or a bare list of annotations.

Each annotation has ``uri``, ``text`` (the note), ``tags``, ``target[].selector`` (a TextQuoteSelector with
the highlighted ``exact`` and its context, a TextPositionSelector, a RangeSelector), ``document.title``,
``user`` and ``created``. ``user`` is who annotated, not who wrote the page: it is not an author. A page
note (no selector) highlights nothing and is skipped, and counted.
"""

from __future__ import annotations

from typing import Any

from qtapp.library.importers.records import (
    Highlight,
    ImportInvalid,
    Parsed,
    Placement,
    Source,
    clean_text,
    placement,
)
from qtapp.translatable import N_


def _rows(data: Any) -> Any:
    if isinstance(data, dict):
        return data.get("annotations") if "annotations" in data else data.get("rows")
    return data


def looks_like(data: Any) -> bool:
    rows = _rows(data)
    return isinstance(rows, list) and bool(rows) and all(
        isinstance(row, dict) and "uri" in row and "target" in row for row in rows[:20])


def parse(data: Any) -> Parsed:
    rows = _rows(data)
    if not isinstance(rows, list):
        raise ImportInvalid(N_("Import", "the file"), N_("Import", "a Hypothesis export is a list of annotations or an "
                                                                "object with 'annotations' (or 'rows')"))
    parsed = Parsed("hypothesis")
    for number, row in enumerate(rows, 1):
        label = (N_("Import", "annotation {number} ({id})").format(number=number, id=row["id"])
                 if isinstance(row, dict) and row.get("id")
                 else N_("Import", "annotation {number}").format(number=number))
        if not isinstance(row, dict) or not isinstance(row.get("uri"), str):
            raise ImportInvalid(label, N_("Import", "it must be an object with a 'uri'"))
        quote, where = _quote(row, label)
        if quote is None:
            parsed.skip("page notes (no highlighted text)")
            continue
        title = (row.get("document") or {}).get("title")
        title = title[0] if isinstance(title, list) and title else title
        source = Source(title=" ".join(title.split()) if isinstance(title, str) and title.strip() else None,
                        url=row["uri"])
        tags = row.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise ImportInvalid(label, N_("Import", "'tags' must be a list of texts"))
        key = f"hypothesis|{row.get('id') or ''}|{row['uri']}|{quote}"
        parsed.highlights.append(Highlight(source, quote, key, label, note=str(row.get("text") or "").strip(),
                                           tags=tuple(tags), created=_text(row.get("created")),
                                           updated=_text(row.get("updated")), placement=where))
    return parsed


def _quote(row: dict[str, Any], label: str) -> tuple[str | None, Placement | None]:
    """The highlighted text and where Hypothesis saw it (its quote, context and position selectors)."""
    targets = row.get("target")
    if not isinstance(targets, list):
        raise ImportInvalid(label, N_("Import", "'target' must be a list"))
    for target in targets:
        selectors = (target or {}).get("selector") or []
        for selector in selectors:
            if isinstance(selector, dict) and selector.get("type") == "TextQuoteSelector":
                exact = selector.get("exact")
                if not isinstance(exact, str):
                    raise ImportInvalid(label, N_("Import", "its TextQuoteSelector has no 'exact' text"))
                return clean_text(exact) or None, placement(selectors)
    return None, None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
