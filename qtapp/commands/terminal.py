"""Standard output that shows control characters instead of obeying them.

An article is untrusted text: an ESC [ … sequence in a title or a passage would recolour, retitle or
clear the user's terminal when ``parse``, ``quotes add`` or ``articles list`` print it. Every write goes
through ``visible`` (``\\u001b`` for ESC: still valid inside JSON strings).
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from typing import TextIO


# C0 controls but tab and newline, DEL, C1 controls, and the invisible format characters that
# qtapp.article.invisible strips from names (kept here apart: the quick listing loads no qtapp.article).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e"
                     "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def visible(text: str) -> str:
    """``text`` safe to print: each control or invisible character as its ``\\uXXXX`` escape.

    An escape sequence (ESC [ …) in an article would otherwise recolour, move or clear the user's
    terminal. ``\\uXXXX`` keeps JSON output valid: inside a JSON string it means the same character.
    """
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class VisibleText:
    """A text stream's ``write`` with controls made visible; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
