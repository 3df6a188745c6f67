"""Fields found by layout alone (``qtapp/article/field_checks.py``): the rules named there exist."""

from __future__ import annotations

import importlib
import pkgutil

import qtapp.article.rules as rules_package
from qtapp.article.field_checks import UNSURE_RULES, unsure_reason
from qtapp.article.parser import parse_text
from qtapp.article.rules.engine import Rule


def _rule_names() -> set[str]:
    names: set[str] = set()
    modules = [f"{rules_package.__name__}.{info.name}" for info in pkgutil.iter_modules(rules_package.__path__)]
    for name in [*modules, "qtapp.article.html"]:  # the saved page's own rules: its metadata over the text's
        module = importlib.import_module(name)
        for value in vars(module).values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Rule):
                    names.add(item.name)
    return names


def test_every_unsure_rule_is_a_rule_the_parser_has() -> None:
    """A rule renamed without this list would quietly stop being marked."""
    assert set(UNSURE_RULES) <= _rule_names()


def test_a_logo_line_publisher_is_unsure_and_a_wire_mark_is_not() -> None:
    logo = parse_text("Nordlys Courier\n\nCranes idle as port workers vote\n\nBy Ingrid Solheim\n\n"
                      "The port of Vestby stood quiet on Tuesday as dock workers voted on a new shift pattern.")
    wire = parse_text("Cranes idle as port workers vote\n\nOSLO, March 4 (Reuters) - The port of Vestby stood "
                      "quiet on Tuesday as dock workers voted on a new shift pattern.")
    assert logo.publisher == "Nordlys Courier" and unsure_reason(logo.found_by["publisher"]) is not None
    assert wire.publisher == "Reuters" and unsure_reason(wire.found_by["publisher"]) is None
