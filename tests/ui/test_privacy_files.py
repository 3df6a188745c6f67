"""What QuoteClip writes about the user is theirs alone: 0600 files in 0700 folders, tidied away."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from qtapp import paths
from qtapp.article import parse_cache
from qtapp.ui.session import Session

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_settings_file_is_private_even_when_an_older_one_was_not(qapp: object) -> None:
    session = Session()
    session.remember_article(Path("/articles/secret.txt"))
    session.sync()
    ini = paths.settings_file()
    assert "secret.txt" in ini.read_text(encoding="utf-8")
    assert mode(ini) == 0o600 and mode(ini.parent) == 0o700
    ini.chmod(0o644)
    ini.parent.chmod(0o755)
    again = Session()
    again.remember_article(Path("/articles/other.txt"))
    again.sync()
    assert mode(ini) == 0o600 and mode(ini.parent) == 0o700


def test_the_library_location_is_private(tmp_path: Path) -> None:
    from qtapp.ui.preferences_move import record_location

    record_location(tmp_path / "moved.sqlite3")
    pointer = paths.library_location_file()
    assert pointer.read_text(encoding="utf-8").strip() == str(tmp_path / "moved.sqlite3")
    assert mode(pointer) == 0o600 and mode(pointer.parent) == 0o700
    assert [p.name for p in pointer.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_clipping_is_private() -> None:
    from qtapp.ui.opening import save_clipping

    saved = save_clipping("A pasted article")
    assert mode(saved) == 0o600 and mode(saved.parent) == 0o700


def test_clear_recent_also_clears_the_parsed_texts(qapp: object) -> None:
    parse_cache.parse_bytes(b"A title\n\nSome paragraph of a private article, long enough.")
    assert list(parse_cache.folder().glob("*.json"))
    session = Session()
    session.remember_article(Path("/articles/secret.txt"))
    session.clear_recent()
    assert session.recent_files == [] and list(parse_cache.folder().glob("*.json")) == []
