"""Which of an article's citation fields were found, which the user corrected, and which need the user:
because it is missing, or because only the page's layout supports it (``qtapp.article.field_checks``).

"Right or visibly unsure": a field the rules did not support stays empty, and the window says so rather
than leaving a citation quietly short. The Article Details dialog and the status bar read this one
answer. Pure functions of the article (corrections applied) and the corrections themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from qtapp.article.field_checks import unsure_reason
from qtapp.article.model import Article
from qtapp.translatable import N_, Text

State = Literal["found", "unsure", "corrected", "missing"]
FIELDS = ("title", "authors", "publisher", "reprinted_by", "date", "url")
LABELS = {"title": N_("Fields", "title"), "authors": N_("Fields", "author"), "publisher": N_("Fields", "publisher"),
          "reprinted_by": N_("Fields", "reprinter"), "date": N_("Fields", "date"), "url": N_("Fields", "URL")}
# A citation is short without these; a missing reprinter or URL is usual (not reprinted, not from the web).
NEEDED = frozenset({"title", "authors", "publisher", "date"})


@dataclass(frozen=True)
class FieldState:
    name: str
    state: State
    rule: str | None = None  # the reading rule that found it, when the parser recorded one

    @property
    def needs_user(self) -> bool:
        return self.state == "missing" and self.name in NEEDED

    @property
    def needs_check(self) -> bool:
        """Found, but by a rule that reads it from the page's layout: the user should confirm it."""
        return self.state == "unsure"

    @property
    def doubt(self) -> Text | None:
        return unsure_reason(self.rule) if self.state == "unsure" else None


def field_state(article: Article, corrections: Mapping[str, Any], name: str) -> FieldState:
    if name in corrections:
        return FieldState(name, "corrected")
    rule = article.found_by.get(name)
    # A rule may also decide a field is rightly empty (an editorial with no person as author).
    if getattr(article, name) or rule:
        return FieldState(name, "unsure" if getattr(article, name) and unsure_reason(rule) else "found", rule)
    return FieldState(name, "missing")


def field_states(article: Article, corrections: Mapping[str, Any] | None = None) -> dict[str, FieldState]:
    corrections = corrections or {}
    return {name: field_state(article, corrections, name) for name in FIELDS}


def needs_user(article: Article, corrections: Mapping[str, Any] | None = None) -> list[str]:
    """The needed fields neither the rules nor the user filled, in FIELDS order."""
    return [name for name, state in field_states(article, corrections).items() if state.needs_user]


def to_check(article: Article, corrections: Mapping[str, Any] | None = None) -> list[FieldState]:
    """The fields found only by the page's layout that the user has not confirmed or corrected."""
    return [state for state in field_states(article, corrections).values() if state.needs_check]
