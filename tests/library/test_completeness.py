"""Which citation fields were found, corrected or are missing (``qtapp/library/completeness.py``)."""

from __future__ import annotations

from qtapp.article.model import Article, Author
from qtapp.library.completeness import FIELDS, LABELS, NEEDED, field_states, needs_user, to_check


def test_a_field_is_found_corrected_or_missing_and_only_needed_ones_ask_the_user() -> None:
    article = Article(title="Glaciers", authors=[Author("Ana Lima")])
    states = field_states(article, {"date": "2024-07-03"})
    assert {name: state.state for name, state in states.items()} == {
        "title": "found", "authors": "found", "publisher": "missing", "reprinted_by": "missing",
        "date": "corrected", "url": "missing"}
    assert needs_user(article, {"date": "2024-07-03"}) == ["publisher"]  # a missing URL or reprinter is usual
    assert needs_user(article) == ["publisher", "date"]  # in FIELDS order


def test_a_rule_that_decided_a_field_is_empty_counts_as_found() -> None:
    article = Article(title="Editorial", found_by={"authors": "editorial_no_person"})
    state = field_states(article)["authors"]
    assert (state.state, state.rule, state.needs_user) == ("found", "editorial_no_person", False)


def test_every_field_has_a_label_and_the_needed_ones_are_fields() -> None:
    assert set(LABELS) == set(FIELDS) and NEEDED <= set(FIELDS)


def test_a_field_found_only_by_the_pages_layout_is_to_be_checked_until_the_user_confirms_it() -> None:
    article = Article(title="Cranes idle", publisher="Nordlys Courier", authors=[Author("Ingrid Solheim")],
                      found_by={"title": "title.headline", "publisher": "publisher.masthead"})
    states = field_states(article)
    assert (states["publisher"].state, states["publisher"].needs_check) == ("unsure", True)
    assert "logo line" in str(states["publisher"].doubt)
    assert states["title"].state == "found" and states["title"].doubt is None
    assert [s.name for s in to_check(article)] == ["publisher"]
    assert to_check(article, {"publisher": "Nordlys Courier"}) == []  # confirmed: the user's own now
    assert not needs_user(article, {"date": "2025-03-04"})  # unsure is found, not missing


def test_a_trusted_rule_or_an_empty_field_is_never_to_be_checked() -> None:
    assert to_check(Article(title="T", publisher="Reuters", found_by={"publisher": "publisher.dateline_agency"})) == []
    assert to_check(Article(title="T", found_by={"publisher": "publisher.masthead"})) == []  # nothing to check
