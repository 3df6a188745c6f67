"""Whose words a passage is, and the attribution line derived from it (never typed by the user).

Pure functions of an Article (with the user's corrections already applied) and a span of its text.
Rules (DESIGN §4): a passage entirely inside a quotation that names its speaker is the speaker's; one in
the editor's note, the reprint note, the byline, dateline or the reprinter's signature is the editors';
everything else is the author's, including a passage that only partly overlaps a quotation.

Headings: the text cannot tell a subheading the author wrote from one the outlet added, so a heading is the
author's when it sits among the author's paragraphs and the editors' only when it comes before the first
paragraph (a kicker or section label the outlet put above the piece).
"""

from __future__ import annotations

from typing import Literal

from qtapp.article.model import Article, Author, Block

Voice = Literal["author", "editors", "speaker"]
VOICES: tuple[Voice, ...] = ("author", "editors", "speaker")
EDITORS_KINDS = frozenset({"editors_note", "reprint_note", "byline", "dateline", "signature"})
# Written by the reprinter rather than the original publisher.
REPRINTER_KINDS = frozenset({"reprint_note", "signature"})
_TRIM = " \t\r\n\"'“”‘’«»„‚‹›"


def display_name(author: Author) -> str:
    """The name in its own order: "Wang Haiyan" (family first), "Jane Smith" otherwise."""
    if author.family and author.given:
        parts = (author.family, author.given) if author.family_first else (author.given, author.family)
        return " ".join(parts)
    return (author.name or author.family or author.given or "").strip()


def join_names(names: list[str]) -> str:
    names = [n for n in names if n]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def author_names(article: Article) -> str:
    return join_names([display_name(a) for a in article.authors])


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a selection past surrounding blanks and quote marks, so selecting “…” with its marks counts."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def block_for(article: Article, start: int, end: int) -> Block | None:
    """The block where the (trimmed) selection starts."""
    start, end = trim_span(article.text, start, end)
    index = article.block_at(start)
    return None if index is None else article.blocks[index]


def _is_outlet_heading(article: Article, block: Block) -> bool:
    first_paragraph = next((b.start for b in article.blocks if b.kind == "paragraph"), None)
    return first_paragraph is None or block.start < first_paragraph


def derive_voice(article: Article, start: int, end: int) -> tuple[Voice, str | None]:
    """(voice, speaker) for the selection ``text[start:end]``."""
    start, end = trim_span(article.text, start, end)
    inside = [q for q in article.quotations if q.speaker and q.start <= start and end <= q.end]
    if inside:
        innermost = min(inside, key=lambda q: q.end - q.start)
        return "speaker", innermost.speaker
    index = article.block_at(start)
    block = None if index is None else article.blocks[index]
    if block is not None and (block.kind in EDITORS_KINDS
                              or (block.kind == "heading" and _is_outlet_heading(article, block))):
        return "editors", None
    return "author", None


def _outlet(article: Article, block_kind: str | None) -> str | None:
    if block_kind in REPRINTER_KINDS and article.reprinted_by:
        return article.reprinted_by
    return article.publisher or article.reprinted_by


def _title(article: Article) -> str | None:
    title = (article.title or "").strip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1].rstrip()
    return title or None


def who(article: Article, voice: str, speaker: str | None, block_kind: str | None = None) -> str:
    """Whose words these are, for filtering: the speaker, the authors, or the outlet's editors."""
    if voice == "speaker" and speaker:
        return speaker
    if voice == "editors":
        return _outlet(article, block_kind) or "Editors"
    return author_names(article) or article.publisher or "Unknown author"


def _lead(article: Article, voice: str, speaker: str | None, block_kind: str | None) -> tuple[str, bool]:
    """The part before the dash, and whether it already names the publisher."""
    authors = author_names(article)
    if voice == "speaker" and speaker:
        by = authors or article.publisher
        return (f"{speaker} (quoted by {by})" if by else speaker), not authors and bool(by)
    if voice == "editors":
        label = {"editors_note": "Editor's note", "reprint_note": "Reprint note"}.get(block_kind or "",
                                                                                    "Editors")
        outlet = _outlet(article, block_kind)
        return (f"{label}, {outlet}" if outlet else label), False
    if authors:
        return authors, False
    if article.publisher:
        return article.publisher, True  # no byline: the publisher stands as the (corporate) author
    return "Unknown author", False


def attribution(article: Article, voice: str, speaker: str | None = None,
                block_kind: str | None = None) -> str:
    """The derived line, e.g. ``Xi Jinping (quoted by Wang Haiyan) — “Title”, CGTN, reprinted by News.Az``."""
    lead, names_publisher = _lead(article, voice, speaker, block_kind)
    tail: list[str] = []
    title = _title(article)
    if title:
        tail.append(f"“{title}”")
    if article.publisher and not names_publisher:
        tail.append(article.publisher)
    if article.reprinted_by and article.reprinted_by != article.publisher:
        tail.append(f"reprinted by {article.reprinted_by}")
    return f"{lead} — {', '.join(tail)}" if tail else lead
