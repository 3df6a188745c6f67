"""The team library's first page read by a reader process at launch (``library/postgres/early_read.py``):
the window lists the team's quotes from it while its own connection opens, then follows what changed
after that read; a reader refused says what an open in the window says, word for word."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from qtapp.errors import UserError
from qtapp.library import opening
from qtapp.library.postgres import early_read
from qtapp.paths import LIBRARY_ENV
from qtapp.ui.quotes.service import QuoteLibrary
from tests.team.team_windows import SAYING, save, table_texts
from tests.windows import window_factory

OTHER = "This visit marks his fifth trip"


def _clip(address: str, seed_path, text: str) -> None:
    """A colleague saves a quote from the command line (their own process, their own role)."""
    done = subprocess.run([sys.executable, "-m", "qtapp", "--library", address, "quotes", "add", str(seed_path),
                           "--text", text], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def starting_window(qtbot, seed_path, monkeypatch, told):
    """``make(address)`` -> a window as the program starts it: a reader process begun first, then the
    window opening its team library in the background."""
    monkeypatch.setattr(QuoteLibrary, "open_team_in_background", True)
    factory = window_factory(qtbot, seed_path)
    make_window = next(factory)

    def make(address: str):
        monkeypatch.setenv(LIBRARY_ENV, address)
        assert early_read.begin(address) is not None
        return make_window(True)

    yield make
    next(factory, None)
    early_read.begin(None)  # none left for another test


def test_the_window_lists_the_early_page_then_follows_a_change_made_after_it(
        starting_window, as_member, gate, seed_path, qtbot, told):
    _clip(as_member("bob"), seed_path, SAYING)
    window = starting_window(as_member("alice"))
    library = window.quotes.library
    with qtbot.waitSignal(library.earlyListed, timeout=20000):
        pass
    assert library.store is None and library.connecting  # this process has not opened the library
    assert table_texts(window) == [SAYING]  # bob's quote, from the reader's read
    assert window.quotes.team_status.label.text().startswith("Connecting to")  # visibly not open yet
    assert window.quotes.dock.empty.isHidden()

    _clip(as_member("bob"), seed_path, OTHER)  # after the reader's read, before the window listens
    assert table_texts(window) == [SAYING]
    gate.set()
    qtbot.waitUntil(lambda: library.live is not None and library.live_caught_up, timeout=20000)
    assert library.early_rows is None and library.store is not None
    assert sorted(table_texts(window)) == sorted([SAYING, OTHER])
    assert window.quotes.team_status.label.text().startswith("Team library:")
    mine = save(window, "Success comes")  # the window writes through its own connection now
    assert mine.clipped_by == "alice" and not told


def test_while_listing_the_early_page_nothing_is_saved_and_the_window_says_so(starting_window, as_member,
                                                                               gate, qtbot, told):
    window = starting_window(as_member("alice"))
    library = window.quotes.library
    with qtbot.waitSignal(library.earlyListed, timeout=20000):
        pass
    assert table_texts(window) == []
    assert not window.action("actionSaveQuote").isEnabled()
    assert library.save_quote is not None and library.store is None  # nothing to write into yet
    # A search is not what the reader read: it waits for the library, as while connecting.
    window.quotes.dock.search.setText("success")
    window.quotes.dock.apply_filters()
    assert table_texts(window) == [] and library.quotes(search="success") is None


def test_a_reader_refused_says_what_opening_says(starting_window, pg, as_member, tmp_path, monkeypatch, qtbot,
                                                 told):
    wrong = tmp_path / "wrong-pgpass"
    wrong.write_text("127.0.0.1:*:*:alice:not-her-password\n", encoding="utf-8")
    wrong.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(wrong))
    address = as_member("alice")
    with pytest.raises(UserError) as opened_here:
        opening.open_team(address)
    window = starting_window(address)
    library = window.quotes.library
    qtbot.waitUntil(lambda: library.connecting is None, timeout=20000)
    assert library.store is None and library.early_rows is None
    assert told and told[-1][1] == str(opened_here.value)
    assert 'password authentication failed for user "alice"' in told[-1][1] and "not-her-password" not in told[-1][1]


def test_the_reader_s_answer_is_the_first_page_a_table_asks_for(as_member, seed_path):
    from qtapp.library.postgres.store import TeamLibrary
    from qtapp.ui.quotes.table_model import PAGE

    assert early_read.FIRST_PAGE == PAGE
    assert early_read.is_first_page({"limit": PAGE, "offset": 0, "needs_check": False})
    assert not early_read.is_first_page({"limit": PAGE, "offset": PAGE})
    assert not early_read.is_first_page({"limit": PAGE, "offset": 0, "search": "t"})
    assert not early_read.is_first_page({"limit": PAGE, "clipped_by": "bob"})
    _clip(as_member("bob"), seed_path, SAYING)
    _clip(as_member("alice"), seed_path, OTHER)
    answer = early_read.read_first_page(as_member("alice"))
    with TeamLibrary.open(as_member("alice")) as library:
        assert [r.id for r in answer.rows or []] == [r.id for r in library.quotes.find(limit=PAGE)]
    assert len(answer.rows or []) == 2 and answer.refused is None


FORKED = """
import json, sys, threading
from qtapp.library.postgres import early_read
early = early_read.begin(sys.argv[1])
forked = early is not None and early._pid is not None and "PySide6.QtCore" not in sys.modules
answer = early.receive()
print(json.dumps({"forked": forked, "rows": [r.exact for r in answer.rows or []], "refused": answer.refused}))
"""


def test_a_program_without_qt_forks_its_reader_and_gets_the_page(as_member, seed_path):
    _clip(as_member("bob"), seed_path, SAYING)
    done = subprocess.run([sys.executable, "-c", FORKED, as_member("alice")], capture_output=True, text=True,
                          timeout=120, env={**os.environ, LIBRARY_ENV: ""})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found == {"forked": True, "rows": [SAYING], "refused": None}


def test_a_forked_reader_of_a_server_that_is_away_says_why(pg):
    address = f"postgresql://ann:s3cret@127.0.0.1:{pg.port + 1}/quotes?connect_timeout=2"
    done = subprocess.run([sys.executable, "-c", FORKED, address], capture_output=True, text=True, timeout=120)
    found = json.loads(done.stdout)
    with pytest.raises(UserError) as opened_here:
        opening.open_team(address)
    assert found["forked"] and found["rows"] == [] and found["refused"] == str(opened_here.value)
    assert "postgresql://ann@127.0.0.1" in found["refused"] and "s3cret" not in found["refused"]


def test_no_reader_for_a_library_file_for_one_core_or_when_turned_off(monkeypatch, tmp_path):
    assert early_read.begin(str(tmp_path / "library.sqlite3")) is None
    address = "postgresql://ann@127.0.0.1:1/quotes"
    monkeypatch.setenv(early_read.OFF_ENV, "0")
    assert early_read.begin(address) is None
    monkeypatch.delenv(early_read.OFF_ENV)
    monkeypatch.setattr(early_read, "_cores", lambda: 1)  # the reader would only take turns with the window
    assert early_read.begin(address) is None
    assert early_read.take(address) is None


def test_a_reader_let_go_while_it_waits_on_a_silent_server_is_ended_at_once():
    """A window that takes no reader (another library chosen) must not wait out libpq's timeout."""
    import socket
    import time

    with socket.socket() as silent:  # accepts, never answers: libpq waits for its greeting
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        silent.settimeout(30)
        address = f"postgresql://ann@127.0.0.1:{silent.getsockname()[1]}/quotes?connect_timeout=30"
        early = early_read.begin(address)
        assert early is not None
        waiting, _ = silent.accept()  # the reader has connected and waits for the server to speak
        with waiting:
            begin = time.monotonic()
            assert early_read.take("postgresql://ann@127.0.0.1:1/other") is None  # not the one it reads
            assert time.monotonic() - begin < 5
            assert early.receive() == early_read.Answer()  # nothing from it, and no error
