"""The day's first save on the command line copies nothing: the window takes the day's snapshot at its
next start, off its thread (issue 15, item 18: 5.3 s for a one-quote save at 1.1 GB)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qtapp.cli import main
from qtapp.library import backup_policy, snapshots
from qtapp.library.store import Library
from qtapp.paths import LIBRARY_ENV


def test_a_command_line_save_takes_no_snapshot_and_the_window_takes_it_later(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    lib = tmp_path / "library.sqlite3"
    monkeypatch.setenv(LIBRARY_ENV, str(lib))
    args = ["--library", str(lib), "quotes", "add", str(seed_path), "--text"]
    assert main([*args, "Success comes to those who share in one purpose."]) == 0
    copies: list[float] = []
    real_take = snapshots.take

    def slow_take(*a: object, **k: object) -> Path:
        copies.append(time.monotonic())
        time.sleep(2)  # what copying a big library costs
        return real_take(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshots, "take", slow_take)
    begin = time.monotonic()
    assert main([*args, "This visit marks his fifth trip"]) == 0  # the day's first save of a library
    assert time.monotonic() - begin < 2 and copies == []
    assert snapshots.list_snapshots(lib) == []
    assert backup_policy.DAILY_ON_WRITE  # only the command's own run is changed
    with Library.open(lib) as library:  # what the window does once it is up
        assert library.snapshot_in_background()
    [daily] = snapshots.list_snapshots(lib)
    assert daily.reason == "daily" and daily.quotes == 2
    capsys.readouterr()
