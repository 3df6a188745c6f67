"""English counts for the command line's messages: "1 quote", "2 quotes", never "1 quotes".

The window words its own messages through Qt's ``tr`` with ``n`` (a translator gives each language's
plural forms); the command line speaks English only, and this is all it needs.
"""

from __future__ import annotations


def counted(n: int, word: str, many: str | None = None) -> str:
    """``n`` with ``word`` in the form English gives that number ("1 quote", "0 quotes")."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def was(n: int) -> str:
    return "was" if n == 1 else "were"
