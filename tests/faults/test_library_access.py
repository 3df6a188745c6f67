"""A library the app cannot use as it is: missing folder, read-only, locked, cut short, too new, not ours.

Each case checks what the user is told (the command line's stderr line, the window's message box) and
that the file afterwards is unchanged or still holds every quote saved before, with a clean integrity
check. Read-only cases run the command line in a child process: as root, under a read-only bind mount
in a private mount namespace (root ignores file modes, not a read-only mount); otherwise with chmod.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qtapp.article import parse_text
from qtapp.cli import main
from qtapp.library import connection, schema
from qtapp.library.store import Library
from qtapp.ui.quotes import QuoteLibrary
from tests.faults.conftest import integrity

ARTICLE = "Rivers of Asia\n\n" + " ".join(f"Sentence {i} about rivers and the sea." for i in range(200))


def sentence(i: int) -> str:
    return f"Sentence {i} about rivers and the sea."


def filled(path: Path, count: int = 3) -> set[int]:
    article = parse_text(ARTICLE)
    with Library.open(path) as library:
        article_id = library.articles.add(article, ARTICLE)
        return {library.quotes.add(article_id, *span(article.text, sentence(i))) for i in range(count)}


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def quote_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM quotes WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def cli(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str]:
    code = main(["--library", str(library), *args])
    err = capsys.readouterr().err
    return code, err


# --- a folder that does not exist yet -------------------------------------------------------------

def test_a_library_in_a_missing_folder_is_created_private(tmp_path, capsys):
    library = tmp_path / "not" / "yet" / "library.sqlite3"
    article = tmp_path / "rivers.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, err = cli(capsys, library, "quotes", "add", str(article), "--text", sentence(4))
    assert (code, err) == (0, "")
    assert quote_ids(library) == {1}
    if os.name == "posix":
        assert stat.S_IMODE(library.stat().st_mode) == 0o600
        for folder in (tmp_path / "not", tmp_path / "not" / "yet"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700


# --- read-only: a child process that cannot write -------------------------------------------------

def _mount_namespace_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = tempfile.mkdtemp()
    try:
        result = subprocess.run(["unshare", "-m", "sh", "-c", RO_MOUNT + "touch \"$1/x\"", "sh", probe],
                                capture_output=True, text=True, timeout=20)
        return result.returncode != 0 and "Read-only" in result.stderr
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)


RO_MOUNT = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && '
AS_ROOT = os.name == "posix" and os.geteuid() == 0
CAN_PROTECT = os.name == "posix" and (not AS_ROOT or _mount_namespace_works())
needs_protection = pytest.mark.skipif(
    not CAN_PROTECT, reason="running as root without a private mount namespace (unshare -m): nothing "
    "can make a file read-only for root here")


def run_read_only(target: Path, library: Path, article: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``quoteclip --library LIBRARY quotes add ARTICLE ...`` with ``target`` read-only for the child."""
    return run_read_only_cli(target, library, "quotes", "add", str(article), *args)


