"""Lay an Article out as a QTextDocument for reading, and record where its text went.

The document is built from the parsed blocks, never from raw text: a header (title, source line,
byline card) that is not article text, then each block in order with the style of its kind; the
editor's note gets a framed, tinted box with its disclaimer set apart. Every run of article text
inserted is recorded as a segment of the DocumentMap.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Generator
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)

from qtapp.article.model import Article, Block
from qtapp.ui.article_document import DocumentMap, Segment, segments_for
from qtapp.ui.reader_style import ReaderStyle

HEADER_KINDS = ("title", "byline", "dateline")
# Custom properties, so tests and the quotes engineer can find a frame's role without guessing.
ROLE_PROPERTY = QTextFormat.Property.UserProperty + 1
BLOCK_KIND_PROPERTY = QTextFormat.Property.UserProperty + 2


def format_date(iso: str | None) -> str | None:
    """"2024-07-03" -> "3 July 2024"; anything that is not an ISO date is shown as written."""
    if not iso:
        return None
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def source_line(article: Article, dated: bool = True) -> str:
    """"CGTN · reprinted by News.Az · 3 July 2024", from what is known (``dated``: with the date)."""
    parts = [article.publisher or ""]
    if article.reprinted_by:
        reprinted = QCoreApplication.translate("ArticleDocument", "reprinted by {outlet}")
        parts.append(reprinted.format(outlet=article.reprinted_by))
    parts.append(format_date(article.date) or "" if dated else "")
    return " · ".join(part for part in parts if part)


class _Writer:
    """A cursor that knows whether its block is still empty (document start, after a frame)."""

    def __init__(self, document: QTextDocument, style: ReaderStyle) -> None:
        self.document, self.style = document, style
        self.cursor = QTextCursor(document)
        self.fresh = True
        self.segments: list[Segment] = []

    def paragraph(self, block: QTextBlockFormat, char: QTextCharFormat, kind: str = "") -> None:
        block.setProperty(BLOCK_KIND_PROPERTY, kind)
        if self.fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.fresh = False
        else:
            self.cursor.insertBlock(block, char)

    def text(self, text: str, char: QTextCharFormat, offset: int | None = None,
             shown_as: str | None = None) -> None:
        """Insert ``text``; with ``offset`` it is article text starting there, and is mapped."""
        if offset is not None:
            segments = segments_for(text, self.cursor.position(), offset)
            if shown_as:
                segments = [dataclasses.replace(s, shown_as=shown_as) for s in segments]
            self.segments.extend(segments)
        self.cursor.insertText(text, char)

    def frame(self, role: str, background: QColor, border: QColor, padding: float,
              bottom: float) -> None:
        # Solid colours go in as they are (Qt makes the brush): building a QBrush in Python makes PySide
        # set up QImage and QGradient too, start-up's cost for nothing drawn differently (qtapp/__init__.py).
        fmt = QTextFrameFormat()
        fmt.setProperty(ROLE_PROPERTY, role)
        fmt.setBackground(background)
        fmt.setBorder(1)
        fmt.setBorderBrush(border)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(padding)
        fmt.setTopMargin(self.style.em(0.4))
        fmt.setBottomMargin(bottom)
        self.cursor.insertFrame(fmt)
        self.fresh = True

    def end_frame(self) -> None:
        self.cursor = self.document.rootFrame().lastCursorPosition()
        self.fresh = True


def _block_format(style: ReaderStyle, line: int = 150, top: float = 0, bottom: float = 0.9) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTopMargin(style.em(top))
    fmt.setBottomMargin(style.em(bottom))
    return fmt


def _char(style: ReaderStyle, scale: float = 1.0, *, bold: bool = False, italic: bool = False,
          sans: bool = False, color: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(style.font(scale, bold=bold, italic=italic, sans=sans),
                QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
    fmt.setForeground(color or style.text)
    return fmt


STEP_BLOCKS = 2000  # blocks laid out between two looks at the event loop (a few ms of work)


def build_document(document: QTextDocument, article: Article, style: ReaderStyle) -> DocumentMap:
    """Replace ``document``'s content with ``article`` laid out in ``style``; return the map."""
    steps = build_steps(document, article, style)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def build_steps(document: QTextDocument, article: Article, style: ReaderStyle,
                step: int = STEP_BLOCKS) -> Generator[tuple[int, int], None, DocumentMap]:
    """``build_document`` a few thousand blocks at a time: yields (blocks laid out, all blocks) between
    steps, so a window can keep its event loop turning and show progress, and returns the map.

    An article of a million tiny paragraphs froze the window for minutes when built in one go.
    """
    document.clear()
    document.setDefaultFont(style.font())
    w = _Writer(document, style)
    blocks = article.blocks
    # By position: a BlockList makes a new Block each time one is asked for, so identity says nothing.
    # One pass for the three kinds (an article with no dateline was walked whole once per kind).
    at: dict[str, int | None] = dict.fromkeys(HEADER_KINDS)
    for i, b in enumerate(blocks):
        if b.kind in at and at[b.kind] is None:
            at[b.kind] = i
            if None not in at.values():
                break
    header = {kind: None if i is None else blocks[i] for kind, i in at.items()}

    w.paragraph(_block_format(style, 120, bottom=0.45), _char(style, 1.75, bold=True), "title")
    title = header["title"]
    if title is not None:
        w.text(title.text, _char(style, 1.75, bold=True), title.start)
    else:
        # A headline known only from metadata is quotable where the text has its words (the reprint
        # note names it): mapped there, but shown as, and saved as, the headline.
        found = article.text.find(article.title) if article.title else -1
        untitled = QCoreApplication.translate("ArticleDocument", "Untitled article")
        w.text(article.title or untitled, _char(style, 1.75, bold=True), found if found >= 0 else None, "title")
    _source(w, article, header["dateline"])
    _byline_card(w, article, header["byline"])
    shown = {i for i in at.values() if i is not None}
    formats: dict[str, tuple[QTextBlockFormat, QTextCharFormat]] = {}
    for number, block in enumerate(blocks, 1):
        if number - 1 in shown:
            continue
        if block.kind == "editors_note":
            _editors_note(w, article, block)
        else:
            _body_block(w, block, formats)
        if number % step == 0:
            yield number, len(blocks)
    return DocumentMap(article, w.segments)


