"""The command line's English counts (``qtapp/library/plural.py``)."""

from __future__ import annotations

from qtapp.library.plural import counted, was


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert [counted(n, "quote") for n in (0, 1, 2)] == ["0 quotes", "1 quote", "2 quotes"]
    assert counted(3, "reply", "replies") == "3 replies" and counted(1, "reply", "replies") == "1 reply"
    assert (was(1), was(0), was(5)) == ("was", "were", "were")
