"""What every exporter shares: records as plain dicts, grouping by article, progress reports."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from qtapp.library.citation.csl_item import as_record

Progress = Callable[[int, int], None]
Record = dict[str, Any]
EVERY = 1000  # report progress this often: a callback per quote would cost more than the export


class Ticker:
    """Calls ``progress(done, total)`` every ``EVERY`` items and once at the end."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress, self.done = total, progress, 0

    def tick(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if self.progress is not None and before // EVERY != self.done // EVERY:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)


class _SharedArticle:
    """Stands in for a record's article so its JSON is built once per article, not once per quote."""

    __slots__ = ("data",)

    def __init__(self, data: Record) -> None:
        self.data = data

    def to_json(self) -> Record:
        return self.data


def _view(record: Any, article: _SharedArticle) -> Any:
    """A shallow copy of a store record whose ``article`` is the shared stand-in."""
    if not hasattr(record, "__dict__"):
        return record
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__)
    copy.__dict__["article"] = article  # frozen dataclass: bypass its __setattr__ on the copy only
    return copy


def records(items: Iterable[Any]) -> list[Record]:
    """Store records or dicts as the ``quotes list --json`` dicts the exporters read.

    Records of one article share one article dict: building it (dataclasses.asdict of the authors)
    for each of 100k quotes would take most of an export's time.
    """
    shared: dict[int, _SharedArticle] = {}
    out: list[Record] = []
    for item in items:
        article = getattr(item, "article", None)
        if isinstance(item, Mapping) or article is None or not hasattr(article, "to_json"):
            out.append(as_record(item))
            continue
        key = id(article)
        if key not in shared:
            shared[key] = _SharedArticle(article.to_json())
        out.append(_view(item, shared[key]).to_json())
    return out


def by_article(items: list[Record]) -> Iterator[tuple[Record, list[Record]]]:
    """(article, its quotes) in order of first appearance; quotes keep their order."""
    groups: dict[Any, tuple[Record, list[Record]]] = {}
    for item in items:
        article = item.get("article") or {}
        key = article.get("id", article.get("hash"))
        if key not in groups:
            groups[key] = (article, [])
        groups[key][1].append(item)
    yield from groups.values()


def author_display(author: Record) -> str:
    """A name in its own order: "Wang Haiyan" when family first, "Jane Smith" otherwise."""
    family, given = author.get("family"), author.get("given")
    if family and given:
        if not author.get("family_first"):
            return f"{given} {family}"
        return f"{family}{'' if is_cjk(family + given) else ' '}{given}"
    return str(author.get("name") or family or given or "")


def is_cjk(text: str) -> bool:
    """Han, kana or Hangul: such names are written without a space between family and given name."""
    return any(unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
               for c in text)


def quoted(text: str) -> str:
    """The passage verbatim between curly quotes (exports keep the text exactly as saved)."""
    return f"“{text.strip()}”"
