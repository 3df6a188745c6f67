"""The library contract on both backends: every behaviour here runs on SQLite and on PostgreSQL.

The same tests as the SQLite store's (``test_store.py``) that speak only the contract, plus what a
second backend could quietly lack (streams, counts, ordering, a second connection seeing a commit).
``backend`` (``tests/pg_fixtures.py``) gives an empty library of each kind.
"""

from __future__ import annotations

import inspect
import uuid
from typing import Any

import pytest

from qtapp.article import parse_text
from qtapp.library import contract
from qtapp.library.errors import LibraryError, NotFound
from qtapp.library.quotestore import QuoteDraft
from qtapp.library.stamps import text_hash


@pytest.fixture
def library(backend):
    return backend


@pytest.fixture
def stored(library, sample_article, span):
    """(library, article id, article) with the sample article stored."""
    article = sample_article()
    return library, library.articles.add(article, "source text", "/tmp/a.txt"), article


def test_add_article_is_idempotent_by_hash(library, sample_article):
    article = sample_article()
    first = library.articles.add(article, "source", "/a.txt")
    assert library.articles.add(sample_article(), "source again") == first
    assert len(library.articles.all()) == 1
    record = library.articles.by_hash(text_hash(article.text))
    assert record is not None and record.id == first and record.path == "/a.txt"
    assert record.article.text == article.text and record.article.authors == article.authors
    assert library.articles.add(parse_text("Other text."), "Other text.") != first


def test_add_quote_derives_selector_voice_and_attribution(stored, span):
    library, article_id, article = stored
    start, end = span(article, "Success comes to those")
    quote = library.quotes.get(library.quotes.add(article_id, start, end, note="why", tags=["trade"]))
    assert quote.exact == "Success comes to those"
    assert article.text.endswith(quote.suffix) or article.text[end:end + len(quote.suffix)] == quote.suffix
    assert article.text[start - len(quote.prefix):start] == quote.prefix and len(quote.prefix) == 32
    assert (quote.voice, quote.speaker, quote.block_kind) == ("speaker", "Li Wei", "paragraph")
    assert quote.attribution == ("Li Wei (quoted by Wang Haiyan) — “A bright chapter”, CGTN, "
                                 "reprinted by News.Az")
    assert uuid.UUID(quote.uuid).version == 4
    assert quote.created.endswith("Z") and quote.created == quote.updated


def test_to_json_has_the_contract_shape(stored, span):
    library, article_id, article = stored
    data = library.quotes.get(library.quotes.add(article_id, *span(article, "grew fast"), color="yellow")).to_json()
    assert {"id", "text", "note", "tags", "color", "created", "updated", "voice", "speaker",
            "attribution", "selector", "article", "uuid"} <= set(data)
    assert set(data["selector"]) == {"exact", "prefix", "suffix", "start", "end"}
    assert {"id", "title", "authors", "publisher", "reprinted_by", "date", "url", "path"} <= set(
        data["article"])
    assert data["article"]["authors"][0]["family"] == "Wang" and data["color"] == "yellow"
    assert data["voice"] == "author" and data["text"] == "grew fast"


def test_explicit_voice_and_imported_identity_are_kept(stored, span):
    library, article_id, article = stored
    given = str(uuid.uuid4())
    quote = library.quotes.get(library.quotes.add(article_id, *span(article, "grew fast"), voice="speaker",
                                                  speaker="Ann", uuid=given, created="2020-01-02T03:04:05Z"))
    assert (quote.voice, quote.speaker, quote.uuid, quote.created) == ("speaker", "Ann", given,
                                                                       "2020-01-02T03:04:05Z")
    with pytest.raises(ValueError):
        library.quotes.add(article_id, *span(article, "grew fast"), voice="speaker")
    with pytest.raises(ValueError):
        library.quotes.add(article_id, 0, 10**6)


def test_find_duplicate(stored, span):
    library, article_id, article = stored
    where = span(article, "grew fast")
    assert library.quotes.find_duplicate(article_id, *where) is None
    quote_id = library.quotes.add(article_id, *where)
    assert library.quotes.find_duplicate(article_id, *where) == quote_id
    library.quotes.delete(quote_id)
    assert library.quotes.find_duplicate(article_id, *where) is None


