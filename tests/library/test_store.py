"""The library store: articles, quotes, search, trash, corrections, transactions."""

from __future__ import annotations

import os
import sqlite3
import stat
import uuid

import pytest

from qtapp import paths
from qtapp.article import parse_text
from qtapp.library.errors import LibraryError, NotFound
from qtapp.library.stamps import text_hash
from qtapp.library.store import Library


@pytest.fixture
def stored(library, sample_article, span):
    """(library, article id, article) with the sample article stored."""
    article = sample_article()
    return library, library.articles.add(article, "source text", "/tmp/a.txt"), article


def test_opens_the_default_library_in_the_data_folder():
    with Library.open() as lib:
        assert lib.path == paths.library_path()
    assert paths.library_path().is_file()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_library_is_private(tmp_path):
    Library.open(tmp_path / "new" / "lib.sqlite3").close()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "lib.sqlite3").stat().st_mode) == 0o600


def test_wal_foreign_keys_and_version(library):
    assert library.db.scalar("PRAGMA journal_mode") == "wal"
    assert library.db.scalar("PRAGMA foreign_keys") == 1
    assert library.db.scalar("PRAGMA user_version") >= 1
    assert library.db.scalar("PRAGMA busy_timeout") >= 5000


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
    assert library.db.scalar("SELECT COUNT(*) FROM quote_tags") == 0


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
                                 "OR", "(", "^", ":", "tr-ade", "trade -", "'"])
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
    explain = " ".join(str(r[3]) for r in library.db.query(
        "EXPLAIN QUERY PLAN SELECT quote_id FROM quote_tags WHERE tag = ?", ("x",)))
    assert explain.startswith("SEARCH") and "(tag=?)" in explain  # indexed, not a scan


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
    assert library.db.scalar("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'looking'") == 0


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


def test_readonly_library_refuses_writes(tmp_path, sample_article):
    from qtapp.library.errors import LibraryReadOnly

    path = tmp_path / "lib.sqlite3"
    Library.open(path).close()
    with Library.open(path, readonly=True) as lib:
        assert lib.articles.all() == []
        with pytest.raises(LibraryReadOnly, match="read-only"):
            lib.articles.add(sample_article(), "x")


def test_connections_are_closed(tmp_path):
    lib = Library.open(tmp_path / "l.sqlite3")
    lib.close()
    with pytest.raises(sqlite3.ProgrammingError):
        lib.db.conn.execute("SELECT 1")
