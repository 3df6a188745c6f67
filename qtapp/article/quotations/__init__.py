"""Quotations and who said them, for a parsed article.

``find_quotations`` finds the spans in every block (``spans``), keeps those that read as reported
words (``classify``), builds the index of people the prose introduces (``people``) and gives each
quotation the speaker of the first rule that supports one (``rules``), with the rule's name and a
confidence. Speaker rules read prose blocks only; a quotation elsewhere (a headline, a caption) is
kept without a speaker. Everything is one pass per block over bounded windows: linear in the article.
"""

from __future__ import annotations

import gc
import re
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import NamedTuple

from qtapp.article.model import Article, Quotation, block_columns, make_quotation
from qtapp.article.quotations.classify import is_quotation, needs_speaker
from qtapp.article.quotations.context import Around, arounds
from qtapp.article.quotations.interviews import interviewer_questions
from qtapp.article.quotations.people import People, build, mask_quotes, names_nothing
from qtapp.article.quotations.rules import NONE, Attribution, Quote, attribute, named_by_someone
from qtapp.article.quotations.spans import PackedSpans, Span, quote_spans, starts_with_quote
from qtapp.article.quotations.trust import calibrate

__all__ = ["PROSE", "find_quotations", "quote_spans"]

PROSE = frozenset({"paragraph", "editors_note"})
# Blocks whose people later prose may mean: a release's note introduces its issuer ("… issued today by X:").
INTRODUCING = PROSE | {"reprint_note"}
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
_ONLY_MARKS = re.compile(r"^[\s\"“”.,;:!?—–-]*$")


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the engine allocates its many small, acyclic records:
    on a 1 MB article with 40,000 quotations its passes took half the time (measured)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def find_quotations(article: Article) -> list[Quotation]:
    """Every quotation in ``article``, in reading order, with its speaker, rule and confidence."""
    with _collection_paused():
        return _find(article)


def _find(article: Article) -> list[Quotation]:
    blocks = article.blocks
    kinds, texts, starts = block_columns(blocks)  # read by column: no Block made for a block without marks
    # Only the blocks holding a quotation mark are read (most hold none: a page of a million tiny
    # paragraphs has a handful), and each distinct one once; the others need no entry at all.
    marked: dict[int, _Marks] = {}
    remembered: dict[tuple[str, bool, bool], _Marks | None] = {}
    for number in [n for n, text in enumerate(texts) if '"' in text or "“" in text or "”" in text]:
        text, kind = texts[number], kinds[number]
        next_opens = number + 1 < len(texts) and starts_with_quote(texts[number + 1])
        key = (text, next_opens, kind in PROSE)
        if key in remembered:  # None is an answer too: no quotation
            marks = remembered[key]
        else:
            marks = _marks(text, next_opens, kind in PROSE)
            if len(remembered) >= REMEMBERED_BLOCKS:
                remembered.clear()  # blocks that never repeat must not pile up
            remembered[key] = marks
        if marks is not None:
            marked[number] = marks
    del remembered
    # one prose block at a time: a list of them all cost ~130 bytes a block (a million tiny ones: 130 MB)
    # (a block that names nothing is not even handed over: a page of a million "a" paragraphs)
    people = build((n, starts[n], _masked(texts[n], marked.get(n)), kind) for n, kind in enumerate(kinds)
                   if kind in INTRODUCING and not (n not in marked and names_nothing(texts[n])))
    out: list[Quotation] = []
    article_text = article.text
    carried: str | None = None
    after = 0  # the first block not yet read for ``carried``
    for number, marks in marked.items():
        if carried is not None and any(kind in PROSE for kind in kinds[after:number]):
            carried = None  # a prose block with no quotation in between (as _carried says of one)
        after = number + 1
        prose = kinds[number] in PROSE
        if not marks.kept and not marks.doubtful:
            carried = None if prose else carried  # as _carried says of a prose block with no quotation
            continue
        text, offset = texts[number], starts[number]  # the block's, read once (a Block is made when asked for)
        spans, masked, kept, kept_arounds, doubtful = marks
        only_quote = bool(kept) and bool(_ONLY_MARKS.match(masked))
        previous: tuple[Attribution, int] | None = None
        following = texts[number + 1][:200] if number + 1 < len(texts) else ""
        last_end = 0
        vouched = _vouched(doubtful, spans, number, text, masked, offset, people, article_text) if doubtful else {}
        indexes = sorted([*kept, *vouched]) if vouched else kept
        # the words around exclude only these (all of them, in most blocks)
        quotations = spans if len(indexes) == len(spans) else [spans[index] for index in indexes]
        known = kept_arounds if kept_arounds is not None and not vouched else arounds(text, quotations)
        wordings: dict[str, str] = {}  # one string for each wording: a block may repeat one a thousand times
        for index, (span, context) in enumerate(zip(quotations, known, strict=True)):
            start, end, _ = span
            words = text[start:end]
            words = wordings.setdefault(words, words)
            quote = Quote(words, span, number, text, masked, offset, context, people, previous, following, only_quote,
                          carried, article_text)
            said = (vouched.get(indexes[index]) if vouched else None) or (
                calibrate(quote, attribute(quote)) if prose else NONE)
            previous = (said, end)
            last_end = end
            speaker, rule, confidence, _, _, doubt, _ = said
            out.append(make_quotation(words, speaker, number, offset + start, offset + end, rule, confidence, doubt))
        if prose:
            carried = _carried(text, masked, previous, last_end)
    return interviewer_questions(article, texts, starts, out, people)