def test_transaction_rolls_back_on_error(stored, span):
    library, article_id, article = stored
    with pytest.raises(RuntimeError), library.transaction():
        library.quotes.add(article_id, *span(article, "grew fast"))
        library.quotes.add(article_id, *span(article, "Looking ahead"))
        raise RuntimeError("boom")
    assert library.quotes.count() == 0
    assert library.quotes.tags() == []


def test_a_failing_batch_saves_nothing(stored, span):
    from qtapp.library.quotestore import QuoteDraft

    library, article_id, article = stored
    good = QuoteDraft(article_id, *span(article, "grew fast"))
    with pytest.raises(NotFound):
        library.quotes.add_many([good, QuoteDraft(article_id + 99, 0, 4)])
    assert library.quotes.count() == 0


def test_search_ranks_and_prefix_matches(stored, span):
    library, article_id, article = stored
    trade = library.quotes.add(article_id, *span(article, "Trade between the two countries"))
    future = library.quotes.add(article_id, *span(article, "The future is bright"), note="trade angle")
    assert [q.id for q in library.quotes.find(search="trade")] == [trade, future]  # text outranks note
    assert [q.id for q in library.quotes.find(search="trade futu")] == [future]  # prefix of the last word
    assert library.quotes.find(search="futu ") == []  # a finished word is not a prefix
    assert {q.id for q in library.quotes.find(search="wang")} == {trade, future}  # attribution is indexed
    assert library.quotes.count(search="countries trade") == 1


@pytest.mark.parametrize("odd", ['"', "*", "-", "trade\"", '"trade', "trade*", "-trade", "NEAR(", "a AND",
                                 "OR", "(", "^", ":", "tr-ade", "trade -", "'", "trade & !", "trade:*", "<->"])
def test_search_survives_fts_syntax_in_user_input(stored, span, odd):
    library, article_id, article = stored
    library.quotes.add(article_id, *span(article, "Trade between the two countries"))
    found = library.quotes.find(search=odd)
    assert library.quotes.count(search=odd) == len(found)
    if "trade" in odd and "tr-ade" not in odd:
        assert len(found) == 1


def test_search_with_hyphenated_words_and_diacritics(library, build_article, span):
    article = build_article([("paragraph", "China-Kazakhstan ties and the café in Astana.")])
    article_id = library.articles.add(article, article.text)
    library.quotes.add(article_id, *span(article, "China-Kazakhstan ties and the café"))
    assert library.quotes.count(search="China-Kazakhstan") == 1
    assert library.quotes.count(search="Kazakhstan-China") == 0  # a hyphenated chunk is a phrase
    assert library.quotes.count(search="cafe") == 1


def test_filters_by_article_tag_color_and_who(stored, span, library, build_article):
    _, article_id, article = stored
    a = library.quotes.add(article_id, *span(article, "grew fast"), tags=["Trade", "asia"], color="red")
    b = library.quotes.add(article_id, *span(article, "share in one purpose"), tags=["saying"])
    other = build_article([("paragraph", "Elsewhere entirely.")])
    other_id = library.articles.add(other, other.text)
    c = library.quotes.add(other_id, *span(other, "Elsewhere"), tags=["trade"])
    assert [q.id for q in library.quotes.find(tag="trade")] == [a, c]  # tags match case-insensitively
    assert [q.id for q in library.quotes.find(tag="trade", article_id=other_id)] == [c]
    assert [q.id for q in library.quotes.find(color="red")] == [a]
    assert [q.id for q in library.quotes.find(who="li wei")] == [b]
    assert [q.id for q in library.quotes.find(who="Wang Haiyan")] == [a]
    assert library.quotes.tags() == [("asia", 1), ("saying", 1), ("Trade", 2)]
    assert "Li Wei" in library.quotes.whos()
    assert [q.id for q in library.quotes.find(limit=2, offset=1)] == [b, c]


