"""Tests wait on signals or conditions, never on the clock (STYLE.md habit 12).

``qtbot.wait``/``qWait`` and a ``time.sleep`` in a test's own body are a guess at how long something
takes: too short on a busy machine, too long everywhere else. A fake that stands in for slow work (a
slow server, a copy that takes a while, a kill landed at a random point) may sleep: that is the
behaviour under test, not the test waiting, so only sleeps in a ``test_`` function's own statements fail.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent
CLOCK_WAITS = {"wait", "qWait"}  # qtbot.wait(ms), QTest.qWait(ms), any wait for a fixed number of ms


def _own_statements(function: ast.FunctionDef) -> list[ast.AST]:
    """The function's nodes, not those of the functions and lambdas it defines."""
    out: list[ast.AST] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        out.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return out


def clock_waits(source: str) -> list[int]:
    """Lines of ``qtbot.wait(...)``/``qWait(...)`` anywhere, and of ``time.sleep`` in a test's own body."""
    tree = ast.parse(source)
    lines = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Attribute) and node.func.attr in CLOCK_WAITS
             and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, int)]
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name.startswith("test_"):
            lines += [node.lineno for node in _own_statements(function) if isinstance(node, ast.Call)
                      and isinstance(node.func, ast.Attribute) and node.func.attr == "sleep"]
    return sorted(lines)


def test_no_test_waits_on_the_clock() -> None:
    found = [f"{path.relative_to(TESTS)}:{line}" for path in sorted(TESTS.rglob("*.py"))
             if path.name != "test_no_sleeps.py"
             for line in clock_waits(path.read_text(encoding="utf-8"))]
    assert not found, "wait with qtbot.waitUntil / waitSignal instead:\n" + "\n".join(found)


def test_the_check_tells_a_wait_from_a_slow_fake() -> None:
    assert clock_waits("def test_a(qtbot):\n    qtbot.wait(100)\n") == [2]
    assert clock_waits("def test_a():\n    QTest.qWait(5)\n") == [2]
    assert clock_waits("import time\ndef test_a():\n    time.sleep(0.1)\n") == [3]
    assert clock_waits("def test_a(monkeypatch):\n    def slow(*a):\n        time.sleep(2)\n") == []
    assert clock_waits("def test_a(qtbot):\n    qtbot.waitUntil(lambda: True)\n    thread.wait(5)\n") == [3]
