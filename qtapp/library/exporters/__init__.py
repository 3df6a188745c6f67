"""Exporters, one module per format, each ``write(records, out, progress=None, **options)``.

They read quote records (store records or ``quotes list --json`` dicts), never the database; the JSON
backup, which needs articles' source text, lives in ``qtapp.library.backup``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

MODULES = {"md": "markdown", "csv": "csv_export", "csl-json": "csl_json", "ris": "ris",
           "bibtex": "bibtex", "w3c": "w3c"}
SUFFIXES = {"md": ".md", "csv": ".csv", "json": ".json", "csl-json": ".json", "ris": ".ris",
            "bibtex": ".bib", "w3c": ".jsonld"}


def module(fmt: str) -> ModuleType:
    """The exporter for ``fmt``: its ``write``, ``ENCODING`` and ``NEWLINE``."""
    if fmt not in MODULES:
        raise ValueError(f"no exporter for {fmt!r}")
    return importlib.import_module(f"qtapp.library.exporters.{MODULES[fmt]}")
