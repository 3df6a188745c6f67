"""Fixtures for the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from qtapp.paths import LIBRARY_ENV


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty library's path; setenv first so the override --library makes is undone after the test.
    A module that needs a library with quotes in it defines its own ``lib``."""
    path = tmp_path / "lib.sqlite3"
    monkeypatch.setenv(LIBRARY_ENV, str(path))
    return path
