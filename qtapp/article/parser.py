"""Text in, Article out: the reading rules of DESIGN §3 applied in order.

1. lines → paragraphs (blank lines; hard-wrapped lines joined: ``rules.lines``);
2. paragraphs → pieces at lost breaks, glued headings split off (``breaks``);
3. pieces → blocks by kind, chrome dropped (the ordered rules of ``rules.blocks``);
4. metadata read from those blocks (``rules.fields``), quotations and speakers found in each block.
Parsing is a pure function of the text: same text, same article, same offsets.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache

from qtapp.article.breaks import dotted_names, split_glued, split_glued_heading
from qtapp.article.invisible import clean_labels, strip_invisible
from qtapp.article.model import BLOCK_SEPARATOR, Article, BlockList
from qtapp.article.quotations import find_quotations
from qtapp.article.rules import bylines, dates, editorial, furniture, leads, lines, notes
from qtapp.article.rules.blocks import MAX_HEADING, Piece, classify
from qtapp.article.rules.engine import first
from qtapp.article.rules.fields import Page, read_fields


def _stands_alone(line: str) -> bool:
    """A line that is never the tail of a wrapped paragraph: a byline, a date line, page furniture."""
    # "Niamh O’Sullivan, Local Democracy Reporter": a name and a role make a whole line, never a wrapped tail
    return bool(furniture.furniture(line) or bylines.parse_byline(line)
                or len(line) <= 80 and bylines.name_comma_role.check(line)
                or dates.date_line(line) or furniture.navigation.check(line) or _whole_disclaimer(line))


def _names_alone(line: str) -> bool:
    """'Wanjiru Kamau-Odhiambo': a line of people's names and nothing else, the byline under a headline."""
    found = bylines.names_alone.check(line) if len(line) <= 80 else None
    return bool(found and found.names)


_AGENCY_MARK = re.compile(r"\([A-Z][\w.-]{1,15}\)")


def _agency_lead(line: str) -> bool:
    """'Manama, Mar. 3 (BNA): The Electricity …': a line opening with a dateline that names its agency, a story's
    first paragraph (no wrapped sentence goes on with a town, a date and an agency in brackets)."""
    read = dates.dateline_rule(line) or leads.lead_rule(line)
    # "Agency (CTK)." opening a wrapped sentence's tail is no lead: a lead names its town, a comma, then the rest
    named = read and "," in read[0].text and (read[0].agency or _AGENCY_MARK.search(read[0].text)
                                              or read[1] == dates.place_in_capitals.name)
    return bool(named) and len(read[0].text) < len(line)  # "RIYADH, SAUDI ARABIA - …": a town in capitals too


def _whole_disclaimer(line: str) -> bool:
    """'The opinions expressed in this article are the author's own …' on a line of its own under the note."""
    found = notes.find_disclaimer(line)
    return bool(found and line.startswith(found[0]))


_RELATIVE_STAMP = re.compile(r"(?<=\S)\s*Updated \d+ (?:mins?|minutes?|hours?|days?) ago$")


_STAMP_THEN_BANNER = re.compile(r"^(?P<stamp>(?:19|20)\d\d-\d\d-\d\d(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)\s+"
                                r"(?=[A-Z])(?:\S+\s*){1,4}$")
REMEMBERED_PARAGRAPHS = 4096
# "(LEAD) …", "(2nd LD) …", "(URGENT) …": a wire's tag saying which version of the story this is
_UPDATE_TAG = re.compile(r"^\((?:LEAD|URGENT|UPDATE(?:\s+\d+)?|\d+(?:st|nd|rd|th)\s+(?:LD|LEAD))"
                         r"(?:\s*[,&]\s*[A-Z\d][\w ]{0,20})?\)\s+(?=[A-Z\d])")


def _pieces(paragraphs: list[str], names: frozenset[str]) -> list[Piece]:
    """Paragraphs split at lost breaks, leads of glued headings apart.

    A paragraph seen before gives the same pieces (the same objects: nothing changes a piece), so a
    page of a million identical tiny paragraphs is split once and holds one Piece.
    """
    pieces: list[Piece] = []
    made: dict[str, list[Piece]] = {}
    for paragraph in paragraphs:
        known = made.get(paragraph)
        if known is None:
            known = _split(paragraph, names)
            if len(made) >= REMEMBERED_PARAGRAPHS:
                made.clear()
            made[paragraph] = known
        pieces.extend(known)
    return pieces


def _split(paragraph: str, names: frozenset[str]) -> list[Piece]:
    pieces: list[Piece] = []
    # A glued run's sentences repeat in a long one ("… percent.Some said so. It grew …" a megabyte
    # long): each distinct one is read once, its pieces shared like ``_pieces``'s (issue 15 item 10).
    made: dict[str, list[Piece]] = {}
    for text in split_glued(paragraph, names):
        text = text.strip()
        if not text:
            continue
        known = made.get(text)
        if known is None:
            known = _split_piece(text)
            if len(made) >= REMEMBERED_PARAGRAPHS:
                made.clear()  # sentences that never repeat must not pile up
            made[text] = known
        pieces.extend(known)
    return pieces


