"""Parsed articles remembered between runs, so reopening an article skips the parser.

The window reopens the last article at every start; reading its parse back from JSON is cheaper than
compiling the parser's patterns and parsing again (and a 10 MB article comes back in a fraction of its
parse time). An entry is keyed by the file's bytes and by the parser's own source, so a changed rule
never serves a stale parse. The cache is only an accelerator: any problem with it falls back to parsing.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from qtapp import paths
from qtapp.article.model import Article

MAX_ENTRIES = 64
_SOURCES = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A hash of the article package's source: any edit to a reading rule gives new cache keys."""
    digest = hashlib.sha256()
    for source in sorted(_SOURCES.rglob("*.py")):  # the rule and speaker subpackages count too
        digest.update(source.relative_to(_SOURCES).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _entry(data: bytes) -> Path:
    key = hashlib.sha256(data).hexdigest()[:32]
    return paths.cache_dir() / "articles" / f"{key}-{parser_fingerprint()}.json"


def parse_bytes(data: bytes) -> Article:
    """``qtapp.article.parse_bytes``, answered from the cache when this exact file was parsed before."""
    entry = _entry(data)
    try:
        return Article.from_json(json.loads(entry.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        pass  # no entry, or one we cannot read: parse
    from qtapp.article.loader import parse_bytes as parse  # the parser is imported only on a miss

    article = parse(data)
    _store(entry, article)
    return article


def _store(entry: Path, article: Article) -> None:
    record = article.to_json() | {"encoding": article.encoding, "encoding_warning": article.encoding_warning}
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, entry)
        _prune(entry.parent)
    except OSError:
        pass  # a full disk or a read-only cache only costs the next start a parse


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-MAX_ENTRIES]:
        old.unlink(missing_ok=True)
