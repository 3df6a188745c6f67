"""Three processes import the same backup into one library at once: each quote once, no crash
(issue 15, item 7). Which uuids are already there is read inside the write transaction; read before
it, the later imports all saw the quotes missing and died on ``UNIQUE constraint failed: quotes.uuid``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from qtapp.library import backup
from qtapp.library.store import Library
from tests.faults.conftest import integrity

SENTENCES = 1500
ARTICLE = "Rivers of Asia\n\n" + " ".join(f"Sentence {i} about rivers and the sea." for i in range(SENTENCES))
WORKER = textwrap.dedent('''
    import sys
    from qtapp.cli import main
    print("ready", flush=True)
    sys.stdin.readline()
    sys.exit(main(["--library", sys.argv[1], "quotes", "import", sys.argv[2]]))
''')


def make_backup(tmp_path: Path) -> Path:
    from qtapp.article.parser import parse_text

    with Library.open(tmp_path / "source.sqlite3") as source:
        article = parse_text(ARTICLE)
        article_id = source.articles.add(article, ARTICLE)
        for k in range(SENTENCES):
            start = article.text.index(f"Sentence {k} about")
            source.quotes.add(article_id, start, start + len(f"Sentence {k} about rivers"), tags=[f"t{k % 7}"])
        out = io.StringIO()
        backup.write_backup(source, out)
    path = tmp_path / "backup.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_three_concurrent_imports_of_one_backup(tmp_path: Path) -> None:
    backup_path = make_backup(tmp_path)
    library = tmp_path / "target" / "library.sqlite3"
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    procs = [subprocess.Popen([sys.executable, str(script), str(library), str(backup_path)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    for proc in procs:  # every process has imported QuoteClip before any starts importing
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append((proc.returncode, out, err))
    for code, _, err in results:
        assert "UNIQUE" not in err and "Traceback" not in err, err
        assert code == 0, err
    added = sorted(int(out.split()[1]) for _, out, _ in results)
    assert added == [0, 0, SENTENCES]  # one import added them all; the others found them there
    assert sum(f"{SENTENCES} quotes were already in the library" in out for _, out, _ in results) == 2
    with Library.open(library) as target:
        assert target.quotes.count() == SENTENCES and len(target.articles.all()) == 1
        assert len(target.quotes.uuids()) == SENTENCES
    assert integrity(library) == "ok"
