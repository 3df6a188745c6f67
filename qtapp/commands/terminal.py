"""Standard output that shows control characters instead of obeying them.

An article is untrusted text: an ESC [ … sequence in a title or a passage would recolour, retitle or
clear the user's terminal when ``parse``, ``quotes add`` or ``articles list`` print it. Every write goes
through ``qtapp.article.invisible.visible`` (``\\u001b`` for ESC: still valid inside JSON strings).
"""

from __future__ import annotations

from typing import TextIO

from qtapp.article.invisible import visible


class VisibleText:
    """A text stream's ``write`` with controls made visible; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
