"""A lazily compiled pattern answers as ``re.compile`` would, and compiles only when first used."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from qtapp.article.lazy_patterns import compile_lazily

SOURCE = r"(?P<word>[A-Z]\w+)\s+(?:said|says)"
TEXT = "Ana Costa said so; then Rui says no, and Eva said it."


def test_each_method_answers_as_the_compiled_pattern() -> None:
    lazy, plain = compile_lazily(SOURCE), re.compile(SOURCE)
    assert lazy.search(TEXT).span() == plain.search(TEXT).span()  # type: ignore[union-attr]
    assert lazy.match(TEXT) is None and plain.match(TEXT) is None
    assert [m.group("word") for m in lazy.finditer(TEXT)] == ["Costa", "Rui", "Eva"]
    assert lazy.findall(TEXT) == plain.findall(TEXT)
    assert lazy.sub("X", TEXT) == plain.sub("X", TEXT)
    assert lazy.split(TEXT) == plain.split(TEXT)
    assert lazy.groupindex == plain.groupindex and lazy.pattern == SOURCE


def test_flags_are_kept() -> None:
    assert compile_lazily(r"costa", re.IGNORECASE).search(TEXT) is not None
    assert compile_lazily(r"costa").search(TEXT) is None


def test_nothing_is_compiled_until_first_use_and_then_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = re.compile

    def counting(source: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(source)
        return real(source, flags)

    monkeypatch.setattr(re, "compile", counting)
    lazy = compile_lazily(SOURCE + "!?")
    assert calls == []
    for _ in range(3):
        assert lazy.search(TEXT) is not None
    assert lazy.findall(TEXT)
    assert calls == [SOURCE + "!?"]


def test_importing_the_parser_leaves_the_speaker_rules_large_patterns_uncompiled() -> None:
    """The point of it: a fresh process that imports the parser has not compiled them yet (a pattern's
    ``search`` slot is filled when it is compiled; reading the slot itself compiles nothing)."""
    probe = ("import qtapp.article.parser\n"
             "from qtapp.article.quotations import subjects\n"
             "def compiled(p):\n"
             "    try:\n"
             "        type(p).__dict__['search'].__get__(p)\n"
             "    except AttributeError:\n"
             "        return False\n"
             "    return True\n"
             "print([compiled(p) for p in (subjects.SUBJECT_WHOLE, subjects.SUBJECT_AFTER, subjects._RELATIVE)])\n"
             "subjects.SUBJECT_WHOLE.match(' she ')\n"
             "print(compiled(subjects.SUBJECT_WHOLE))\n")
    done = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    assert done.stdout.split("\n")[:2] == ["[False, False, False]", "True"]
