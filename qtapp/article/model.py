"""The article model: what the parser produces and everything else reads.

Offsets index the article's canonical ``text`` (the blocks joined by blank lines), so a quote can be
anchored by position and re-checked against the text it was taken from.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import accumulate, repeat
from operator import add, attrgetter, itemgetter
from typing import Any, Literal, get_args, overload

BlockKind = Literal[
    "title", "byline", "dateline", "reprint_note", "editors_note", "heading", "paragraph", "caption",
    "tagline", "signature"
]
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Author:
    name: str
    family: str | None = None
    given: str | None = None
    description: str | None = None
    family_first: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Author:
        """An author from stored JSON or a user's correction, where ``name`` may be missing.

        Without a name, one is made from family and given in the order ``family_first`` says, so a
        correction can give just the parts; keys that are not Author fields are ignored.
        """
        family_first = bool(data.get("family_first", False))
        name = data.get("name")
        if not name:
            parts = [data.get("family"), data.get("given")]
            if not family_first:
                parts.reverse()
            name = " ".join(p for p in parts if p)
        return cls(name=name, family=data.get("family"), given=data.get("given"),
                   description=data.get("description"), family_first=family_first)


@dataclass(frozen=True, slots=True)  # slots: a page of a million tiny paragraphs has a million blocks
class Block:
    kind: BlockKind
    text: str
    start: int
    end: int


class BlockList(Sequence[Block]):
    """An article's blocks kept as columns (a kind code, the text, two offsets in arrays): ~25 bytes a
    block where a list of Block records cost ~130, which a page of a million tiny paragraphs made
    100 MB (issue 15). Reads like a list of Blocks; each one is made when it is asked for.

    The parser's also keep why each block is what it is (the reading rules that decided its kind, for
    ``parse --explain``) as a two-byte code a block; they are not part of a Block or of the JSON."""

    __slots__ = ("_kinds", "_texts", "_starts", "_ends", "_rules")

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        self._kinds = bytearray()
        self._texts: list[str] = []
        self._starts = array("q")
        self._ends = array("q")
        self._rules: array[int] | None = None
        for block in blocks:
            self.append(block.kind, block.text, block.start, block.end)

    @classmethod
    def joined(cls, kinds_and_texts: Sequence[tuple[str, str]], separator: str,
               rules: Iterable[str] | None = None) -> BlockList:
        """The blocks of texts joined by ``separator``, each one's offsets in the joined text; ``rules``,
        when given, says for each block which reading rules decided it ("block.caption caption.…").

        Built column by column with C-level maps: a loop appending each block's four fields was a
        large share of reading a page of a million tiny paragraphs (issue 15 item 10).
        """
        blocks = cls()
        if rules is not None:
            codes_of, new = _RULE_CODES.get, _new_rules
            blocks._rules = array("H", [code if (code := codes_of(why)) is not None else new(why) for why in rules])
        blocks._texts = list(map(itemgetter(1), kinds_and_texts))
        lengths = list(map(len, blocks._texts))
        gap = len(separator)
        # each block starts where the one before it ended, plus the separator
        starts = array("q", accumulate(map(add, lengths[:-1], repeat(gap)), initial=0) if lengths else ())
        blocks._starts = starts
        blocks._ends = array("q", map(add, starts, lengths))
        try:
            blocks._kinds = bytearray(map(_KIND_CODES.__getitem__, map(itemgetter(0), kinds_and_texts)))
        except KeyError:  # a kind this version does not name
            blocks._kinds = bytearray(_KIND_CODES[kind] if kind in _KIND_CODES else _new_kind(kind)
                                      for kind, _text in kinds_and_texts)
        return blocks

    @property
    def texts(self) -> Sequence[str]:
        """Every block's text, in order: the list itself, not a copy (not to be changed)."""
        return self._texts

    def rules(self, index: int) -> tuple[str, ...]:
        """The reading rules that decided block ``index``'s kind, the block rule first; () when unknown
        (blocks read back from JSON, or appended)."""
        if self._rules is None or index >= len(self._rules):
            return ()
        return _RULES[self._rules[index]]

    def append(self, kind: str, text: str, start: int, end: int) -> None:
        if self._rules is not None:
            self._rules.append(_new_rules(""))  # a block nobody read: no rule decided it
        code = _KIND_CODES.get(kind)
        self._kinds.append(code if code is not None else _new_kind(kind))
        self._texts.append(text)
        self._starts.append(start)
        self._ends.append(end)

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> list[Block]: ...

    def __getitem__(self, index: int | slice) -> Block | list[Block]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return Block(_KINDS[self._kinds[index]], self._texts[index], self._starts[index],  # type: ignore[arg-type]
                     self._ends[index])

    def __iter__(self) -> Iterator[Block]:
        kinds = _KINDS
        for code, text, start, end in zip(self._kinds, self._texts, self._starts, self._ends, strict=True):
            yield Block(kinds[code], text, start, end)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"BlockList({list(self)!r})"


def block_columns(blocks: Sequence[Block]) -> tuple[list[str], list[str], Sequence[int]]:
    """(kinds, texts, starts) of ``blocks``, straight from a BlockList's columns (no Block is made)."""
    if isinstance(blocks, BlockList):
        return [_KINDS[code] for code in blocks._kinds], blocks._texts, blocks._starts
    return [b.kind for b in blocks], [b.text for b in blocks], [b.start for b in blocks]