def run_read_only_cli(target: Path, library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``quoteclip --library LIBRARY ARGS...`` with ``target`` read-only for the child."""
    command = [sys.executable, "-m", "qtapp", "--library", str(library), *args]
    env = {**os.environ, "QUOTECLIP_TESTING": "1"}
    if AS_ROOT:
        command = ["unshare", "-m", "sh", "-c", RO_MOUNT + 'shift; exec "$@"', "sh", str(target), *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    mode = target.stat().st_mode
    target.chmod(mode & ~0o222)
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    finally:
        target.chmod(mode)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "rivers.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@needs_protection
def test_a_read_only_file_is_refused_clearly_and_keeps_its_quotes(tmp_path, article_file):
    library = tmp_path / "lib" / "library.sqlite3"
    saved = filled(library)
    result = run_read_only(library, library, article_file, "--text", sentence(9))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("quoteclip: ") and "read-only" in line and str(library) in line
    assert "Traceback" not in result.stderr
    assert quote_ids(library) == saved and integrity(library) == "ok"


@needs_protection
def test_a_read_only_folder_is_refused_clearly_and_keeps_its_quotes(tmp_path, article_file):
    folder = tmp_path / "lib"
    library = folder / "library.sqlite3"
    saved = filled(library)
    result = run_read_only(folder, library, article_file, "--text", sentence(9))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("quoteclip: ") and str(library) in line
    assert "read-only" in line or "may write" in line
    assert quote_ids(library) == saved and integrity(library) == "ok"


@needs_protection
def test_a_new_library_in_a_read_only_folder_says_it_cannot_be_created(tmp_path, article_file):
    folder = tmp_path / "lib"
    folder.mkdir()
    result = run_read_only(folder, folder / "library.sqlite3", article_file, "--text", sentence(9))
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "cannot create the library" in line and str(folder) in line
    assert os.listdir(folder) == []


@needs_protection
@pytest.mark.parametrize("which", ["file", "folder"])
def test_a_read_only_library_is_read_listed_searched_cited_and_exported(tmp_path, article_file, which):
    folder = tmp_path / "lib"
    library = folder / "library.sqlite3"
    saved = filled(library)
    target = library if which == "file" else folder
    before = sorted(os.listdir(folder))

    listed = run_read_only_cli(target, library, "quotes", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {q["id"] for q in __import__("json").loads(listed.stdout)} == saved
    found = run_read_only_cli(target, library, "quotes", "list", "--search", "Sentence 1")
    assert found.returncode == 0 and sentence(1) in found.stdout, found.stderr
    cited = run_read_only_cli(target, library, "quotes", "cite", str(min(saved)))
    assert cited.returncode == 0 and sentence(0) in cited.stdout, cited.stderr
    articles = run_read_only_cli(target, library, "articles", "list")
    assert articles.returncode == 0 and "Rivers of Asia" in articles.stdout, articles.stderr
    out = tmp_path / "out.csv"
    exported = run_read_only_cli(target, library, "quotes", "export", "--format", "csv", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert all(sentence(i) in out.read_text(encoding="utf-8-sig") for i in range(3))

    refused = run_read_only_cli(target, library, "quotes", "add", str(article_file), "--text", sentence(9))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    [line] = refused.stderr.splitlines()
    assert "can only be read" in line and "nothing can be saved" in line and str(library) in line
    assert quote_ids(library) == saved and integrity(library) == "ok"
    assert sorted(os.listdir(folder)) == before  # no -wal/-shm left, no backup written


def test_the_window_opens_a_read_only_library_and_says_why_saving_fails(tmp_path, monkeypatch, library_file,
                                                                        make_window, told):
    """In process, os.access stands in for the permissions root would ignore; SQLite opens it ``mode=ro``."""
    from PySide6.QtWidgets import QLabel

    saved = filled(library_file)
    real_access = os.access
    monkeypatch.setattr(connection.os, "access", lambda p, mode, **kw: (
        False if mode == os.W_OK and Path(p) == library_file else real_access(p, mode, **kw)))
    article = tmp_path / "rivers.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    window = make_window(open_seed=False)
    assert window.open_article(article)
    assert window.quotes.library.store.db.readonly
    note = window.statusBar().findChild(QLabel, "readOnlyLibrary")
    assert note is not None and not note.isHidden() and "can only be read" in note.toolTip()
    assert {q.id for q in window.quotes.library.store.quotes.find()} == saved
    window.reader.setTextCursor(window.reader.document().find(sentence(7)))
    assert window.quotes.saver.save() is None
    assert told and "can only be read" in told[-1][1] and "nothing can be saved" in told[-1][1]
    assert "can only be read" in window.statusBar().currentMessage()
    assert quote_ids(library_file) == saved


# --- locked by another writer for longer than the busy timeout ----------------------------------

@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Any]:
    """Another process that takes the write lock and keeps it until told to let go."""
    procs: list[subprocess.Popen[str]] = []

    def hold(library: Path) -> subprocess.Popen[str]:
        script = ("import sqlite3, sys\nconn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                  "conn.execute('BEGIN IMMEDIATE')\nconn.execute(\"UPDATE quotes SET note = 'held'\")\n"
                  "print('holding', flush=True)\nsys.stdin.readline()\nconn.execute('ROLLBACK')\n")
        proc = subprocess.Popen([sys.executable, "-c", script, str(library)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline() == "holding\n"
        return proc

    yield hold
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=10)


def test_locked_longer_than_the_timeout_says_locked_then_works(tmp_path, article_file, holder, capsys,
                                                              monkeypatch):
    library = tmp_path / "library.sqlite3"
    saved = filled(library)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)
    proc = holder(library)
    code, err = cli(capsys, library, "quotes", "add", str(article_file), "--text", sentence(30))
    assert code == 2
    assert err.startswith("quoteclip: the library ") and "is locked" in err and "try again" in err
    assert err.count("\n") == 1
    release(proc)
    assert quote_ids(library) == saved and integrity(library) == "ok"
    code, err = cli(capsys, library, "quotes", "add", str(article_file), "--text", sentence(30))
    assert (code, err) == (0, "")
    assert len(quote_ids(library)) == len(saved) + 1


def test_the_window_says_locked_keeps_the_article_and_saves_after(make_window, library_file, holder,
                                                                 told, monkeypatch, article_file):
    saved = filled(library_file)
    window = make_window(open_seed=False)
    assert window.open_article(article_file)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)
    window.quotes.library.store.db.conn.execute("PRAGMA busy_timeout = 300")
    proc = holder(library_file)
    select(window, sentence(40))
    assert window.quotes.saver.save() is None
    [(title, text)] = told
    assert title == "Library" and "is locked" in text
    release(proc)
    assert quote_ids(library_file) == saved and integrity(library_file) == "ok"
    new = window.quotes.saver.save()
    assert new is not None and quote_ids(library_file) == saved | {new}


def select(window: Any, text: str) -> None:
    cursor = window.reader.document().find(text)
    assert not cursor.isNull()
    window.reader.setTextCursor(cursor)


# --- a library from a newer QuoteClip --------------------------------------------------------------

@pytest.fixture
def newer_library(tmp_path: Path) -> Path:
    path = tmp_path / "lib" / "library.sqlite3"
    filled(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 3}")
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file whose bytes we can compare
    conn.close()
    return path


def test_a_newer_library_is_refused_by_the_command_line_untouched(newer_library, article_file, capsys):
    before = fingerprint(newer_library)
    code, err = cli(capsys, newer_library, "quotes", "add", str(article_file), "--text", sentence(50))
    assert code == 2
    assert f"schema {schema.LATEST + 3}" in err and f"reads up to {schema.LATEST}" in err
    assert "Update QuoteClip" in err
    assert fingerprint(newer_library) == before
    assert sorted(os.listdir(newer_library.parent)) == ["library.sqlite3"]  # no -wal, no backups


def test_a_newer_library_is_refused_by_the_window_untouched(newer_library, monkeypatch, make_window,
                                                           told):
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(newer_library))
    before = fingerprint(newer_library)
    window = make_window()
    assert not window.quotes.library.available
    [(title, text)] = told
    assert f"schema {schema.LATEST + 3}" in text and "Update QuoteClip" in text
    assert not window.action("actionSaveQuote").isEnabled()
    assert fingerprint(newer_library) == before


# --- a file cut short, and a file that is not a library -----------------------------------------

def truncated_copy(tmp_path: Path, keep: float) -> Path:
    path = tmp_path / "lib" / "library.sqlite3"
    filled(path, 150)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep) // 4096 * 4096 or 4096])
    return path


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.9])
def test_a_cut_short_library_is_refused_before_anything_writes_to_it(tmp_path, article_file, capsys,
                                                                     keep):
    path = truncated_copy(tmp_path, keep)
    before = fingerprint(path)
    code, err = cli(capsys, path, "quotes", "add", str(article_file), "--text", sentence(60))
    assert code == 2 and "damaged" in err and "it was not changed" in err
    assert fingerprint(path) == before
    assert sorted(os.listdir(path.parent)) == ["library.sqlite3"]


@pytest.mark.parametrize("kind", ["truncated", "not sqlite"])
def test_the_window_keeps_a_damaged_library_aside_only_when_the_user_agrees(
        tmp_path, monkeypatch, make_window, told, kind):
    path = truncated_copy(tmp_path, 0.5) if kind == "truncated" else tmp_path / "lib" / "library.sqlite3"
    if kind == "not sqlite":
        path.parent.mkdir(parents=True)
        path.write_bytes(b"Dear diary,\n" * 500)
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(path))
    before = fingerprint(path)
    questions: list[str] = []
    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(lambda cls, p, t, q: questions.append(q) or False))
    window = make_window()
    assert not window.quotes.library.available and "damaged" in questions[0]
    assert fingerprint(path) == before and sorted(os.listdir(path.parent)) == ["library.sqlite3"]
    window.quotes.library.close()

    monkeypatch.setattr(QuoteLibrary, "ask", classmethod(lambda cls, p, t, q: True))
    window = make_window()
    assert window.quotes.library.available
    [(title, text)] = [m for m in told if m[0] == "New library"]
    kept = Path(text.rsplit(" ", 1)[1].rstrip("."))
    assert kept.parent == path.parent and kept.read_bytes() == before[0]
    select(window, "Success comes to those who share in one purpose.")
    assert window.quotes.saver.save() is not None
    assert integrity(path) == "ok"


def test_concurrent_first_opens_of_a_new_library_never_say_locked(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    errors: list[BaseException] = []

    def open_once() -> None:
        try:
            Library.open(path).close()
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=open_once) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert integrity(path) == "ok"
