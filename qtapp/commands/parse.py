"""``quoteclip parse FILE [--json]``: the article as the parser sees it."""

from __future__ import annotations

import argparse
import json
import sys

from qtapp.article import load_article


def run(args: argparse.Namespace) -> int:
    article = load_article(args.file)
    if article.encoding_warning:
        print(f"quoteclip: {args.file}: {article.encoding_warning}", file=sys.stderr)
    if args.json:
        json.dump(article.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    authors = "; ".join(a.name + (f" ({a.description})" if a.description else "") for a in article.authors)
    for label, value in (("title", article.title), ("authors", authors), ("publisher", article.publisher),
                         ("reprinted by", article.reprinted_by), ("series", article.series),
                         ("date", article.date)):
        print(f"{label:>13}: {value or '—'}")
    print()
    for number, block in enumerate(article.blocks):
        preview = block.text if len(block.text) <= 70 else block.text[:67] + "…"
        print(f"{number:3} {block.kind:<13} {preview}")
    for quotation in article.quotations:
        if quotation.speaker:
            print(f"\nquote by {quotation.speaker}: “{quotation.text}”")
    if article.dropped:
        print(f"\ndropped: {', '.join(article.dropped)}")
    return 0
