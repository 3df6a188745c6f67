"""``quoteclip parse FILE [--json]``: the article as the parser sees it."""

from __future__ import annotations

import argparse
import json
import sys

from qtapp.article import load_article


def run(args: argparse.Namespace) -> int:
    if args.file.lstrip()[:8].lower().startswith(("http://", "https://")):
        from qtapp.article import fetching

        article = fetching.read_fetched(fetching.fetch(args.file))[0]  # the page the user asked for: one request
    else:
        article = load_article(args.file)
    if article.encoding_warning:
        print(f"quoteclip: {args.file}: {article.encoding_warning}", file=sys.stderr)
    if args.json:
        data = article.to_json()
        found_by = data.pop("found_by")
        if args.explain:
            data["found_by"] = found_by
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    authors = "; ".join(a.name + (f" ({a.description})" if a.description else "") for a in article.authors)
    for label, key, value in (("title", "title", article.title), ("authors", "authors", authors),
                              ("publisher", "publisher", article.publisher),
                              ("reprinted by", "reprinted_by", article.reprinted_by),
                              ("series", "series", article.series), ("date", "date", article.date)):
        rule = f"   [{article.found_by[key]}]" if args.explain and key in article.found_by else ""
        print(f"{label:>13}: {value or '—'}{rule}")
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
