"""Colleagues live in the window: a quote saved, edited or deleted in one member's window appears in
another's within a second, through LISTEN/NOTIFY (no polling), and only the rows named are re-read."""

from __future__ import annotations

import pytest

from tests.team.team_windows import SAYING, save, table_texts

WITHIN_MS = 1000




def test_a_save_in_one_window_reaches_the_other_within_a_second(member_window, qtbot):
    alice, bob = member_window("alice"), member_window("bob")
    assert bob.quotes.library.live.listening and bob.quotes.library.live_caught_up  # (member_windows waits)
    assert table_texts(bob) == []
    with qtbot.waitSignal(bob.quotes.library.changed, timeout=WITHIN_MS) as heard:
        saved = save(alice)
    assert heard.args == [[saved.id]]  # the quote named: bob's window reads only it
    qtbot.waitUntil(lambda: table_texts(bob) == [SAYING], timeout=WITHIN_MS)
    assert bob.quotes.model.quote_at(0).clipped_by == "alice"


def test_a_colleague_s_note_edit_and_delete_reach_the_other_window(member_window, qtbot):
    alice, bob = member_window("alice"), member_window("bob")
    saved = save(alice)
    qtbot.waitUntil(lambda: table_texts(bob) == [SAYING], timeout=WITHIN_MS)
    with qtbot.waitSignal(bob.quotes.library.changed, timeout=WITHIN_MS):
        assert alice.quotes.library.update_quote(saved.id, note="checked with the desk")
    qtbot.waitUntil(lambda: bob.quotes.model.quote_at(0).note == "checked with the desk", timeout=WITHIN_MS)
    with qtbot.waitSignal(bob.quotes.library.changed, timeout=WITHIN_MS):
        assert alice.quotes.library.delete_quotes([saved.id])
    qtbot.waitUntil(lambda: table_texts(bob) == [], timeout=WITHIN_MS)


def test_a_window_s_own_save_is_not_heard_twice(member_window, qtbot):
    alice = member_window("alice")
    heard: list[list[int]] = []
    alice.quotes.library.changed.connect(heard.append)
    saved = save(alice)
    # Our own notice comes back from the server too; waiting on a colleague's write after it shows that
    # every notice before it has been handled.
    bob = member_window("bob", open_seed=False)
    with qtbot.waitSignal(alice.quotes.library.changed, timeout=WITHIN_MS):
        other = bob.quotes.library.store.quotes.add(saved.article_id, 0, 5)  # bob's own connection
    assert heard == [[saved.id], [other]]


def test_clipped_by_shows_in_the_table_and_the_detail_pane_and_filters(member_window, qtbot):
    from qtapp.ui.quotes.table_model import COLUMNS

    alice, bob = member_window("alice"), member_window("bob")
    save(alice)
    mine = save(bob, "This visit marks his fifth trip")
    dock, column = bob.quotes.dock, COLUMNS.index("clipped")
    assert not dock.table.isColumnHidden(column) and dock.clipped_filter.isVisibleTo(dock)
    qtbot.waitUntil(lambda: len(table_texts(bob)) == 2, timeout=WITHIN_MS)
    assert sorted(bob.quotes.model.index(r, column).data() for r in range(2)) == ["alice", "bob"]
    dock.fill_filters()
    combo = dock.clipped_filter
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["alice (1)", "bob (1)"]
    combo.setCurrentIndex(combo.findData("bob"))
    combo.activated.emit(combo.currentIndex())
    assert [r.id for r in (bob.quotes.model.quote_at(i) for i in range(bob.quotes.model.rowCount()))] == [mine.id]
    assert dock.select_quote(mine.id)
    assert "Clipped by bob on " in bob.quotes.detail.toPlainText()


def test_a_personal_library_has_no_clipped_by(make_personal_window):
    from qtapp.ui.quotes.table_model import COLUMNS

    window = make_personal_window()
    saved = save(window)
    dock = window.quotes.dock
    assert dock.table.isColumnHidden(COLUMNS.index("clipped")) and not dock.clipped_filter.isVisibleTo(dock)
    assert dock.select_quote(saved.id)
    assert "Clipped by" not in window.quotes.detail.toPlainText()
    assert window.quotes.library.quotes(clipped_by="bob")  # nobody else clips there: the filter is moot


@pytest.fixture
def make_personal_window(qtbot, library_file, seed_path, told):
    from tests.windows import window_factory

    yield from window_factory(qtbot, seed_path)


def test_copy_to_team_library_and_to_my_library_from_the_window(make_personal_window, member_window, as_member,
                                                               library_file, monkeypatch, qtbot):
    from qtapp.paths import LIBRARY_ENV
    from qtapp.ui.team_dialog import TeamLibraryDialog

    monkeypatch.setenv(LIBRARY_ENV, str(library_file))
    mine = make_personal_window()
    saved = save(mine)
    copier = mine.quotes.copier
    assert copier.to_team.isVisible() and not copier.to_mine.isVisible()  # a personal library's choice
    menu = mine.quotes.dock.build_context_menu()
    assert copier.to_team in menu.actions() and copier.to_team in mine.menu("Edit").actions()
    assert not copier.to_team.isEnabled()  # nothing selected yet
    assert mine.quotes.dock.select_quote(saved.id)
    assert copier.to_team.isEnabled() and not copier.to_mine.isVisible()
    monkeypatch.setattr(TeamLibraryDialog, "ask", classmethod(lambda cls, parent: as_member("bob")))
    bob = member_window("bob")
    with qtbot.waitSignal(bob.quotes.library.changed, timeout=WITHIN_MS):  # bob sees it arrive, live
        copier.to_team.trigger()
    assert "1 quotes and 1 articles added" in mine.statusBar().currentMessage()
    qtbot.waitUntil(lambda: table_texts(bob) == [SAYING], timeout=WITHIN_MS)
    copier.to_team.trigger()  # again: merged, not doubled
    assert "0 quotes and 0 articles added; 1 were there already" in mine.statusBar().currentMessage()
    assert bob.quotes.library.count() == 1

    other = save(bob, "This visit marks his fifth trip")
    monkeypatch.setattr("qtapp.paths.personal_library_path", lambda: library_file)
    assert bob.quotes.dock.select_quote(other.id)
    assert bob.quotes.copier.to_mine.isVisible() and not bob.quotes.copier.to_team.isVisible()
    bob.quotes.copier.to_mine.trigger()
    assert "1 quotes and 0 articles added" in bob.statusBar().currentMessage()  # the seed was there
    qtbot.waitUntil(lambda: mine.quotes.library.count() == 2, timeout=3000)
    assert sorted(q.exact for q in mine.quotes.library.quotes()) == sorted(
        [SAYING, "This visit marks his fifth trip"])


def test_a_listener_that_connects_after_the_window_closed_tells_nobody_and_raises_nothing(qapp):
    """``--screenshot`` closes the window at once; the listener's thread may connect after that, when its
    Qt bridge is deleted: emitting then raised "Signal source has been deleted" on that thread."""
    import shiboken6

    from qtapp.ui.quotes.team_live import TeamLive

    live = TeamLive("postgresql://nobody@127.0.0.1:1/none")
    started, refused = live.started, live.refused
    shiboken6.delete(live)
    with pytest.raises(RuntimeError):
        started.emit()  # what the thread did
    TeamLive.tell(started)
    TeamLive.tell(refused, "server closed the connection")
