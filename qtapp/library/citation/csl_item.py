"""A quote record's article as a CSL-JSON item: the one description every citation and export reads.

A reprinted article is cited where the reader found it (the reprinter is the container) and names the
original publisher in ``original-publisher`` and ``references``, as the golden citations do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from qtapp.library.attribution import editors_outlet

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def as_record(record: Any) -> dict[str, Any]:
    """A quote record as the ``quotes list --json`` dict, whether it came as a store record or a dict."""
    if isinstance(record, Mapping):
        return dict(record)
    return dict(record.to_json())


def csl_date(value: str | None) -> dict[str, Any] | None:
    """``YYYY[-MM[-DD]]`` as CSL date-parts; anything else kept as a literal, never guessed at."""
    if not value:
        return None
    match = _DATE.match(value.strip())
    if not match:
        return {"literal": value.strip()}
    return {"date-parts": [[int(part) for part in match.groups() if part]]}


def csl_name(author: Mapping[str, Any], *, family_first: bool = True) -> dict[str, Any]:
    """A structured author as a CSL name; ``static-ordering`` marks a family-first name."""
    family, given = author.get("family"), author.get("given")
    if not family:
        return {"literal": author.get("name") or given or ""}
    name: dict[str, Any] = {"family": family}
    if given:
        name["given"] = given
    if family_first and author.get("family_first") and given:
        name["static-ordering"] = True
    return name


def editors_name(article: Mapping[str, Any], block_kind: str | None = None) -> dict[str, str]:
    """The corporate author of an editors' passage: the editors of the outlet the attribution line
    names (the reprinter for its own reprint note and signature, else the original publisher)."""
    outlet = editors_outlet(article.get("publisher"), article.get("reprinted_by"), block_kind)
    return {"literal": f"{outlet} Editors" if outlet else "Editors"}


def item_id(article: Mapping[str, Any], voice: str = "author", block_kind: str | None = None) -> str:
    """The item's id: one per distinct source, so an article's editors are an item of their own (and the
    reprinter's editors another), while its authors' and quoted speakers' passages share the article's."""
    base = f"article-{article.get('id')}"
    if voice != "editors":
        return base
    publisher, reprinter = article.get("publisher"), article.get("reprinted_by")
    outlet = editors_outlet(publisher, reprinter, block_kind)
    return f"{base}-editors" if outlet == (publisher or reprinter) else f"{base}-reprinter-editors"


def source_voice(voice: str | None) -> str:
    """Whose work a quote is cited as: its editors', or (a speaker cited through them) its authors'."""
    return "editors" if voice == "editors" else "author"


def article_item(article: Mapping[str, Any], *, voice: str = "author", note: str | None = None,
                 block_kind: str | None = None) -> dict[str, Any]:
    """The CSL-JSON item for an article; ``voice='editors'`` cites it to the editors of the outlet
    that wrote a passage of ``block_kind``."""
    item: dict[str, Any] = {"id": item_id(article, source_voice(voice), block_kind), "type": "article-newspaper"}
    if article.get("title"):
        item["title"] = article["title"]
    if voice == "editors":
        item["author"] = [editors_name(article, block_kind)]
    elif article.get("authors"):
        item["author"] = [csl_name(a) for a in article["authors"]]
    publisher, reprinter = article.get("publisher"), article.get("reprinted_by")
    container = reprinter or publisher
    if container:
        item["container-title"] = container
    if reprinter and publisher and reprinter != publisher:
        item["original-publisher"] = publisher
        item["references"] = f"Originally published by {publisher}"
    issued = csl_date(article.get("date"))
    if issued:
        item["issued"] = issued
    if article.get("url"):
        item["URL"] = article["url"]
    if note:
        item["note"] = note
    return item


def voices_note(records: Iterable[Mapping[str, Any]]) -> str | None:
    """Whose words the article's quotes are, for the CSL ``note`` (one item stands for many quotes)."""
    voices: list[str] = []
    speakers: list[str] = []
    whose: list[str] = []
    for record in records:
        voice, speaker, who = record.get("voice") or "author", record.get("speaker"), record.get("who")
        if voice not in voices:
            voices.append(voice)
        if speaker and speaker not in speakers:
            speakers.append(speaker)
        if who and who not in whose:
            whose.append(who)
    lines = []
    if voices:
        lines.append("QuoteClip voices: " + ", ".join(voices))
    if speakers:
        lines.append("Quoted speakers: " + "; ".join(speakers))
    if whose:  # the same "whose words" the library shows, editors' outlets included
        lines.append("Whose words: " + "; ".join(whose))
    return "\n".join(lines) or None


def extra_lines(item: Mapping[str, Any]) -> list[str]:
    """What Zotero has no field for, in its Extra syntax (``key: value``), for the item's ``note``.

    Zotero imports ``note`` into Extra and reads these lines back as CSL variables when it cites, so a
    reprint keeps its original publisher there; citeproc-js reads the same lines as note-field hacks.
    """
    return [f"{key}: {item[key]}" for key in ("original-publisher", "references") if item.get(key)]
