"""The window's own run opens a team library in the background: the window shows at once, says it is
connecting, saves nothing meanwhile (and says so), then lists the team's quotes as if opened in place;
a server that cannot be reached is said as before, with the address."""

from __future__ import annotations

import pytest

from qtapp.paths import LIBRARY_ENV
from qtapp.ui.quotes.service import QuoteLibrary
from tests.team.team_windows import SAYING, save, select_text, table_texts
from tests.windows import window_factory


@pytest.fixture
def connecting_window(qtbot, seed_path, monkeypatch, told):
    """``make(address)`` -> a window opening its team library in the background (the run's mode)."""
    monkeypatch.setattr(QuoteLibrary, "open_team_in_background", True)
    factory = window_factory(qtbot, seed_path)
    make_window = next(factory)

    def make(address: str):
        monkeypatch.setenv(LIBRARY_ENV, address)
        return make_window(True)

    yield make
    next(factory, None)


def test_the_window_says_it_is_connecting_then_lists_the_team_quotes(connecting_window, as_member, gate,
                                                                      qtbot, told):
    gate.set()
    first = connecting_window(as_member("bob"))
    qtbot.waitUntil(lambda: first.quotes.library.store is not None, timeout=15000)
    save(first)  # a colleague's quote, there before the next window opens

    gate.clear()
    window = connecting_window(as_member("alice"))
    library = window.quotes.library
    assert library.connecting and library.store is None
    assert "Connecting to the team library" in window.quotes.dock.empty.text()
    status = window.quotes.team_status.label.text()
    assert status.startswith("Connecting to") and "alice@" in status
    assert "Success comes" in window.reader.toPlainText()  # the article is readable meanwhile

    select_text(window, SAYING)
    assert not window.action("actionSaveQuote").isEnabled()  # nothing to save into yet
    window.action("actionSaveQuote").trigger()
    assert library.store is None and not told

    told.clear()
    with qtbot.waitSignal(library.switched, timeout=15000):
        gate.set()
    assert library.connecting is None and library.store is not None and not told
    assert window.quotes.team_status.label.text().startswith("Team library:")
    assert table_texts(window) == [SAYING]  # bob's quote, read once connected
    mine = save(window, "This visit marks his fifth trip")
    assert mine.clipped_by == "alice" and library.count() == 2


def test_a_server_that_cannot_be_reached_is_said_after_the_window_shows(connecting_window, pg, qtbot,
                                                                       told):
    address = f"postgresql://nobody@127.0.0.1:{pg.port + 1}/none?connect_timeout=2"
    window = connecting_window(address)
    library = window.quotes.library
    qtbot.waitUntil(lambda: library.connecting is None, timeout=15000)
    assert library.store is None
    assert told and "127.0.0.1" in told[-1][1] and "connect" in told[-1][1].lower()
    assert "Connecting" not in window.quotes.dock.empty.text()


def test_a_window_closed_while_connecting_leaves_no_connection_open(connecting_window, as_member, gate,
                                                                   qtbot):
    window = connecting_window(as_member("alice"))
    library = window.quotes.library
    opener = library._opener
    arrived: list[object] = []
    opener.opened.connect(lambda address, store, error: arrived.append(store))
    library.close()  # the window lets go of the library before the open has answered
    gate.set()
    qtbot.waitUntil(lambda: bool(arrived), timeout=15000)
    assert library.store is None and arrived[0].db.conn.closed  # the late store was closed, not kept