class _Marks(NamedTuple):
    """What a block's own text says of its quotation marks (the same text, the same answer)."""

    spans: Sequence[Span]  # packed (``PackedSpans``) in a block of many
    masked: str
    kept: Sequence[int]  # a range when every span was kept (no number held for each)
    arounds: list[Around] | HeldArounds | None  # each quotation's words around, when all were kept
    doubtful: list[tuple[int, Around]]  # short phrases that are speech only if someone named said them


REMEMBERED_BLOCKS = 4096
HELD_AROUNDS = 64


class HeldArounds:
    """The words around each quotation of a block of many, packed: each distinct reading once, and for each
    quotation which one and where its lead starts (12 bytes a quotation). A block repeating one exchange
    (issue 15 item 10) then reads its windows once, not again when its quotations are attributed."""

    __slots__ = ("_distinct", "_which", "_starts", "_index")

    def __init__(self) -> None:
        self._distinct: list[Around] = []
        self._index: dict[tuple[object, ...], int] = {}
        self._which = array("I")
        self._starts = array("q")

    def append(self, around: Around) -> bool:
        """Hold ``around``; False once the block has too many distinct readings to be worth packing."""
        key = around[:2] + around[3:]  # all but where the lead starts: (lead, tail, sentence start, end, lead)
        number = self._index.get(key)
        if number is None:
            if len(self._distinct) >= HELD_DISTINCT:
                return False
            number = self._index[key] = len(self._distinct)
            self._distinct.append(around)
        self._which.append(number)
        self._starts.append(around.lead_start)
        return True

    def __len__(self) -> int:
        return len(self._which)

    def __iter__(self) -> Iterator[Around]:
        # each Around made at C speed (tuple.__new__ of its fields, no NamedTuple __new__ frame)
        readings = map(self._distinct.__getitem__, self._which)
        return map(tuple.__new__, repeat(Around), map(_placed, readings, self._starts))  # type: ignore[arg-type]


def _placed(around: Around, lead_start: int) -> tuple[object, ...]:
    return (around[0], around[1], lead_start, around[3], around[4], around[5])


HELD_DISTINCT = 256


def _masked(text: str, marks: _Marks | None) -> str:
    return text if marks is None else marks.masked


def _marks(text: str, next_opens: bool, prose: bool) -> _Marks | None:
    found = quote_spans(text, next_opens)
    if not found:  # most blocks: nothing to keep
        return None
    masked = mask_quotes(text, ((s.start, s.end) for s in found))
    whole = len(found) == 1 and not masked.strip(" \"“”.,;:!?")
    # a block of many quotations holds its words around packed (``HeldArounds``) while they repeat, and has
    # them made again as they are read when they do not: held for all of them, they weighed ~4x the block
    held: list[Around] | HeldArounds | None = [] if len(found) <= HELD_AROUNDS else HeldArounds()
    # ``is_quotation`` reads the quoted words and the lead, tail and sentence around them: a block
    # repeating one exchange ("Costa said, "We will go."" a megabyte long) is judged once per wording
    verdicts: dict[tuple[str, str, str, str], bool] = {}
    keep, doubtful = [], []
    for i, (span, context) in enumerate(zip(found, arounds(text, found), strict=True)):
        if isinstance(held, list):
            held.append(context)
        elif held is not None and not held.append(context):
            held = None  # too many distinct ones to pack: made again as they are read
        quoted = text[span.start:span.end]
        key = (quoted, context.lead, context.tail, context.sentence_lead)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = is_quotation(quoted, context, whole)
            if len(verdicts) >= REMEMBERED_BLOCKS:
                verdicts.clear()
            verdicts[key] = verdict
        if verdict:
            keep.append(i)
        elif prose and needs_speaker(quoted, context):
            doubtful.append((i, context))
    spans = found if len(found) <= HELD_AROUNDS else PackedSpans(found)
    if len(keep) < len(found):
        return _Marks(spans, masked, keep, None, doubtful)
    return _Marks(spans, masked, range(len(found)), held, doubtful)


def _vouched(doubtful: list[tuple[int, Around]], spans: Sequence[Span], number: int, text: str, masked: str,
             offset: int, people: People, article_text: str) -> dict[int, Attribution]:
    """The doubtful phrases of a block whose speaker a rule names ("He called flat fees "an invitation to
    waste.""), with that attribution; the others stay terms."""
    out = {}
    for index, context in doubtful:
        span = spans[index]
        quote = Quote(text[span.start:span.end], span, number, text, masked, offset, context, people, None, "",
                      False, None, article_text)
        said = named_by_someone(quote)
        if said is not None:
            out[index] = calibrate(quote, said)
    return out


def _carried(text: str, masked: str, previous: tuple[Attribution, int] | None, last_end: int) -> str | None:
    """The speaker a paragraph hands on: it ends with an attributed quotation's sentence."""
    if previous is None or previous[0].speaker is None:
        return None
    rest = masked[last_end + 1:]
    # the attribution after the last quotation may be one short sentence ("…," she said.)
    return previous[0].speaker if len(_SENTENCE_STOP.findall(rest)) <= 1 and len(rest) < 160 else None
