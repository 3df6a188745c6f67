"""``quotes export -o PATH`` never replaces the library, its side files, its snapshots, a folder or a
device; through a symlink it replaces the link's target and keeps the link (issue 15, item 3)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from qtapp.cli import main
from qtapp.library import snapshots
from qtapp.paths import LIBRARY_ENV

SAYING = "Success comes to those who share in one purpose."


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path,
        capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "data" / "library.sqlite3"
    monkeypatch.setenv(LIBRARY_ENV, str(path))
    assert main(["--library", str(path), "quotes", "add", str(seed_path), "--text", SAYING]) == 0
    capsys.readouterr()
    return path


def quotes_in(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0])


def export(lib: Path, target: Path | str, fmt: str = "md") -> int:
    return main(["--library", str(lib), "quotes", "export", "--format", fmt, "-o", str(target)])


def _same(lib: Path) -> Path:
    return lib


def _wal(lib: Path) -> Path:
    return Path(f"{lib}-wal")


def _shm(lib: Path) -> Path:
    return Path(f"{lib}-shm")


def _journal(lib: Path) -> Path:
    return Path(f"{lib}-journal")


def _snapshot(lib: Path) -> Path:
    conn = sqlite3.connect(lib)
    try:
        return snapshots.take(conn, lib, "manual")
    finally:
        conn.close()


def _new_name_in_backups(lib: Path) -> Path:
    _snapshot(lib)
    return snapshots.backup_dir(lib) / "fresh.md"


def _symlink_to_library(lib: Path) -> Path:
    link = lib.parent.parent / "elsewhere.md"
    link.symlink_to(lib)
    return link


def _hard_link_to_library(lib: Path) -> Path:
    link = lib.parent.parent / "hard.md"
    os.link(lib, link)
    return link


def _relative_path_to_library(lib: Path) -> Path:
    return lib.parent / ".." / lib.parent.name / lib.name


def _damaged_copy(lib: Path) -> Path:
    kept = lib.with_name(f"{lib.name}.damaged-20260101-000000")
    kept.write_bytes(b"old damaged library")
    return kept


@pytest.mark.parametrize("pick", [_same, _wal, _shm, _journal, _snapshot, _new_name_in_backups,
                                  _symlink_to_library, _hard_link_to_library, _relative_path_to_library,
                                  _damaged_copy])
@pytest.mark.parametrize("fmt", ["md", "json"])
def test_refuses_the_library_and_its_own_files(lib: Path, pick: Callable[[Path], Path], fmt: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = pick(lib)
    before = target.read_bytes() if target.exists() else None
    assert export(lib, target, fmt) == 2
    err = capsys.readouterr().err
    assert "will not export" in err and "Traceback" not in err
    assert (target.read_bytes() if target.exists() else None) == before
    assert quotes_in(lib) == 1
    assert not [p for p in lib.parent.rglob("*.tmp")]


def test_refuses_a_folder(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    (folder / "inside").mkdir(parents=True)
    assert export(lib, folder) == 2
    assert "it is a folder" in capsys.readouterr().err
    assert (folder / "inside").is_dir()


def test_refuses_a_device_or_pipe(lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert export(lib, fifo) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert fifo.is_fifo()


def test_a_symlink_to_dev_null_is_refused_not_replaced(lib: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """As root, renaming over /dev/null made it a regular file; through a link it is refused too."""
    link = tmp_path / "null.md"
    link.symlink_to(os.devnull)
    assert export(lib, link) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert link.is_symlink() and Path(os.devnull).is_char_device()


def test_a_symlink_is_followed_and_its_target_replaced(lib: Path, tmp_path: Path) -> None:
    real = tmp_path / "real" / "quotes.md"
    real.parent.mkdir()
    real.write_text("old export\n", encoding="utf-8")
    old_inode = real.stat().st_ino
    link = tmp_path / "links" / "quotes.md"
    link.parent.mkdir()
    link.symlink_to(real)
    assert export(lib, link) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert SAYING in real.read_text(encoding="utf-8")
    assert real.stat().st_ino != old_inode  # replaced by a rename, not rewritten in place
    assert sorted(os.listdir(real.parent)) == ["quotes.md"] and os.listdir(link.parent) == ["quotes.md"]


def test_an_ordinary_file_beside_the_library_is_fine(lib: Path) -> None:
    target = lib.with_name("library.sqlite3.md")
    assert export(lib, target) == 0
    assert SAYING in target.read_text(encoding="utf-8")
