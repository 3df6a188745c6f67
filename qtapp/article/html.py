"""HTML in, article text and page metadata out: for saved web pages and clipboard HTML.

trafilatura (the optional ``html`` extra) finds the article body in a whole page; without it, or for a
clipboard fragment where the user already chose what to keep, a stdlib parser keeps every paragraph.
Metadata comes only from the page's own tags: a date is never guessed from text such as "(c) 2024".
Nothing here fetches anything: no parser is given a URL or a resolver.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qtapp.article.decoding import decode_bytes
from qtapp.article.html_meta import PageMeta, read_meta
from qtapp.article.html_text import article_paragraphs, page_outline, plain_paragraphs
from qtapp.article.invisible import clean_labels
from qtapp.article.model import Article, Author
from qtapp.article.names import author_from_name
from qtapp.article.parser import parse_text
from qtapp.article.rules.engine import Rule, first, rule
from qtapp.article.rules.outlet_vote import key
from qtapp.errors import UserError
from qtapp.translatable import N_

__all__ = ["HtmlExtract", "PageMeta", "decode_html", "extract", "parse_html", "parse_html_bytes"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass
class HtmlExtract:
    """The body as paragraphs joined by blank lines, the page's metadata, and which extractor ran."""

    text: str
    meta: PageMeta = field(default_factory=PageMeta)
    extractor: str = "stdlib"
    headline: str | None = None  # the page's first <h1>, when the extractor looked for it


def _trafilatura() -> Any | None:
    """trafilatura if the ``html`` extra is installed; imported late because it is slow to load."""
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def _element_text(element: Any) -> str:
    # trafilatura marks <br> as <lb/>: a line break inside a paragraph, read as a space.
    for line_break in element.iter("lb"):
        line_break.text = " "
    return " ".join("".join(element.itertext()).split())


def _trafilatura_paragraphs(module: Any, html: str) -> list[str]:
    document = module.bare_extraction(html, include_comments=False, include_tables=True,
                                      include_images=False, include_links=False, with_metadata=False)
    body = getattr(document, "body", None)
    if body is None:
        return []
    paragraphs: list[str] = []
    for child in body:
        rows = child.findall(".//item") if child.tag == "list" else (
            child.findall(".//row") if child.tag == "table" else [child])
        paragraphs.extend(text for text in map(_element_text, rows or [child]) if text)
    return paragraphs


def _with_headline(header: list[str], paragraphs: list[str]) -> list[str]:
    """The visible headline, byline and date lines put back above the extracted body, unless it kept them:
    the byline in a <span> and the date in a <time> under the <h1> are what the reading rules need."""
    if not header:
        return paragraphs
    kept = set(paragraphs)
    missing = [line for line in header[1:] if line not in kept]
    if header[0] in kept:  # the extractor kept the headline: its byline and date go back under it
        at = paragraphs.index(header[0]) + 1
        return paragraphs[:at] + missing + paragraphs[at:]
    return [header[0], *missing, *paragraphs]


def extract(html: str, *, whole: bool = False) -> HtmlExtract:
    """Article text from HTML; ``whole`` keeps every paragraph (clipboard: the user chose already)."""
    meta = read_meta(html)
    # A page that marks its article (<article>, <main>) is read whole from there, headline, byline and
    # captions included, so the reading rules see it as a reader does; trafilatura's extraction drops
    # bylines and datelines into its own metadata. It still finds the body of pages that mark nothing.
    paragraphs = [] if whole else article_paragraphs(html)
    extractor = "article" if paragraphs else "stdlib"
    module = None if whole or paragraphs else _trafilatura()
    headline = None
    if module is not None:
        paragraphs = _trafilatura_paragraphs(module, html)
        extractor = "trafilatura" if paragraphs else "stdlib"
        if paragraphs:
            header, promos = page_outline(html)
            headline = header[0] if header else None
            paragraphs = _with_headline(header, [p for p in paragraphs if p not in promos])
    if not paragraphs:
        paragraphs = plain_paragraphs(html, prefer_article=not whole)
    return HtmlExtract("\n\n".join(paragraphs), meta, extractor, headline)


def parse_html(html: str, *, whole: bool = False) -> tuple[Article, str]:
    """(Article, the text it was parsed from). Page metadata fills only what the text left unknown."""
    found = extract(html, whole=whole)
    if not found.text.strip():
        raise UserError(N_("Article", "no article text found in this page"))
    article = parse_text(found.text)
    _h1_over_deck(article, found.headline)
    _apply_meta(article, found.meta)
    return clean_labels(article), found.text  # the page's own tags may carry them too


