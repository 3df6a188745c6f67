"""Text in, Article out: the reading rules of DESIGN §3 applied in order.

1. lines → chrome dropped, paragraphs found (blank lines; hard-wrapped lines joined);
2. paragraphs → segments at lost breaks, glued headings split off;
3. segments → blocks by kind (reprint note, editor's note, byline, dateline, title, heading, …);
4. metadata read from those blocks, quotations and speakers found in each block.
Parsing is a pure function of the text: same text, same article, same offsets.
"""

from __future__ import annotations

import re

from qtapp.article import frontmatter as fm
from qtapp.article.breaks import dotted_names, split_glued, split_glued_heading
from qtapp.article.chrome import is_chrome
from qtapp.article.model import BLOCK_SEPARATOR, Article, Author, Block, Quotation
from qtapp.article.quotations import find_quotations

MAX_HEADING = 120


def _paragraphs(text: str, dropped: list[str]) -> list[str]:
    """Blank-line separated chunks; a chunk of even, long lines is one hard-wrapped paragraph."""
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = []
        for line in chunk.split("\n"):
            if is_chrome(line):
                dropped.append(line.strip())
            elif line.strip():
                lines.append(" ".join(line.split()))
        if not lines:
            continue
        body = [len(line) for line in lines[:-1]]
        if body and min(body) >= 40 and max(body) <= 100 and max(body) - min(body) <= 35:
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _segments(paragraphs: list[str], names: frozenset[str], dropped: list[str]) -> list[tuple[str, bool]]:
    """(text, glued_heading) pieces: paragraphs split at lost breaks, leads of glued headings apart.

    A piece that is chrome on its own ("Share Tweet" glued to a sentence) is dropped like a chrome line,
    so that re-parsing the canonical text finds nothing more to drop.
    """
    segments: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        for piece in split_glued(paragraph, names):
            piece = piece.strip()
            if is_chrome(piece):
                dropped.append(piece)
                continue
            heading = split_glued_heading(piece, MAX_HEADING)
            if heading:
                segments.append((heading[0].strip(), True))
                piece = heading[1].strip()
            segments.append((piece, False))
    return segments


def is_heading_like(text: str) -> bool:
    """Short, one phrase, no sentence punctuation: a title or subheading."""
    return (len(text) <= MAX_HEADING and 1 <= len(text.split()) <= 15 and (text[0].isupper() or
            text[0].isdigit()) and not re.search(r"[.,;:]$|[.!?][\s\"”]", text))


def _classify(segments: list[tuple[str, bool]]) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    index, seen_body = 0, False
    while index < len(segments):
        text, _ = segments[index]
        label = fm.EDITORS_LABEL.match(text)
        if label:
            end = index
            if not fm.find_disclaimer(text):
                end = next((j for j in range(index + 1, min(index + 4, len(segments)))
                            if fm.find_disclaimer(segments[j][0])), index)
            first = text[label.end():].strip()
            if first:
                blocks.append(("editors_note", first))
            blocks.extend(("editors_note", segments[j][0]) for j in range(index + 1, end + 1))
            index = end + 1
            continue
        disclaimer = fm.find_disclaimer(text)
        if disclaimer and (not seen_body or text.endswith(disclaimer[0])) and text.endswith(disclaimer[0]):
            blocks.append(("editors_note", text))
        elif fm.parse_reprint_note(text):
            blocks.append(("reprint_note", text))
        elif fm.parse_byline(text):
            blocks.append(("byline", text))
        elif fm.DATELINE.fullmatch(text) or (fm.DATE.fullmatch(text) and not seen_body):
            blocks.append(("dateline", text))
        elif ((dateline := fm.DATELINE.match(text)) and not seen_body
              and not is_heading_like(text[dateline.end():].strip())):
            blocks.append(("dateline", dateline.group(0)))
            blocks.append(("paragraph", text[dateline.end():].strip()))
            seen_body = True
        elif is_heading_like(text) and index + 1 < len(segments):
            blocks.append(("title" if not blocks else "heading", text))
        else:
            blocks.append(("paragraph", text))
            seen_body = True
        index += 1
    return blocks


