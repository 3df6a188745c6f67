"""A full disk when the library's -shm file is absent (the library was closed cleanly, then space ran out).

SQLite then fails the very first read, creating or sizing the -shm file, with a plain I/O error rather
than SQLITE_FULL, before any transaction has begun. Two reproductions:
- everywhere: RLIMIT_FSIZE below the -shm file's size (a write past it fails with EFBIG, as on a full
  disk), so no command may print a LibraryBug or a traceback;
- as root with a private mount namespace: the library on a 1 MB tmpfs filled to the last block, where
  every command must say the disk is full, and ``--screenshot`` must exit 2 instead of waiting on a dialog.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qtapp.library import errors
from qtapp.library.store import Library

ARTICLE = "Rivers of Asia\n\n" + " ".join(f"Sentence {i} about rivers and the sea." for i in range(200))
COMMANDS = (["quotes", "list"], ["articles", "list"], ["quotes", "export", "--format", "csv"],
            ["quotes", "cite", "1"], ["quotes", "add", "ARTICLE", "--text", "Sentence 7 about rivers"])


def make_library(tmp_path: Path) -> tuple[Path, Path]:
    library = tmp_path / "lib" / "library.sqlite3"
    article = tmp_path / "rivers.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Library.open(library) as lib:
        from qtapp.article import parse_text

        article_id = lib.articles.add(parse_text(ARTICLE), ARTICLE, str(article))
        lib.quotes.add(article_id, 16, 40)
    assert not Path(f"{library}-shm").exists()  # closed cleanly: the next open must create it
    return library, article


LIMITED = textwrap.dedent('''
    import resource, signal, sys
    from qtapp.cli import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # under the 32 KB a -shm file first needs
    sys.exit(main(sys.argv[1:]))
''')


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_no_room_for_the_shm_file_is_a_clear_message_not_a_bug(tmp_path, command):
    library, article = make_library(tmp_path)
    before = library.read_bytes()
    script = tmp_path / "limited.py"
    script.write_text(LIMITED, encoding="utf-8")
    args = [str(article) if a == "ARTICLE" else a for a in command]
    proc = subprocess.run([sys.executable, str(script), "--library", str(library), *args],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "LibraryBug" not in proc.stderr
    assert "no transaction is active" not in proc.stderr
    [line] = proc.stderr.splitlines()
    assert line.startswith("quoteclip: ") and str(library) in line and "full" in line
    assert library.read_bytes() == before


def test_an_io_error_on_a_disk_with_no_room_says_the_disk_is_full(tmp_path, monkeypatch):
    class Stats:
        f_bavail, f_frsize = 3, 4096

    import sqlite3

    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 4874  # SQLITE_IOERR_SHMSIZE  # type: ignore[attr-defined]
    monkeypatch.setattr(errors.os, "statvfs", lambda folder: Stats())
    message = str(errors.translate(error, tmp_path / "library.sqlite3"))
    assert "is full" in message and "free some space" in message
    Stats.f_bavail = 10**6
    assert "is full" not in str(errors.translate(error, tmp_path / "library.sqlite3"))


def _can_mount_tmpfs() -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    try:
        probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                               capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


FULL_TMPFS = ('mount -t tmpfs -o size=1m tmpfs "$1" && cp "$2" "$1/library.sqlite3" && '
              '(dd if=/dev/zero of="$1/fill" bs=4k 2>/dev/null; true) && shift 2 && exec "$@"')


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root and a private mount namespace for a tmpfs")
@pytest.mark.parametrize("command", [*COMMANDS, ["--screenshot", "OUT"]], ids=lambda c: " ".join(c[:2]))
def test_a_full_tmpfs_without_a_shm_file_says_the_disk_is_full(tmp_path, command):
    library, article = make_library(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    full = disk / "library.sqlite3"
    args = [str(article) if a == "ARTICLE" else str(tmp_path / "out.png") if a == "OUT" else a
            for a in command]
    env = {**os.environ, "QUOTECLIP_TESTING": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(["unshare", "-m", "sh", "-c", FULL_TMPFS, "sh", str(disk), str(library),
                           sys.executable, "-m", "qtapp", "--library", str(full), *args],
                          capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("quoteclip: ")]
    assert "Traceback" not in proc.stderr and "LibraryBug" not in proc.stderr, proc.stderr
    assert len(lines) == 1 and f"the disk holding {full} is full" in lines[0], proc.stderr
