"""Reading article files: refuse what is not an article with a message that says why, then parse."""

from __future__ import annotations

from pathlib import Path

from qtapp.article.decoding import Decoded, decode_bytes
from qtapp.article.model import Article
from qtapp.errors import UserError

MAX_BYTES = 100 * 1024 * 1024

__all__ = ["Decoded", "decode_bytes", "load_article", "parse_bytes", "read_article_bytes"]


def parse_bytes(data: bytes) -> Article:
    from qtapp.article.parser import parse_text  # deferred: reading a file's bytes needs no parser

    decoded = decode_bytes(data)
    article = parse_text(decoded.text)
    article.encoding, article.encoding_warning = decoded.encoding, decoded.warning
    return article


def read_article_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a UserError naming the file and what is wrong with it."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not an article: give a .txt, .md or .html file")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(f"{path} is larger than {MAX_BYTES // 2**20} MB: too big to be an article")
        return path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read it ({error.strerror or error})") from error


def load_article(path: str | Path) -> Article:
    data = read_article_bytes(path)
    try:
        return parse_bytes(data)
    except UserError as error:
        raise UserError(f"{path}: {error}") from error
