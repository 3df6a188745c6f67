"""Memos for two lookups citeproc-py 0.11.1 repeats on every render, which dominate its time.

``get_macro`` runs an XPath query over the whole style for each macro call, and ``calls_variable``
(asked by every ``cs:group``) walks a macro's whole subtree each time. Both answers depend only on
the parsed style, which never changes once loaded, so they are kept per style root. Like the fixes,
this is pinned to the version it was written against and does nothing on any other.
"""

from __future__ import annotations

import weakref
from typing import Any

import citeproc
from citeproc import model

from qtapp.library.citation.citeproc_fixes import applies_to

_applied = False


class _Memo:
    """What one parsed style has answered: macro elements and whether each calls a variable."""

    __slots__ = ("calls", "macros")

    def __init__(self) -> None:
        self.macros: dict[str, Any] = {}
        self.calls: dict[str, bool] = {}


# Keyed weakly by the style's root element: a style dropped from the parse cache takes its memo along.
_memos: weakref.WeakKeyDictionary[Any, _Memo] = weakref.WeakKeyDictionary()


def _memo(element: Any) -> _Memo:
    root = element.get_root()
    memo = _memos.get(root)
    if memo is None:
        memo = _memos[root] = _Memo()
    return memo


def apply() -> bool:
    """Install the memos once; return whether they are active."""
    global _applied
    if _applied:
        return True
    if not applies_to(citeproc.__version__):
        return False
    _memoize_get_macro()
    _memoize_text_calls_variable()
    _applied = True
    return True


def _memoize_get_macro() -> None:
    original = model.CitationStylesElement.get_macro

    def get_macro(self: Any, name: str) -> Any:
        macros = _memo(self).macros
        if name not in macros:
            macros[name] = original(self, name)
        return macros[name]

    model.CitationStylesElement.get_macro = get_macro


def _memoize_text_calls_variable() -> None:
    original = model.Text.calls_variable

    def calls_variable(self: Any) -> bool:
        name = self.get("macro")
        if "variable" in self.attrib or name is None:
            return original(self)  # an attribute test: nothing to save
        calls = _memo(self).calls
        if name not in calls:
            calls[name] = original(self)
        return calls[name]

    model.Text.calls_variable = calls_variable
