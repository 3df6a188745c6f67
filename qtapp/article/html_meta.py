"""A page's own metadata (title, authors, date, canonical URL) from its tags, never from its text.

Dates are taken only from publication tags (Open Graph, Dublin Core, schema.org) and only when they
start with an ISO date: an unknown date stays None rather than a guess.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title", "headline")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "dc.date.issued",
             "dcterms.issued", "dc.date", "dcterms.created", "date", "pubdate", "publishdate",
             "publish-date", "sailthru.date")
URL_KEYS = ("canonical", "og:url", "saved from")  # the page's own address, then where it was saved from
# Browsers (and Open URL) mark a saved page with the address it came from: <!-- saved from url=(0023)… -->
_SAVED_FROM = re.compile(r"^\s*saved from url=\(\d+\)(https?://\S+)\s*$", re.IGNORECASE)


@dataclass
class PageMeta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    url: str | None = None
    publisher: str | None = None  # JSON-LD publisher, else og:site_name
    title_declared: bool = False  # an og:title or headline tag, not only the <title> with its site suffix
    site_in_title: str | None = None  # "Headline - Munster Tide": the site's name beside the headline


class _MetaParser(HTMLParser):
    """Collects <meta>, <link rel=canonical>, <title> and JSON-LD, keyed by lower-case name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, list[str]] = {}
        self._capture: str | None = None
        self._buffer: list[str] = []

    def _add(self, key: str, value: Any) -> None:
        if isinstance(value, str) and value.strip():
            self.values.setdefault(key.lower(), []).append(" ".join(value.split()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = attr.get("property") or attr.get("name") or attr.get("itemprop")
            if key:
                self._add(key, attr.get("content"))
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self._add("canonical", attr.get("href"))
        elif tag == "title" or (tag == "script" and attr.get("type", "").lower() == "application/ld+json"):
            self._capture, self._buffer = tag, []

    def handle_comment(self, data: str) -> None:
        found = _SAVED_FROM.match(data)
        if found:
            self._add("saved from", found.group(1))

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != self._capture:
            return
        text, self._capture = "".join(self._buffer), None
        if tag == "title":
            self._add("<title>", text)
        else:
            self._read_json_ld(text)

    def _read_json_ld(self, text: str) -> None:
        try:
            data = json.loads(text)
        except ValueError:
            return
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            self._add("headline", item.get("headline"))
            self._add("datepublished", item.get("datePublished"))
            self._add("url", item.get("url") if item.get("@type") in ("NewsArticle", "Article") else None)
            publisher = item.get("publisher")
            self._add("ld:publisher", publisher.get("name") if isinstance(publisher, dict) else publisher)
            authors = item.get("author")
            for author in authors if isinstance(authors, list) else [authors]:
                self._add("author", author.get("name") if isinstance(author, dict) else author)


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if values.get(key):
            return values[key][0]
    return None


def _authors(values: dict[str, list[str]]) -> list[str]:
    names: list[str] = []
    for key in AUTHOR_KEYS:
        for value in values.get(key, []):
            # article:author is often a profile URL, and "byl" reads "By Jane Doe".
            if value.startswith(("http://", "https://")):
                continue
            name = re.sub(r"^by\s+", "", value, flags=re.IGNORECASE)
            if name not in names:
                names.append(name)
        if names:
            return names
    return names


def _title(values: dict[str, list[str]]) -> str | None:
    title = _first(values, TITLE_KEYS)
    if title:
        return title
    page_title = _first(values, ("<title>",))
    if page_title:
        # "Site | Headline" and "Headline - Site": drop the site's name, else keep the longest part.
        parts = re.split(r"\s+[|–—-]\s+", page_title)
        site = (_first(values, ("og:site_name", "ld:publisher", "application-name")) or "").lower()
        parts = [part for part in parts if part.lower() != site] or parts
        return max(parts, key=len)
    return None


def _site_in_title(values: dict[str, list[str]]) -> str | None:
    """'Harbour authority approves … - Munster Tide' → 'Munster Tide': of a <title> in two parts, the short
    one that names the site (a few capitalised words, not a domain) beside a headline of several words."""
    page_title = _first(values, ("<title>",))
    parts = re.split(r"\s+[|–—-]\s+", page_title or "")
    if len(parts) != 2:
        return None
    site, headline = sorted(parts, key=len)
    words = site.split()
    if len(words) > 5 or len(headline.split()) < 4 or "." in site or not all(
            w[:1].isupper() or w in ("of", "the", "and", "&") for w in words):
        return None
    return site


def read_meta(html: str) -> PageMeta:
    """The page's declared metadata; anything it does not declare is None."""
    parser = _MetaParser()
    parser.feed(html)
    parser.close()
    values = parser.values
    date = _first(values, DATE_KEYS)
    match = _ISO_DATE.match(date or "")
    url = _first(values, URL_KEYS)
    return PageMeta(title=_title(values), title_declared=_first(values, TITLE_KEYS) is not None,
                    authors=_authors(values),
                    date=match.group(1) if match else None,
                    url=url if url and url.startswith(("http://", "https://")) else None,
                    publisher=_first(values, ("ld:publisher", "og:site_name", "application-name")),
                    site_in_title=_site_in_title(values))
