"""What the exporters share: reading a quote's printed fields off a store record gives what its dict has."""

from __future__ import annotations

import io
from typing import Any

import pytest

from qtapp.library.exporters import module
from qtapp.library.exporters.common import by_article, quote_fields, quotes_by_article, records
from qtapp.library.store import Library


@pytest.fixture
def stored(library: Library, sample_article: Any, build_article: Any, span: Any) -> list[Any]:
    """Store records over two articles, interleaved, with notes, tags and several voices."""
    first = sample_article()
    second = build_article([("paragraph", "Exports grew fast. Success comes to those who wait."),
                            ("editors_note", "The series looks at ports.")],
                           title="Another chapter", publisher="Xinhua")
    first_id = library.articles.add(first, "one", "/tmp/a.txt")
    second_id = library.articles.add(second, "two", "/tmp/b.txt")
    for article_id, article in ((first_id, first), (second_id, second), (first_id, first)):
        library.quotes.add(article_id, *span(article, "grew fast"), note="why *so*", tags=["trade", "SCO 2024"])
        library.quotes.add(article_id, *span(article, "Success comes to those"))
        library.quotes.add(article_id, *span(article, "The series looks"), note="", tags=[])
    return list(library.quotes.stream())


def test_store_records_group_and_read_as_their_dicts_do(stored: list[Any]) -> None:
    expected = list(by_article(records(stored)))
    got = quotes_by_article(stored)
    assert [article for article, _ in got] == [article for article, _ in expected]
    for (_, quotes), (_, dicts) in zip(got, expected, strict=True):
        assert [quote_fields(q) for q in quotes] == [
            quote_fields({**d, "tags": tuple(d["tags"])}) for d in dicts]  # a record keeps tags as a tuple


def test_markdown_is_the_same_from_store_records_or_their_dicts(stored: list[Any]) -> None:
    from_records, from_dicts, mixed = io.StringIO(), io.StringIO(), io.StringIO()
    module("md").write(stored, from_records)
    module("md").write([q.to_json() for q in stored], from_dicts)
    module("md").write([q.to_json() if i % 2 else q for i, q in enumerate(stored)], mixed)
    assert from_records.getvalue() == from_dicts.getvalue() == mixed.getvalue()
    assert from_records.getvalue().count("\n## ") == 1  # two articles, interleaved quotes grouped


def test_objects_without_a_store_records_type_are_read_through_to_json() -> None:
    class Other:
        def to_json(self) -> dict[str, Any]:
            return {"text": "t", "note": "n", "tags": ["x"], "attribution": "a", "article": {"id": 3}}

    [(article, [quote])] = quotes_by_article([Other()])
    assert article == {"id": 3}
    assert quote_fields(quote) == ("t", "n", ["x"], "a")
