"""What the store hands out: articles with the user's corrections applied, and quote records.

Records are plain frozen dataclasses so the UI, exporters and the command line can use them without
touching SQL; ``to_json`` gives the DESIGN §4 shapes.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qtapp.article.model import BLOCK_SEPARATOR, Article, Author
from qtapp.library.errors import ArticleDamaged
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.anchoring import Selector

# Metadata fields a user may correct; "authors" takes a list of Author-like dicts.
CORRECTABLE = ("title", "date", "url", "publisher", "reprinted_by", "series", "authors")


def apply_corrections(article: Article, corrections: dict[str, Any]) -> Article:
    """A copy of ``article`` with the user's corrections laid over the parsed metadata."""
    changes: dict[str, Any] = {}
    for key, value in corrections.items():
        if key not in CORRECTABLE:
            continue
        if key == "authors":
            changes["authors"] = [Author.from_json(a) for a in value or []]
        else:
            changes[key] = value or None  # "" is the user saying "unknown"
    return dataclasses.replace(article, **changes)


def authors_json(authors: list[Author]) -> list[dict[str, Any]]:
    return [dataclasses.asdict(a) for a in authors]


@dataclass(frozen=True)
class ArticleInfo:
    """An article's citation metadata, corrections applied: what a quote record carries."""

    id: int
    hash: str
    title: str | None
    authors: tuple[Author, ...]
    publisher: str | None
    reprinted_by: str | None
    series: str | None
    date: str | None
    url: str | None
    path: str | None
    damaged: str | None = None  # why the stored row cannot be read; the other fields are then empty
    stub: str | None = None  # imported without its text (from "kindle", ...): the text is its quotes joined

    @classmethod
    def damaged_row(cls, article_id: int, digest: str, path: str | None, why: str) -> ArticleInfo:
        """What a quote of an unreadable article carries: its id and why, no metadata."""
        return cls(article_id, digest, None, (), None, None, None, None, None, path, why)

    @classmethod
    def of(cls, article_id: int, digest: str, article: Article, path: str | None,
           stub: str | None = None) -> ArticleInfo:
        return cls(article_id, digest, article.title, tuple(article.authors), article.publisher,
                   article.reprinted_by, article.series, article.date, article.url, path, stub=stub)

    def to_json(self) -> dict[str, Any]:
        data = {"id": self.id, "title": self.title, "authors": authors_json(list(self.authors)),
                "publisher": self.publisher, "reprinted_by": self.reprinted_by, "date": self.date,
                "url": self.url, "path": self.path, "series": self.series, "hash": self.hash}
        if self.damaged:
            data["damaged"] = self.damaged
        if self.stub:
            data["stub"] = self.stub
        return data


@dataclass(frozen=True)
class ArticleRecord:
    """A stored article: ``article`` has corrections applied, ``parsed`` is what the parser gave."""

    id: int
    hash: str
    path: str | None
    added: str
    source: str
    parsed: Article
    corrections: dict[str, Any]
    article: Article
    quote_count: int = 0
    parser: str | None = None  # the reading rules' version that gave ``parsed`` (None: before schema v4)
    stub: str | None = None  # imported without its text (schema v6): see ArticleInfo.stub

    @property
    def info(self) -> ArticleInfo:
        return ArticleInfo.of(self.id, self.hash, self.article, self.path, self.stub)

    def to_json(self) -> dict[str, Any]:
        """The ``articles list --json`` shape."""
        data = self.info.to_json()
        data.update(added=self.added, quotes=self.quote_count, corrections=self.corrections)
        return data


