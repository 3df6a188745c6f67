"""The one table of export formats: the command line's ``--format`` choices, the Export dialog's list,
the file suffixes and the writers all read it, so a new format is one row here and one module.

No Qt and no exporter is imported here: the window reads the table to fill its dialog, and only the
chosen format's module is loaded, when the export starts.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from qtapp.translatable import N_

# What a writer may be given beyond the quotes, each only to the formats that name it:
STYLE = "style"  # the citation style (Markdown's reference line, CSL-JSON's rendered item)
TEMPLATE = "template"  # a user's Jinja2 template for the Markdown note
PER_ARTICLE = "per_article"  # a note per article in a folder, instead of one file
SOURCES = "sources"  # the articles' stored text, so selectors count in the source they name
FILE_TARGETS = "file_targets"  # a local file may stand as the annotation's target (off unless asked)
CREATOR = "creator"  # the user's name, as the annotations' creator


class ExportFormat:
    """One row of the table. ``module`` is under ``qtapp.library.exporters``; a format that is
    ``whole_articles`` (the JSON backup) writes from the library itself, never from chosen rows.

    A plain class, not a dataclass: ``quoteclip quotes list`` builds its parser from this table and
    must not load the dataclasses machinery (tests/library/test_listing.py counts what it loads).
    """

    __slots__ = ("about", "key", "module", "name", "options", "suffix", "use", "whole_articles")

    def __init__(self, key: str, name: str, use: str, suffix: str, module: str,
                 options: frozenset[str] = frozenset(), *, whole_articles: bool = False, about: str = "") -> None:
        self.key, self.name, self.use, self.suffix, self.module = key, name, use, suffix, module
        self.options, self.whole_articles, self.about = options, whole_articles, about

    def __repr__(self) -> str:
        return f"ExportFormat({self.key!r})"

    @property
    def label(self) -> str:
        """What the dialog lists: "Markdown (Obsidian, notes)"."""
        return f"{self.name} ({self.use})"

    def takes(self, option: str) -> bool:
        return option in self.options

    def writer(self) -> ModuleType:
        """The exporter: ``write``, ``ENCODING`` and ``NEWLINE`` (``write_library`` when whole_articles)."""
        return importlib.import_module(f"qtapp.library.exporters.{self.module}")


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("md", "Markdown", "Obsidian, notes", ".md", "markdown", frozenset({STYLE, TEMPLATE, PER_ARTICLE}),
                 about="Each quote a blockquote with its attribution, a link back to the passage "
                       "(quoteclip://quote/ID), an Obsidian block id, its note and tags; one note per article "
                       "with YAML front matter, or one file. Your own Jinja2 template can replace the layout."),
    ExportFormat("csv", "CSV", "spreadsheets", ".csv", "csv_export",
                 about="A row per quote; a cell that a spreadsheet would run as a formula starts with an "
                       "apostrophe."),
    ExportFormat("json", "JSON backup", "QuoteClip import", ".json", "backup_json", whole_articles=True,
                 about="Whole articles (their text and corrections) with their quotes: what `quotes import` "
                       "restores."),
    ExportFormat("csl-json", "CSL-JSON", "Zotero, Pandoc", ".json", "csl_json", frozenset({STYLE}),
                 about="One item per source a citation names, in the citation style chosen for Copy Citation; "
                       "the quotes, notes and tags in the note field."),
    ExportFormat("ris", "RIS", "reference managers", ".ris", "ris",
                 about="An entry per article; each quote a note that keeps its lines."),
    ExportFormat("bibtex", "BibTeX", "LaTeX", ".bib", "bibtex",
                 about="Classic BibTeX and biblatex fields, capitals braced; quotes and notes in annote."),
    ExportFormat("w3c", "W3C Web Annotation", "JSON-LD", ".jsonld", "w3c",
                 frozenset({SOURCES, FILE_TARGETS, CREATOR}),
                 about="An annotation per quote: selectors that count in the article's own text (or in the "
                       "paragraph they name), its title, the attribution, your name as creator if you give it."),
    ExportFormat("hypothesis", "Hypothesis JSON", "Hypothesis annotations", ".json", "hypothesis",
                 frozenset({SOURCES, FILE_TARGETS, CREATOR}),
                 about="Rows as Hypothesis' API returns them: uri, text (the note), tags, selectors, "
                       "document title, times and user."),
)
BY_KEY = {fmt.key: fmt for fmt in FORMATS}
KEYS = tuple(BY_KEY)


def find(key: str) -> ExportFormat:
    """The format ``key`` names; a ValueError listing the known keys otherwise."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValueError(N_("Export", "no export format {key!r}; choose one of {keys}")
                         .format(key=key, keys=', '.join(KEYS))) from None
