"""`quoteclip FILE` while the window is open opens FILE there instead of a second window."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qtapp.ui import single_instance
from qtapp.ui.main_window import MainWindow
from tests.ui.conftest import write

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


def _launch(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "qtapp", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_second_launch_opens_its_file_in_the_open_window(make_reader_window: Callable[..., MainWindow],
                                                           qtbot: QtBot, tmp_path: Path) -> None:
    window = make_reader_window()
    server = single_instance.serve(window)
    assert server is not None and server.isListening()
    path = write(tmp_path, "second.txt", "A second article\n\nIts body is one paragraph of prose here.")
    process = _launch(str(path))
    qtbot.waitUntil(lambda: window.article_path == path.resolve(), timeout=30000)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err  # handed over and gone: no second window
    server.close()


def test_a_stale_marker_starts_a_normal_window(tmp_path: Path) -> None:
    from qtapp import paths

    marker = paths.config_dir() / "instance"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("999999999\n", encoding="utf-8")  # no such process: the window was killed
    assert single_instance.send_to_running(None) is False
    marker.write_text("not a pid\n", encoding="utf-8")
    assert single_instance.send_to_running(None) is False
