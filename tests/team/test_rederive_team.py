"""Re-derivation on a team library: better readings reach every member's quotes, but only through a role the
team's rules let change them all, and never over what a member chose or corrected.

The re-derivation rules themselves run on both backends in ``tests/library/test_rederive.py``.
"""

from __future__ import annotations

import dataclasses
import json

import psycopg
import pytest

from qtapp.article.model import Article
from qtapp.cli import main
from qtapp.library import rederive
from qtapp.library.postgres.store import TeamLibrary
from tests.library.conftest import _sample_article, _span

SAYING = "Success comes to those who share in one purpose."
SOURCE = "the stored source text"


@pytest.fixture
def sample_article():
    return _sample_article


@pytest.fixture
def span():
    return _span


def _no_speaker(article: Article) -> Article:
    """The article as older rules read it: nobody named for the saying."""
    return dataclasses.replace(article, quotations=[dataclasses.replace(q, speaker=None)
                                                    for q in article.quotations if q.text == SAYING])


@pytest.fixture
def shared_article(as_member, sample_article, span):
    """(article id, alice's quote of the saying, bob's quote he attributed himself): read by old rules."""
    old = _no_speaker(sample_article())
    with TeamLibrary.open(as_member("alice")) as alice:
        article_id = alice.articles.add(old, SOURCE, parser="v-old")
        alices = alice.quotes.add(article_id, *span(old, SAYING))
    with TeamLibrary.open(as_member("bob")) as bob:
        bobs = bob.quotes.add(article_id, *span(old, "share in one purpose"))
        bob.quotes.update(bobs, speaker="Zhang San")  # bob said whose words these are
    return article_id, alices, bobs


def test_a_member_leaves_an_article_with_colleagues_quotes_for_an_editor(as_member, shared_article,
                                                                          sample_article):
    article_id, alices, _ = shared_article
    with TeamLibrary.open(as_member("alice")) as alice:
        report = rederive.rederive(alice, "v-new", parse=lambda _s: sample_article())
        assert report.articles == 0 and report.failed == [
            (article_id, "it holds quotes clipped by bob, which only an editor may re-derive")]
        assert "only an editor may re-derive" in report.summary()
        assert alice.quotes.get(alices).voice == "author"  # nothing half-done
        assert alice.articles.get(article_id).parser == "v-old"
        assert rederive.stale_count(alice, "v-new") == 1


def test_an_editor_brings_every_members_quotes_along_and_keeps_their_choices(as_member, shared_article,
                                                                              sample_article):
    article_id, alices, bobs = shared_article
    with TeamLibrary.open(as_member("eve")) as eve:
        eve.db.execute("SET synchronous_commit = remote_write")  # (the test cluster's own is off)
        eve.articles.correct(article_id, title="A corrected title")
        report = rederive.rederive(eve, "v-new", parse=lambda _s: sample_article())
        assert (report.articles, report.failed, report.unplaced) == (1, [], [])
        followed = eve.quotes.get(alices)
        assert (followed.voice, followed.speaker, followed.voice_by) == ("speaker", "Li Wei", "rules")
        assert "“A corrected title”" in followed.attribution  # the correction is laid over the new reading
        kept = eve.quotes.get(bobs)
        assert (kept.voice, kept.speaker, kept.voice_by) == ("speaker", "Zhang San", "user")
        assert (followed.clipped_by, kept.clipped_by) == ("alice", "bob")  # re-deriving is not re-clipping
        assert rederive.stale_count(eve, "v-new") == 0
        assert eve.db.scalar("SHOW synchronous_commit") == "remote_write"  # put back after the run


def test_a_member_rederives_an_article_only_they_quoted(as_member, sample_article, span):
    old = _no_speaker(sample_article())
    with TeamLibrary.open(as_member("alice")) as alice:
        article_id = alice.articles.add(old, SOURCE, parser="v-old")
        quote = alice.quotes.add(article_id, *span(old, SAYING))
        report = rederive.rederive(alice, "v-new", parse=lambda _s: sample_article())
        assert (report.articles, report.quotes_changed) == (1, 1)
        assert alice.quotes.get(quote).speaker == "Li Wei"


def _waiting_on_a_lock(uri: str, application: str) -> bool:
    with psycopg.connect(uri, autocommit=True) as raw:
        return bool(raw.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                "AND application_name = %s", (application,)).fetchone()[0])


def test_two_runs_at_once_re_read_each_article_once(as_member, shared_article, sample_article, pg_uri):
    """A run that reaches an article another run is writing waits for it, then finds the article done and
    leaves it: no second rewrite over the first (the dialect's FOR UPDATE on the article row)."""
    import threading
    import time

    article_id, alices, _ = shared_article
    reports: list[rederive.Report] = []
    with TeamLibrary.open(as_member("eve")) as first, TeamLibrary.open(pg_uri) as second:
        second.db.execute("SET application_name = 'second_run'")
        with first.transaction():  # the first run, inside its article's transaction
            first.db.execute("SELECT 1 FROM articles WHERE id = %s FOR UPDATE", (article_id,))
            runner = threading.Thread(target=lambda: reports.append(rederive.rederive_article(
                second, article_id, "v-new", lambda _s: sample_article())))
            runner.start()
            deadline = time.monotonic() + 30
            while not _waiting_on_a_lock(pg_uri, "second_run"):
                assert time.monotonic() < deadline, "the second run never reached the article's lock"
            first.db.execute("UPDATE articles SET parser = 'v-new' WHERE id = %s", (article_id,))
        runner.join(30)
        assert [r.articles for r in reports] == [0]
        assert second.quotes.get(alices).voice == "author"  # the first run's (here: none) stands


def test_the_command_line_rederives_a_team_library(as_member, shared_article, monkeypatch, capsys):
    monkeypatch.setattr(rederive, "current_version", lambda: "v-new")
    assert main(["--library", as_member("eve"), "library", "rederive", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["articles"], done["failed"]) == (1, [])
    assert main(["--library", as_member("rita"), "library", "rederive"]) == 0  # nothing stale: says so
    assert "nothing to do" in capsys.readouterr().out
