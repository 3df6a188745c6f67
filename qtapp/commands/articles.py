"""``quoteclip articles list`` and ``quoteclip articles edit``: see and correct article details."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from datetime import date
from typing import Any

from qtapp.errors import UserError
from qtapp.library import opening
from qtapp.library.records import ArticleRecord

_FIELDS = (("title", "title"), ("date", "date"), ("url", "url"), ("publisher", "publisher"),
           ("reprinted_by", "reprinted_by"))


def check_day(value: str) -> str:
    """The command line promises YYYY-MM-DD: a real calendar day, nothing looser."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise UserError(f"--date {value!r} is not YYYY-MM-DD (for example 2024-07-02)")
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise UserError(f"--date {value} is not a real day ({error})") from error
    return value


def _names(record: ArticleRecord) -> str:
    from qtapp.library.attribution import author_names

    return author_names(record.article)


def list_articles(args: argparse.Namespace) -> int:
    with opening.open_for_reading() as library:
        records = library.articles.all()
        damaged = library.articles.damaged()  # left out of the list, said on stderr: the rest still lists
    for error in damaged:
        print(f"quoteclip: skipped: {error}", file=sys.stderr)
    code = 1 if damaged else 0
    if args.json:
        json.dump([r.to_json() for r in records], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return code
    if not records:
        print("No articles yet. Save a quote with 'quoteclip quotes add FILE --text ...'." if not damaged
              else "No readable articles.")
        return code
    from qtapp.commands.quotes import STUB_NOTE
    from qtapp.library.importers.formats import ORIGINS

    print(f"{'ID':>5}  {'QUOTES':>6}  {'DATE':<10}  {'AUTHORS':<20}  TITLE")
    stubs = False
    for r in records:
        a = r.article
        outlet = " · ".join(x for x in (a.publisher, a.reprinted_by and f"reprinted by {a.reprinted_by}") if x)
        # A stub is marked as in `quotes list`, and says where it came from: its "text" is only its quotes.
        ident = f"{r.id}*" if r.stub else f"{r.id} "
        origin = f"  (imported from {ORIGINS.get(r.stub, r.stub)})" if r.stub else ""
        stubs = stubs or bool(r.stub)
        print(f"{ident:>5}  {r.quote_count:>6}  {a.date or '—':<10}  {_names(r) or '—':<20}  "
              f"{a.title or '(untitled)'}" + (f"  [{outlet}]" if outlet else "") + origin)
    if stubs:
        print(STUB_NOTE)
    return code


def _author_change(record: ArticleRecord, args: argparse.Namespace) -> list[dict[str, Any]] | None:
    """The first author with the given family/given/order changes; the others unchanged."""
    if args.author_family is None and args.author_given is None and args.family_first is None:
        return None
    authors = [asdict(a) for a in record.article.authors] or [
        {"name": "", "family": None, "given": None, "description": None, "family_first": False}]
    first = authors[0]
    if args.author_family is not None:
        first["family"] = args.author_family.strip() or None
    if args.author_given is not None:
        first["given"] = args.author_given.strip() or None
    if args.family_first is not None:
        first["family_first"] = args.family_first == "yes"
    if first["family"] or first["given"]:
        parts = [first["family"], first["given"]] if first["family_first"] else [first["given"],
                                                                                first["family"]]
        first["name"] = " ".join(p for p in parts if p)
    return authors


def edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    for option, key in _FIELDS:
        value = getattr(args, option)
        if value is not None:
            changes[key] = value.strip()
    if changes.get("date"):
        check_day(changes["date"])
    with opening.open_library() as library:
        record = library.articles.get(args.id)
        authors = _author_change(record, args)
        if authors is not None:
            changes["authors"] = authors
        if not changes:
            raise UserError("nothing to change: give --title, --date, --url, --publisher, --reprinted-by "
                            "or --author-family/--author-given/--family-first")
        record = library.articles.correct(args.id, **changes)
    a = record.article
    print(f"Article {record.id}: {a.title or '(untitled)'} — {_names(record) or 'no author'}, "
          f"{a.publisher or 'no publisher'}, {a.date or 'no date'}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return list_articles(args)
    return edit(args)
