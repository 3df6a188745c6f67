"""Ordered rules and the first answer: the machinery every rule list in this package shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Concatenate, Generic, ParamSpec, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")


@dataclass(frozen=True)
class Rule(Generic[T_co]):
    """A named decision: ``check`` answers with a value, or None when the rule does not apply."""

    name: str
    check: Callable[..., T_co | None]

    @property
    def example(self) -> str:
        """The first line of the rule's docstring: what text it reads and what it makes of it."""
        return (self.check.__doc__ or "").strip().splitlines()[0] if self.check.__doc__ else ""


def rule(name: str) -> Callable[[Callable[..., T | None]], Rule[T]]:
    """Decorator: ``@rule("byline.by_prefix")`` turns a function into a named Rule."""
    def make(check: Callable[..., T | None]) -> Rule[T]:
        return Rule(name, check)
    return make


def first(rules: Sequence[Rule[T]], *args: object) -> tuple[T, str] | None:
    """(answer, rule name) of the first rule in ``rules`` that answers, else None."""
    if len(args) == 1:  # most lists read one line: a call without the tuple unpacked for each rule
        arg = args[0]
        for candidate in rules:
            found = candidate.check(arg)
            if found is not None:
                return found, candidate.name
        return None
    for candidate in rules:
        found = candidate.check(*args)
        if found is not None:
            return found, candidate.name
    return None


LONGEST_REMEMBERED = 2000  # a long paragraph (an editor's note); a page-long line would only pin memory


def per_line(check: Callable[Concatenate[str, P], T]) -> Callable[Concatenate[str, P], T]:
    """Decorator: remember the answers of a pure function of one line of text.

    The line joiner, the headline search, the block rules and the field rules ask the same question
    (is it a byline? a date line? a reprint note?) of the same line several times over. Answers are
    shared, so callers must not change them; lines longer than ``LONGEST_REMEMBERED`` are always asked
    afresh.
    """
    remembered = lru_cache(maxsize=4096)(check)
    if check.__code__.co_argcount == 1 and not check.__code__.co_kwonlyargcount \
            and not check.__code__.co_flags & 0x0C:  # one line and nothing else (no *args, no **kwargs)

        @wraps(check)
        def ask_line(line: str, /) -> T:  # the common case, without packing arguments for each call
            return remembered(line) if len(line) <= LONGEST_REMEMBERED else check(line)  # type: ignore[call-arg]
        return ask_line  # type: ignore[return-value]

    @wraps(check)
    def ask(line: str, /, *args: P.args, **kwargs: P.kwargs) -> T:
        if len(line) > LONGEST_REMEMBERED:
            return check(line, *args, **kwargs)
        return remembered(line, *args, **kwargs)  # type: ignore[arg-type]
    return ask
