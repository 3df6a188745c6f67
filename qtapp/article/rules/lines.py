"""Lines into paragraphs: blank lines separate; a hard-wrapped paragraph's lines are joined again.

Two lines of one chunk are one paragraph only when the first was plainly broken for width: it is long,
and the next line's first word would not have fitted on it (a greedy wrap, as mail and text editors
make). A headline over its byline, a name alone under a headline, or a run of menu lines are short or
stand on their own, and keep their lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BLANK_LINE = re.compile(r"\n\s*\n")
MIN_WRAP_WIDTH = 50
SURE_WRAP_WIDTH = 64  # text wrapped for reading is 64–80 wide; two headlines of 60 are two lines
_UNFINISHED = re.compile(r"(?:,|\b(?:a|an|the|of|for|to|and|or|in|on|at|by|with|from|as|after|before|into|"
                         r"than|that|its|their|his|her))$", re.IGNORECASE)


def _wrapped(line: str, following: str, width: int) -> bool:
    """Broken for width: long, the next word would not have fitted, and the line is plainly unfinished
    (the text is wide, the next line goes on in lowercase, or this one ends on "of" or a comma)."""
    first_word = next(iter(following.split(maxsplit=1)), "")
    if len(line) < 0.7 * width or len(line) + 1 + len(first_word) <= width - 1:
        return False
    if width >= SURE_WRAP_WIDTH or first_word[:1].islower() or _UNFINISHED.search(line):
        return True
    # A sentence broken for width: this part runs on, the next ends it ("… in the Qilian" / "Mountains. [Photo]").
    return not re.search(r"[.!?:;,\"”’)\]]$", line) and bool(re.search(r"[.!?\"”’)\]]$", following.rstrip()))


def paragraphs(text: str, stands_alone: Callable[[str], bool]) -> list[str]:
    """Blank-line separated chunks, each split into lines unless its lines were wrapped for width.

    ``stands_alone`` says which lines are never the continuation of a wrapped one (a byline, a date line,
    a piece of page furniture), whatever their length.
    """
    out: list[str] = []
    for chunk in _BLANK_LINE.split(text):
        if "\n" not in chunk:  # one line: nothing to join (most chunks of a page of tiny paragraphs)
            line = " ".join(chunk.split())
            if line:
                out.append(line)
            continue
        lines = [" ".join(line.split()) for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        width = max(len(line) for line in lines)
        current = lines[0]
        for previous, line in zip(lines, lines[1:], strict=False):
            # A wrapped copyright or notice goes on in lowercase; a headline under a cookie banner does not.
            if width >= MIN_WRAP_WIDTH and _wrapped(previous, line, width) and not stands_alone(line) and (
                    line[:1].islower() or not stands_alone(previous)):
                current = f"{current} {line}"
            else:
                out.append(current)
                current = line
        out.append(current)
    return out
