"""What every importer returns: highlights with the attribution their source gives, and nothing more.

Each parser reads its tool's own shape into these records; ``into_library.py`` turns them into the same
``QuoteDraft``s a restored backup makes, so there is one write path. A field the source does not give
stays None ("right or visibly unsure"): the annotator of a Hypothesis note is not the article's author.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from qtapp.article.model import Author
from qtapp.errors import UserError
from qtapp.translatable import N_

# uuid5 namespace of imported quotes: the same highlight read again gets the same uuid, so a re-import
# finds it present instead of adding it twice.
NAMESPACE = "6f1b0f6e-6c1a-4f4e-9a58-2b8e0f3c9d14"


class ImportInvalid(UserError):
    """A record of the file is not what its format promises; nothing is imported."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(N_("Import", "cannot import: {where}: {problem}; nothing was imported")
                         .format(where=where, problem=problem))


@dataclass(frozen=True)
class Source:
    """The work a highlight comes from, as its tool names it."""

    title: str | None = None
    authors: tuple[Author, ...] = ()
    url: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, only when the source gives one
    publisher: str | None = None

    def keys(self) -> list[str]:
        """What the real article would be known by: its URL, its title with its authors."""
        found = []
        if self.url and urlsplit(self.url).scheme in ("http", "https"):
            found.append("url:" + normal_url(self.url))
        if self.title and self.authors:
            found.append(title_key(self.title, self.authors))
        return found

    def group_key(self) -> str:
        """One stub per distinct source, across imports (a second clippings file extends the first)."""
        cached = self.__dict__.get("_group")
        if cached is None:  # asked for every highlight: built once per source
            names = "|".join(_fold(a.name) for a in self.authors)
            cached = f"source:{_fold(self.title or '')}|{names}|{normal_url(self.url) if self.url else ''}"
            object.__setattr__(self, "_group", cached)
        return cached


@dataclass(frozen=True)
class Placement:
    """Where the highlight's tool saw the passage: its selectors, kept for when the real article is opened.

    ``exact`` is the tool's own text of the passage (its line breaks as given); ``prefix``/``suffix`` its
    context; ``start``/``end`` a TextPositionSelector's offsets, counting in the page (Hypothesis), the
    file (our W3C export) or, with ``within``, in that paragraph's text (a W3C ``refinedBy``).
    """

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    within: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}
        if self.start is not None and self.end is not None:
            data.update(start=self.start, end=self.end)
        if self.within is not None:
            data["within"] = self.within
        return data


def placement(selectors: list[Any]) -> Placement | None:
    """The Placement a tool's selector list gives: its TextQuoteSelector, with a TextPositionSelector
    beside it (or inside a paragraph's TextQuoteSelector as ``refinedBy``); None without a quote."""
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"
                  and isinstance(s.get("exact"), str) and "refinedBy" not in s), None)
    if quote is None:
        return None
    found = Placement(quote["exact"], _str(quote.get("prefix")), _str(quote.get("suffix")))
    for one in selectors:
        if not isinstance(one, dict):
            continue
        inner = one.get("refinedBy")
        position, within = (inner, one.get("exact")) if isinstance(inner, dict) else (one, None)
        if position.get("type") == "TextPositionSelector" and _offsets(position) and (
                within is None or isinstance(within, str)):
            return Placement(found.exact, found.prefix, found.suffix, int(position["start"]),
                             int(position["end"]), within)
    return found


def _offsets(selector: dict[str, Any]) -> bool:
    start, end = selector.get("start"), selector.get("end")
    return type(start) is int and type(end) is int and 0 <= start < end


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Highlight:
    """One passage to import, with where its tool put it and what the user added."""

    source: Source
    text: str
    key: str  # the tool's own id, else its source, location and text: what the uuid is made from
    label: str  # names the record in messages: "clipping 12 (line 40)"
    note: str = ""
    tags: tuple[str, ...] = ()
    color: str | None = None
    created: str | None = None
    updated: str | None = None
    location: str | None = None
    speaker: str | None = None  # only when the source names whose words they are
    own_uuid: str | None = None  # a uuid the source carries (our own W3C export): kept as it is
    placement: Placement | None = None  # where the tool saw it (Hypothesis, W3C): used when placed for real

    @cached_property
    def uuid(self) -> str:
        if self.own_uuid:
            return self.own_uuid
        import uuid

        return str(uuid.uuid5(uuid.UUID(NAMESPACE), self.key))


@dataclass
class Parsed:
    """A file read by one importer: its highlights, and what it held that is not a highlight."""

    format: str
    highlights: list[Highlight] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # "bookmarks": 3, "notes without a highlight": 1
    merged: int = 0  # duplicates and edited highlights folded into one while reading

    def skip(self, what: str, count: int = 1) -> None:
        self.skipped[what] = self.skipped.get(what, 0) + count


def clean_text(text: str) -> str:
    """A passage as stored: each paragraph on its own line, blanks inside a line collapsed."""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def person(name: str) -> Author:
    """An author from how a tool spells one: "Last, First" is family-first, anything else as given."""
    name = " ".join(name.split())
    if name.count(",") == 1:
        family, given = (part.strip() for part in name.split(","))
        if family and given:
            return Author(name=f"{given} {family}", family=family, given=given)
    return Author(name=name)


def people(names: str, separators: str = r";|\s+and\s+|\s+&\s+") -> tuple[Author, ...]:
    """Several authors in one field. Commas are not split on: "Orwell, George" is one person."""
    return tuple(person(part) for part in re.split(separators, names) if part.strip())


def normal_url(url: str) -> str:
    """A URL compared loosely: no fragment, scheme, "www." or trailing slash, host in lower case."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("", host, parts.path.rstrip("/"), parts.query, "")).lstrip("/")


def title_key(title: str, authors: tuple[Author, ...] | list[Author]) -> str:
    """Title and authors, folded, the authors' words sorted: "Orwell, George" = "George Orwell"."""
    words = sorted(word for author in authors for word in _fold(author.name).split())
    return f"title:{_fold(title)}|{' '.join(words)}"


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text
    return " ".join(re.sub(r"[^\w\s]", " ", plain.casefold()).split())


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_part(value: object) -> str | None:
    """The YYYY[-MM[-DD]] an ISO timestamp begins with, or None."""
    if not isinstance(value, str):
        return None
    found = _DATE.match(value.strip())
    return found.group(0) if found else None
