"""The library under faults: damaged files, two writers at once, a process killed mid-save."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from qtapp.library.errors import LibraryDamaged
from qtapp.library.quarantine import quarantine
from qtapp.library.store import Library

ARTICLE = "Rivers of Asia\n\n" + " ".join(f"Sentence {i} about rivers and the sea." for i in range(200))
WORKER = textwrap.dedent('''
    import sys
    from qtapp.article import parse_text
    from qtapp.library.store import Library
    path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = {text!r}
    article = parse_text(text)
    with Library.open(path) as library:
        article_id = library.articles.add(article, text)
        i = 0
        while count < 0 or i < count:
            start = (i * 37) % (len(article.text) - 40)
            quote_id = library.quotes.add(article_id, start, start + 30, note=f"{{name}} {{i}}", tags=[name])
            print(quote_id, flush=True)
            i += 1
''').format(text=ARTICLE)


def worker(tmp_path: Path, library: Path, name: str, count: int) -> subprocess.Popen[str]:
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    return subprocess.Popen([sys.executable, str(script), str(library), name, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("content", [b"my diary, not a database\n" * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_non_library_file_is_refused_untouched_then_quarantined(tmp_path, content):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    with pytest.raises(LibraryDamaged) as caught:
        Library.open(path)
    assert caught.value.path == path and str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()
    moved = quarantine(path)
    assert moved.name.startswith("library.sqlite3.damaged-") and moved.read_bytes() == content
    with Library.open(path) as library:
        assert library.quotes.count() == 0
    assert moved.read_bytes() == content


def test_another_apps_database_is_not_ours(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryDamaged, match="did not create"):
        Library.open(path)
    assert path.read_bytes() == before


def test_corrupt_pages_are_reported_as_damage(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        from qtapp.article import parse_text

        article_id = library.articles.add(parse_text(ARTICLE), ARTICLE)
        for i in range(200):
            library.quotes.add(article_id, i, i + 30, note="x" * 200)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2:page * 6] = b"\x13" * (page * 4)
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryDamaged), Library.open(path) as library:
        library.quotes.find()
        library.db.scalar("PRAGMA integrity_check")
        raise AssertionError("damage went unnoticed")


def test_quarantine_keeps_side_files_and_never_overwrites(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"x")
    Path(f"{path}-wal").write_bytes(b"w")
    first = quarantine(path)
    assert Path(f"{first}-wal").read_bytes() == b"w"
    path.write_bytes(b"y")
    second = quarantine(path)
    assert first != second and first.read_bytes() == b"x" and second.read_bytes() == b"y"


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    library = tmp_path / "shared.sqlite3"
    procs = [worker(tmp_path, library, name, 60) for name in ("alpha", "beta")]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and len(out.split()) == 60
    with Library.open(library) as lib:
        assert lib.quotes.count() == 120
        assert lib.quotes.count(tag="alpha") == lib.quotes.count(tag="beta") == 60
        assert lib.quotes.count(search="beta") == 60
        assert len(lib.articles.all()) == 1
        ids = {int(i) for out, _ in outputs for i in out.split()}
        assert ids == {q.id for q in lib.quotes.find()}


def _kill_mid_save(tmp_path: Path, rounds: int) -> None:
    library = tmp_path / "killed.sqlite3"
    saved: set[int] = set()
    rng = random.Random(rounds)
    for round_ in range(rounds):
        proc = worker(tmp_path, library, f"r{round_}", -1)
        assert proc.stdout is not None
        for _ in range(rng.randint(1, 12)):  # each id printed is a committed save
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else ""
            saved.add(int(line))
        time.sleep(rng.uniform(0, 0.004))  # land the kill at a random point of the next save
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        with Library.open(library) as lib:
            present = {q.id for q in lib.quotes.find()}
            assert saved <= present
            assert lib.db.scalar("PRAGMA integrity_check") == "ok"
            lib.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_save_keeps_every_earlier_quote(tmp_path):
    _kill_mid_save(tmp_path, 6)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_save_many_times(tmp_path):
    _kill_mid_save(tmp_path, 150)


FULL_WORKER = textwrap.dedent('''
    import resource, signal, sys
    from qtapp.cli import main
    library, article, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    for i in range(400):
        code = main(["--library", library, "quotes", "add", article, "--text",
                     f"Sentence {i} about rivers and the sea.", "--note", f"note {i} " + "x" * 6000])
        print("exit", i, code, flush=True)
        if code:
            break
''')


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_a_full_disk_mid_write_rolls_back_and_keeps_earlier_quotes(tmp_path):
    library = tmp_path / "full.sqlite3"
    article = tmp_path / "rivers.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Library.open(library) as lib:
        from qtapp.article import parse_text

        lib.articles.add(parse_text(ARTICLE), ARTICLE, str(article))
    limit = max(library.stat().st_size, 64 * 1024) + 160 * 1024
    script = tmp_path / "full.py"
    script.write_text(FULL_WORKER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(library), str(article), str(limit)],
                          capture_output=True, text=True, timeout=120)
    lines = [line.split() for line in proc.stdout.splitlines() if line.startswith("exit ")]
    ok = [int(i) for _, i, code in lines if code == "0"]
    [failed] = [int(i) for _, i, code in lines if code != "0"]
    assert len(ok) >= 3 and failed == len(ok), proc.stderr
    [message] = proc.stderr.strip().splitlines()
    assert message.startswith("quoteclip: ") and str(library) in message
    assert "full" in message and "not saved" in message
    with Library.open(library) as lib:  # no limit here: the "disk" has room again
        assert lib.db.scalar("PRAGMA integrity_check") == "ok"
        notes = {q.note.split()[1] for q in lib.quotes.find()}
        assert notes == {str(i) for i in ok}  # every acknowledged save, and not the one that failed
        lib.quotes.add(lib.articles.all()[0].id, 0, 10, note="after")
        assert lib.quotes.count() == len(ok) + 1
