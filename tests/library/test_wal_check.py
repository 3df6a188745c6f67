"""A stale -wal beside the library: applied when it is the library's own (a crash's last saves), set
aside — never applied, never deleted — when it belongs to another database; read paths never write."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qtapp.cli import main
from qtapp.library import wal_check
from qtapp.library.store import Library
from tests.conftest import SEED

# Saves QUOTES quotes of the seed article into LIBRARY, one transaction each, then dies with kill -9
# before closing: the last saves stay in LIBRARY-wal, as after a crash.
WRITER = textwrap.dedent('''
    import os, signal, sys
    from qtapp.article.loader import read_article
    from qtapp.library.store import Library
    from qtapp.library.quotestore import QuoteDraft
    library, count, kill = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "kill"
    article, source = read_article(sys.argv[4])
    lib = Library.open(library)
    lib.db.execute("PRAGMA wal_autocheckpoint = 0")  # everything this run writes stays in the WAL
    article_id = lib.articles.add(article, source, sys.argv[4])
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\\w{4,}", article.text)]
    for n in range(count):
        start, end = words[n % len(words)]
        lib.quotes.add_many([QuoteDraft(article_id, start, end, note=f"note {n}")])
    print("saved", flush=True)
    if kill:
        os.kill(os.getpid(), signal.SIGKILL)
    lib.close()
''')


def write(tmp_path: Path, library: Path, count: int, *, kill: bool) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, str(script), str(library), str(count), "kill" if kill else "",
                           str(SEED)], capture_output=True, text=True, env=env, timeout=120)
    assert "saved" in done.stdout, done.stderr


def live_quotes(path: Path) -> int:
    with Library.open(path, readonly=True) as lib:
        return lib.quotes.count()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def big_and_foreign(tmp_path: Path) -> tuple[Path, Path]:
    """A closed library of 400 quotes, and the WAL a killed process left beside another, small one."""
    big = tmp_path / "mine" / "library.sqlite3"
    big.parent.mkdir()
    write(tmp_path, big, 400, kill=False)
    other = tmp_path / "other" / "library.sqlite3"
    other.parent.mkdir()
    write(tmp_path, other, 3, kill=True)
    foreign = Path(f"{other}-wal")
    assert foreign.stat().st_size > 0 and not Path(f"{big}-wal").exists()
    return big, foreign


def test_a_foreign_wal_does_not_shrink_the_library_when_quotes_are_listed(
        big_and_foreign: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    big, foreign = big_and_foreign
    size, before = big.stat().st_size, digest(big)
    shutil.copyfile(foreign, f"{big}-wal")  # a copy or a sync tool put it there
    listed = subprocess.run([sys.executable, "-m", "qtapp", "--library", str(big), "quotes", "list", "--all"],
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert listed.returncode == 0, listed.stderr
    assert "another database" in listed.stderr and "was not changed" in listed.stderr
    assert len(listed.stdout.splitlines()) == 401  # the header and every quote of this library
    assert big.stat().st_size == size and digest(big) == before  # the read path wrote nothing
    wal = Path(f"{big}-wal")
    assert not wal.exists() or wal.read_bytes() != foreign.read_bytes()
    kept = [p for p in big.parent.iterdir() if ".foreign-" in p.name and not p.name.endswith("-shm")]
    assert any(p.read_bytes() == foreign.read_bytes() for p in kept)  # set aside whole, not deleted
    assert live_quotes(big) == 400
    assert main(["--library", str(big), "quotes", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 400


def test_a_foreign_wal_is_set_aside_before_a_write_opens_the_library(
        big_and_foreign: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    big, foreign = big_and_foreign
    shutil.copyfile(foreign, f"{big}-wal")
    assert main(["--library", str(big), "quotes", "add", str(SEED), "--text", "Astana, Kazakhstan",
                 "--occurrence", "1"]) == 0
    assert [p for p in big.parent.iterdir() if ".foreign-" in p.name]
    assert live_quotes(big) == 401


def test_the_libraries_own_wal_after_a_crash_is_applied_not_set_aside(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    write(tmp_path, library, 50, kill=False)
    write(tmp_path, library, 30, kill=True)  # the last 30 saves live only in the WAL now
    assert Path(f"{library}-wal").stat().st_size > 0
    assert wal_check.foreign_reason(library) is None
    with Library.open(library) as lib:
        assert lib.db.notices == []
        assert lib.quotes.count() == 80
    assert not [p for p in tmp_path.iterdir() if ".foreign-" in p.name]


def test_a_wal_from_an_older_copy_of_the_same_library_is_foreign(tmp_path: Path) -> None:
    """A library restored from an older copy while its newer copy's WAL stayed behind."""
    library = tmp_path / "library.sqlite3"
    write(tmp_path, library, 5, kill=False)
    old_copy = tmp_path / "old.sqlite3"
    shutil.copyfile(library, old_copy)
    write(tmp_path, library, 200, kill=False)
    write(tmp_path, library, 10, kill=True)  # the newest saves in the WAL of the bigger file
    os.replace(old_copy, library)  # the user restores last week's copy over it
    reason = wal_check.foreign_reason(library)
    assert reason is not None
    with Library.open(library) as lib:
        assert lib.db.notices and lib.quotes.count() == 5
        assert lib.db.scalar("PRAGMA integrity_check") == "ok"


def test_a_wal_sqlite_would_ignore_is_left_alone(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    write(tmp_path, library, 5, kill=False)
    Path(f"{library}-wal").write_bytes(b"not a WAL at all")
    assert wal_check.foreign_reason(library) is None
    with Library.open(library) as lib:
        assert lib.quotes.count() == 5 and lib.db.notices == []
