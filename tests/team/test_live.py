"""Live: a colleague's save, edit and delete reach a listener within a second; a conflicting note edit
is "changed by X meanwhile", not an overwrite; a server that restarts is found again."""

from __future__ import annotations

import queue

import psycopg
import pytest
from PySide6.QtCore import QObject, Signal

from qtapp.article import parse_text
from qtapp.library.errors import LibraryUnavailable
from qtapp.library.postgres.live import RETRY_S, Change, ChangeListener
from qtapp.library.postgres.quotes import ChangedMeanwhile
from qtapp.library.postgres.store import TeamLibrary

TEXT = "The minister said trade grew fast. The future is bright, she added."


@pytest.fixture
def two(as_member):
    """(alice's library, bob's library, an article id) on one team library."""
    with TeamLibrary.open(as_member("alice")) as alice, TeamLibrary.open(as_member("bob")) as bob:
        article = parse_text(TEXT)
        yield alice, bob, alice.articles.add(article, TEXT)


def _next(changes: queue.Queue[Change], skip: tuple[str, ...] = (), within: float = 1.0) -> Change:
    while True:
        change = changes.get(timeout=within)  # within a second, or the test fails
        if change.op not in skip:
            return change


def test_a_colleague_s_save_edit_and_delete_reach_the_listener_within_a_second(two, as_member):
    alice, bob, article_id = two
    changes: queue.Queue[Change] = queue.Queue()
    listener = ChangeListener(as_member("alice"), changes.put)
    listener.start()
    try:
        quote = bob.quotes.add(article_id, 0, 12, tags=["x"])
        saved = _next(changes)
        assert (saved.op, saved.ids, saved.by) == ("insert", (quote,), "bob")
        assert saved.pid == bob.db.conn.info.backend_pid != alice.db.conn.info.backend_pid
        bob.quotes.update(quote, note="edited")
        edited = _next(changes)
        assert (edited.op, edited.ids, edited.by) == ("update", (quote,), "bob")
        bob.quotes.delete(quote)
        trashed = _next(changes)
        assert (trashed.op, trashed.ids) == ("update", (quote,))
        bob.quotes.purge_trash()
        purged = _next(changes)
        assert (purged.op, purged.ids, purged.by) == ("delete", (quote,), "bob")
        with pytest.raises(RuntimeError), bob.transaction():  # a rolled-back save tells nobody
            bob.quotes.add(article_id, 0, 3)
            raise RuntimeError("undone")
        with pytest.raises(queue.Empty):
            changes.get(timeout=0.3)
    finally:
        listener.stop()
    assert not listener.listening


def test_a_notice_anyone_could_forge_is_read_as_read_everything_again():
    assert Change.from_notice("not json", 7) == Change("update", None, None, 7)
    assert Change.from_notice('{"op": "insert", "ids": null, "by": "x"}', 7) == Change("insert", None, "x", 7)


class _Window(QObject):
    """What a window does with the listener: its callback emits a signal, queued to the GUI thread."""

    changed = Signal(object)


def test_a_change_reaches_a_second_window_through_a_qt_signal(two, as_member, qtbot):
    alice, bob, article_id = two
    window = _Window()
    listener = ChangeListener(as_member("alice"), window.changed.emit)
    listener.start()
    try:
        with qtbot.waitSignal(window.changed, timeout=1000) as blocker:
            bob.quotes.add(article_id, 0, 12)
        assert blocker.args[0].by == "bob"
    finally:
        listener.stop()


def test_a_note_changed_meanwhile_is_not_overwritten(two, as_member):
    alice, _, article_id = two
    quote = alice.quotes.add(article_id, 0, 12, note="first")
    shown = alice.quotes.get(quote)  # what alice's editor shows
    with TeamLibrary.open(as_member("eve")) as eve:
        eve.quotes.update(quote, note="eve's fix")
    with pytest.raises(ChangedMeanwhile, match="changed by eve meanwhile") as refused:
        alice.quotes.update_if_unchanged(shown, note="alice's edit")
    assert refused.value.current.note == "eve's fix" and refused.value.by == "eve"
    assert alice.quotes.get(quote).note == "eve's fix"
    again = alice.quotes.update_if_unchanged(refused.value.current, note="alice's edit, on eve's")
    assert (again.note, again.version, again.updated_by) == ("alice's edit, on eve's", 3, "alice")


def test_a_server_that_stops_and_comes_back_is_found_again(pg, pg_uri):
    changes: queue.Queue[Change] = queue.Queue()
    library = TeamLibrary.open(pg_uri)
    listener = ChangeListener(pg_uri, changes.put)
    listener.start()
    try:
        article = parse_text(TEXT)
        article_id = library.articles.add(article, TEXT)
        pg.stop()
        with pytest.raises(LibraryUnavailable, match="lost the connection|cannot connect") as away:
            library.quotes.add(article_id, 0, 12)
        assert "127.0.0.1" in str(away.value)
        assert _next(changes, ("insert",)).op == "lost"
        pg.start()
        assert _next(changes, ("lost",), within=RETRY_S * 4).op == "reconnected"  # at the listener's retry
        quote = library.quotes.add(article_id, 0, 12)  # the library connects again by itself
        assert library.quotes.get(quote).exact == TEXT[:12] and library.quotes.count() == 1
    finally:
        listener.stop()
        library.close()
        if not _running(pg):
            pg.start()


def _running(pg) -> bool:
    try:
        psycopg.connect(pg.uri(), connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True
