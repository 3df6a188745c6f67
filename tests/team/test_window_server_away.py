"""The server goes away while a window has the team library open: a clear message (address without the
password, libpq's reason) offering the personal library, a save that says it was not made and leaves
nothing half-written, and a window that reconnects by itself when the server is back.

These stop and restart the session's throwaway cluster (always restarted, on the same port).
"""

from __future__ import annotations

import pytest

from qtapp.ui.quotes.team_status import OfferPersonal
from tests.team.team_windows import save, select_text


@pytest.fixture
def server_down(pg):
    """Stop the cluster for the test's body; it is started again whatever happens."""
    stopped: list[bool] = []

    def stop() -> None:
        pg.stop()
        stopped.append(True)

    def start() -> None:
        if stopped:
            pg.start()
            stopped.clear()

    yield stop, start
    start()


def test_the_window_says_the_server_is_away_saves_nothing_half_and_reconnects(member_window, server_down,
                                                                               qtbot, monkeypatch, told):
    offered: list[str] = []
    monkeypatch.setattr(OfferPersonal, "ask", classmethod(lambda cls, parent, message: offered.append(message)
                                                          and False))
    alice = member_window("alice")
    library = alice.quotes.library
    kept = save(alice)
    stop, start = server_down
    with qtbot.waitSignal(library.serverLost, timeout=10000) as lost:
        stop()
    message = lost.args[0]
    assert offered == [message] and library.shown_address in message and "://alice@" in message
    assert "refused" in message.lower() or "terminat" in message.lower() or "closed" in message.lower()
    name = alice.quotes.team_status.label
    assert name.text().startswith("Team library away")

    select_text(alice, "This visit marks his fifth trip")
    told.clear()
    alice.action("actionSaveQuote").trigger()
    assert told and "not" in told[-1][1].lower() and library.shown_address in told[-1][1]  # said, not made

    with qtbot.waitSignal(library.serverBack, timeout=15000):
        start()
    assert name.text().startswith("Team library:")
    assert [r.id for r in library.quotes()] == [kept.id]  # the save made while away left nothing behind
    again = save(alice, "This visit marks his fifth trip")  # and saving works again
    assert again.id != kept.id and library.count() == 2


def test_the_offer_of_the_personal_library_opens_it(member_window, server_down, qtbot, monkeypatch,
                                                    library_file, told):
    monkeypatch.setattr(OfferPersonal, "ask", classmethod(lambda cls, parent, message: True))
    alice = member_window("alice")
    library = alice.quotes.library
    save(alice)
    monkeypatch.setattr("qtapp.paths.personal_library_path", lambda: library_file)
    stop, _ = server_down
    with qtbot.waitSignal(library.switched, timeout=10000):
        stop()
    assert not library.is_team and library.store is not None and library.count() == 0
    assert save(alice).clipped_by is None  # saved in the personal library
    assert library_file.exists()
