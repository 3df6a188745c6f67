"""Text in, Article out: decoding, cleaning, blocks, editor's note, byline, reprint chain, quotations.

Pure Python, no Qt: ``load_article(path)`` for files, ``parse_text(text)`` for text already decoded.
"""

from qtapp.article.decoding import decode_bytes
from qtapp.article.loader import load_article, parse_bytes, read_article_bytes
from qtapp.article.model import Article, Author, Block, Quotation
from qtapp.article.parser import parse_text

__all__ = ["Article", "Author", "Block", "Quotation", "decode_bytes", "load_article", "parse_bytes",
           "parse_text", "read_article_bytes"]