@rule("html.h1_headline")
def h1_headline(article: Article, h1: str | None) -> str | None:
    """'<h1>Sea baths reopen …</h1>' dropped over the deck the text took as the headline: the h1 is the headline
    (the markup says which line is the headline; the text's reading only guesses by nearness to the byline)."""
    if h1 and article.found_by.get("title") == "title.headline" and article.title != h1 and h1 in article.dropped:
        return h1
    return None


# The page's marked headline over the text's reading, before the page's declared metadata has its say.
PAGE_HEADLINE: tuple[Rule[str], ...] = (h1_headline,)


def _h1_over_deck(article: Article, h1: str | None) -> None:
    found = first(PAGE_HEADLINE, article, h1)
    if found is not None:
        article.title, article.found_by["title"] = found


# What the text says outright about who published it beats the page's own tags (a reprint's page
# names the reprinter as its site); a guess from a logo, a footer or a sign-off does not.
_TEXT_PUBLISHER_WINS = frozenset({"publisher.reprint_note", "publisher.reports_citing", "publisher.press_release",
                                  "publisher.byline_tail", "publisher.dateline_agency"})


@rule("html.meta_title")
def meta_title(article: Article, meta: PageMeta) -> str | None:
    """<meta property="og:title">, a JSON-LD headline, else the <title> without the site's name: the headline,
    unless a reprint note named the original's or the text has a headline and the page only a <title>."""
    text_has_title = article.found_by.get("title") == "title.reprint_note" or (
        article.title is not None and not meta.title_declared)  # a bare <title> loses to the page's own h1
    return meta.title if meta.title and not text_has_title else None


def _shows_another(shown: str | None, declared: str | None) -> bool:
    """The text's own reading gives a value, and the page's declared one is another (not the same words)."""
    return bool(shown and declared) and " ".join(str(shown).casefold().split()) != " ".join(
        str(declared).casefold().split())


@rule("html.meta_title_over_shown")
def meta_title_over_shown(article: Article, meta: PageMeta) -> str | None:
    """og:title "Desal plant gets green light" over the shown headline "Port Lincoln desalination plant
    approved …": the declared headline stands, and the window asks, since the page shows another."""
    found = meta_title.check(article, meta)
    return found if found and article.found_by.get("title") and _shows_another(article.title, found) else None


@rule("html.meta_date_over_shown")
def meta_date_over_shown(article: Article, meta: PageMeta) -> str | None:
    """article:published_time 2026-08-20 over a shown "21 August 2026": the declared date stands, marked."""
    return meta.date if meta.date and article.found_by.get("date") and _shows_another(article.date, meta.date) \
        else None


@rule("html.meta_date")
def meta_date(article: Article, meta: PageMeta) -> str | None:
    """<meta property="article:published_time" content="2025-03-04T09:00">, JSON-LD datePublished → 2025-03-04."""
    return meta.date or None


@rule("html.meta_publisher")
def meta_publisher(article: Article, meta: PageMeta) -> str | None:
    """JSON-LD publisher.name, else og:site_name, unless the text said outright who published it."""
    return meta.publisher if meta.publisher and article.found_by.get("publisher") not in _TEXT_PUBLISHER_WINS \
        else None


# A company's legal form ends a name: "Marina Markets Pte Ltd", "Shannonside Audio Ireland LP", "Harbour Holdings plc"
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|Ltd|Limited|Corp|LLC|LLP|LP|plc|PLC|GmbH|Pvt|Pty|Pte|S\.A|N\.V|B\.V|AG|SpA|"
                         r"Srl|Bhd|Holdings|Group)\.?)+$")


def _declared_publisher(article: Article, meta: PageMeta) -> str | None:
    return meta_publisher.check(article, meta)


@rule("html.title_site_over_owner")
def title_site_over_owner(article: Article, meta: PageMeta) -> str | None:
    """JSON-LD publisher "Marina Markets Pte Ltd" on a page whose <title> ends "- Marina Markets Daily" →
    Marina Markets Daily: the company owns the site, and a citation names the publication it calls itself;
    og:site_name "KT" beside "… | The Kestrel Tribune" → the name the initials stand for."""
    declared = _declared_publisher(article, meta)
    site = meta.site_in_title
    if not (declared and site and _shows_another(site, declared)):
        return None
    return site if _LEGAL_FORM.search(declared) or _initials_of(declared, site) else None


