"""The team's rules hold on the server: members change only what they clipped (even with raw SQL through
their own role), editors change anything, read-only members read; every save, edit and delete is audited."""

from __future__ import annotations

import psycopg
import pytest

from qtapp.article import parse_text
from qtapp.library.errors import LibraryReadOnly
from qtapp.library.postgres.connection import NotPermitted
from qtapp.library.postgres.store import TeamLibrary

TEXT = "The minister said trade grew fast. The future is bright, she added."


@pytest.fixture
def alices_quote(as_member):
    """(quote id, article id) of a quote alice clipped, with a tag."""
    with TeamLibrary.open(as_member("alice")) as alice:
        article = parse_text(TEXT)
        article_id = alice.articles.add(article, TEXT)
        start = article.text.index("trade grew fast")
        return alice.quotes.add(article_id, start, start + 15, tags=["trade"], note="mine"), article_id


def test_who_clipped_is_the_database_role(as_member, alices_quote):
    quote_id, article_id = alices_quote
    with TeamLibrary.open(as_member("bob")) as bob:
        assert bob.role == "bob"
        assert bob.quotes.get(quote_id).clipped_by == "alice"
        own = bob.quotes.add(article_id, 0, 12)
        assert bob.quotes.get(own).clipped_by == "bob"
        assert bob.quotes.clippers() == [("alice", 1), ("bob", 1)]
        assert [q.id for q in bob.quotes.clipped("alice")] == [quote_id]
    with psycopg.connect(as_member("bob"), autocommit=True) as raw:  # naming someone else is overruled
        raw.execute("INSERT INTO quotes (uuid, article_id, exact, start, \"end\", voice, created, updated, "
                    "clipped_by) VALUES ('u-raw', %s, 'The', 0, 3, 'author', 'x', 'x', 'alice')", (article_id,))
        assert raw.execute("SELECT clipped_by FROM quotes WHERE uuid = 'u-raw'").fetchone() == ("bob",)
        raw.execute("UPDATE quotes SET clipped_by = 'alice' WHERE uuid = 'u-raw'")
        assert raw.execute("SELECT clipped_by FROM quotes WHERE uuid = 'u-raw'").fetchone() == ("bob",)