@dataclass(frozen=True)
class QuoteRecord:
    id: int
    uuid: str
    article: ArticleInfo
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    block_kind: str | None
    voice: str
    speaker: str | None
    note: str
    tags: tuple[str, ...]
    color: str | None
    attribution: str
    who: str | None
    created: str
    updated: str
    deleted_at: str | None = None
    # Who chose voice and speaker: "rules" (re-derived when the reading improves), "user" (never
    # touched), None (saved before schema v4: decided at the first re-derivation).
    voice_by: str | None = None
    check_reason: str | None = None  # why the derived attribution is only a default (attribution.CHECKS)
    confirmed: str | None = None  # when the user confirmed or corrected the attribution
    # A team library's (PostgreSQL, issue 17), set by the server; None in a personal library. Who clipped
    # it is the database role that saved it; ``version`` moves on every edit, ``updated_by`` made the last.
    clipped_by: str | None = None
    clipped_at: str | None = None
    version: int | None = None
    updated_by: str | None = None

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> QuoteRecord:
        """A record from a dict of every field, skipping the frozen ``__init__``.

        That ``__init__`` makes one ``object.__setattr__`` call per field; reading 100k quotes spent a
        third of its time there. The result is the same frozen record.
        """
        record = object.__new__(cls)
        record.__dict__.update(values)
        return record

    @property
    def article_id(self) -> int:
        return self.article.id

    @property
    def needs_check(self) -> bool:
        """The attribution is a default or unsure, and the user has not confirmed or corrected it."""
        return self.check_reason is not None and self.confirmed is None

    @property
    def text(self) -> str:
        """The quote as the reader selected it: paragraphs joined by one newline.

        ``exact`` is the canonical text between the offsets (blocks are joined by a blank line there), so
        the W3C anchor stays true to the text it indexes; block texts never hold a newline of their own.
        """
        return self.exact.replace(BLOCK_SEPARATOR, "\n")

    @property
    def selector(self) -> Selector:
        """The W3C-style anchor, for re-anchoring against the article's current text."""
        from qtapp.library.anchoring import Selector

        return Selector(self.exact, self.prefix, self.suffix, self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        """One record of ``quotes list --json`` (DESIGN §4), plus uuid, block_kind, deleted_at, who chose
        the voice (``voice_by``), why (``check_reason``) and whether (``confirmed``) the attribution was
        checked; in a team library also who clipped it and when (``clipped_by``, ``clipped_at``)."""
        return {
            "id": self.id, "uuid": self.uuid, "text": self.text, "note": self.note,
            "tags": list(self.tags), "color": self.color, "created": self.created,
            "updated": self.updated, "voice": self.voice, "speaker": self.speaker,
            "attribution": self.attribution, "who": self.who, "needs_check": self.needs_check,
            "check_reason": self.check_reason, "confirmed": self.confirmed, "block_kind": self.block_kind,
            "selector": {"exact": self.exact, "prefix": self.prefix, "suffix": self.suffix,
                         "start": self.start, "end": self.end},
            "article": self.article.to_json(), "deleted_at": self.deleted_at, "voice_by": self.voice_by,
            **({"clipped_by": self.clipped_by, "clipped_at": self.clipped_at} if self.clipped_by else {}),
        }


# The parsed metadata ArticleInfo needs, as json_extract paths (one call returns them as a JSON array).
META_FIELDS = ("title", "authors", "publisher", "reprinted_by", "series", "date", "url")
META_PATHS = ", ".join(f"'$.{name}'" for name in META_FIELDS)


def info_from_meta(article_id: int, digest: str, path: str | None, corrections: str, meta: str,
                   stub: str | None = None) -> ArticleInfo:
    """ArticleInfo from the parsed metadata alone (``json_extract(parsed, META_PATHS)``) and corrections.

    Equal to ``article_record(row).info``, without rebuilding the article's text, blocks and quotations.
    """
    values = dict(zip(META_FIELDS, json.loads(meta), strict=True))
    values["authors"] = [Author.from_json(a) for a in values["authors"] or []]
    for key, value in json.loads(corrections).items():
        if key == "authors":
            values["authors"] = [Author.from_json(a) for a in value or []]
        elif key in CORRECTABLE:
            values[key] = value or None  # "" is the user saying "unknown"
    return ArticleInfo(article_id, digest, values["title"], tuple(values["authors"]), values["publisher"],
                       values["reprinted_by"], values["series"], values["date"], values["url"], path,
                       stub=stub)


# What reading a damaged row raises: bad JSON (ValueError), a wrong shape (the rest).
UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)


def damage(error: Exception) -> str:
    """A short "why" for a row that cannot be read."""
    return f"its stored data cannot be read: {type(error).__name__}: {str(error)[:100]}"


def article_record(row: Any, quote_count: int = 0) -> ArticleRecord:
    """An ArticleRecord from an ``articles`` row: the stored parse with the corrections laid over it.

    A row that cannot be read raises ``ArticleDamaged``, naming the article (see ``Library``).
    """
    try:
        parsed = Article.from_json(json.loads(row["parsed"]))
        corrections = json.loads(row["corrections"])
        if not isinstance(corrections, dict):
            raise TypeError(N_("Library", "the corrections are not an object"))
        article = apply_corrections(parsed, corrections)
    except UNREADABLE as error:
        raise ArticleDamaged(int(row["id"]), damage(error)) from error
    return ArticleRecord(id=int(row["id"]), hash=row["hash"], path=row["path"], added=row["added"],
                         source=row["source"], parsed=parsed, corrections=corrections,
                         article=article, quote_count=quote_count,
                         parser=row["parser"], stub=_stub(row))


def _stub(row: Any) -> str | None:
    """The row's stub column (schema v6); a row read by an older query has none."""
    try:
        return row["stub"]
    except (IndexError, KeyError):
        return None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
