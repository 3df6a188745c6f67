"""The labelled corpus: annotated articles, their answers, and the variants every article is read in.

The annotated format is described in README.md beside this file. This module only reads it; scoring
lives in ``benchmarks/accuracy.py`` so the test suite and ``make accuracy`` count the same way.
Run as a script to check every file's form: ``python tests/corpus/corpus.py``.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ARTICLES = Path(__file__).with_name("articles")
MARKER = re.compile(r"⟦([a-z_]+)⟧")
BLOCK_KINDS = frozenset({"title", "byline", "dateline", "reprint_note", "editors_note", "heading",
                         "paragraph", "caption", "tagline", "signature"})
PIECE_KINDS = BLOCK_KINDS | {"chrome", "label"}
FIELDS = ("title", "authors", "publisher", "reprinted_by", "date", "editors_note", "disclaimer")
AUTHOR_KEYS = ("name", "family", "given", "family_first", "description")
VARIANTS = ("as_written", "glued", "crlf_bom", "wrapped72")
_SENTENCE_END = re.compile(r"""[.!?]["”’)]?$""")


@dataclass
class Piece:
    kind: str
    text: str  # as written, spaces kept
    line: int


@dataclass
class Case:
    """One corpus article: its raw text (or HTML), the blocks a reader sees, and the answer."""

    id: str
    path: Path
    expected: dict[str, Any]
    raw: str
    html: bool = False
    lines: list[list[Piece]] = field(default_factory=list)

    @property
    def blocks(self) -> list[tuple[str, str]]:
        if self.html:
            return [(kind, text) for kind, text in self.expected.get("blocks", [])]
        return [(p.kind, " ".join(p.text.split())) for line in self.lines for p in line
                if p.kind in BLOCK_KINDS and p.text.strip()]

    @property
    def chrome(self) -> list[str]:
        if self.html:
            return list(self.expected.get("chrome", []))
        return [" ".join(p.text.split()) for line in self.lines for p in line if p.kind == "chrome"]

    def variants(self) -> Iterator[tuple[str, str]]:
        """(variant name, raw text): the article as written and as copy-paste damages it."""
        yield "as_written", self.raw
        if self.html:
            return
        yield "glued", _glued(self.lines)
        yield "crlf_bom", "\ufeff" + self.raw.replace("\n", "\r\n")
        yield "wrapped72", "\n".join(textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False)
                                     if len(line) > 72 else line for line in self.raw.split("\n"))


def _raw_line(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces)


def _glued(lines: list[list[Piece]]) -> str:
    """Paragraph breaks lost the way the bundled seed lost them: prose runs into the next block.

    A block of prose (a paragraph or an editor's note) ending a sentence is joined to a following
    paragraph with nothing between; a heading ending in a lowercase letter is joined to the paragraph
    after it ("…collaborationKazakhstan has…"). Titles, bylines, datelines, captions, chrome and sign-offs
    keep their lines, as they do on real pages.
    """
    out: list[str] = []
    previous: list[Piece] | None = None
    for pieces in lines:
        text = _raw_line(pieces)
        first = pieces[0].kind
        follows_blank = previous is not None and pieces[0].line > previous[-1].line + 1
        if follows_blank and first == "paragraph" and (text[:1].isupper() or text[:1] in "\"“"):
            last, prior = previous[-1], _raw_line(previous).rstrip()
            prose_end = last.kind in ("paragraph", "editors_note") and _SENTENCE_END.search(prior)
            heading_end = last.kind == "heading" and len(previous) == 1 and prior[-1:].islower()
            if prose_end or heading_end:
                out[-1] = out[-1].rstrip() + text
                previous = pieces
                continue
        if previous is not None:
            out.append("\n\n" if follows_blank else "\n")
        out.append(text)
        previous = pieces
    return "".join(out) + "\n"


def parse_annotated(source: str, path: Path | None = None) -> tuple[str, list[list[Piece]]]:
    """(raw text, pieces per non-blank line); raises ValueError naming the line that is off."""
    lines: list[list[Piece]] = []
    raw_lines: list[str] = []
    for number, line in enumerate(source.split("\n"), 1):
        if not line.strip():
            raw_lines.append("")
            continue
        found = list(MARKER.finditer(line))
        where = f"{path or '<text>'}:{number}"
        if not found or found[0].start() != 0:
            raise ValueError(f"{where}: a line must start with a marker such as ⟦paragraph⟧")
        pieces = []
        for index, match in enumerate(found):
            if match.group(1) not in PIECE_KINDS:
                raise ValueError(f"{where}: unknown kind {match.group(1)!r}")
            end = found[index + 1].start() if index + 1 < len(found) else len(line)
            text = line[match.end():end]
            if not text.strip():
                raise ValueError(f"{where}: the ⟦{match.group(1)}⟧ piece is empty")
            pieces.append(Piece(match.group(1), text, number))
        lines.append(pieces)
        raw_lines.append(_raw_line(pieces))
    raw = re.sub(r"\n{3,}", "\n\n", "\n".join(raw_lines)).strip("\n") + "\n"
    return raw, lines


def _check_answer(expected: dict[str, Any], where: str) -> None:
    missing = [key for key in FIELDS if key not in expected]
    if missing:
        raise ValueError(f"{where}: missing keys {missing}")
    for author in expected["authors"]:
        if set(author) != set(AUTHOR_KEYS):
            raise ValueError(f"{where}: an author needs exactly {AUTHOR_KEYS}, got {sorted(author)}")
    if expected["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", expected["date"]):
        raise ValueError(f"{where}: date must be YYYY-MM-DD or null")
    for quotation in expected.get("quotations", []):
        if "text" not in quotation or "speaker" not in quotation:
            raise ValueError(f"{where}: each quotation needs text and speaker")


def load_case(answer: Path) -> Case:
    expected = json.loads(answer.read_text(encoding="utf-8"))
    _check_answer(expected, str(answer))
    html_path, text_path = answer.with_suffix(".html"), answer.with_suffix(".txt")
    if html_path.exists():
        return Case(answer.stem, html_path, expected, html_path.read_text(encoding="utf-8"), html=True)
    raw, lines = parse_annotated(text_path.read_text(encoding="utf-8"), text_path)
    case = Case(answer.stem, text_path, expected, raw, lines=lines)
    for quotation in expected.get("quotations", []):
        if quotation["text"] not in raw:
            raise ValueError(f"{answer}: quotation text not in the article: {quotation['text'][:60]!r}")
    return case


def load_corpus(folder: Path = ARTICLES) -> list[Case]:
    return [load_case(path) for path in sorted(folder.glob("*.json"))]


if __name__ == "__main__":
    problems = 0
    for path in sorted(ARTICLES.glob("*.json")):
        try:
            load_case(path)
        except (ValueError, json.JSONDecodeError, OSError) as error:
            problems += 1
            print(error)
    total = len(list(ARTICLES.glob("*.json")))
    print(f"{total} articles, {problems} with problems")
    sys.exit(1 if problems else 0)