def test_a_member_cannot_change_a_colleague_s_quote_even_with_raw_sql(as_member, alices_quote):
    quote_id, _ = alices_quote
    with TeamLibrary.open(as_member("bob")) as bob:
        with pytest.raises(NotPermitted, match="clipped by alice"):
            bob.quotes.delete(quote_id)
        with pytest.raises(NotPermitted, match="clipped by alice"):
            bob.quotes.update(quote_id, note="bob was here")
        with pytest.raises(NotPermitted):
            bob.quotes.update(quote_id, tags=["bob"])
    with psycopg.connect(as_member("bob"), autocommit=True) as raw:
        assert raw.execute("DELETE FROM quotes WHERE id = %s", (quote_id,)).rowcount == 0
        assert raw.execute("UPDATE quotes SET note = 'x', deleted_at = 'now' WHERE id = %s",
                           (quote_id,)).rowcount == 0
        assert raw.execute("DELETE FROM quote_tags WHERE quote_id = %s", (quote_id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("DELETE FROM quote_audit")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # an audit row in someone else's name
            raw.execute("INSERT INTO quote_audit (who, action, quote_id) VALUES ('alice', 'delete', 1)")
    with TeamLibrary.open(as_member("alice")) as alice:
        record = alice.quotes.get(quote_id)
        assert (record.note, record.tags, record.deleted_at, record.version) == ("mine", ("trade",), None, 1)
        alice.quotes.update(quote_id, note="still mine")  # the owner may
        alice.quotes.delete(quote_id)
        alice.quotes.restore(quote_id)


def test_an_editor_changes_anyone_s_quote_and_the_audit_keeps_before_and_after(as_member, alices_quote, team):
    quote_id, _ = alices_quote
    with TeamLibrary.open(as_member("eve")) as eve:
        checked = eve.quotes.update(quote_id, note="checked against the source")
        assert (checked.clipped_by, checked.updated_by, checked.version) == ("alice", "eve", 2)
        eve.quotes.delete(quote_id)
        assert eve.quotes.purge_trash() == 1
    with psycopg.connect(as_member("rita"), autocommit=True) as raw:  # even a reader reads the audit
        rows = raw.execute("SELECT who, action, before->>'note', after->>'note', after->>'deleted_at' "
                           "FROM quote_audit WHERE quote_id = %s ORDER BY id", (quote_id,)).fetchall()
    assert [r[:4] for r in rows] == [("alice", "insert", None, "mine"),
                                     ("eve", "update", "mine", "checked against the source"),
                                     ("eve", "update", "checked against the source", "checked against the source"),
                                     ("eve", "delete", "checked against the source", None)]
    assert rows[2][4] is not None  # the move to the trash


def test_a_read_only_member_reads_and_saving_says_why(as_member, alices_quote):
    quote_id, article_id = alices_quote
    with TeamLibrary.open(as_member("rita")) as rita:
        assert rita.db.readonly and rita.quotes.get(quote_id).note == "mine"
        assert rita.quotes.count(search="trade") == 1
        with pytest.raises(LibraryReadOnly, match="rita, a read-only member.*add-member rita"):
            rita.quotes.add(article_id, 0, 3)
        with pytest.raises(LibraryReadOnly, match="read-only member"):
            rita.quotes.delete(quote_id)
    with psycopg.connect(as_member("rita"), autocommit=True) as raw, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        raw.execute("DELETE FROM quotes")


def test_add_member_changes_a_role_s_rights_and_refuses_odd_names(as_member, alices_quote, team, capsys,
                                                                  monkeypatch, tmp_path):
    from qtapp.cli import main

    quote_id, _ = alices_quote
    assert main(["--library", team, "team", "add-member", "bob", "--editor"]) == 0
    assert "bob is now an editor of the team library" in capsys.readouterr().out
    with TeamLibrary.open(as_member("bob")) as bob:
        assert bob.quotes.update(quote_id, note="as an editor").updated_by == "bob"
    assert main(["--library", team, "team", "add-member", "bob", "--read-only"]) == 0
    with TeamLibrary.open(as_member("bob")) as bob:
        assert bob.db.readonly
    assert main(["--library", team, "team", "add-member", 'x"; DROP TABLE quotes; --']) == 2
    assert "not a role name" in capsys.readouterr().err
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(tmp_path / "mine.sqlite3"))
    assert main(["team", "add-member", "carol"]) == 2  # a library file has no team
    assert "PostgreSQL address" in capsys.readouterr().err


def test_team_init_runs_again_without_harm_and_a_member_cannot_run_it(team, as_member, capsys):
    from qtapp.cli import main

    assert main(["team", "init", team]) == 0
    assert "is ready" in capsys.readouterr().out
    assert main(["team", "init", as_member("alice")]) == 2
    assert "alice" in capsys.readouterr().err


def test_a_member_may_not_correct_an_article_that_would_change_a_colleague_s_attribution(as_member, alices_quote):
    quote_id, article_id = alices_quote
    with TeamLibrary.open(as_member("bob")) as bob:
        with pytest.raises(NotPermitted, match="clipped by alice.*only an editor"):
            bob.articles.correct(article_id, title="Bob's title")
        assert bob.articles.get(article_id).article.title != "Bob's title"
    with TeamLibrary.open(as_member("alice")) as alice:  # her own quotes only: she may
        assert alice.articles.correct(article_id, title="Alice's title").article.title == "Alice's title"
        assert "Alice's title" in alice.quotes.get(quote_id).attribution
    with TeamLibrary.open(as_member("eve")) as eve:
        eve.articles.correct(article_id, title="Checked title")
        assert "Checked title" in eve.quotes.get(quote_id).attribution


def test_two_teams_on_one_server_keep_apart(team, pg, as_member, capsys):
    import os

    from qtapp.cli import main

    other = pg.uri("other_team")
    with psycopg.connect(pg.uri(), autocommit=True) as admin:
        admin.execute('CREATE DATABASE other_team TEMPLATE quoteclip_template')
    try:
        assert main(["team", "init", other]) == 0
        assert main(["--library", other, "team", "add-member", "zed", "--editor"]) == 0
        assert "other_team_reader, other_team_member and other_team_editor" in capsys.readouterr().out
        with psycopg.connect(pg.uri(), autocommit=True) as admin:
            admin.execute("ALTER ROLE zed PASSWORD 'pw-zed'")
        with open(os.environ["PGPASSFILE"], "a", encoding="utf-8") as passwords:
            passwords.write("127.0.0.1:*:*:zed:pw-zed\n")
        with TeamLibrary.open(other.replace("quoteclip_admin@", "zed@")) as zed:
            assert zed.quotes.count() == 0 and not zed.db.readonly
        with pytest.raises(NotPermitted, match="zed is not in the team .* add-member zed"):
            TeamLibrary.open(as_member("zed"))  # an editor of the other team is nobody in this one
        with pytest.raises(NotPermitted, match="alice is not in the team"):
            TeamLibrary.open(other.replace("quoteclip_admin@", "alice@"))
    finally:
        with psycopg.connect(pg.uri(), autocommit=True) as admin:
            admin.execute("DROP DATABASE other_team WITH (FORCE)")


def test_every_save_is_audited_one_row_a_quote_in_the_savers_name(as_member, team):
    """A quote saved from the window (a few rows: INSERTs) and an import's batch (COPY, then one INSERT …
    SELECT) each leave one 'insert' row per quote with the saved row, and nothing the saver could forge."""
    from qtapp.library.quotestore import QuoteDraft

    with TeamLibrary.open(as_member("bob")) as bob:
        article = parse_text(TEXT)
        article_id = bob.articles.add(article, TEXT)
        one = bob.quotes.add(article_id, 0, 12, note="first")
        many = bob.quotes.add_many(QuoteDraft(article_id, 0, 12, note=f"n{i}") for i in range(120))
        with pytest.raises(ValueError), bob.transaction():  # a save that fails leaves no audit behind
            bob.quotes.add(article_id, 0, 12)
            bob.quotes.add(article_id, 5, 5)
    with psycopg.connect(team, autocommit=True) as admin:
        rows = admin.execute("SELECT quote_id, who, after->>'note', after->>'clipped_by', before FROM quote_audit "
                             "WHERE action = 'insert' ORDER BY quote_id").fetchall()
        assert [r[0] for r in rows] == [one, *many]
        assert {(r[1], r[3]) for r in rows} == {("bob", "bob")} and all(r[4] is None for r in rows)
        assert (rows[0][2], rows[-1][2]) == ("first", "n119")
        assert "search" not in admin.execute("SELECT after FROM quote_audit WHERE action = 'insert' "
                                             "LIMIT 1").fetchone()[0]  # the tsvector is not the audit's


def test_a_team_library_of_schema_v1_gains_the_insert_audit(pg_uri):
    """A team library set up before saves were audited (v1) is migrated forward on open: its old audit
    rows stay, and from then on saves are recorded."""
    from qtapp.library.postgres import schema

    with psycopg.connect(pg_uri, autocommit=True) as raw:
        raw.execute("DROP SCHEMA public CASCADE")
        raw.execute("CREATE SCHEMA public")
        assert schema.migrate(raw, {1: schema.V1}) == 0
        raw.execute("INSERT INTO quote_audit (action, quote_id) VALUES ('delete', 99)")
    with TeamLibrary.open(pg_uri) as library:
        article = parse_text(TEXT)
        saved = library.quotes.add(library.articles.add(article, TEXT), 0, 12)
    with psycopg.connect(pg_uri, autocommit=True) as raw:
        assert schema.version(raw) == schema.LATEST == 2
        assert raw.execute("SELECT action, quote_id FROM quote_audit ORDER BY id").fetchall() == [
            ("delete", 99), ("insert", saved)]
