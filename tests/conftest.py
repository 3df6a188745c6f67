"""Test configuration shared by every layer: headless Qt, and no path into the real user's folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set before any Qt import: the whole suite runs headless, on a developer's desktop too.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QUOTECLIP_TESTING"] = "1"

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3001ce5c61a55120.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the long fault and fuzz loops too")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="long loop: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (through the XDG variables) and the library at a temporary folder."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    # setenv first so monkeypatch records the variable and undoes a --library override a test makes.
    monkeypatch.setenv("QUOTECLIP_LIBRARY", "")
    monkeypatch.delenv("QUOTECLIP_LIBRARY")
    return home


@pytest.fixture
def library_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library in a fresh folder, chosen through the environment as ``--library`` would (for windows)."""
    path = tmp_path / "lib" / "library.sqlite3"
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(path))
    return path


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


pytest_plugins = ["tests.pg_fixtures"]  # the PostgreSQL cluster and the two-backend fixture
