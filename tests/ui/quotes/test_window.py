"""The seam between the quote package and the window: ``QuoteWindow`` is all the package asks for."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qtapp.ui.quotes.window import QuoteWindow

PACKAGE = Path(__file__).resolve().parents[3] / "qtapp" / "ui" / "quotes"


def _members() -> set[str]:
    declared = set(QuoteWindow.__annotations__)
    return declared | {name for name in vars(QuoteWindow) if not name.startswith("_")}


def test_the_main_window_provides_every_member_of_the_contract(window: Any) -> None:
    missing = sorted(name for name in _members() if not hasattr(window, name))
    assert missing == []
    assert window.quotes.window is window and window.quotes.current.article is window.article


def test_the_package_takes_the_window_as_the_contract_and_probes_nothing() -> None:
    loose = re.compile(r"window: Any|getattr\((self\.)?_?window\b|hasattr\((self\.)?_?window\b")
    found = [f"{path.name}:{number}" for path in sorted(PACKAGE.glob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if loose.search(line)]
    assert found == []