_KINDS: list[str] = list(get_args(BlockKind))
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}


def block_rules(blocks: Sequence[Block]) -> list[tuple[str, ...]]:
    """For each block, the reading rules that decided its kind (block rule first), () where unknown."""
    if isinstance(blocks, BlockList):
        return [blocks.rules(index) for index in range(len(blocks))]
    return [() for _ in blocks]


_RULES: list[tuple[str, ...]] = []
_RULE_CODES: dict[str, int] = {}


def _new_rules(why: str) -> int:
    """The code of a block's why ("block.caption caption.bracketed_credit"), made the first time it is seen."""
    code = _RULE_CODES.get(why)
    if code is None:  # a few hundred at most: the block rules times the shape rules they go by
        code = _RULE_CODES[why] = len(_RULES)
        _RULES.append(tuple(why.split()))
    return code


def _new_kind(kind: str) -> int:
    """A kind this version does not name (a stored article's): remembered all the same."""
    code = _KIND_CODES[kind] = len(_KINDS)
    _KINDS.append(kind)
    return code


@dataclass(frozen=True, slots=True)  # slots: a megabyte of dialogue holds tens of thousands
class Quotation:
    """Quoted words in the text; ``speaker`` is set only when the text names who said them.

    ``rule`` names the speaker rule that decided (None when no rule found a speaker) and ``confidence``
    says how sure it is, from 0 (unknown) to 1, so the window can ask the user to check the unsure ones;
    ``doubt`` says why, when something around the quotation made the rule unsure.
    """

    text: str
    speaker: str | None
    block: int
    start: int
    end: int
    rule: str | None = None
    confidence: float = 0.0
    doubt: str | None = None  # why a speaker's rule is not sure here (a code of quotations.trust.DOUBTS)


def _quotation_maker() -> Callable[[str, str | None, int, int, int, str | None, float, str | None], Quotation]:
    """``Quotation(...)`` with every field given, twice as fast: each slot is set by its own descriptor, where a
    frozen dataclass's ``__init__`` goes through ``object.__setattr__`` for each (the engine makes one per
    quotation: 40,000 in a megabyte of dialogue)."""
    setters = [getattr(Quotation, name).__set__ for name in Quotation.__dataclass_fields__]
    text, speaker, block, start, end, rule, confidence, doubt = setters
    new = object.__new__

    def make(a: str, b: str | None, c: int, d: int, e: int, f: str | None, g: float, h: str | None) -> Quotation:
        made = new(Quotation)
        text(made, a)
        speaker(made, b)
        block(made, c)
        start(made, d)
        end(made, e)
        rule(made, f)
        confidence(made, g)
        doubt(made, h)
        return made

    return make


make_quotation = _quotation_maker()


@dataclass
class Article:
    title: str | None = None
    authors: list[Author] = field(default_factory=list)
    publisher: str | None = None
    reprinted_by: str | None = None
    series: str | None = None
    date: str | None = None
    url: str | None = None
    editors_note: str | None = None
    disclaimer: str | None = None
    text: str = ""
    blocks: Sequence[Block] = field(default_factory=list)  # the parser's is a compact ``BlockList``
    quotations: list[Quotation] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    # Which reading rule filled each metadata field ("title": "title.first_heading"); a field that is
    # None has no entry. ``parse --json --explain`` prints it and Article Details shows it.
    found_by: dict[str, str] = field(default_factory=dict)
    # For each ``dropped`` line, the reading rules that dropped it (block rule first); the parser's only,
    # and like the blocks' rules not part of the JSON contract: ``parse --explain`` prints them.
    dropped_by: list[tuple[str, ...]] = field(default_factory=list, compare=False)
    # Not part of the JSON contract: how the bytes were decoded, and a warning when that was a guess.
    encoding: str = "utf-8"
    encoding_warning: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The shape of ``quoteclip parse FILE --json`` (DESIGN §3)."""
        data = asdict(replace(self, blocks=[], dropped_by=[]))  # asdict would deep-copy a BlockList whole
        data["blocks"] = [{"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in self.blocks]
        del data["encoding"], data["encoding_warning"], data["dropped_by"]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        """The inverse of ``to_json`` (extra keys, such as the decoding notes, are read when present)."""
        return cls(
            title=data.get("title"), publisher=data.get("publisher"), reprinted_by=data.get("reprinted_by"),
            series=data.get("series"), date=data.get("date"), url=data.get("url"),
            editors_note=data.get("editors_note"), disclaimer=data.get("disclaimer"),
            authors=[Author.from_json(author) for author in data.get("authors") or []],
            text=data.get("text") or "",
            blocks=[Block(**block) for block in data.get("blocks") or []],
            quotations=[Quotation(**quotation) for quotation in data.get("quotations") or []],
            dropped=list(data.get("dropped") or []), found_by=dict(data.get("found_by") or {}),
            encoding=data.get("encoding") or "utf-8", encoding_warning=data.get("encoding_warning"),
        )

    def block_at(self, offset: int) -> int | None:
        """Index of the block containing ``offset`` in ``text``, or None between blocks.

        Blocks are in text order, so a binary search: a scan cost an import of 100k quotes ~1 s.
        """
        index = bisect_right(self.blocks, offset, key=_BLOCK_START) - 1
        if index >= 0 and self.blocks[index].start <= offset < self.blocks[index].end:
            return index
        return None


_BLOCK_START = attrgetter("start")  # a C function: bisect calls it log(n) times per lookup
