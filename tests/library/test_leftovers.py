"""Leftovers of a killed export or move are removed on the next run; fresh or held ones never are;
a library path that is a symbolic link is never moved aside or written through."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from qtapp.library import leftovers
from qtapp.library.atomic import write_atomic
from qtapp.library.errors import LibraryUnavailable
from qtapp.library.quarantine import quarantine
from qtapp.library.store import Library


def _old(path: Path, content: bytes = b"half an export") -> Path:
    path.write_bytes(content)
    past = time.time() - leftovers.STALE_AFTER_S - 60
    os.utime(path, (past, past))
    return path


def test_the_next_export_removes_a_killed_exports_temp_file_but_not_a_fresh_or_held_one(tmp_path: Path) -> None:
    stale = _old(tmp_path / ".quotes.md.abcd1234.tmp")
    fresh = tmp_path / ".quotes.md.efgh5678.tmp"
    fresh.write_bytes(b"being written right now")
    held = _old(tmp_path / ".quotes.csv.ijkl9012.tmp")
    stranger = _old(tmp_path / ".someone-elses.tmp")
    fd = os.open(held, os.O_RDONLY)
    try:
        leftovers.mark_in_use(fd)  # a live export in another run holds its file
        write_atomic(tmp_path / "quotes.md", lambda out: out.write("# Quotes\n"))
    finally:
        os.close(fd)
    assert not stale.exists() and fresh.exists() and held.exists() and stranger.exists()
    assert (tmp_path / "quotes.md").read_text(encoding="utf-8") == "# Quotes\n"


def test_opening_the_library_removes_a_killed_moves_partial_copy(tmp_path: Path) -> None:
    moving = _old(tmp_path / ".library-moving-a1b2c3d4.sqlite3", b"partial copy")
    other = _old(tmp_path / ".notes-moving-a1b2c3d4.sqlite3", b"another library's move")
    with Library.open(tmp_path / "library.sqlite3"):
        pass
    assert not moving.exists() and other.exists()


def test_a_library_path_that_is_a_link_is_never_moved_aside(tmp_path: Path) -> None:
    precious = tmp_path / "precious.db"
    precious.write_bytes(b"someone's own file, not a library" * 10)
    link = tmp_path / "library.sqlite3"
    link.symlink_to(precious)
    with pytest.raises(LibraryUnavailable, match="link"):
        quarantine(link)
    assert link.is_symlink() and precious.read_bytes().startswith(b"someone's own file")