def test_update_quote(stored, span):
    library, article_id, article = stored
    quote_id = library.quotes.add(article_id, *span(article, "share in one purpose"), tags=["a"])
    updated = library.quotes.update(quote_id, note="new note", tags=["b", " c "], color="blue")
    assert (updated.note, updated.tags, updated.color) == ("new note", ("b", "c"), "blue")
    assert library.quotes.count(search="new note") == 1 and library.quotes.find(tag="a") == []
    author = library.quotes.update(quote_id, voice="author")
    assert (author.voice, author.speaker) == ("author", None) and author.attribution.startswith("Wang")
    renamed = library.quotes.update(quote_id, speaker="Xi Jinping")
    assert (renamed.voice, renamed.speaker) == ("speaker", "Xi Jinping")
    derived = library.quotes.update(quote_id, voice=None)
    assert (derived.voice, derived.speaker) == ("speaker", "Li Wei")
    assert library.quotes.count(search="Xi") == 0  # the old attribution left the index


def test_trash_restore_and_purge(stored, span):
    library, article_id, article = stored
    keep = library.quotes.add(article_id, *span(article, "grew fast"))
    gone = library.quotes.add(article_id, *span(article, "Looking ahead"))
    library.quotes.delete(gone)
    assert [q.id for q in library.quotes.find()] == [keep]
    assert [q.id for q in library.quotes.find(trash=True)] == [gone]
    assert library.quotes.get(gone).deleted_at is not None
    library.quotes.restore(gone)
    assert library.quotes.count() == 2
    library.quotes.delete(gone)
    assert library.quotes.purge_trash() == 1
    with pytest.raises(NotFound):
        library.quotes.get(gone)
    assert library.quotes.count(search="Looking") == 0


def test_corrections_apply_and_survive_re_adding(stored, span):
    library, article_id, article = stored
    quote_id = library.quotes.add(article_id, *span(article, "grew fast"))
    record = library.articles.correct(
        article_id, title="Right title", date="2024-07-02",
        authors=[{"family": "Wang", "given": "Haiyan", "family_first": True, "description": "ECNU"}])
    assert record.article.title == "Right title" and record.parsed.title == "A bright chapter"
    assert record.article.authors[0].name == "Wang Haiyan"
    assert library.quotes.get(quote_id).attribution.startswith("Wang Haiyan — “Right title”")
    assert library.articles.add(article, "source re-read", "/b.txt") == article_id  # a re-parse
    again = library.articles.get(article_id)
    assert again.article.title == "Right title" and again.article.date == "2024-07-02"
    assert library.quotes.get(quote_id).to_json()["article"]["title"] == "Right title"
    assert library.quotes.count(search="right title") == 1
    reverted = library.articles.correct(article_id, title=None)
    assert reverted.article.title == "A bright chapter"
    unknown = library.articles.correct(article_id, publisher="")
    assert unknown.article.publisher is None


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "July 2024", "24-07-01"])
def test_correct_article_rejects_bad_dates(stored, bad):
    library, article_id, _ = stored
    with pytest.raises(LibraryError):
        library.articles.correct(article_id, date=bad)


def test_unknown_ids_are_user_errors(library):
    with pytest.raises(NotFound, match="no article 7"):
        library.articles.get(7)
    with pytest.raises(NotFound, match="no quote 7"):
        library.quotes.get(7)
    with pytest.raises(NotFound):
        library.quotes.delete(7)


def _shape(function: Any) -> list[tuple[str, Any, bool]]:
    return [(p.name, p.kind, p.default is not inspect.Parameter.empty)
            for p in inspect.signature(function).parameters.values() if p.name != "self"]


@pytest.mark.parametrize(("protocol", "attribute"), [(contract.Articles, "articles"),
                                                     (contract.Quotes, "quotes")])
def test_each_repository_has_every_method_of_its_contract_as_declared(library, protocol, attribute):
    """A backend may take more (the team library filters by who clipped a quote), but only as keyword
    arguments with a default after the contract's own, so every caller of the contract works unchanged."""
    repository = getattr(library, attribute)
    for name in sorted(n for n, v in vars(protocol).items() if not n.startswith("_") and inspect.isfunction(v)):
        declared, given = _shape(getattr(protocol, name)), _shape(getattr(repository, name))
        assert given[:len(declared)] == declared, name
        extra = given[len(declared):]
        assert all(kind == inspect.Parameter.KEYWORD_ONLY and default for _, kind, default in extra), name


