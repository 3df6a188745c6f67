"""What the window remembers between runs, and the one-shot screenshot mode of the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from qtapp import paths
from qtapp.ui.main_window import MainWindow
from qtapp.ui.session import Session
from tests.ui.conftest import write

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")

LONG = "\n\n".join(f"Paragraph {n} says something worth reading about glaciers and rivers, "
                   "at enough length to wrap over two lines at least." for n in range(1, 120))


def test_the_last_article_reopens_where_the_reader_left_it(make_reader_window: Callable[..., MainWindow],
                                                           tmp_path: Path, qtbot) -> None:
    path = write(tmp_path, "long.txt", LONG)
    first = make_reader_window(path)
    width = first.reader.width()
    first.resize(700, 500)  # inside the offscreen screen (800×600): restoreGeometry clamps to it
    qtbot.waitUntil(lambda: first.reader.width() != width)
    offset = first.article.text.index("Paragraph 80 says")
    first.reader.scroll_to_position(first.document_map.text_to_doc(offset))
    assert first.view_controls.reading_position() == offset
    first.close()

    again = make_reader_window()  # no FILE: the last article
    assert again.article_path == path.resolve()
    assert (again.width(), again.height()) == (700, 500)
    qtbot.waitUntil(lambda: again.view_controls.reading_position() == offset)
    assert Session().recent_files[0] == path.resolve()


def test_a_missing_last_article_falls_back_to_the_seed(make_reader_window: Callable[..., MainWindow],
                                                       tmp_path: Path) -> None:
    session = Session()
    session.remember_article(tmp_path / "gone.txt")
    session.sync()
    window = make_reader_window(show=False)
    assert window.article_path == paths.seed_article().resolve()


def test_settings_survive_odd_values(tmp_path: Path) -> None:
    session = Session()
    session.settings.setValue("reader/font_px", "huge")
    session.settings.setValue("reader/theme", "neon")
    session.settings.setValue("recent/files", "/only/one.txt")  # INI reads a one-item list as a string
    assert (session.font_px, session.theme) == (16, "system")
    assert session.recent_files == [Path("/only/one.txt")]
    session.font_px = 99
    assert session.font_px == 32


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "qtapp", *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_screenshot_writes_a_1200_by_800_png_and_exits_0(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = _run_cli("--library", str(tmp_path / "lib.sqlite3"), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert out.stat().st_size > 10_000 and (image.width(), image.height()) == (1200, 800)
    # Not a blank grab: the page has text in it, so its pixels differ.
    assert len({image.pixel(x, y) for x in range(0, 1200, 7) for y in range(60, 800, 7)}) > 10


def test_screenshot_of_an_unreadable_file_fails_with_a_message(tmp_path: Path) -> None:
    result = _run_cli("--library", str(tmp_path / "lib.sqlite3"), "--screenshot", str(tmp_path / "x.png"),
                      str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()



_COLLECTION_PROBE = """
import gc, sys
from qtapp import cli
how, args = sys.argv[1], sys.argv[2:]
sys.argv[1:] = args  # what entry() reads, as the console script would see it
if how == "window":  # a normal launch, closed by a timer once it has run for a moment
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(300, app.closeAllWindows)
status = cli.main(args) if how == "call" else cli.entry()
print(status, gc.isenabled(), gc.get_freeze_count() > 0)
"""


@pytest.mark.parametrize(("how", "frozen"), [("program", True), ("window", True), ("call", False)])
def test_the_program_freezes_what_start_up_built_and_collects_again(tmp_path: Path, how: str,
                                                                    frozen: bool) -> None:
    """The program's own entry pauses collection while the window is built and resumes it once painted;
    ``main`` called inside another process (tests, scripts) leaves that process's collector alone."""
    args = ["--library", str(tmp_path / "lib.sqlite3")]
    if how != "window":
        args += ["--screenshot", str(tmp_path / "shot.png")]
    result = subprocess.run([sys.executable, "-c", _COLLECTION_PROBE, how, *args],
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "True", str(frozen)]


_START_PROBE = """
import sys
from qtapp.cli import main
status = main(sys.argv[1:])
later = ("citeproc", "qtapp.library.citation", "qtapp.library.exporters", "qtapp.library.snapshots",
         "qtapp.library.anchoring", "qtapp.article.parser", "rapidfuzz", "lxml", "trafilatura",
         "qtapp.ui.help", "qtapp.ui.dialogs", "qtapp.ui.quotes.quote_dialogs", "qtapp.ui.quotes.export_dialog",
         "qtapp.ui.quotes.article_dialog", "qtapp.ui.preferences_reading", "qtapp.ui.backups_dialog")
print(status, sorted(m for m in later if m in sys.modules))
"""


def test_the_window_starts_without_export_citation_dialog_or_parser_code(tmp_path: Path) -> None:
    """What start-up need not pay for loads when first used (the parse cache spares the parser)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["--library", str(tmp_path / "lib.sqlite3"), "--screenshot", str(tmp_path / "shot.png")]
    first = subprocess.run([sys.executable, "-c", _START_PROBE, *args], env=env, capture_output=True,
                           text=True, timeout=120, check=True)  # parses the seed and caches it
    again = subprocess.run([sys.executable, "-c", _START_PROBE, *args], env=env, capture_output=True,
                           text=True, timeout=120, check=True)
    assert first.stdout.split()[0] == "0" and "qtapp.ui.help" not in first.stdout
    assert again.stdout.strip() == "0 []"


def test_open_recent_lists_titles_and_open_starts_in_the_users_folder(
        make_reader_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qtapp.ui.dialogs import OpenDialog

    (tmp_path / "clips").mkdir()
    clipping = write(tmp_path / "clips", "clipping-2026-12-01_084612.txt",
                     "Rivers and glaciers of the melting north: what the towns downstream can expect\n\n"
                     "By Ana Ruiz\n\nThe body of the article, long enough to be read as a paragraph of prose.")
    window = make_reader_window()  # the bundled article first: its folder is not one the user works in
    assert window.session.open_folder != paths.seed_article().parent
    asked: list[Path | None] = []
    monkeypatch.setattr(OpenDialog, "ask", classmethod(lambda cls, parent, folder: asked.append(folder)
                                                       or clipping))
    window.ask_open()
    assert asked[0] != paths.seed_article().parent and asked[0] is not None
    assert asked[0].resolve() != paths.seed_article().resolve().parent
    window.ask_open()
    assert asked[1] == clipping.parent  # the folder the user last opened from
    window._fill_recent()
    labels = [a.text() for a in window.menu("recent").actions() if a.text()]
    assert labels[0].startswith("Rivers and glaciers of the melting north") and labels[0].endswith("…")
    assert len(labels[0]) == 60
    assert window.menu("recent").actions()[0].statusTip() == str(clipping.resolve())
    window.session.clear_recent()
    assert window.session.recent_entries == []


def test_a_recent_entry_shows_an_ampersand_and_falls_back_to_the_file_name() -> None:
    from qtapp.ui.main_window import recent_label

    assert recent_label("Arts  &\nCulture", Path("/x/a.txt")) == "Arts && Culture"  # not an accelerator
    assert recent_label("", Path("/x/clipping-1.txt")) == "clipping-1.txt"
