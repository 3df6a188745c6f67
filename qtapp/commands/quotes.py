"""``quoteclip quotes add`` and ``quoteclip quotes list``: the library from the command line."""

from __future__ import annotations

import argparse
import re
import sys

from qtapp.errors import UserError

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from typing import Any

    from qtapp.library.listing import Row
    from qtapp.library.records import QuoteRecord


def find_span(text: str, passage: str, occurrence: int | None, where: str) -> tuple[int, int]:
    """Locate ``passage`` in ``text`` (blanks may differ); refuse when absent or ambiguous."""
    words = passage.split()
    if not words:
        raise UserError("--text is empty; give the exact passage to save")
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not found:
        raise UserError(f"the text {_short(passage)!r} is not in {where}; copy it exactly from the article")
    if occurrence is None:
        if len(found) > 1:
            raise UserError(f"the text {_short(passage)!r} appears {len(found)} times in {where}; "
                            f"say which with --occurrence 1..{len(found)}")
        return found[0]
    if not 1 <= occurrence <= len(found):
        raise UserError(f"--occurrence {occurrence} is out of range: the text appears {len(found)} "
                        f"time{'s' if len(found) != 1 else ''} in {where}")
    return found[occurrence - 1]


def _short(text: str, width: int = 60) -> str:
    # Collapsing blanks in a head of the text is enough when it still fills the width; a long listing
    # would otherwise split every passage whole.
    head = " ".join(text[: width * 3].split())
    flat = head if len(head) > width or len(text) <= width * 3 else " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from qtapp.article.loader import read_article
    from qtapp.library import opening

    path = Path(args.file)
    article, source = read_article(path)  # the source is kept so quotes can be re-checked later
    start, end = find_span(article.text, args.text, args.occurrence, str(path))
    with opening.open_library() as library:
        article_id = library.articles.add(article, source, str(path.resolve()))
        if not team_library():  # stubs come from imports, which are a personal library's for now
            _adopt_stubs(library, article_id)
        existing = library.quotes.find_duplicate(article_id, start, end)
        if existing is not None:
            quote = library.quotes.get(existing)
            print(f"{quote.id}\t{quote.attribution}\t(already saved)")
            return 0
        quote_id = library.quotes.add(article_id, start, end, note=args.note or "", tags=args.tags,
                                      color=args.color)
        quote = library.quotes.get(quote_id)
    print(f"{quote.id}\t{quote.attribution}")
    return 0


def team_library() -> bool:
    """This run's library is a team library on a server (``--library postgresql://…``)."""
    from qtapp import paths
    from qtapp.library.postgres.target import is_team_library

    return is_team_library(paths.library_file())


def _adopt_stubs(library: Any, article_id: int) -> None:
    """Quotes imported for this article without its text move into it (see ``importers/adopt.py``)."""
    from qtapp.library.importers.adopt import adopt, pending

    if pending(library, article_id):
        print(f"quoteclip: {adopt(library, article_id).summary()}", file=sys.stderr)


def table(quotes: list[QuoteRecord] | list[Row]) -> str:
    """A plain table for people: id, article, whose words, the passage, tags."""
    lines = [f"{'ID':>5}  {'ART':>4}  {'WHOSE WORDS':<22}  {'TEXT':<50}  TAGS"]
    shown: dict[str | None, str] = {}  # few distinct speakers: format each once
    stubs = False
    for q in quotes:
        stub = q.article.stub if hasattr(q, "article") else q.stub  # a QuoteRecord's, or a Row's
        whose = q.speaker if q.voice == "speaker" else (q.who if q.voice == "editors" else "author")
        if whose not in shown:
            shown[whose] = f"{_short(whose or '', 22):<22}"
        tags = q.tags if isinstance(q.tags, str) else ", ".join(q.tags)  # a Row's come joined
        article = f"{q.article_id}*" if stub else f"{q.article_id} "
        stubs = stubs or bool(stub)
        lines.append(f"{q.id:>5}  {article:>5} {shown[whose]}  {_short(q.exact, 50):<50}  {tags}")
    if stubs:
        lines.append(STUB_NOTE)
    return "\n".join(lines)


# The marker of a stub article in the table, and what it means.
STUB_NOTE = ("* imported without the article's text (a stub): open the article itself and its quotes move "
             "into it")


TABLE_LIMIT = 50  # a screenful or two: the table is for people; --all or --limit for more


def list_quotes(args: argparse.Namespace) -> int:
    """Newest first, or best match first with ``--search``; the table stops at ``TABLE_LIMIT`` rows."""
    limit: int | None = None if args.all else args.limit
    if limit is None and not args.all and not args.json:
        limit = TABLE_LIMIT
    quotes: list[QuoteRecord] | list[Row] | None = None
    total = 0
    damaged: list[Exception] = []
    if not args.json:  # the table needs no records: the quick read-only path (listing.py), if it can
        from qtapp import paths
        from qtapp.library.listing import quick_listing

        listed = quick_listing(paths.library_file(), args.search, args.article, limit)
        if listed is not None:
            quotes, total = listed
    if quotes is None:
        from qtapp.library import opening

        with opening.open_for_reading() as library:
            if args.article is not None:
                library.articles.get(args.article)  # an unknown id is an error, not an empty list
            quotes = library.quotes.find(search=args.search, article_id=args.article, limit=limit,
                                         newest_first=True)
            total = len(quotes)
            if limit is not None and total == limit:
                total = library.quotes.count(search=args.search, article_id=args.article)
            damaged = list(library.articles.damaged())
    if damaged:  # their quotes carry no article to cite: left out of --json, said on stderr
        from qtapp.library import records as stored

        kept: list[QuoteRecord] = [q for q in quotes if isinstance(q, stored.QuoteRecord) and not q.article.damaged]
        total -= len(quotes) - len(kept)
        quotes = kept
        for error in damaged:
            print(f"quoteclip: skipped: {error}", file=sys.stderr)
    if args.json:
        import json

        records: list[QuoteRecord] = quotes  # type: ignore[assignment]  # --json always takes the full path
        json.dump([q.to_json() for q in records], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif quotes:
        print(table(quotes))
    else:
        print("No quotes" + (" match." if args.search or args.article is not None else
                             " yet. Save one with 'quoteclip quotes add FILE --text ...'."))
    if total > len(quotes):
        order = "best matches first" if args.search else "newest first"
        print(f"Showing {len(quotes):,} of {total:,} quotes, {order}; --limit N or --all for more.",
              file=sys.stderr)
    return 1 if damaged else 0


def run(args: argparse.Namespace) -> int:
    if args.action == "add":
        return add(args)
    return list_quotes(args)