def _source(w: _Writer, article: Article, dateline: Block | None) -> None:
    style = w.style
    muted = _char(style, 0.85, sans=True, color=style.muted)
    w.paragraph(_block_format(style, 140, bottom=1.2), muted, "source")
    from qtapp.article.rules.dates import parse_date

    # A date line that states the article's date is the date: "UPI · 4 May 2026 · May 4, 2026 / 9:15 AM"
    # said it twice. The line itself is kept (it is the page's text, and quotable where it stands).
    line = source_line(article, dated=dateline is None or parse_date(dateline.text) != article.date)
    w.text(line, muted)
    if dateline is not None:
        w.text(" · " if line else "", muted)
        w.text(dateline.text, muted, dateline.start)
    if article.url:
        link = QTextCharFormat(muted)
        link.setAnchor(True)
        link.setAnchorHref(article.url)
        link.setForeground(style.link)
        link.setFontUnderline(True)
        w.text(" · ", muted)
        w.text(urlsplit(article.url).netloc or article.url, link)


def _byline_card(w: _Writer, article: Article, byline: Block | None) -> None:
    style = w.style
    if not (article.authors or byline or article.series):
        return
    w.frame("byline", style.tint, style.border, style.em(0.8), style.em(1.4))
    name_fmt = _char(style, 1.0, bold=True, sans=True)
    small = _char(style, 0.88, sans=True, color=style.muted)
    tight = _block_format(style, 135, bottom=0.15)
    names = " and ".join(a.name for a in article.authors)
    bare = re.sub(r"(?i)^(?:by|written by)\s+", "", byline.text.strip()) if byline is not None else ""
    plain_byline = byline is not None and (not names or bare.lower() == names.lower())
    if byline is not None and plain_byline:  # "By Jane Doe": the byline is the name line, quotable as it stands
        w.paragraph(tight, name_fmt, "byline")
        w.text(byline.text, name_fmt, byline.start)
    elif names:
        w.paragraph(tight, name_fmt, "author")
        w.text(names, name_fmt)
    if byline is not None and not plain_byline:  # the line as the page wrote it, quietly under the names
        w.paragraph(tight, small, "byline")
        w.text(byline.text, small, byline.start)
    for author in article.authors:
        if author.description:  # with two or more authors, say whose affiliation each is
            w.paragraph(tight, small, "affiliation")
            w.text(author.description if len(article.authors) == 1 else f"{author.name}, {author.description}",
                   small)
    if article.series:
        series = _char(style, 0.88, italic=True, sans=True, color=style.muted)
        w.paragraph(_block_format(style, 135, top=0.3, bottom=0), series, "series")
        w.text(QCoreApplication.translate("ArticleDocument", "Series: {series}").format(series=article.series), series)
    w.end_frame()


