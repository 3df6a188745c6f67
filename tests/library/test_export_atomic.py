"""Atomic export writes: a failure leaves the old file whole, no temporary file, and a message."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

import pytest

from qtapp.errors import UserError
from qtapp.library import atomic
from qtapp.library.atomic import write_atomic


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's home folder)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_writes_and_replaces(folder: Path) -> None:
    target = folder / "out.md"
    write_atomic(target, lambda out: out.write("first 🎉\n"))
    write_atomic(target, lambda out: out.write("second\n"))
    assert target.read_text(encoding="utf-8") == "second\n"
    assert os.listdir(folder) == ["out.md"]


def test_new_files_get_ordinary_permissions_and_old_ones_keep_theirs(folder: Path) -> None:
    target = folder / "out.csv"
    write_atomic(target, lambda out: out.write("x"))
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    target.chmod(0o600)
    write_atomic(target, lambda out: out.write("y"))
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_failing_writer_leaves_the_old_file(folder: Path) -> None:
    target = folder / "out.json"
    target.write_text("old", encoding="utf-8")

    def half(out: TextIO) -> None:
        out.write("half a fi")
        raise RuntimeError("exporter bug")

    with pytest.raises(RuntimeError):
        write_atomic(target, half)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(folder) == ["out.json"]


def test_a_failing_disk_is_a_user_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = folder / "out.json"
    target.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(UserError, match="No space left on device.*unchanged"):
        write_atomic(target, lambda out: out.write("new"))
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(folder) == ["out.json"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_a_user_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "out.md").write_text("old", encoding="utf-8")
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot write"):
            write_atomic(folder / "out.md", lambda out: out.write("new"))
        assert (folder / "out.md").read_text(encoding="utf-8") == "old"
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot write .*nowhere"):
        write_atomic(tmp_path / "nowhere" / "out.md", lambda out: out.write("x"))


def test_a_read_only_file_system_is_a_user_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does for a non-root user, simulated for any user: the rename fails."""
    target = folder / "out.ris"
    target.write_text("old", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(UserError, match="Read-only file system"):
        write_atomic(target, lambda out: out.write("new"))
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(folder) == ["out.ris"]
