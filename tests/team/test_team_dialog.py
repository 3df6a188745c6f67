"""Preferences → Library → Team Library…: the connection dialog (fields or an address, a Test that
runs in the background and says OK or libpq's reason, a password asked for and never stored), Connect
switching the window to the team library, and back to My Library; a bad password and a TLS demand the
server cannot meet are refused with a clear message."""

from __future__ import annotations

import subprocess

import psycopg
import pytest

from qtapp import paths
from qtapp.ui.preferences_library import LibraryPage
from qtapp.ui.team_dialog import TeamLibraryDialog
from tests import pg_cluster
from tests.team.team_windows import SAYING, save
from tests.windows import window_factory

SECRET = "c0rrect-h0rse"



@pytest.fixture
def make_window(qtbot, library_file, seed_path, told):
    yield from window_factory(qtbot, seed_path)


@pytest.fixture(scope="session")
def password_role(pg: pg_cluster.Cluster) -> str:
    """A member who must give a password (scram), on a cluster that otherwise trusts 127.0.0.1."""
    hba = pg.folder / "data" / "pg_hba.conf"
    text = hba.read_text()
    if "quoteclip_pw" not in text:
        hba.write_text(f"host all quoteclip_pw 127.0.0.1/32 scram-sha-256\n{text}")
    with psycopg.connect(pg.uri(), autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'quoteclip_pw'").fetchone():
            conn.execute(f"CREATE ROLE quoteclip_pw LOGIN PASSWORD '{SECRET}'")
    return "quoteclip_pw"


def fill(dialog: TeamLibraryDialog, uri: str, **fields: str) -> None:
    info = psycopg.conninfo.conninfo_to_dict(uri)
    dialog.address.setText("")
    dialog.host.setText(str(info["host"]))
    dialog.port.setValue(int(info["port"]))
    dialog.dbname.setText(str(info["dbname"]))
    dialog.user.setText(fields.get("user", str(info["user"])))
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData(fields.get("sslmode", "prefer")))
    dialog.password.setText(fields.get("password", ""))


def click_test(qtbot, dialog: TeamLibraryDialog) -> str:
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and dialog.result_label.text() != "Testing…",
                    timeout=10000)
    return dialog.result_label.text()


def test_the_test_button_says_ok_with_the_role_in_the_background(qtbot, as_member, told):
    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    fill(dialog, as_member("alice"))
    dialog.test_button.click()
    assert dialog.result_label.text() == "Testing…" and not dialog.test_button.isEnabled()  # not blocking
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
    assert dialog.result_label.text().startswith("✓ OK") and "as alice" in dialog.result_label.text()
    assert "a QuoteClip team library" in dialog.result_label.text()


def test_a_bad_password_is_said_with_libpq_s_reason_and_never_stored(qtbot, pg, pg_uri, password_role, told):
    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    fill(dialog, pg_uri, user=password_role, password="wrong-one")
    text = click_test(qtbot, dialog)
    assert text.startswith("✗ Cannot connect to") and "password authentication failed" in text
    assert "wrong-one" not in text
    fill(dialog, pg_uri, user=password_role, password=SECRET)
    assert click_test(qtbot, dialog).startswith("✓ OK") and f"as {password_role}" in dialog.result_label.text()
    dialog.buttons.accepted.emit()  # Connect
    assert dialog.chosen is not None and SECRET in dialog.chosen  # for this connection only...
    assert SECRET not in paths.settings_file().read_text()  # ...never in the settings
    assert "quoteclip_pw" in paths.settings_file().read_text()  # the fields are remembered
    again = TeamLibraryDialog()
    qtbot.addWidget(again)
    assert again.user.text() == password_role and again.password.text() == ""


def test_tls_required_from_a_server_without_it_is_refused_clearly(qtbot, pg_uri, told):
    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    fill(dialog, pg_uri, sslmode="require")
    text = click_test(qtbot, dialog)
    assert text.startswith("✗") and "server does not support SSL, but SSL was required" in text
    fill(dialog, pg_uri, sslmode="disable")
    assert click_test(qtbot, dialog).startswith("✓ OK")


def test_connect_switches_the_window_to_the_team_library_and_back(make_window, as_member, library_file,
                                                                  monkeypatch, told):
    monkeypatch.setenv(paths.LIBRARY_ENV, str(library_file))  # setting up the team named its own
    window = make_window()
    mine = save(window)  # in the personal library first
    page = LibraryPage(window)
    assert not page.mine_button.isEnabled()
    monkeypatch.setattr(TeamLibraryDialog, "ask", classmethod(lambda cls, parent: as_member("bob")))
    page.team_button.click()
    library = window.quotes.library
    assert library.is_team and library.store.role == "bob"
    name = window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QLabel, "libraryName")
    assert name is not None and name.isVisibleTo(window) and as_member("bob") in name.text()
    assert page.location.text() == as_member("bob") and page.mine_button.isEnabled()
    assert window.quotes.model.rowCount() == 0  # the team's quotes now, not the personal one
    shared = save(window, "This visit marks his fifth trip")
    assert shared.clipped_by == "bob"
    page.mine_button.click()
    assert not library.is_team and not name.isVisibleTo(window)
    window.quotes.model.flush()
    assert [window.quotes.model.quote_at(r).id for r in range(window.quotes.model.rowCount())] == [mine.id]
    assert window.quotes.model.quote_at(0).exact == SAYING
    assert told == []  # no message box on the way


def test_a_team_library_that_cannot_be_opened_keeps_the_open_one(make_window, pg, monkeypatch, told):
    window = make_window()
    save(window)
    page = LibraryPage(window)
    assert not page.use(pg.uri("no_such_db").replace("@", ":hunter2@", 1))
    assert not window.quotes.library.is_team and window.quotes.library.count() == 1
    message = told[-1][1]
    assert 'database "no_such_db" does not exist' in message and "hunter2" not in message


def test_the_cluster_is_not_using_tls(pg):  # the premise of the TLS test above
    out = subprocess.run([*pg.runas, str(pg.bin / "postgres"), "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    with psycopg.connect(pg.uri(), autocommit=True) as conn:
        assert conn.execute("SHOW ssl").fetchone() == ("off",)
