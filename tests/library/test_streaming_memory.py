"""Import and CSV export stream: their peak memory does not grow with the number of quotes (issue 15,
item 18). At 1,000,000 quotes they took 3.4 GB and 2.45 GB; the --slow test checks ≤ 300 MB there."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from qtapp.library import backup
from qtapp.library.atomic import write_atomic
from qtapp.library.exporters import module
from qtapp.library.store import Library

REPO = Path(__file__).resolve().parents[2]


def make_library(path: Path, quotes: int) -> Path:
    """``quotes`` quotes over ten articles, with notes and tags, through the store's own writes."""
    from qtapp.article.parser import parse_text

    with Library.open(path) as library:
        for a in range(10):
            text = f"Article {a}\\n\\n" + " ".join(f"Sentence {i} of article {a} about the sea." for i in range(200))
            article = parse_text(text.replace("\\\\n", "\\n"))
            article_id = library.articles.add(article, article.text)
            starts = [article.text.index(f"Sentence {i} of") for i in range(200)]
            library.quotes.add_many(backup.QuoteDraft(article_id, starts[k % 200], starts[k % 200] + 30,
                                                 note=f"note {k}", tags=(f"t{k % 5}",))
                               for k in range(quotes // 10))
    return path


def peak(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def libraries(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, Path]]:
    """(library, its JSON backup) at 3,000 and 12,000 quotes."""
    out = {}
    for size in (3000, 12000):
        folder = tmp_path_factory.mktemp(f"lib{size}")
        lib = make_library(folder / "library.sqlite3", size)
        with Library.open(lib) as library:
            write_atomic(folder / "backup.json", lambda f, library=library: backup.write_backup(library, f))
        out[size] = (lib, folder / "backup.json")
    return out


def test_import_memory_does_not_grow_with_the_quotes(libraries: dict[int, tuple[Path, Path]],
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "BATCH", 500, raising=False)  # several batches at either size: a batch is the unit
    def run(size: int) -> int:
        def action() -> None:
            with Library.open(tmp_path / f"imported-{size}.sqlite3") as fresh:
                result = backup.restore(fresh, backup.load(libraries[size][1]))
                assert result.quotes_added == size
        return peak(action)

    small, large = run(3000), run(12000)
    assert large < small * 1.5, (small, large)  # 4× the quotes; loaded whole it was ~4× the memory


def test_csv_export_memory_does_not_grow_with_the_quotes(libraries: dict[int, tuple[Path, Path]],
                                                         tmp_path: Path) -> None:
    from qtapp.commands.export import readable

    def run(size: int) -> int:
        def action() -> None:
            with Library.open(libraries[size][0]) as library:
                write_atomic(tmp_path / f"out-{size}.csv",
                             lambda f: module("csv").write(readable(library.quotes.stream()), f),
                             encoding="utf-8-sig", newline="")
        return peak(action)

    small, large = run(3000), run(12000)
    assert large < small * 1.5, (small, large)
    assert (tmp_path / "out-12000.csv").read_text(encoding="utf-8-sig").count("note ") == 12000


@pytest.mark.slow
def test_a_million_quotes_import_and_export_csv_in_300_mb(tmp_path: Path) -> None:
    """Whole processes, as a user runs them; peak RSS from the kernel."""
    lib = make_library(tmp_path / "million.sqlite3", 1_000_000)
    script = textwrap.dedent("""
        import resource, sys
        from qtapp.cli import main
        code = main(sys.argv[1:])
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
        sys.exit(code)
    """)
    env_lib = ["--library"]

    def run(*args: str) -> int:
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                              cwd=REPO, check=True)
        return int(done.stdout.split()[-1])

    assert run(*env_lib, str(lib), "quotes", "export", "--format", "json", "-o", str(tmp_path / "b.json")) < 300
    assert run(*env_lib, str(lib), "quotes", "export", "--format", "csv", "-o", str(tmp_path / "q.csv")) < 300
    assert run(*env_lib, str(tmp_path / "new.sqlite3"), "quotes", "import", str(tmp_path / "b.json")) < 300
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