def _initials_of(initials: str, name: str) -> bool:
    """'KT' and 'The Kestrel Tribune': the declared name is the initials of the one the <title> spells out."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() != "the"]
    return bool(re.fullmatch(r"[A-Z]{2,5}", initials)) and "".join(w[0] for w in words) == initials


@rule("html.meta_publisher_disputed")
def meta_publisher_disputed(article: Article, meta: PageMeta) -> str | None:
    """og:site_name "Pampa News Chile" beside a <title> ending "| Pampa News": the declared name stands, and
    the window asks, since the page names itself two ways."""
    declared = _declared_publisher(article, meta)
    return declared if declared and _shows_another(meta.site_in_title, declared) else None


@rule("html.meta_publisher_initials")
def meta_publisher_initials(article: Article, meta: PageMeta) -> str | None:
    """og:site_name "LC": initials the tags give alone may stand for the name the page's logo spells out."""
    declared = _declared_publisher(article, meta)
    return declared if declared and re.fullmatch(r"[A-Z]{2,4}", declared) else None


@rule("html.title_site")
def title_site(article: Article, meta: PageMeta) -> str | None:
    """'<title>Harbour authority approves the dredging plan - Munster Tide</title>' → Munster Tide, when
    nothing else named a publisher (the weakest witness)."""
    return meta.site_in_title or None if article.publisher is None else None


@rule("html.meta_reprinter")
def meta_reprinter(article: Article, meta: PageMeta) -> str | None:
    """og:site_name "ABC News" on a page whose note says "This piece first appeared on The Conversation." → ABC
    News carries it: the note named who wrote it first and no one who carries it; the site declares itself."""
    declared, note = meta.publisher, article.publisher
    if article.reprinted_by or not declared or not note \
            or article.found_by.get("publisher") != "publisher.reprint_note":
        return None
    ours, theirs = key(declared), key(note)
    return declared.strip() if len(ours) >= 3 and ours not in theirs and theirs not in ours else None


@rule("html.meta_authors")
def meta_authors(article: Article, meta: PageMeta) -> list[Author] | None:
    """<meta name="author" content="Jane Doe">, JSON-LD author.name, when the text named no author."""
    return [author_from_name(name) for name in meta.authors] if not article.authors and meta.authors else None


@rule("html.meta_url")
def meta_url(article: Article, meta: PageMeta) -> str | None:
    """<link rel="canonical" href="https://…">, og:url, or the browser's 'saved from url=' mark."""
    return meta.url or None if not article.url else None


# Per field, the page's own tags that may replace or fill what the text gave, in order.
PAGE_TITLE: tuple[Rule[str], ...] = (meta_title_over_shown, meta_title)
PAGE_DATE: tuple[Rule[str], ...] = (meta_date_over_shown, meta_date)
PAGE_PUBLISHER: tuple[Rule[str], ...] = (title_site_over_owner, meta_publisher_disputed, meta_publisher_initials,
                                          meta_publisher, title_site)
PAGE_REPRINTED_BY: tuple[Rule[str], ...] = (meta_reprinter,)
PAGE_AUTHORS: tuple[Rule[list[Author]], ...] = (meta_authors,)
PAGE_URL: tuple[Rule[str], ...] = (meta_url,)
_PAGE_FIELDS: tuple[tuple[str, Sequence[Rule[object]]], ...] = (
    ("title", PAGE_TITLE), ("date", PAGE_DATE), ("publisher", PAGE_PUBLISHER), ("reprinted_by", PAGE_REPRINTED_BY),
    ("authors", PAGE_AUTHORS),
    ("url", PAGE_URL))


def _apply_meta(article: Article, meta: PageMeta) -> None:
    """The page's declared metadata over the text's reading where the page is the better witness.

    Its headline and date are the publisher's own record (the visible h1 may be shortened, a visible
    "Updated" date is not the publication date); a title taken from a reprint note names the original
    and stays. Authors and the URL fill only what the text left unknown.
    """
    for name, rules in _PAGE_FIELDS:
        found = first(rules, article, meta)
        if found is not None:
            setattr(article, name, found[0])
            article.found_by[name] = found[1]


def decode_html(data: bytes) -> str:
    """Decode by BOM, then the charset the page declares, then the text loader's rules."""
    if not data.strip():
        raise UserError(N_("Article", "the file is empty"))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data).text


def parse_html_bytes(data: bytes, name: str) -> tuple[Article, str]:
    """A saved web page's bytes as (Article, text); raises UserError naming the file ``name``."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(N_("Article", "{name} is not a web page (it holds binary data)").format(name=name))
    try:
        return parse_html(decode_html(data))
    except UserError as error:
        raise UserError(N_("Article", "{name}: {error}").format(name=name, error=error)) from error
