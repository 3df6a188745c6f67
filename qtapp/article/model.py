"""The article model: what the parser produces and everything else reads.

Offsets index the article's canonical ``text`` (the blocks joined by blank lines), so a quote can be
anchored by position and re-checked against the text it was taken from.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

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


@dataclass(frozen=True, slots=True)  # slots: a megabyte of dialogue holds tens of thousands
class Quotation:
    """Quoted words in the text; ``speaker`` is set only when the text names who said them.

    ``rule`` names the speaker rule that decided (None when no rule found a speaker) and ``confidence``
    says how sure it is, from 0 (unknown) to 1, so the window can ask the user to check the unsure ones.
    """

    text: str
    speaker: str | None
    block: int
    start: int
    end: int
    rule: str | None = None
    confidence: float = 0.0


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
    blocks: list[Block] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    # Which reading rule filled each metadata field ("title": "title.first_heading"); a field that is
    # None has no entry. ``parse --json --explain`` prints it and Article Details shows it.
    found_by: dict[str, str] = field(default_factory=dict)
    # Not part of the JSON contract: how the bytes were decoded, and a warning when that was a guess.
    encoding: str = "utf-8"
    encoding_warning: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The shape of ``quoteclip parse FILE --json`` (DESIGN §3)."""
        data = asdict(self)
        del data["encoding"], data["encoding_warning"]
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
        index = bisect_right(self.blocks, offset, key=_block_start) - 1
        if index >= 0 and self.blocks[index].start <= offset < self.blocks[index].end:
            return index
        return None


def _block_start(block: Block) -> int:
    return block.start