def _split_piece(text: str) -> list[Piece]:
    """The pieces of one stretch between lost breaks: a clock or a date stamp, a glued heading, the rest."""
    pieces: list[Piece] = []
    relative = _RELATIVE_STAMP.search(text) if "Updated " in text else None  # the pattern tries every place
    # "June 3, 2025 4:15 PMUpdated 2 hours ago": the site's clock glued to the page's date line
    if relative and relative.start() > 0 and dates.date_line(text[:relative.start()]):
        pieces.append(Piece(text[:relative.start()].strip()))
        text = relative.group(0)
    stamp = _STAMP_THEN_BANNER.match(text)
    # "2024-03-05 10:21 ECNS App Download": the page's date stamp glued to an app banner
    if stamp and dates.date_line(stamp.group("stamp")) and not re.search(r"[.!?,:;]$", text):
        pieces.append(Piece(stamp.group("stamp")))
        text = text[stamp.end("stamp"):].strip()
    tag = _UPDATE_TAG.match(text) if text.startswith("(") else None
    if tag and len(text[tag.end():].split()) >= 3 and len(text) <= MAX_HEADING:
        # "(LEAD) Ulsan clinch K League 1 title …": the wire's version tag, apart from the headline it stands on
        pieces.append(Piece(tag.group(0).strip()))
        text = text[tag.end():]
    heading = split_glued_heading(text, MAX_HEADING)
    if heading:
        pieces.append(Piece(heading[0].strip(), glued_heading=True))
        text = heading[1].strip()
    pieces.append(Piece(text))
    return pieces


_UNSEEN = ("chrome", "label")  # dropped as page chrome, or a label such as "Editor's note:" dropped silently


@lru_cache(maxsize=1024)
def _rules_of(because: str) -> tuple[str, ...]:
    """'block.furniture chrome.phrase' → ('block.furniture', 'chrome.phrase'): a block's why, split."""
    return tuple(because.split())


def _metadata(article: Article, page: Page, why: list[str]) -> None:
    """The fields the field rules read, then the editors' own: their note, its disclaimer, the series."""
    found = read_fields(page)
    for name, (value, rule_name) in found.items():
        setattr(article, name, value)
        article.found_by[name] = rule_name
    note = page.note
    disclaimer = page.disclaimer_rule()
    if disclaimer:
        (article.disclaimer, _org), article.found_by["disclaimer"] = disclaimer
        note = note.replace(article.disclaimer, "")
    article.editors_note = " ".join(note.split()) or None
    if article.editors_note:
        # the rule that made the note's first block: its label's ("editors_note.correction"), or the block rule's
        first_note = next(because for (kind, _), because in zip(page.blocks, why, strict=True)
                          if kind == "editors_note")
        article.found_by["editors_note"] = _rules_of(first_note)[-1]
    series = first(editorial.SERIES, page)
    if series:
        article.series, article.found_by["series"] = series


def parse_text(text: str) -> Article:
    # The cyclic collector is paused while the parser allocates its many small acyclic records: on a
    # page of a million tiny paragraphs its passes over them were a large share of the time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        article = read_text(text)
        article.quotations = find_quotations(article)
    finally:
        if enabled:
            gc.enable()
    return clean_labels(article)  # no bidi override or zero-width character in a name or title


def read_text(text: str) -> Article:
    """The reading rules alone: blocks and metadata, no quotations (so each half can be timed apart)."""
    text = strip_invisible(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = lines.paragraphs(text, _stands_alone, lambda line: bool(furniture.furniture(line)), notes.is_caption,
                                  _names_alone, _agency_lead)
    # Names are read from the paragraphs, not the raw lines: a hard-wrapped line that happened to hold
    # only "By.Kazakhstan" is not a name standing on its own line once the paragraph is joined.
    pieces = _pieces(paragraphs, dotted_names("\n".join(paragraphs)))
    del paragraphs  # each step's list is let go once the next is made: a million tiny blocks weigh on the peak
    made, why = classify(pieces)
    del pieces
    dropped = [text for kind, text in made if kind == "chrome"]
    dropped_by = [_rules_of(because) for (kind, _), because in zip(made, why, strict=True) if kind == "chrome"]
    first_title = next((i for i, (kind, _) in enumerate(made) if kind == "title"), 0)
    masthead = [text for kind, text in made[:first_title] if kind == "chrome"]
    if dropped or any(kind == "label" for kind, _text in made):
        kinds_and_texts = [made_block for made_block in made if made_block[0] not in _UNSEEN]  # shared
        kept_why = [because for (kind, _), because in zip(made, why, strict=True) if kind not in _UNSEEN]
    else:  # nothing to leave out: no copies (a million tiny blocks weigh on the peak)
        kinds_and_texts, kept_why = made, why
    del made, why
    article = Article(dropped=dropped, dropped_by=dropped_by)
    _metadata(article, Page(kinds_and_texts, dropped, masthead), kept_why)
    article.blocks = BlockList.joined(kinds_and_texts, BLOCK_SEPARATOR, kept_why)
    del kinds_and_texts, kept_why
    article.text = BLOCK_SEPARATOR.join(article.blocks.texts)
    return article
