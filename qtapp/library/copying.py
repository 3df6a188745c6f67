"""Copy to Team Library / Copy to My Library: chosen quotes, with their articles, into another library.

It is the JSON backup's round trip in memory (``backup.article_entry``/``quote_entry`` out of one
library, ``backup.restore`` into the other), so both backends take it and the rules are the backup's:
an article already there (the same canonical text) is reused with the target's own corrections kept,
a quote already there (the same uuid, e.g. copied before) is counted and not added twice. All of it
is kept or none (one transaction in the target).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from qtapp import __version__
from qtapp.library.backup import ImportResult, article_entry, quote_entry, restore
from qtapp.library.backup_file import FORMAT, VERSION
from qtapp.library.stamps import now


def copy_quotes(source: Any, target: Any, quote_ids: Iterable[int]) -> ImportResult:
    """Copy these quotes of ``source`` (either backend) and their articles into ``target``."""
    records = [source.quotes.get(quote_id) for quote_id in dict.fromkeys(quote_ids)]
    records = [r for r in records if not r.article.damaged and r.deleted_at is None]
    article_ids = list(dict.fromkeys(r.article_id for r in records))
    articles = [source.articles.get(article_id) for article_id in article_ids]
    data = {"format": FORMAT, "version": VERSION, "app": f"quoteclip {__version__}", "exported": now(),
            "articles": [article_entry(a) for a in articles], "quotes": [quote_entry(r) for r in records]}
    return restore(target, data)
