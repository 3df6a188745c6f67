"""Imports from the tools readers already use: each format a small pure module, all giving ``Parsed``.

``read(path, fmt)`` reads a file in a named format; ``detect`` (``detection.py``) finds the format from the
content, never the suffix alone; ``into_library.import_file`` writes it. Our own JSON backup keeps its own
streaming reader (``backup_file.py``) and is restored by ``backup.restore``.
"""

from __future__ import annotations

from pathlib import Path

from qtapp.errors import UserError
from qtapp.library.importers.formats import FORMATS, ORIGINS
from qtapp.translatable import N_

TYPE_CHECKING = False
if TYPE_CHECKING:
    from qtapp.library.importers.records import Parsed


# The parsers (and rispy) load when a file is read: the window imports this package for FORMATS alone.
def detect(path: str | Path) -> str:
    """The format of ``path`` by what it holds (``detection.py``); a clear error when it is none of ours."""
    from qtapp.library.importers.detection import detect as by_content

    return by_content(path)


def read(path: str | Path, fmt: str) -> Parsed:
    """Highlights of a foreign file in ``fmt`` (any format of FORMATS but "json")."""
    from qtapp.library.importers import hypothesis, kindle, readwise, ris, w3c
    from qtapp.library.importers.files import json_of, text_of

    path = Path(path)
    if fmt in ("hypothesis", "w3c"):
        data = json_of(path)
        return hypothesis.parse(data) if fmt == "hypothesis" else w3c.parse(data)
    parsers = {"kindle": kindle.parse, "readwise": readwise.parse, "ris": ris.parse}
    if fmt not in parsers:
        raise UserError(N_("Import", "unknown import format {fmt!r}: use one of {formats}")
                        .format(fmt=fmt, formats=', '.join(FORMATS)))
    return parsers[fmt](text_of(path))


__all__ = ["FORMATS", "ORIGINS", "detect", "read"]
