"""``quoteclip parse FILE [--json]``: the article as the parser sees it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from qtapp.article import load_article
from qtapp.article.field_checks import unsure_reason
from qtapp.article.model import Article, block_rules


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
            _explain(article, data, found_by)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    authors = "; ".join(a.name + (f" ({a.description})" if a.description else "") for a in article.authors)
    for label, key, value in (("title", "title", article.title), ("authors", "authors", authors),
                              ("publisher", "publisher", article.publisher),
                              ("reprinted by", "reprinted_by", article.reprinted_by),
                              ("series", "series", article.series), ("date", "date", article.date),
                              *((("editor's note", "editors_note", _preview(article.editors_note)),
                                 ("disclaimer", "disclaimer", _preview(article.disclaimer))) if args.explain else ())):
        rule = f"   [{article.found_by[key]}]" if args.explain and key in article.found_by else ""
        doubt = unsure_reason(article.found_by.get(key)) if value else None
        print(f"{label:>13}: {value or '—'}{rule}" + (f"\n{'':>15}check it: {doubt}" if doubt else ""))
    print()
    rules = block_rules(article.blocks) if args.explain else []
    for number, block in enumerate(article.blocks):
        why = f"   [{' via '.join(rules[number])}]" if args.explain and rules[number] else ""
        print(f"{number:3} {block.kind:<13} {_preview(block.text)}{why}")
    for quotation in article.quotations:
        if quotation.speaker:
            print(f"\nquote by {quotation.speaker}: “{quotation.text}”")
    if article.dropped and args.explain:
        print("\ndropped:")
        for text, by in zip(article.dropped, _dropped_rules(article), strict=True):
            print(f"    {_preview(text)}   [{' via '.join(by) or 'unknown'}]")
    elif article.dropped:
        print(f"\ndropped: {', '.join(article.dropped)}")
    return 0


def _preview(text: str | None) -> str | None:
    return text if text is None or len(text) <= 70 else text[:67] + "…"


def _dropped_rules(article: Article) -> list[tuple[str, ...]]:
    """The rules that dropped each line of ``article.dropped``; () for a line no rule is known for."""
    known = article.dropped_by if len(article.dropped_by) == len(article.dropped) else []
    return known or [() for _ in article.dropped]


def _explain(article: Article, data: dict[str, Any], found_by: dict[str, str]) -> None:
    """Which rule found each field, and which rules decided each block's kind and dropped each chrome line
    (the block rule first, then the rule of the shape it went by: ["block.caption", "caption.…"])."""
    data["found_by"] = found_by
    for block, rules in zip(data["blocks"], block_rules(article.blocks), strict=True):
        block["rules"] = list(rules)
    data["dropped_by"] = [{"text": text, "rules": list(by)}
                          for text, by in zip(article.dropped, _dropped_rules(article), strict=True)]
