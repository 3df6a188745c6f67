"""The start-up rule is written once (``qtapp/__init__.py``) and the code does not repeat it.

A function-local import means "not needed at start-up"; one local for another reason says so with
``# not for start-up:``. Start-up costs in milliseconds live in ``benchmarks/README.md``, not in comments.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import qtapp

PACKAGE = Path(qtapp.__file__).parent
# A comment that quotes what loading something costs at start-up.
COST = re.compile(r"\d\s?ms\b.*\b(start-up|startup|import|load)|\b(start-up|startup|import|load)\w*\b.*\d\s?ms\b",
                  re.IGNORECASE)
# The speaker work is rewriting this module in parallel; its one such comment goes with that work.
NOT_YET = {"article/quotations/people.py"}


def _sources() -> list[tuple[str, str]]:
    return [(str(p.relative_to(PACKAGE)), p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))]


def _comments(source: str, *, standalone: bool = False) -> dict[int, str]:
    """Line → comment; with ``standalone`` only comments on a line of their own."""
    return {token.start[0]: token.string for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT and (not standalone or token.line.lstrip().startswith("#"))}


def local_import_comments(source: str) -> list[tuple[int, str]]:
    """(line, comment) on or just above each import inside a function, unless it gives another reason."""
    comments, above = _comments(source), _comments(source, standalone=True)
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    for line in (inner.lineno - 1, *range(inner.lineno, (inner.end_lineno or inner.lineno) + 1)):
                        comment = (above if line < inner.lineno else comments).get(line)
                        if comment and not comment.startswith("# not for start-up:"):
                            found.append((line, comment))
    return found


def test_function_local_imports_carry_no_restated_reason() -> None:
    found = [f"{name}:{line}: {comment}" for name, source in _sources()
             for line, comment in local_import_comments(source)]
    assert not found, "the start-up rule says why (qtapp/__init__.py):\n" + "\n".join(found)


def test_no_comment_quotes_a_start_up_cost() -> None:
    found = [f"{name}:{line}: {comment}" for name, source in _sources() if name not in NOT_YET
             for line, comment in _comments(source).items() if COST.search(comment)]
    assert not found, "\n".join(found)


def test_the_checks_catch_what_they_are_for() -> None:
    restated = "def f():\n    import json  # deferred: only saving needs it\n"
    other = "def f():\n    # not for start-up: a cycle at import time\n    from a import b\n"
    assert local_import_comments(restated) == [(2, "# deferred: only saving needs it")]
    assert local_import_comments(other) == []
    assert COST.search("# importing it costs ~17 ms") and COST.search("# ~8 ms of start-up, measured")
    assert not COST.search("# ~22 ms -> ~1 ms for a prefix query")
    assert "start-up rule" in (qtapp.__doc__ or "")
