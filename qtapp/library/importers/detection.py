"""Which format a file is in, from what it holds: the suffix of a downloaded export says little.

JSON is told apart by its shape (our backup's "format", W3C's types, Hypothesis's "uri" and "target"),
text by its first lines (RIS's "TY  - ", Kindle's separator and "- Your Highlight ... |" line, Readwise's
header). A file that is none of them gets a message naming what was tried and ``--format``.
"""

from __future__ import annotations

from pathlib import Path

from qtapp.errors import UserError
from qtapp.library.importers import hypothesis, kindle, readwise, ris, w3c
from qtapp.library.importers.files import json_of
from qtapp.library.importers.formats import FORMATS
from qtapp.translatable import N_

HEAD = 64 * 1024  # what detection reads of a large file


def _head(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(HEAD)
    except OSError as error:
        raise UserError(N_("Import", "cannot read {path}: {error}")
                        .format(path=path, error=error.strerror or error)) from error
    return raw.decode("utf-8-sig", errors="ignore")


def detect(path: str | Path) -> str:
    """The format of ``path`` by what it holds; a clear error when it is none of ours."""
    path = Path(path)
    head = _head(path)
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        if '"quoteclip-backup"' in head[:4096]:
            return "json"
        data = json_of(path)
        if isinstance(data, dict) and data.get("format") == "quoteclip-backup":
            return "json"
        if w3c.looks_like(data):
            return "w3c"
        if hypothesis.looks_like(data):
            return "hypothesis"
        raise UserError(N_("Import", "cannot tell what {name} is: it is JSON but not a QuoteClip backup, W3C "
                                     "annotations or a Hypothesis export; say which with --format")
                        .format(name=path.name))
    if ris.looks_like(stripped):
        return "ris"
    if kindle.looks_like(head):
        return "kindle"
    if readwise.looks_like(stripped):
        return "readwise"
    names = ", ".join(FORMATS.values())
    raise UserError(N_("Import", "cannot tell the format of {name}: it is none of {names}; say which with "
                                 "--format").format(name=path.name, names=names))
