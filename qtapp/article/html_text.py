"""Paragraphs from HTML with the standard library only: the fallback when trafilatura is missing.

Keeps paragraph breaks (block elements end a paragraph, so do two <br>), skips what is never article
text (scripts, styles, navigation, forms), and prefers what sits inside <article> or <main> when asked.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "button",
                  "form", "select", "textarea", "nav", "head", "title"})
PAGE_CHROME = frozenset({"header", "footer", "aside"})
BLOCKS = frozenset({"p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl",
                    "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th",
                    "figure", "figcaption", "hr", "address", "body", "header", "footer", "aside"})
# The markup's own word for a box that is not the story: "Sponsored" promos and advertisements
PROMO_CLASS = re.compile(r"(?:^|[\s_-])(?:promo|promotion|sponsor|sponsored|advert|advertisement|ad|ads|ad-slot)"
                         r"(?:$|[\s_-])", re.IGNORECASE)
# A date in its own element right after a byline's text stands on a line of its own, as the page shows it
DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|pub_?time|time|timestamp|published)(?:$|[\s_-])", re.IGNORECASE)
_DATE_LABEL_BEFORE = re.compile(r"(?:published|updated|posted|on|at|[|:,·•–—-])\s*$", re.IGNORECASE)
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col", "embed"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, bool, bool]] = []  # (text, inside article/main, in chrome)
        self._words: list[str] = []
        self._open: list[str] = []
        self._breaks = 0
        self.h1_at: int | None = None  # which paragraph was the page's first <h1>
        self._promo_depth = 0  # inside how many open promo boxes (their text is never the story's)
        self._promos: list[bool] = []  # for each open element: does it open a promo box
        self._promo_words: list[str] = []
        self.promo_texts: list[str] = []  # each promo box's text, to drop from another extractor's body

    def _inside(self, names: frozenset[str] | set[str]) -> bool:
        return any(tag in names for tag in self._open)

    def _flush(self) -> None:
        text = " ".join("".join(self._words).split())
        if text:
            # An <aside> inside the article is its "Related" box: chrome there too.
            in_article = self._inside({"article", "main"}) and not self._inside({"aside"})
            if self.h1_at is None and "h1" in self._open:
                self.h1_at = len(self.paragraphs)
            self.paragraphs.append((text, in_article, self._inside(PAGE_CHROME)))
        self._words, self._breaks = [], 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._breaks += 1
            if self._breaks >= 2:
                self._flush()
            else:
                self._words.append(" ")
            return
        marks = " ".join(value or "" for name, value in attrs if name in ("class", "id"))
        if tag in BLOCKS or self._date_after_text(tag, marks):
            self._flush()  # "By Li Wenjun | Global Times" <span class="pub_time">Published: …</span>
        if tag not in VOID:
            promo = bool(marks and PROMO_CLASS.search(marks))
            self._open.append(tag)
            self._promos.append(promo)
            self._promo_depth += promo

    def _date_after_text(self, tag: str, marks: str) -> bool:
        """A date element that follows other text with no label or separator to join it ("Updated <time>")."""
        if tag != "time" and not (marks and DATE_CLASS.search(marks)):
            return False
        pending = "".join(self._words).strip()
        return bool(pending) and not _DATE_LABEL_BEFORE.search(pending)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self._open and self._open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._open:
            return  # a stray end tag: HTML in the wild is rarely balanced
        if tag in BLOCKS:
            self._flush()  # before the element closes, so its text knows it stood in a footer or an aside
        for _ in range(self._open[::-1].index(tag) + 1):
            self._open.pop()
            self._promo_depth -= self._promos.pop()
        if not self._promo_depth and self._promo_words:
            self.promo_texts.append(" ".join("".join(self._promo_words).split()))
            self._promo_words = []

    def handle_data(self, data: str) -> None:
        if self._promo_depth:
            self._promo_words.append(data)
            return
        if self._inside(SKIP):
            return
        if data.strip():
            self._breaks = 0
        self._words.append(data)


def article_paragraphs(html: str) -> list[str]:
    """The paragraphs inside the page's own <article> or <main> (its asides left out), or [] if it marks none."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    return [text for text, in_article, _ in parser.paragraphs if in_article]


def plain_paragraphs(html: str, *, prefer_article: bool = True) -> list[str]:
    """The page's paragraphs in order; with ``prefer_article``, only those in <article>/<main> if any,
    else everything outside header/footer/aside."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    found = parser.paragraphs
    if prefer_article:
        inside = [text for text, in_article, _ in found if in_article]
        if inside:
            return inside
        body = [text for text, _, in_chrome in found if not in_chrome]
        if body:
            return body
    return [text for text, _, _ in found]


MAX_HEADER_LINE = 200  # a byline or a date line; the first longer paragraph is the story itself
HEADER_LINES = 3


def page_outline(html: str) -> tuple[list[str], list[str]]:
    """(the page's first <h1> and the short lines right under it, the texts of its promo boxes).

    An extractor that finds the story's body (trafilatura) drops the byline and date under the headline
    into its own metadata, yet they are where a reader sees who wrote the story and when, so the reading
    rules should see them too; and it keeps a "Sponsored" box the markup itself calls a promo.
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    if parser.h1_at is None:
        return [], parser.promo_texts
    found = [parser.paragraphs[parser.h1_at][0]]
    for text, _, in_chrome in parser.paragraphs[parser.h1_at + 1:parser.h1_at + 1 + HEADER_LINES]:
        if len(text) > MAX_HEADER_LINE or in_chrome:
            break
        found.append(text)
    return found, parser.promo_texts
