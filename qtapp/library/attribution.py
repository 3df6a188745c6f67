"""Whose words a passage is, and the attribution line derived from it (never typed by the user).

Pure functions of an Article (with the user's corrections already applied) and a span of its text.
Rules (DESIGN §4): a passage entirely inside a quotation that names its speaker is the speaker's; one in
the headline, the editor's note, the reprint note, the byline, dateline, tagline, a caption or the
reprinter's signature is the editors'; everything else is the author's, including a passage that only
partly overlaps a quotation.

Headings: the text cannot tell a subheading the author wrote from one the outlet added, so a heading is the
author's when it sits among the author's paragraphs and the editors' only when it comes before the first
paragraph (a kicker or section label the outlet put above the piece).

Where a rule only defaulted (a heading, no author named, a quotation with no or an unsure speaker, words
in quotation marks that no rule reads as anyone's quotation),
``check_reason`` says so, and the library marks the quote "Check who said this" until the user confirms
or corrects it. One record (voice, speaker, block kind) feeds the line, ``who`` and the citation's
author (``editors_outlet``), so they always name the same source.
"""

from __future__ import annotations

from typing import Literal

from qtapp.article.doubts import CONFIDENT, DOUBTS
from qtapp.article.model import Article, Author, Block, Quotation
from qtapp.library.passages import inside_marks, trim_marks
from qtapp.translatable import N_, Text

Voice = Literal["author", "editors", "speaker"]
VOICES: tuple[Voice, ...] = ("author", "editors", "speaker")
# The outlet's words: the headline, its notes and labels, what it says about the author, captions.
EDITORS_KINDS = frozenset({"title", "editors_note", "reprint_note", "byline", "dateline", "tagline",
                           "caption", "signature"})
# Written by the reprinter rather than the original publisher.
REPRINTER_KINDS = frozenset({"reprint_note", "signature"})
# What the line calls an editors' passage, by block kind; any other kind is "Editors".
EDITORS_LABELS = {"title": "Headline", "editors_note": "Editor's note", "reprint_note": "Reprint note",
                  "caption": "Caption"}
# Below ``CONFIDENT`` (quotations.trust) a speaker rule's answer is shown, but marked for the user to check,
# with the rule's own doubt as the reason when it gave one (``DOUBTS``).
# Why a derived attribution needs the user's eye (stored as the code; shown as the sentence).
CHECKS = {
    "unsure_speaker": N_("Checks", "the rule that found the speaker is not sure"),
    "unnamed_speaker": N_("Checks", "it is inside a quotation whose speaker the text does not name"),
    "mixed_voices": N_("Checks", "it runs into or out of someone's quotation"),
    "quoted": N_("Checks", "it is in quotation marks, but the text does not say whose words they are"),
    "no_author": N_("Checks", "the article names no author"),
    "no_outlet": N_("Checks", "the article names no publisher"),
    "heading": N_("Checks", "the text cannot tell whether the author or the outlet wrote this heading"),
    **DOUBTS,
}
CHECK_TITLE = N_("Checks", "Check who said this")


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


def check_message(reason: str | None) -> Text | None:
    """"Check who said this: <why>." for a stored reason code; None when there is nothing to check."""
    if not reason:
        return None
    return N_("Checks", "{title}: {reason}.").format(title=CHECK_TITLE, reason=CHECKS.get(reason, reason))


def block_for(article: Article, start: int, end: int) -> Block | None:
    """The block where the (trimmed) selection starts."""
    start, end = trim_marks(article.text, start, end)
    index = article.block_at(start)
    return None if index is None else article.blocks[index]


def _is_outlet_heading(article: Article, block: Block) -> bool:
    first_paragraph = next((b.start for b in article.blocks if b.kind == "paragraph"), None)
    return first_paragraph is None or block.start < first_paragraph


