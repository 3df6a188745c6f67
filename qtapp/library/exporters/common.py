"""What every exporter shares: records as plain dicts, grouping by article, progress reports."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from typing import Any, NamedTuple, TypeVar

from qtapp.library.citation.csl_item import as_record
from qtapp.library.records import QuoteRecord

Progress = Callable[[int, int], None]
Record = dict[str, Any]
T = TypeVar("T")
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


class _Articles:
    """Each article's JSON built once, however many quotes share its article object."""

    def __init__(self) -> None:
        # The article is kept with its JSON so its id() cannot be reused by another while we look.
        self._known: dict[int, tuple[Any, _SharedArticle]] = {}

    def shared(self, article: Any) -> _SharedArticle:
        key = id(article)
        if key not in self._known:
            self._known[key] = (article, _SharedArticle(article.to_json()))
        return self._known[key][1]


def records(items: Iterable[Any]) -> list[Record]:
    """Store records or dicts as the ``quotes list --json`` dicts the exporters read.

    Records of one article share one article dict: building it (dataclasses.asdict of the authors)
    for each of 100k quotes would take most of an export's time.
    """
    return list(iter_records(items))


def iter_records(items: Iterable[Any]) -> Iterator[Record]:
    """``records`` one at a time, for exporters that write a quote per row (CSV at a million quotes)."""
    articles = _Articles()
    for item in items:
        article = getattr(item, "article", None)
        if isinstance(item, Mapping) or article is None or not hasattr(article, "to_json"):
            yield as_record(item)
            continue
        yield _view(item, articles.shared(article)).to_json()


def total(items: Iterable[Any]) -> int:
    """How many items, when that is known without consuming them (0 for a stream)."""
    return len(items) if isinstance(items, Sized) else 0


def by_article(items: list[Record]) -> Iterator[tuple[Record, list[Record]]]:
    """(article, its quotes) in order of first appearance; quotes keep their order."""
    yield from _grouped((item.get("article") or {}, item) for item in items)


def _grouped(pairs: Iterable[tuple[Record, T]]) -> list[tuple[Record, list[T]]]:
    """Values grouped under their article (by id, else hash), the first article dict standing for it."""
    groups: dict[Any, tuple[Record, list[T]]] = {}
    for article, value in pairs:
        key = article.get("id", article.get("hash"))
        if key not in groups:
            groups[key] = (article, [])
        groups[key][1].append(value)
    return list(groups.values())


Quote = QuoteRecord | Mapping[str, Any]


def quotes_by_article(items: Iterable[Any]) -> list[tuple[Record, list[Quote]]]:
    """``by_article(records(items))``, each quote left a store record (or dict) rather than made a dict.

    For exporters that print a few fields (``quote_fields``): building 100k whole record dicts (selector
    and all), which the garbage collector then walks again and again, was half of what a Markdown export
    spent per quote. Anything else is made a dict here, as ``records`` would.
    """
    articles = _Articles()

    def pairs() -> Iterator[tuple[Record, Quote]]:  # short-lived: the collector never sees them grow old
        for item in items:
            if isinstance(item, QuoteRecord):
                yield articles.shared(item.article).data, item
            else:
                record = item if isinstance(item, Mapping) else as_record(item)
                yield record.get("article") or {}, record

    return _grouped(pairs())


class QuoteFields(NamedTuple):
    """What a reading export prints of a quote, as its record dict has them (None when absent)."""

    text: Any
    note: Any
    tags: Any
    attribution: Any


# An export carries the library's marker too: an unconfirmed default is never passed off as certain.
UNCONFIRMED = " [check who said this]"


def attribution_text(record: Quote) -> str:
    """The stored attribution line, marked when the user has not yet confirmed a defaulted one."""
    if isinstance(record, QuoteRecord):
        line, unsure = record.attribution, record.needs_check
    else:
        line, unsure = str(record.get("attribution") or ""), bool(record.get("needs_check"))
    return f"{line}{UNCONFIRMED}" if line and unsure else line


def quote_fields(quote: Quote) -> QuoteFields:
    """A quote's printed fields; a store record's are read off it (``to_json`` gives the same values)."""
    if isinstance(quote, QuoteRecord):
        return QuoteFields(quote.text, quote.note, quote.tags, attribution_text(quote))
    return QuoteFields(quote.get("text"), quote.get("note"), quote.get("tags"), attribution_text(quote))


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