def _editors_note(w: _Writer, article: Article, block: Block) -> None:
    style = w.style
    w.frame("editors_note", style.note_tint, style.note_border, style.em(1.0),
            style.em(1.6))
    label = _char(style, 0.78, bold=True, sans=True, color=style.accent)
    label.setFontCapitalization(QFont.Capitalization.AllUppercase)
    label.setFontLetterSpacing(108)
    w.paragraph(_block_format(style, 120, bottom=0.5), label, "label")
    w.text(QCoreApplication.translate("ArticleDocument", "Editor's note"), label)
    note = _char(style, 0.95)
    text = block.text
    cut = text.rfind(article.disclaimer) if article.disclaimer else -1
    body = text[:cut].rstrip() if cut > 0 else text
    w.paragraph(_block_format(style, 145, bottom=0), note, "editors_note")
    w.text(body, note, block.start)
    if cut > 0:
        small = _char(style, 0.82, italic=True, color=style.muted)
        w.paragraph(_block_format(style, 140, top=0.7, bottom=0), small, "disclaimer")
        w.text(text[cut:], small, block.start + cut)
    w.end_frame()


def _body_block(w: _Writer, block: Block,
                formats: dict[str, tuple[QTextBlockFormat, QTextCharFormat]] | None = None) -> None:
    known = formats.get(block.kind) if formats is not None else None
    if known is None:
        known = _body_formats(w.style, block.kind)
        if formats is not None:
            formats[block.kind] = known  # one set of formats per kind: building fonts per block was slow
    fmt, char = known
    w.paragraph(fmt, char, block.kind)
    w.text(block.text, char, block.start)


def _body_formats(style: ReaderStyle, kind: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
    if kind == "heading":
        fmt, char = _block_format(style, 125, top=1.1, bottom=0.5), _char(style, 1.3, bold=True, sans=True)
    elif kind == "reprint_note":
        fmt, char = _block_format(style, 145, bottom=1.1), _char(style, 0.95, italic=True, color=style.muted)
    elif kind == "signature":
        fmt, char = _block_format(style, 140, top=1.2), _char(style, 0.9, bold=True, sans=True,
                                                               color=style.muted)
    elif kind == "caption":  # a photo's caption and credit: the editors', never the author's prose
        fmt, char = _block_format(style, 135, top=0.2, bottom=0.9), _char(style, 0.82, italic=True, sans=True,
                                                                          color=style.muted)
    elif kind == "tagline":
        fmt, char = _block_format(style, 140, top=1.2), _char(style, 0.9, italic=True, color=style.muted)
    elif kind in HEADER_KINDS:  # a second title/byline/dateline: shown quietly where it is
        fmt, char = _block_format(style, 140), _char(style, 0.9, sans=True, color=style.muted)
    else:
        fmt, char = _block_format(style), _char(style)
    return fmt, char
