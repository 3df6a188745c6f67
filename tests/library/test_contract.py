"""The SQLite backend keeps the contract (``qtapp/library/contract.py``) another backend will implement.

mypy checks the types; this checks what a caller sees at run time: every method of the contract exists
on the library an open file gives, with the same parameter names, kinds and optional ones, so a call
written against the contract works on SQLite.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

from qtapp.library import contract
from qtapp.library.store import Library


def _shape(function: Any) -> list[tuple[str, Any, bool]]:
    return [(p.name, p.kind, p.default is not inspect.Parameter.empty)
            for p in inspect.signature(function).parameters.values() if p.name != "self"]


def _methods(protocol: type) -> list[str]:
    return sorted(name for name, value in vars(protocol).items()
                  if not name.startswith("_") and inspect.isfunction(value))


@pytest.mark.parametrize(("protocol", "attribute"), [(contract.Articles, "articles"),
                                                     (contract.Quotes, "quotes")])
def test_each_repository_has_every_method_of_its_contract_as_declared(
        tmp_path: Path, protocol: type, attribute: str) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        repository = getattr(library, attribute)
        for name in _methods(protocol):
            assert _shape(getattr(repository, name)) == _shape(getattr(protocol, name)), name


def test_the_library_composes_its_repositories_instead_of_inheriting_them(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        assert Library.__bases__ == (object,)
        for name in _methods(contract.Articles) + _methods(contract.Quotes):
            assert not hasattr(Library, name), name
        assert library.quotes.count() == 0 and library.articles.all() == []
        assert library.path == tmp_path / "library.sqlite3"
        with library.transaction() as same:
            assert same is library
