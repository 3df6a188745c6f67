"""Patterns compiled the first time they are used, not when their module is imported.

Compiling the rules' patterns was most of what importing the parser cost, and about half of that went
to patterns a given article never needs (the inverted-subject, list and apposition patterns of the
speaker rules: large alternations that embed the name pattern several times). ``compile_lazily`` is a
drop-in for ``re.compile`` for such patterns: the first call compiles, and from then on each method is
the compiled pattern's own bound method, held in a slot (no per-call indirection on hot paths).
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a pattern offers that the rules use; each is copied from the compiled pattern on first use.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
               "pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    __slots__ = ("_source", "_flags", "_compiled", *_ATTRIBUTES)

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """Called only for an attribute not set yet: compile, and set them all."""
        if name.startswith("_"):
            raise AttributeError(name)  # copy and pickle probe for dunders: no compile for those
        compiled = re.compile(self._source, self._flags)
        self._compiled = compiled
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_lazily({self._source!r}, {self._flags!r})"


def compile_lazily(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled when first used (it is typed as the pattern it becomes)."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))