def _speaking(article: Article, start: int, end: int) -> Quotation | None:
    """The innermost quotation with a speaker that holds the whole (trimmed) span."""
    inside = [q for q in article.quotations if q.speaker and q.start <= start and end <= q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _in_title_block(article: Article, start: int) -> bool:
    """Whether the offsets are the headline block's own (a headline quoting someone: “…”: NAME on …),
    not the headline found again inside another block's text, whose quotations are not the headline's."""
    index = article.block_at(start)
    return index is not None and article.blocks[index].kind == "title"


def derive_voice(article: Article, start: int, end: int, block_kind: str | None = None
                 ) -> tuple[Voice, str | None]:
    """(voice, speaker) for the selection ``text[start:end]``.

    ``block_kind`` is the kind the reader showed the passage as, when that differs from the block its
    offsets fall in: the headline shown on top is found again inside the reprint note's text.
    """
    start, end = trim_marks(article.text, start, end)
    if block_kind == "title" and not _in_title_block(article, start):
        return "editors", None
    quotation = _speaking(article, start, end)
    if quotation is not None:
        return "speaker", quotation.speaker
    block = block_for(article, start, end)
    if block is not None and (block.kind in EDITORS_KINDS
                              or (block.kind == "heading" and _is_outlet_heading(article, block))):
        return "editors", None
    return "author", None


def check_reason(article: Article, start: int, end: int, voice: str, speaker: str | None,
                 block_kind: str | None = None) -> str | None:
    """Why this (voice, speaker) for ``text[start:end]`` is a default rather than a rule's answer.

    A code of ``CHECKS``, or None when a rule supports the attribution. A speaker the user named (not
    the one the text gives) is theirs to answer for: the store records it as confirmed.
    """
    start, end = trim_marks(article.text, start, end)
    if voice == "speaker":
        quotation = _speaking(article, start, end)
        if quotation is not None and quotation.speaker == speaker and quotation.confidence < CONFIDENT:
            return quotation.doubt if quotation.doubt in DOUBTS else "unsure_speaker"
        return None
    if block_kind != "title" or _in_title_block(article, start):
        unnamed = next((q for q in article.quotations if q.speaker is None and q.start <= start and end <= q.end),
                       None)
        if unnamed is not None:  # the rules' own reason for naming nobody ("a question the interviewer asked")
            return unnamed.doubt if unnamed.doubt in DOUBTS else "unnamed_speaker"
        if any(q.speaker and q.start < end and start < q.end and not (start <= q.start and q.end <= end)
               for q in article.quotations):
            return "mixed_voices"
        if _in_marks(article, start, end):
            return "quoted"
    if voice == "editors":
        return None if editors_outlet(article.publisher, article.reprinted_by, block_kind) else "no_outlet"
    block = block_for(article, start, end)
    if block is not None and block.kind == "heading":
        return "heading"
    return None if article.authors else "no_author"


def _in_marks(article: Article, start: int, end: int) -> bool:
    index = article.block_at(start)
    if index is None:
        return False
    block = article.blocks[index]
    return inside_marks(article.text, start, end, block.start, block.end)


def assess(article: Article, start: int, end: int, block_kind: str | None = None
           ) -> tuple[Voice, str | None, str | None]:
    """(voice, speaker, check reason) as the rules derive them: what a new quote is saved with."""
    voice, speaker = derive_voice(article, start, end, block_kind)
    return voice, speaker, check_reason(article, start, end, voice, speaker, block_kind)


def editors_outlet(publisher: str | None, reprinted_by: str | None, block_kind: str | None) -> str | None:
    """Whose editors wrote an editors' passage: the reprinter for its own note and signature, else
    the original publisher. The line, ``who`` and the citation's corporate author all ask this."""
    if block_kind in REPRINTER_KINDS and reprinted_by:
        return reprinted_by
    return publisher or reprinted_by


def _outlet(article: Article, block_kind: str | None) -> str | None:
    return editors_outlet(article.publisher, article.reprinted_by, block_kind)


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
        label = EDITORS_LABELS.get(block_kind or "", "Editors")
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
