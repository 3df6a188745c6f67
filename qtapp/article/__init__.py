"""Text in, Article out: decoding, cleaning, blocks, editor's note, byline, reprint chain, quotations.

Pure Python, no Qt: ``load_article(path)`` for files, ``parse_text(text)`` for text already decoded.
Names are resolved on first use (PEP 562), so code that only needs the model (``qtapp.article.model``)
does not pay for compiling the parser's patterns.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from qtapp.translatable import N_

if TYPE_CHECKING:  # for type checkers only; "X as X" marks each as a re-export (__all__ is built below)
    from qtapp.article.decoding import decode_bytes as decode_bytes
    from qtapp.article.loader import load_article as load_article
    from qtapp.article.loader import parse_bytes as parse_bytes
    from qtapp.article.loader import read_article_bytes as read_article_bytes
    from qtapp.article.model import Article as Article
    from qtapp.article.model import Author as Author
    from qtapp.article.model import Block as Block
    from qtapp.article.model import Quotation as Quotation
    from qtapp.article.parser import parse_text as parse_text

_WHERE = {
    "Article": "model", "Author": "model", "Block": "model", "Quotation": "model",
    "decode_bytes": "decoding", "load_article": "loader", "parse_bytes": "loader",
    "read_article_bytes": "loader", "parse_text": "parser",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(N_("Article", "module {module!r} has no attribute {name!r}")
                             .format(module=__name__, name=name))
    value = getattr(import_module(f"qtapp.article.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
