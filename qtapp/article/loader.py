"""Reading article files: decode bytes safely, refuse what is not text, then parse."""

from __future__ import annotations

from pathlib import Path

from qtapp.article.model import Article
from qtapp.article.parser import parse_text
from qtapp.errors import UserError


def decode_bytes(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, encoding, warning). Placeholder: UTF-8 only."""
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as error:
        raise UserError("the file is not readable text") from error


def parse_bytes(data: bytes) -> Article:
    text, encoding, warning = decode_bytes(data)
    article = parse_text(text)
    article.encoding, article.encoding_warning = encoding, warning
    return article


def load_article(path: str | Path) -> Article:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error
    return parse_bytes(data)
