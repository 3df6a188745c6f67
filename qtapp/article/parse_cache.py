"""Parsed articles remembered between runs, so reopening an article skips the parser.

The window reopens the last article at every start; reading its parse back from JSON is cheaper than
compiling the parser's patterns and parsing again (and a 10 MB article comes back in a fraction of its
parse time). An entry is keyed by the file's bytes and by the parser's own source, so a changed rule
never serves a stale parse. The cache is only an accelerator: any problem with it falls back to parsing.
It holds whole article texts, so it is private (0600 in 0700), is pruned by age and by parser, and
goes with Clear Recent and with its article when the library drops one (``forget``).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from qtapp import paths
from qtapp.article.model import Article

MAX_ENTRIES = 64
MAX_AGE_DAYS = 30  # an article not opened for a month is parsed again, and its text does not linger
_SOURCES = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A hash of the article package's source: any edit to a reading rule gives new cache keys."""
    digest = hashlib.sha256()
    for source in sorted(_SOURCES.rglob("*.py")):  # the rule and speaker subpackages count too
        digest.update(source.relative_to(_SOURCES).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _key(data: bytes) -> str:
    return f"{hashlib.sha256(data).hexdigest()[:32]}-{parser_fingerprint()}"


def folder() -> Path:
    return paths.cache_dir() / "articles"


def _find(key: str) -> Path | None:
    """The entry for ``key``: named KEY-TEXTHASH.json, the text's hash telling which article it holds."""
    try:
        return next(folder().glob(f"{key}-*.json"), None)
    except OSError:
        return None


def parse_bytes(data: bytes) -> Article:
    """``qtapp.article.parse_bytes``, answered from the cache when this exact file was parsed before."""
    key = _key(data)
    entry = _find(key)
    if entry is not None:
        try:
            article = Article.from_json(json.loads(entry.read_text(encoding="utf-8")))
            os.utime(entry)  # in use: pruning by age keeps it
            return article
        except (OSError, ValueError, TypeError, KeyError):
            pass  # an entry we cannot read: parse
    from qtapp.article.loader import parse_bytes as parse

    article = parse(data)
    _store(key, article)
    return article


def text_hash(text: str) -> str:
    """The library's article hash (``store.text_hash``): an entry's name ends with its first 16 digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _store(key: str, article: Article) -> None:
    record = article.to_json() | {"encoding": article.encoding, "encoding_warning": article.encoding_warning}
    entry = folder() / f"{key}-{text_hash(article.text)[:16]}.json"
    try:
        paths.private_folder(entry.parent)  # whole article texts: 0600 files in a 0700 folder
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False))
        os.replace(temporary, entry)
        prune()
    except OSError:
        pass  # a full disk or a read-only cache only costs the next start a parse


def prune(now: float | None = None) -> None:
    """Keep the newest ``MAX_ENTRIES`` entries of this parser, none older than ``MAX_AGE_DAYS``."""
    cutoff = (time.time() if now is None else now) - MAX_AGE_DAYS * 86400
    current = f"-{parser_fingerprint()}-"
    entries = []
    for path in _entries():
        try:
            stat = path.stat()
        except OSError:
            continue
        if current not in path.name or stat.st_mtime < cutoff:  # another parser's: never served again
            path.unlink(missing_ok=True)
            continue
        if stat.st_mode & 0o077:
            os.chmod(path, 0o600)  # written by an older QuoteClip, readable by others
        entries.append((stat.st_mtime, path))
    entries.sort()
    for _, old in entries[:-MAX_ENTRIES]:
        old.unlink(missing_ok=True)


def forget(digests: Iterable[str]) -> None:
    """Remove the entries of articles that left the library (``digests``: their text hashes)."""
    ends = {f"-{d[:16]}.json" for d in digests}
    for path in _entries():
        if path.name[-22:] in ends:
            path.unlink(missing_ok=True)


def clear() -> None:
    """Remove every entry (Clear Recent: the texts of recently opened articles go with their names)."""
    for path in _entries():
        path.unlink(missing_ok=True)


def _entries() -> list[Path]:
    try:
        return list(folder().glob("*.json"))
    except OSError:
        return []
