"""The parse cache answers a reopened file from disk, and never serves a stale or broken entry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qtapp.article import parse_cache
from qtapp.article.loader import parse_bytes as parse_directly

TEXT = (b"A title\n\nBy Ana Costa | May 3, 2024\n\n\"We will go,\" said Dr. Ana Costa, a physician.\n\n"
        b"Another paragraph that goes on for a while.")


def entries() -> list[Path]:
    folder = parse_cache.paths.cache_dir() / "articles"
    return sorted(folder.glob("*.json")) if folder.exists() else []


def test_a_second_open_is_read_back_identical() -> None:
    first = parse_cache.parse_bytes(TEXT)
    assert len(entries()) == 1
    again = parse_cache.parse_bytes(TEXT)
    assert again == first == parse_directly(TEXT)


def test_a_broken_entry_is_ignored_and_replaced() -> None:
    parse_cache.parse_bytes(TEXT)
    [entry] = entries()
    entry.write_text("{not json", encoding="utf-8")
    assert parse_cache.parse_bytes(TEXT) == parse_directly(TEXT)
    assert entry.read_text(encoding="utf-8").startswith("{\"title\"")


def test_a_changed_parser_gets_new_keys_and_the_old_entries_go(monkeypatch: pytest.MonkeyPatch) -> None:
    parse_cache.parse_bytes(TEXT)
    [old] = entries()
    monkeypatch.setattr(parse_cache, "parser_fingerprint", lambda: "another-parser")
    parse_cache.parse_bytes(TEXT)
    [new] = entries()  # the old parser's entry could never be served again: pruned
    assert new != old and "-another-parser-" in new.name


def test_the_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_cache, "MAX_ENTRIES", 3)
    for number in range(6):
        parse_cache.parse_bytes(TEXT + f"\n\nParagraph number {number} of the test.".encode())
    assert len(entries()) == 3


def test_a_cached_open_does_not_load_the_parser() -> None:
    parse_cache.parse_bytes(TEXT)
    code = ("import sys; from qtapp.article import parse_cache; a = parse_cache.parse_bytes(sys.stdin.buffer.read());"
            "assert a.authors[0].name == 'Ana Costa';"
            "assert 'qtapp.article.parser' not in sys.modules, 'parser imported'")
    result = subprocess.run([sys.executable, "-c", code], input=TEXT, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


def test_entries_are_private_and_tightened_when_older_ones_were_not() -> None:
    import stat

    parse_cache.parse_bytes(TEXT)
    [entry] = entries()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    entry.chmod(0o644)
    entry.parent.chmod(0o755)
    parse_cache.parse_bytes(TEXT + b"\n\nOne more paragraph.")
    assert {stat.S_IMODE(e.stat().st_mode) for e in entries()} == {0o600}
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700


def test_entries_older_than_the_limit_are_pruned_and_a_reopen_keeps_one_alive() -> None:
    import os
    import time

    parse_cache.parse_bytes(TEXT)
    [entry] = entries()
    month_ago = time.time() - (parse_cache.MAX_AGE_DAYS + 1) * 86400
    os.utime(entry, (month_ago, month_ago))
    parse_cache.parse_bytes(TEXT)  # a hit: used again, so no longer old
    assert entry.stat().st_mtime > month_ago
    os.utime(entry, (month_ago, month_ago))
    parse_cache.parse_bytes(TEXT + b"\n\nAnother file.")  # any store prunes
    assert entry not in entries() and len(entries()) == 1


def test_forget_removes_the_entry_of_an_article_by_its_text_hash() -> None:
    from qtapp.library.stamps import text_hash

    article = parse_cache.parse_bytes(TEXT)
    other = parse_cache.parse_bytes(TEXT + b"\n\nA different file.")
    assert len(entries()) == 2
    assert text_hash(article.text) == parse_cache.text_hash(article.text)
    parse_cache.forget([text_hash(article.text)])
    [left] = entries()
    assert left.name.endswith(f"-{text_hash(other.text)[:16]}.json")
    parse_cache.clear()
    assert entries() == []
