"""The JSON backup as an export format: it holds whole articles (their text and corrections), so it is
written from the library, not from chosen quote rows (``qtapp.library.backup`` does the writing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from qtapp.library.exporters.common import Progress

if TYPE_CHECKING:
    from qtapp.library.store import Library

ENCODING = "utf-8"
NEWLINE = "\n"


def write_library(library: Library, out: TextIO, *, article_id: int | None = None,
                  progress: Progress | None = None) -> int:
    """The library's (or one article's) backup to ``out``; how many quotes it holds."""
    # not for start-up: the backup module imports the store, a cycle at import time
    from qtapp.library.backup import write_backup

    return write_backup(library, out, article_id=article_id, progress=progress)
