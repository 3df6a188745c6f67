"""Fixtures for the team library: a team set up through the command line, and its members' addresses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qtapp.cli import main
from qtapp.paths import LIBRARY_ENV

MEMBERS = {"alice": [], "bob": [], "eve": ["--editor"], "rita": ["--read-only"]}


@pytest.fixture
def team(pg_uri: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    """A team library set up as the README says (``team init``, ``team add-member``): alice and bob are
    members, eve an editor, rita read-only. The administrator's address."""
    monkeypatch.setenv(LIBRARY_ENV, "")
    assert main(["team", "init", pg_uri]) == 0
    for name, flags in MEMBERS.items():
        assert main(["--library", pg_uri, "team", "add-member", name, *flags]) == 0
    capsys.readouterr()
    return pg_uri


@pytest.fixture
def as_member(team: str) -> Callable[[str], str]:
    """as_member(name) -> the team library's address for that member's own role."""
    def address(name: str) -> str:
        return team.replace("quoteclip_admin@", f"{name}@", 1)
    return address
