"""What keeps the store fast at 100k quotes keeps it right: the v3 indexes, the filter-menu reads, the
article cache (and when it must forget), streaming reads."""

from __future__ import annotations

import pytest

from qtapp.library.quotestore import QuoteDraft
from qtapp.library.store import Library


@pytest.fixture
def filled(library, sample_article, span):
    """A library with four quotes: tags in two spellings, one quote in the trash."""
    article = sample_article()
    article_id = library.articles.add(article, "source text", "/tmp/a.txt")
    ids = library.quotes.add_many([
        QuoteDraft(article_id, *span(article, "grew fast"), tags=("Trade", "to check")),
        QuoteDraft(article_id, *span(article, "Looking ahead"), tags=("trade",)),
        QuoteDraft(article_id, *span(article, "Success comes to those"), tags=("trade", "saying")),
        QuoteDraft(article_id, *span(article, "The future is bright"), tags=("gone",)),
    ])
    library.quotes.delete(ids[3])
    return library, article_id, ids


def test_v3_indexes_serve_the_filter_menus(library):
    names = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"quotes_who", "quotes_live_article"} <= names
    plan = " ".join(str(r[-1]) for r in library.db.execute(
        "EXPLAIN QUERY PLAN SELECT DISTINCT who FROM quotes WHERE deleted_at IS NULL AND who IS NOT NULL "
        "ORDER BY who"))
    assert "INDEX quotes_who" in plan  # jumps from one distinct value to the next


def test_one_letter_search_uses_the_prefix_index(filled):
    library, _, ids = filled
    assert [q.id for q in library.quotes.find(search="g")] == [ids[0]]  # "grew", not the trashed "gone"
    library.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_tags_count_live_quotes_only_and_ignore_case(filled):
    library, _, ids = filled
    tags = dict(library.quotes.tags())
    assert {k.casefold(): v for k, v in tags.items()} == {"trade": 3, "to check": 1, "saying": 1}
    library.quotes.restore(ids[3])
    assert dict(library.quotes.tags()).get("gone") == 1
    library.quotes.delete(ids[0])
    assert {k.casefold(): v for k, v in library.quotes.tags()} == {"trade": 2, "saying": 1, "gone": 1}


def test_whos_and_article_counts_skip_the_trash(filled):
    library, article_id, ids = filled
    assert library.quotes.whos() == sorted({library.quotes.get(i).who for i in ids[:3]})
    assert library.articles.get(article_id).quote_count == 3
    assert [a.quote_count for a in library.articles.all()] == [3]


def test_iter_quotes_streams_what_quotes_returns(filled):
    library, _, ids = filled
    assert list(library.quotes.stream(chunk=1)) == library.quotes.find()
    assert [q.id for q in library.quotes.stream(search="trade", chunk=2)] == \
        [q.id for q in library.quotes.find(search="trade")]
    assert list(library.quotes.stream(search="!!")) == []
    assert library.quotes.uuids() == {library.quotes.get(i).uuid for i in ids}


def test_records_are_still_frozen(filled):
    library, _, ids = filled
    record = library.quotes.get(ids[0])
    with pytest.raises(AttributeError):
        record.note = "changed"  # type: ignore[misc]
    assert record == library.quotes.get(ids[0]) and record.tags == ("Trade", "to check")


def test_cache_sees_another_connections_correction(filled, tmp_path):
    library, article_id, ids = filled
    assert library.quotes.get(ids[0]).article.title == "A bright chapter"
    with Library.open(library.path) as other:
        other.articles.correct(article_id, title="Renamed elsewhere")
    assert library.quotes.get(ids[0]).article.title == "Renamed elsewhere"
    assert library.articles.get(article_id).article.title == "Renamed elsewhere"


def test_cache_forgets_a_rolled_back_correction(filled):
    library, article_id, ids = filled
    with pytest.raises(RuntimeError), library.transaction():
        library.articles.correct(article_id, title="Never kept")
        assert library.quotes.get(ids[0]).article.title == "Never kept"
        raise RuntimeError("boom")
    assert library.articles.get(article_id).article.title == "A bright chapter"
    assert library.quotes.get(ids[0]).article.title == "A bright chapter"


def test_correcting_leaves_earlier_records_as_they_were(filled):
    library, article_id, _ = filled
    before = library.articles.get(article_id)
    library.articles.correct(article_id, date="2024-07-02")
    assert before.corrections == {} and library.articles.get(article_id).corrections == {"date": "2024-07-02"}


def test_article_ids_with_path_match_articles(library, sample_article, build_article):
    first = library.articles.add(sample_article(), "v1", "/tmp/a.txt")
    second = library.articles.add(build_article([("paragraph", "A later version.")]), "v2", "/tmp/a.txt")
    other = library.articles.add(build_article([("paragraph", "Else.")]), "x", "/tmp/b.txt")
    assert library.articles.ids_with_path("/tmp/a.txt") == [a.id for a in library.articles.all()
                                                           if a.path == "/tmp/a.txt"]
    assert len({first, second, other}) == 3 and library.articles.ids_with_path("/tmp/none.txt") == []


def test_infos_from_metadata_equal_the_full_records(filled):
    library, article_id, ids = filled
    library.articles.correct(article_id, title="", date="2024-07-02",
                            authors=[{"family": "Wang", "given": "Haiyan", "family_first": True}])
    for record in (library.quotes.get(ids[0]), *library.quotes.find()):
        assert record.article == library.articles.get(article_id).info
    assert library.quotes.get(ids[0]).article.title is None and library.quotes.get(ids[0]).article.date == "2024-07-02"
