"""Reading article files: refuse what is not an article with a message that says why, then parse.

One loader for the window and the command line: a saved web page (by its suffix, or by its first bytes
when it was saved as .txt) goes through the HTML reader, everything else through the text parser.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qtapp.article.decoding import Decoded, decode_bytes
from qtapp.article.model import Article
from qtapp.errors import UserError
from qtapp.translatable import N_

MAX_BYTES = 100 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml")

__all__ = ["Decoded", "decode_bytes", "is_html", "load_article", "parse_bytes", "read_article",
           "read_article_bytes"]


def parse_bytes(data: bytes) -> Article:
    from qtapp.article.parser import parse_text

    decoded = decode_bytes(data)
    article = parse_text(decoded.text)
    article.encoding, article.encoding_warning = decoded.encoding, decoded.warning
    return article


def read_article_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a UserError naming the file and what is wrong with it."""
    path = Path(path)
    if not path.exists():
        raise UserError(N_("Article", "{path}: no such file").format(path=path))
    if path.is_dir():
        raise UserError(N_("Article", "{path} is a folder, not an article: give a .txt, .md or .html file")
                        .format(path=path))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(N_("Article", "{path} is larger than {megabytes} MB: too big to be an article")
                            .format(path=path, megabytes=MAX_BYTES // 2**20))
        return path.read_bytes()
    except OSError as error:
        raise UserError(N_("Article", "{path}: cannot read it ({error})")
                        .format(path=path, error=error.strerror or error)) from error


def is_html(path: Path, data: bytes) -> bool:
    """A web page by name, or by its opening tag when a browser saved it under another name."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return path.suffix.lower() in HTML_SUFFIXES or head.startswith(_HTML_STARTS)


def read_article(path: str | Path, parse: Callable[[bytes], Article] = parse_bytes,
                 name: str | None = None) -> tuple[Article, str]:
    """(Article, the text it was parsed from) for a text file or a saved web page.

    ``parse`` reads text files (the window passes its cached parser); messages name the file as
    ``name`` (the window: the file's name; the command line: the path as typed). Raises UserError.
    """
    path = Path(path)
    name = str(path) if name is None else name
    data = read_article_bytes(path)
    if is_html(path, data):
        from qtapp.article.html import parse_html_bytes

        return parse_html_bytes(data, name)
    try:
        article = parse(data)
        source = decode_bytes(data).text
    except UserError as error:
        raise UserError(N_("Article", "{name}: {error}").format(name=name, error=error)) from error
    if not article.blocks:
        raise UserError(N_("Article", "{name} does not contain readable text. Open a .txt, .md or .html file.")
                        .format(name=name))
    return article, source


def load_article(path: str | Path) -> Article:
    return read_article(path)[0]