def test_stream_gives_what_find_gives_a_chunk_at_a_time(stored, span):
    library, article_id, article = stored
    ids = library.quotes.add_many([QuoteDraft(article_id, *span(article, word), note=f"n{i}")
                                   for i, word in enumerate(["grew fast", "Looking ahead", "The future",
                                                             "Trade between", "share in one"])])
    assert ids == sorted(ids) and len(set(ids)) == 5
    assert [q.id for q in library.quotes.stream(chunk=2)] == [q.id for q in library.quotes.find()] == ids
    assert [q.id for q in library.quotes.stream(newest_first=True, limit=2, chunk=1)] == \
        [q.id for q in library.quotes.find(newest_first=True, limit=2)]
    assert [q.note for q in library.quotes.stream(search="futu", chunk=1)] == ["n2"]
    assert library.quotes.count() == 5 and library.quotes.count(search="nothing-like-it") == 0
    assert library.quotes.count(search="  ") == 5  # no word to search: everything
    assert library.quotes.uuids() == {q.uuid for q in library.quotes.find()}


def test_add_many_is_all_or_none_and_a_bad_draft_names_itself(stored, span):
    library, article_id, article = stored
    good = QuoteDraft(article_id, *span(article, "grew fast"), tags=["t"])
    with pytest.raises(ValueError, match="voice"):
        library.quotes.add_many([good, QuoteDraft(article_id, *span(article, "Looking ahead"), voice="nobody")])
    assert library.quotes.count() == 0 and library.quotes.tags() == [] and library.quotes.uuids() == set()
    assert library.quotes.add_many([]) == []


def test_tags_and_whos_count_only_live_quotes(stored, span):
    library, article_id, article = stored
    keep = library.quotes.add(article_id, *span(article, "grew fast"), tags=["Asia", "trade"])
    gone = library.quotes.add(article_id, *span(article, "share in one purpose"), tags=["asia"])
    assert library.quotes.tags() == [("Asia", 2), ("trade", 1)]
    library.quotes.delete(gone)
    assert library.quotes.tags() == [("Asia", 1), ("trade", 1)]
    assert library.quotes.whos() == ["Wang Haiyan"]
    assert [q.id for q in library.quotes.find(search="grew", trash=True)] == []
    assert [q.id for q in library.quotes.find(search="share", trash=True)] == [gone]
    assert [q.id for q in library.quotes.find(tag="ASIA")] == [keep]


def test_articles_list_counts_live_quotes_and_finds_a_file_s_versions(stored, span):
    library, article_id, article = stored
    quote = library.quotes.add(article_id, *span(article, "grew fast"))
    other = parse_text("Another text entirely.")
    other_id = library.articles.add(other, other.text, "/tmp/a.txt")
    assert [(a.id, a.quote_count) for a in library.articles.all()] == [(article_id, 1), (other_id, 0)]
    assert library.articles.ids_with_path("/tmp/a.txt") == [article_id, other_id]
    library.quotes.delete(quote)
    assert library.articles.get(article_id).quote_count == 0
    info = library.articles.infos([article_id])[article_id]
    assert (info.title, info.publisher, info.authors[0].family) == ("A bright chapter", "CGTN", "Wang")
    assert library.articles.damaged() == []
    assert library.articles.by_hash(text_hash(other.text)).id == other_id
    assert library.articles.by_hash("0" * 64) is None


def test_a_transaction_keeps_both_repositories_together(stored, span):
    library, article_id, article = stored
    with pytest.raises(RuntimeError), library.transaction():
        new_id = library.articles.add(parse_text("Written then undone."), "Written then undone.")
        library.quotes.add(new_id, 0, 7)
        raise RuntimeError("boom")
    with pytest.raises(NotFound):
        library.articles.get(new_id)
    with library.transaction() as same:
        assert same is library
        library.quotes.add(article_id, *span(article, "grew fast"))
    assert library.quotes.count() == 1


def test_a_search_narrows_as_the_user_types(stored, span):
    library, article_id, article = stored
    grew = library.quotes.add(article_id, *span(article, "Trade between the two countries grew fast"))
    library.quotes.add(article_id, *span(article, "The future is bright"))
    for typed in ("g", "gr", "gre", "grew", "grew f", "trade gr", "TRADE Gre"):
        assert [q.id for q in library.quotes.find(search=typed)] == [grew], typed
    assert library.quotes.count(search="News.Az") == 2  # the attribution line: "reprinted by News.Az"
