"""The library store: articles, quotes, search, trash, corrections, transactions."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from qtapp import paths
from qtapp.article import parse_text
from qtapp.library.errors import NotFound
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


def test_an_article_just_added_reads_as_it_was_stored(library, sample_article, tmp_path):
    """The new row's record is kept as given (saving its first quote needs it next): it must be what
    reading the row back gives, and a rollback must not leave it behind."""
    article_id = library.articles.add(sample_article(), "source text", "/tmp/a.txt")
    kept = library.articles.get(article_id)
    with Library.open(library.path) as other:
        assert other.articles.get(article_id) == kept
    with pytest.raises(RuntimeError), library.transaction():
        gone = library.articles.add(parse_text("Another text entirely."), "Another text entirely.")
        raise RuntimeError("boom")
    with pytest.raises(NotFound):
        library.articles.get(gone)


def test_a_rolled_back_save_leaves_no_tag_rows(stored, span):
    """SQLite's side of the contract test ``test_transaction_rolls_back_on_error``: the tag table too."""
    library, article_id, article = stored
    with pytest.raises(RuntimeError), library.transaction():
        library.quotes.add(article_id, *span(article, "grew fast"), tags=["trade"])
        raise RuntimeError("boom")
    assert library.db.scalar("SELECT COUNT(*) FROM quote_tags") == 0


def test_the_tag_filter_seeks_its_index(library):
    """The tag filter (contract: ``test_filters_by_article_tag_color_and_who``) is one index seek."""
    explain = " ".join(str(r[3]) for r in library.db.query(
        "EXPLAIN QUERY PLAN SELECT quote_id FROM quote_tags WHERE tag = ?", ("x",)))
    assert explain.startswith("SEARCH") and "(tag=?)" in explain


def test_purging_the_trash_empties_its_search_entries(stored, span):
    """What the contract's ``test_trash_restore_and_purge`` cannot see: FTS5 forgets purged quotes."""
    library, article_id, article = stored
    library.quotes.delete(library.quotes.add(article_id, *span(article, "Looking ahead")))
    assert library.quotes.purge_trash() == 1
    assert library.db.scalar("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'looking'") == 0


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
