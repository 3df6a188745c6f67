"""``--screenshot`` runs with nobody at the screen: a library problem is printed (exit 2), never a modal
box that waits forever; a large file is shown (read on the command line), and nothing crashes at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qtapp.ui import headless
from qtapp.ui.session import Session

TIMEOUT_S = 120  # a run that waits on a dialog never ends: this fails it instead of hanging the suite


def screenshot(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "qtapp", *args], env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)


def test_a_damaged_library_is_printed_not_asked_about(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    library.write_bytes(b"not a database at all, " * 300)
    before = library.read_bytes()
    out = tmp_path / "shot.png"
    result = screenshot("--library", str(library), "--screenshot", str(out))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("quoteclip: ") and "is damaged" in line and str(library) in line
    assert library.read_bytes() == before and not out.exists()
    assert not list(tmp_path.glob("lib.sqlite3.damaged-*"))  # "No" is the answer nobody gave


def test_an_unavailable_library_is_printed_not_shown_in_a_box(tmp_path: Path) -> None:
    library = tmp_path / "a-folder.sqlite3"
    library.mkdir()  # a folder where the library should be: it cannot be opened
    result = screenshot("--library", str(library), "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("quoteclip: ") and str(library) in line


def test_a_file_over_a_megabyte_is_shot_and_the_run_ends_cleanly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    paragraph = "A river runs past the town where people said many things about water and weather. " * 8
    big.write_text("Big River\n\n" + "\n\n".join(f"{n}. {paragraph}" for n in range(2000)), encoding="utf-8")
    assert big.stat().st_size > 1024 * 1024
    out = tmp_path / "shot.png"
    result = screenshot("--library", str(tmp_path / "lib.sqlite3"), "--screenshot", str(out), str(big))
    assert result.returncode == 0, result.stderr
    assert "Signal source has been deleted" not in result.stderr and "Traceback" not in result.stderr
    assert out.stat().st_size > 10_000
    assert Session().last_article == big.resolve()  # the big article was on screen, not still loading


def test_headless_keeps_messages_and_answers_no(qapp: object) -> None:
    from qtapp.ui.dialogs import ErrorMessage
    from qtapp.ui.quotes import QuoteLibrary

    headless.start()
    try:
        assert QuoteLibrary.ask(None, "Library damaged", "Start a new one?") is False
        QuoteLibrary.tell(None, "Library", "the disk is full")
        ErrorMessage.show(None, "Cannot open article", "x.txt: no such file")
        assert headless.messages == ["the disk is full", "x.txt: no such file"]
    finally:
        headless.stop()
    assert not headless.intercept("shown as a box again")


@pytest.fixture(autouse=True)
def _headless_off() -> object:
    yield
    headless.stop()
