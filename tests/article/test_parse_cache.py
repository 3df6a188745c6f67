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


def test_a_changed_parser_gets_new_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    parse_cache.parse_bytes(TEXT)
    monkeypatch.setattr(parse_cache, "parser_fingerprint", lambda: "another-parser")
    parse_cache.parse_bytes(TEXT)
    assert len(entries()) == 2


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
