"""Imports from the tools readers already use: each format a small pure module, all giving ``Parsed``.

``read(path, fmt)`` reads a file in a named format, or in the one ``detect`` finds from its content (the
suffix only breaks a tie); ``into_library.import_file`` writes it. Our own JSON backup keeps its own
streaming reader (``backup_file.py``) and is restored by ``backup.restore``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qtapp.errors import UserError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from qtapp.library.importers.records import Parsed

# The parsers (and rispy) load when a file is read: the window imports this package for FORMATS alone.

# The --format names, and what the window and the help call each.
FORMATS: dict[str, str] = {
    "json": "QuoteClip JSON backup",
    "kindle": "Kindle “My Clippings.txt”",
    "readwise": "Readwise CSV export",
    "hypothesis": "Hypothesis annotations (JSON)",
    "ris": "Zotero RIS with notes",
    "w3c": "W3C Web Annotations (JSON-LD)",
}
# Who made a stub (``articles.stub``), as the library shows it.
ORIGINS = {"kindle": "Kindle", "readwise": "Readwise", "hypothesis": "Hypothesis", "ris": "Zotero RIS",
           "w3c": "W3C annotations"}
HEAD = 64 * 1024  # what detection reads of a large file
MAX_FOREIGN = 512 * 1024 * 1024  # foreign files are read whole: refuse what could not fit in memory


def _head(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(HEAD)
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error
    return raw.decode("utf-8-sig", errors="ignore")


def detect(path: str | Path) -> str:
    """The format of ``path`` by what it holds; a clear error when it is none of ours."""
    from qtapp.library.importers import hypothesis, kindle, readwise, ris, w3c

    path = Path(path)
    head = _head(path)
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        if '"quoteclip-backup"' in head[:4096]:
            return "json"
        data = _json(path)
        if isinstance(data, dict) and data.get("format") == "quoteclip-backup":
            return "json"
        if w3c.looks_like(data):
            return "w3c"
        if hypothesis.looks_like(data):
            return "hypothesis"
        raise UserError(f"cannot tell what {path.name} is: it is JSON but not a QuoteClip backup, "
                        "W3C annotations or a Hypothesis export; say which with --format")
    if ris.looks_like(stripped):
        return "ris"
    if kindle.looks_like(head):
        return "kindle"
    if readwise.looks_like(stripped):
        return "readwise"
    names = ", ".join(FORMATS.values())
    raise UserError(f"cannot tell the format of {path.name}: it is none of {names}; "
                    "say which with --format")


def _text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FOREIGN:
            raise UserError(f"{path.name} is over {MAX_FOREIGN // 2**20} MB: too large to import")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(f"cannot import {path.name}: it is not UTF-8 text (byte {error.start})") from error
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error


def _json(path: Path) -> Any:
    from qtapp.library.importers.records import ImportInvalid

    try:
        return json.loads(_text(path))
    except json.JSONDecodeError as error:
        raise ImportInvalid(f"line {error.lineno}, column {error.colno}",
                            f"it is not valid JSON ({error.msg})") from error


def read(path: str | Path, fmt: str) -> Parsed:
    """Highlights of a foreign file in ``fmt`` (any format of FORMATS but "json")."""
    from qtapp.library.importers import hypothesis, kindle, readwise, ris, w3c

    path = Path(path)
    if fmt in ("hypothesis", "w3c"):
        data = _json(path)
        return hypothesis.parse(data) if fmt == "hypothesis" else w3c.parse(data)
    parsers = {"kindle": kindle.parse, "readwise": readwise.parse, "ris": ris.parse}
    if fmt not in parsers:
        raise UserError(f"unknown import format {fmt!r}: use one of {', '.join(FORMATS)}")
    return parsers[fmt](_text(path))