def _merge_authors(bylines: list[Author], introduced: list[Author]) -> list[Author]:
    if not bylines:
        return [author for author in introduced if author.name]
    by_name = {author.name: author for author in introduced}
    anonymous = [author.description for author in introduced if not author.name]
    merged = []
    for author in bylines:
        description = by_name[author.name].description if author.name in by_name else None
        if description is None and anonymous and len(bylines) == 1:
            description = anonymous[0]
        merged.append(Author(author.name, author.family, author.given, description, author.family_first))
    return merged


def _metadata(article: Article) -> None:
    kinds = {kind: [b.text for b in article.blocks if b.kind == kind] for kind in
             ("title", "byline", "dateline", "reprint_note", "editors_note")}
    note = " ".join(kinds["editors_note"])
    reprint = next(filter(None, map(fm.parse_reprint_note, kinds["reprint_note"])), None)
    disclaimer = fm.find_disclaimer(note)
    bylines = [fm.parse_byline(text) for text in kinds["byline"]]
    article.title = kinds["title"][0] if kinds["title"] else (reprint.title if reprint else None)
    article.authors = _merge_authors([a for found in bylines if found for a in found[0]],
                                     fm.authors_from_note(note))
    article.publisher = reprint.publisher if reprint else (disclaimer[1] if disclaimer else None)
    article.reprinted_by = reprint.reprinted_by if reprint else None
    article.series = fm.find_series(note) or next(filter(None, map(fm.find_series, kinds["reprint_note"])), None)
    dates = [found[1] for found in bylines if found and found[1]] + \
            [d for d in map(fm.parse_date, kinds["dateline"]) if d]
    article.date = dates[0] if dates else None
    if note:
        article.disclaimer = disclaimer[0] if disclaimer else None
        article.editors_note = note.replace(disclaimer[0], "").strip() if disclaimer else note


def _sign_off(blocks: list[tuple[str, str]], outlets: set[str]) -> None:
    """A closing line equal to an outlet's name is a signature."""
    if len(blocks) > 1 and blocks[-1][1].strip(" .—–-").lower() in outlets:
        blocks[-1] = ("signature", blocks[-1][1])


def parse_text(text: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    dropped: list[str] = []
    paragraphs = _paragraphs(text, dropped)
    # Names are read from the paragraphs, not the raw lines: a hard-wrapped line that happened to hold
    # only "By.Kazakhstan" is not a name standing on its own line once the paragraph is joined.
    segments = _segments(paragraphs, dotted_names("\n".join(paragraphs)), dropped)
    kinds_and_texts = []
    for kind, block_text in _classify(segments):
        # Whatever reads as chrome on its own line is dropped, so the canonical text re-parses the same.
        if is_chrome(block_text):
            dropped.append(block_text)
        else:
            kinds_and_texts.append((kind, block_text))
    article = Article(dropped=dropped)
    article.blocks = _place(kinds_and_texts)
    _metadata(article)
    outlets = {name.lower() for name in (article.publisher, article.reprinted_by) if name}
    _sign_off(kinds_and_texts, outlets)
    article.blocks = _place(kinds_and_texts)
    article.text = BLOCK_SEPARATOR.join(block.text for block in article.blocks)
    article.quotations = _quotations(article)
    return article


def _place(kinds_and_texts: list[tuple[str, str]]) -> list[Block]:
    blocks, offset = [], 0
    for kind, text in kinds_and_texts:
        blocks.append(Block(kind, text, offset, offset + len(text)))  # type: ignore[arg-type]
        offset += len(text) + len(BLOCK_SEPARATOR)
    return blocks


def _quotations(article: Article) -> list[Quotation]:
    return find_quotations(article)
