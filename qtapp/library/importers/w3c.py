"""W3C Web Annotation collections: an AnnotationCollection (its ``first`` page inline), an
AnnotationPage, a bare list of annotations, or one annotation.

The highlighted text is the target's TextQuoteSelector (also when inside ``refinedBy``); the bodies are
the note (``commenting``) and the tags (``tagging``). ``creator`` is who annotated, not the author of
the target. An ``id`` of the form ``urn:uuid:…`` is kept as the quote's uuid: importing our own export
into the library it came from adds nothing.
"""

from __future__ import annotations

from typing import Any

from qtapp.library.importers.records import (
    Highlight,
    ImportInvalid,
    Parsed,
    Source,
    clean_text,
    date_part,
    placement,
)
from qtapp.translatable import N_


def looks_like(data: Any) -> bool:
    if isinstance(data, dict):
        kind = data.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        return bool({"AnnotationCollection", "AnnotationPage", "Annotation"} & set(kinds)) or \
            "anno.jsonld" in str(data.get("@context"))
    return isinstance(data, list) and bool(data) and all(
        isinstance(item, dict) and item.get("type") == "Annotation" for item in data[:20])


def items_of(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ImportInvalid(N_("Import", "the file"),
                            N_("Import", "a W3C annotation file is a collection, a page or a list"))
    kind = data.get("type")
    if kind == "Annotation" or (isinstance(kind, list) and "Annotation" in kind):
        return [data]
    page = data.get("first") if "first" in data else data
    items: list[Any] = []
    while isinstance(page, dict):
        found = page.get("items")
        if not isinstance(found, list):
            raise ImportInvalid(N_("Import", "the annotation page"), N_("Import", "it has no list of 'items'"))
        items.extend(found)
        page = page.get("next")
    if isinstance(page, str):
        raise ImportInvalid(N_("Import", "the collection"), N_("Import", "its next page is elsewhere "
                                                                         "({page}); QuoteClip reads only "
                                                                         "what the file holds, and makes no "
                                                                         "requests on its own")
                                                            .format(page=page[:80]))
    return items


def parse(data: Any) -> Parsed:
    parsed = Parsed("w3c")
    for number, item in enumerate(items_of(data), 1):
        label = (N_("Import", "annotation {number} ({id})").format(number=number, id=item["id"])
                 if isinstance(item, dict) and item.get("id")
                 else N_("Import", "annotation {number}").format(number=number))
        if not isinstance(item, dict):
            raise ImportInvalid(label, N_("Import", "it must be an object"))
        target = item.get("target")
        target = target[0] if isinstance(target, list) and target else target
        if isinstance(target, str) or target is None:
            parsed.skip("annotations of a whole page (no highlighted text)")
            continue
        if not isinstance(target, dict):
            raise ImportInvalid(label, N_("Import", "'target' must be an object or an address"))
        exact = _exact(target.get("selector"))
        if not exact:
            parsed.skip("annotations of a whole page (no highlighted text)")
            continue
        note, tags = _bodies(item.get("body"), label)
        address = str(target.get("source") or "")
        title = target.get("dc:title") or item.get("dc:title") or target.get("title")
        source = Source(title=" ".join(title.split()) if isinstance(title, str) and title.strip() else None,
                        url=address if address.startswith(("http://", "https://")) else None,
                        date=date_part(target.get("dc:date")) if target.get("dc:date") else None)
        ident = str(item.get("id") or "")
        own = ident[9:] if ident.startswith("urn:uuid:") and len(ident) == 45 else None
        selectors = target.get("selector")
        where = placement(selectors if isinstance(selectors, list) else [selectors])
        parsed.highlights.append(Highlight(source, exact, f"w3c|{ident or address}|{exact}", label, note=note,
                                           tags=tags, created=_text(item.get("created")),
                                           updated=_text(item.get("modified")), own_uuid=own, placement=where))
    return parsed


def _exact(selector: Any) -> str | None:
    for one in selector if isinstance(selector, list) else [selector]:
        if not isinstance(one, dict):
            continue
        if one.get("type") == "TextQuoteSelector" and isinstance(one.get("exact"), str):
            return clean_text(one["exact"])
        inner = _exact(one.get("refinedBy"))
        if inner:
            return inner
    return None


def _bodies(body: Any, label: str) -> tuple[str, tuple[str, ...]]:
    notes: list[str] = []
    tags: list[str] = []
    for one in body if isinstance(body, list) else ([] if body is None else [body]):
        if isinstance(one, str):
            notes.append(one)
            continue
        if not isinstance(one, dict):
            raise ImportInvalid(label, N_("Import", "each body must be an object or a text"))
        value = one.get("value")
        if not isinstance(value, str):
            continue
        if one.get("purpose") == "tagging":
            tags.append(value)
        elif one.get("purpose") in (None, "commenting"):
            notes.append(value)  # "describing" is our export's attribution line: derived again here
    return "\n\n".join(note.strip() for note in notes if note.strip()), tuple(tags)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
