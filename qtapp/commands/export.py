"""``quoteclip quotes export|cite|import``: quotes out of the library in many formats, and back in.

Exports go to stdout without ``-o``; with it they are written atomically (a failed write leaves the old
file as it was); ``--per-article`` writes a Markdown note per article into the folder ``-o`` names, each
note so. A damaged article is left out with its quotes, said on stderr, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from qtapp.errors import UserError
from qtapp.library import backup, opening
from qtapp.library.atomic import write_atomic
from qtapp.library.citation import cite
from qtapp.library.contract import Backend
from qtapp.library.export_target import check_export_target
from qtapp.library.exporters.formats import (
    CREATOR,
    FILE_TARGETS,
    FORMATS,
    PER_ARTICLE,
    SOURCES,
    STYLE,
    TEMPLATE,
    ExportFormat,
    find,
)
from qtapp.library.records import QuoteRecord


def export(args: argparse.Namespace) -> int:
    fmt = find(args.format)
    if getattr(args, "per_article", False):
        return export_notes(args)
    with opening.open_library() as library:
        if args.output:
            check_export_target(args.output, library.path)  # before any work: refusing is instant
        if args.article is not None:
            library.articles.get(args.article)  # an unknown id is an error, not an empty file
        writer = fmt.writer()
        write: Callable[[TextIO], object]
        if fmt.whole_articles:
            def write(out: TextIO) -> object:
                return writer.write_library(library, out, article_id=args.article)
        else:
            quotes = readable(library.quotes.stream(article_id=args.article))
            options = export_options(fmt, args, library)

            def write(out: TextIO) -> object:
                return writer.write(quotes, out, **options)
        if args.output:
            write_atomic(args.output, write, encoding=writer.ENCODING, newline=writer.NEWLINE)
        else:
            write(sys.stdout)
        return report_damage(library)


def export_options(fmt: ExportFormat, args: argparse.Namespace, library: Backend) -> dict[str, Any]:
    """The options the user gave, checked against what ``fmt`` takes, and the library's text for the
    formats whose selectors count in it."""
    given = {STYLE: getattr(args, "style", None), TEMPLATE: getattr(args, "template", None),
             CREATOR: getattr(args, "creator", None), FILE_TARGETS: getattr(args, "file_targets", False)}
    for option, value in given.items():
        if value and not fmt.takes(option):
            takers = ", ".join(f.key for f in FORMATS if f.takes(option))
            raise UserError(f"--{option.replace('_', '-')} is for {takers} only, not {fmt.key}")
    options = {option: value for option, value in given.items() if value}
    if TEMPLATE in options:
        from qtapp.library.exporters.md_template import load_template

        options[TEMPLATE] = load_template(str(options[TEMPLATE]))
    if fmt.takes(SOURCES):
        options[SOURCES] = library.articles.get
    return options


def export_notes(args: argparse.Namespace) -> int:
    """``--per-article``: a Markdown note per article in a folder, each note written atomically."""
    from qtapp.library.exporters.markdown import write_notes

    fmt = find(args.format)
    if not fmt.takes(PER_ARTICLE) or not args.output:
        raise UserError("--per-article writes Markdown notes into a folder: use it with --format md "
                        "and -o FOLDER")
    with opening.open_library() as library:
        if args.article is not None:
            library.articles.get(args.article)
        quotes = readable(library.quotes.stream(article_id=args.article))
        options = export_options(fmt, args, library)
        write_notes(quotes, args.output, check=lambda path: check_export_target(path, library.path), **options)
        return report_damage(library)


def readable(quotes: Iterable[QuoteRecord]) -> Iterator[QuoteRecord]:
    """The quotes whose article can be read; the others are reported after (``report_damage``)."""
    return (quote for quote in quotes if not quote.article.damaged)


def report_damage(library: Backend) -> int:
    """Say which damaged articles (and their quotes) were left out; 1 if any was, else 0."""
    found = library.articles.damaged()
    for error in found:
        print(f"quoteclip: skipped: {error}", file=sys.stderr)
    return 1 if found else 0


def cite_quote(args: argparse.Namespace) -> int:
    with opening.open_library() as library:
        quote = library.quotes.get(args.id)
        text = library.articles.get(quote.article.id).article.text
    citation = cite(quote, args.style, text=text)
    print(citation.plain())
    return 0


def import_backup(args: argparse.Namespace) -> int:
    """Any import format (``qtapp.library.importers``); a backup is checked before the library opens."""
    from qtapp.library.importers import detect
    from qtapp.library.importers.into_library import import_file

    fmt = getattr(args, "format", None) or detect(args.file)
    if fmt == "json":
        backup.load(args.file)  # a bad header is said before the library is touched
    with opening.open_library() as library:
        result = import_file(library, args.file, fmt)
    print(result.summary())
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "export":
        return export(args)
    if args.action == "cite":
        return cite_quote(args)
    return import_backup(args)
