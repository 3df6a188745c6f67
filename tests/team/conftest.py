"""Fixtures for the team library: a team set up through the command line, and its members' addresses."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from qtapp.cli import main
from qtapp.library import opening
from qtapp.paths import LIBRARY_ENV

MEMBERS = {"alice": [], "bob": [], "eve": ["--editor"], "rita": ["--read-only"]}


@pytest.fixture
def team(pg_uri: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    """A team library set up as the README says (``team init``, ``team add-member``): alice and bob are
    members, eve an editor, rita read-only, each with a password in PGPASSFILE. The administrator's address."""
    monkeypatch.setenv(LIBRARY_ENV, "")
    assert main(["team", "init", pg_uri]) == 0
    for name, flags in MEMBERS.items():
        assert main(["--library", pg_uri, "team", "add-member", name, *flags]) == 0
    capsys.readouterr()
    passwords = tmp_path / "pgpass"
    with psycopg.connect(pg_uri, autocommit=True) as admin:
        for name in MEMBERS:
            admin.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), f"pw-{name}"))
    passwords.write_text("".join(f"127.0.0.1:*:*:{name}:pw-{name}\n" for name in MEMBERS), encoding="utf-8")
    passwords.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passwords))  # libpq's own: the addresses carry no password
    return pg_uri


@pytest.fixture
def as_member(team: str) -> Callable[[str], str]:
    """as_member(name) -> the team library's address for that member's own role."""
    def address(name: str) -> str:
        return team.replace("quoteclip_admin@", f"{name}@", 1)
    return address


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch):
    """What the window's library messages said (``tests.windows.record_library_messages``), never a dialog."""
    from tests.windows import record_library_messages

    return record_library_messages(monkeypatch)


@pytest.fixture
def member_window(qtbot, seed_path, monkeypatch, as_member, told):
    """A factory of windows each opened on the team library as one member (closed at the end)."""
    from tests.team.team_windows import member_windows

    yield from member_windows(qtbot, seed_path, monkeypatch, as_member)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The window's own background open waits for ``gate.set()``, so a test sees the window while it
    connects (a reader process forked at launch is not held: it runs no "team-open" thread)."""
    event = threading.Event()
    real = opening.open_team

    def held(address: str) -> object:
        if threading.current_thread().name == "team-open":
            assert event.wait(timeout=30), "the test never let the team library open"
        return real(address)

    monkeypatch.setattr(opening, "open_team", held)
    yield event
    event.set()
