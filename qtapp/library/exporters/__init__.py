"""Exporters, one module per format, each ``write(records, out, progress=None, **options)``.

They read quote records (store records or ``quotes list --json`` dicts), never the database; the JSON
backup, which needs articles' source text, lives in ``qtapp.library.backup``. Which formats exist, with
their suffixes and options, is the table in ``formats``.
"""

from __future__ import annotations

from types import ModuleType

from qtapp.library.exporters.formats import FORMATS, find

MODULES = {fmt.key: fmt.module for fmt in FORMATS if not fmt.whole_articles}
SUFFIXES = {fmt.key: fmt.suffix for fmt in FORMATS}


def module(fmt: str) -> ModuleType:
    """The exporter for ``fmt``: its ``write``, ``ENCODING`` and ``NEWLINE``."""
    return find(fmt).writer()
