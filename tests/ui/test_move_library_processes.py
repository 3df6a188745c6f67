"""Move Library while another QuoteClip process has the library open: that process's saves are never
"saved" into the old file, the old file is not deleted under it, and windows follow the move."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qtapp import paths
from qtapp.cli import main
from qtapp.library.store import Library
from qtapp.ui.main_window import MainWindow
from qtapp.ui.preferences_library import move
from qtapp.ui.quotes.service import QuoteLibrary

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")

# Another QuoteClip process: opens the library, then saves one quote per "save" line it reads.
OTHER = textwrap.dedent('''
    import sys
    from qtapp.article.loader import read_article
    from qtapp.errors import UserError
    from qtapp.library.store import Library
    library = Library.open(sys.argv[1])
    article, source = read_article(sys.argv[2])
    article_id = library.articles.add(article, source, sys.argv[2])
    print("open", flush=True)
    for line in sys.stdin:
        if line.strip() == "close":
            break
        start = article.text.index(line.strip())
        try:
            quote = library.quotes.add(article_id, start, start + len(line.strip()))
        except UserError as error:
            print("refused", error, flush=True)
        else:
            print("saved", quote, flush=True)
    library.close()
    print("closed", flush=True)
''')


class Other:
    def __init__(self, tmp_path: Path, library: Path, article: Path) -> None:
        script = tmp_path / "other.py"
        script.write_text(OTHER, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        self.proc = subprocess.Popen([sys.executable, str(script), str(library), str(article)], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.readline() == "open"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.readline()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.send("close")
            self.proc.wait(timeout=30)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def window_and_other(reader_window: MainWindow, tmp_path: Path, seed_path: Path
                     ) -> Iterator[tuple[MainWindow, Other]]:
    window = reader_window
    window.reader.setTextCursor(window.reader.document().find("Shanghai Cooperation Organisation"))
    window.action("actionSaveQuote").trigger()
    other = Other(tmp_path, window.quotes.library.path, seed_path)
    try:
        yield window, other
    finally:
        other.stop()


def test_a_save_in_another_process_after_the_move_is_refused_and_the_old_file_is_kept_for_it(
        window_and_other: tuple[MainWindow, Other], tmp_path: Path, qtbot: QtBot) -> None:
    window, other = window_and_other
    old = window.quotes.library.path
    assert other.send("Astana, Kazakhstan").startswith("saved")  # before the move: reaches the copy
    target = tmp_path / "moved" / "library.sqlite3"
    target.parent.mkdir()
    assert move(window, target)
    reply = other.send("Belt and Road")
    assert reply.startswith("refused") and str(target) in reply  # never "saved" into the old file
    assert old.is_file()  # the other process still has it open: not deleted under it
    assert "old file stays" in window.statusBar().currentMessage()
    with Library.open(target, readonly=True) as moved:
        assert sorted(q.exact for q in moved.quotes.find()) == ["Astana, Kazakhstan",
                                                           "Shanghai Cooperation Organisation"]
    other.stop()
    qtbot.waitUntil(lambda: not old.exists(), timeout=10000)  # removed once nobody has it open
    assert main(["--library", str(old), "quotes", "add", str(Path(other.proc.args[3])), "--text",
                 "Belt and Road"]) != 0  # a stale --library OLD is told where the library went


def test_another_window_follows_the_move_and_its_next_save_lands_in_the_new_file(
        reader_window: MainWindow, tmp_path: Path) -> None:
    window = reader_window
    old = window.quotes.library.path
    window.reader.setTextCursor(window.reader.document().find("Shanghai Cooperation Organisation"))
    window.action("actionSaveQuote").trigger()
    elsewhere = QuoteLibrary(None, old)  # another window's service, as in a second process
    assert elsewhere.open()
    target = tmp_path / "moved.sqlite3"
    try:
        assert move(window, target)
        assert elsewhere.check_external()  # its poll sees the note and reopens at the new place
        assert elsewhere.path == target and elsewhere.store is not None
        assert [q.exact for q in elsewhere.store.quotes.find()] == ["Shanghai Cooperation Organisation"]
    finally:
        elsewhere.close()


def test_moving_a_library_given_with_dash_dash_library_leaves_the_saved_location_alone(
        make_reader_window: Callable[..., MainWindow], library_file: Path, tmp_path: Path) -> None:
    paths.set_library_override(library_file)
    window = make_reader_window()
    window.reader.setTextCursor(window.reader.document().find("Shanghai Cooperation Organisation"))
    window.action("actionSaveQuote").trigger()
    pointer = paths.library_location_file()
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.write_text("/somewhere/the/user/chose.sqlite3\n", encoding="utf-8")
    target = tmp_path / "for-this-run.sqlite3"
    assert move(window, target)
    assert pointer.read_text(encoding="utf-8") == "/somewhere/the/user/chose.sqlite3\n"
    assert paths.library_path() == target  # this run follows the move
    assert "--library" in window.statusBar().currentMessage()


def test_a_damaged_library_behind_a_link_is_not_replaced_and_nothing_is_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    precious = tmp_path / "precious.db"
    precious.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # not a library: "damaged"
    link = tmp_path / "library.sqlite3"
    link.symlink_to(precious)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(lambda cls, parent, title, text: asked.append(text)
                                                         or True))
    monkeypatch.setattr(QuoteLibrary, "tell", classmethod(lambda cls, parent, title, text: told.append(text)))
    service = QuoteLibrary(None, link)
    assert not service.open()
    assert not asked and told and "link" in told[0]
    assert link.is_symlink() and precious.read_bytes().startswith(b"SQLite format 3\x00\x00")
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []
