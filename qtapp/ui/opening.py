"""Turning a file or the clipboard into (Article, source text): which reader for which input.

Parsing rules live in ``qtapp.article``; this only picks the loader by file type and turns every way a
read can fail into a UserError with a message the window can show as it is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData

from qtapp import paths
from qtapp.article import Article, loader
from qtapp.article.parse_cache import parse_bytes
from qtapp.errors import UserError

# Above this the reader's document would take seconds to lay out: no article is that long.
WINDOW_MAX_BYTES = 16 * 1024 * 1024


def check_size(path: Path) -> None:
    """Refuse a file too large to be an article before reading a byte of it."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # a missing or unreadable file is reported by the reader with its own message
    if size > WINDOW_MAX_BYTES:
        raise UserError(f"{path.name} is {size / 2**20:.0f} MB, too large to be an article (the window "
                        f"reads up to {WINDOW_MAX_BYTES // 2**20} MB). Open the article's own page or a "
                        "smaller file.")


def read_article(path: str | Path) -> tuple[Article, str]:
    """Load ``path``; raises UserError when it is missing, empty, binary or not decodable."""
    path = Path(path)
    check_size(path)
    return loader.read_article(path, parse_bytes, path.name)


def clipboard_text(mime: QMimeData | None) -> str:
    """The clipboard as article text: its HTML when there is some (paragraph breaks survive), else
    its plain text; raises UserError when it holds no text."""
    if mime is not None and mime.hasHtml() and mime.html().strip():
        from qtapp.article.html import extract

        text = extract(mime.html(), whole=True).text
        if text.strip():
            return text
    if mime is not None and mime.hasText() and mime.text().strip():
        return mime.text().replace("\r\n", "\n")
    raise UserError("The clipboard holds no text. Copy an article in your browser and try again.")


def save_clipping(text: str, now: dt.datetime | None = None) -> Path:
    """Keep the pasted text as a file, so the article can be reopened next session and from Recent."""
    folder = paths.private_folder(paths.data_dir() / "clippings")
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H%M%S")
    path = folder / f"clipping-{stamp}.txt"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"clipping-{stamp}-{counter}.txt"
    paths.write_private(path, text)
    return path
