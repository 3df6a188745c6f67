"""Two windows in one process and a command-line process saving into one library at the same time."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from qtapp.library.store import Library
from tests.faults.conftest import integrity

SENTENCES = 900
ARTICLE = "Rivers of Asia\n\n" + " ".join(f"Sentence {i} about rivers and the sea." for i in range(SENTENCES))
CLI_WORKER = textwrap.dedent('''
    import sys, time
    from qtapp.cli import main
    library, article, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    print("ready", flush=True)
    sys.stdin.readline()
    deadline = time.monotonic() + seconds
    k = 2
    while time.monotonic() < deadline and k < {n}:
        code = main(["--library", library, "quotes", "add", article, "--text",
                     f"Sentence {{k}} about rivers and the sea.", "--tag", "cli"])
        print("ack" if code == 0 else "fail", k, flush=True)
        k += 3
''').format(n=SENTENCES)


def sentence(k: int) -> str:
    return f"Sentence {k} about rivers and the sea."


def run_together(make_window: Any, library_file: Path, tmp_path: Path, seconds: float,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], int]:
    from qtapp.ui.quotes.saving import QuoteSaver

    monkeypatch.setattr(QuoteSaver, "ask_open_existing", classmethod(
        lambda cls, parent, text: pytest.fail(f"asked about a duplicate: {text}")))
    article = tmp_path / "rivers.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    windows = [make_window(open_seed=False), make_window(open_seed=False)]
    for window in windows:
        assert window.open_article(article)
    script = tmp_path / "cli_worker.py"
    script.write_text(CLI_WORKER, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(library_file), str(article), str(seconds)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline() == "ready\n"
    proc.stdin.write("go\n")
    proc.stdin.flush()
    acknowledged: set[str] = set()
    next_k = [0, 1]  # window 0 saves sentences 0, 3, 6…; window 1 saves 1, 4, 7…; the CLI 2, 5, 8…
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and max(next_k) < SENTENCES:
        for index, window in enumerate(windows):
            k = next_k[index]
            cursor = window.reader.document().find(sentence(k))
            assert not cursor.isNull()
            window.reader.setTextCursor(cursor)
            if window.quotes.saver.save() is not None:
                acknowledged.add(sentence(k))
            next_k[index] += 3
        QApplication.processEvents()  # the windows' polls and refreshes run between saves, as for a user
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    cli_acks = {sentence(int(k)) for word, k in (line.split()[:2] for line in out.splitlines()
                                                 if line.startswith(("ack ", "fail "))) if word == "ack"}
    return acknowledged | cli_acks, len(cli_acks)


def check(library_file: Path, acknowledged: set[str]) -> None:
    assert integrity(library_file) == "ok"
    with Library.open(library_file) as library:
        stored = [q.exact for q in library.quotes.find()]
        assert set(stored) >= acknowledged
        assert len(stored) == len(set(stored))  # nothing saved twice
        assert len(library.articles.all()) == 1


@pytest.mark.timing
def test_two_windows_and_the_command_line_lose_nothing(make_window, library_file, tmp_path, told,
                                                        monkeypatch):
    acknowledged, by_cli = run_together(make_window, library_file, tmp_path, 1.5, monkeypatch)
    assert told == []  # nobody was told "locked": writers queue on the busy timeout
    assert by_cli >= 3 and len(acknowledged) - by_cli >= 10
    print(f"\nconcurrent: {len(acknowledged)} acknowledged saves, {by_cli} by the command line")
    check(library_file, acknowledged)


@pytest.mark.slow
def test_two_windows_and_the_command_line_for_longer(make_window, library_file, tmp_path, told,
                                                      monkeypatch):
    acknowledged, by_cli = run_together(make_window, library_file, tmp_path, 20.0, monkeypatch)
    assert told == []
    print(f"\nconcurrent: {len(acknowledged)} acknowledged saves, {by_cli} by the command line")
    check(library_file, acknowledged)
