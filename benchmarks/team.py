"""The team library (PostgreSQL) against the personal one (SQLite), on the same data in the same run.

    .venv/bin/python benchmarks/team.py [--quotes 100000] [--repeat 30]

Starts a throwaway PostgreSQL cluster (``tests/pg_cluster.py``: 127.0.0.1, fsync off as in the tests,
so the save row flatters the server a little; a real one pays its disk's fsync), fills a SQLite library
and a team library with the same synthetic quotes (``make_library.fill``), then measures, interleaved
so a busy machine slows both alike: saving a quote, one keystroke of search-as-you-type (a page of the
best 50 and the count, as the window asks), the window's first page (100 newest and the count), and
launching the window on each library (``--screenshot`` of the seed, interleaved).
Prints medians and the ratio team / personal; the figures go in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]

from common import SEED, clean_env  # noqa: E402
from make_library import fill  # noqa: E402

from qtapp.library.postgres.store import TeamLibrary  # noqa: E402
from qtapp.library.store import Library  # noqa: E402
from tests import pg_cluster  # noqa: E402

KEYSTROKES = ("t", "tr", "tra", "trad", "trade", "trade c", "trade co", "trade coo", "s", "se", "sec",
              "secu", "secur", "c", "ch", "chi", "chin", "china")


def _save(library: Any, article_id: int, spans: list[tuple[int, int]], i: list[int]) -> None:
    start, end = spans[i[0] % len(spans)]
    i[0] += 1
    library.quotes.add(article_id, start, end, note="benchmark")


def _keystroke(library: Any, typed: str) -> None:
    library.quotes.find(search=typed, limit=50)
    library.quotes.count(search=typed)


def _first_page(library: Any) -> None:
    library.quotes.find(limit=100, newest_first=True)
    library.quotes.count()


def measure(libraries: dict[str, Any], repeat: int) -> dict[str, dict[str, float]]:
    """Median ms per action per backend, each sample of one backend next to one of the other."""
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in libraries}
    contexts = {}
    for name, library in libraries.items():
        record = library.articles.all()[0]
        spans = [(m, m + 20) for m in range(0, len(record.article.text) - 40, 37)]
        contexts[name] = (record.id, spans, [0])
    for round_ in range(repeat):
        for name, library in libraries.items():
            article_id, spans, counter = contexts[name]
            typed = KEYSTROKES[round_ % len(KEYSTROKES)]
            for what in ("save a quote", "search keystroke", "first page"):
                begin = time.perf_counter()
                if what == "save a quote":
                    _save(library, article_id, spans, counter)
                elif what == "search keystroke":
                    _keystroke(library, typed)
                else:
                    _first_page(library)
                samples[name].setdefault(what, []).append((time.perf_counter() - begin) * 1000)
    return {name: {what: statistics.median(times) for what, times in found.items()}
            for name, found in samples.items()}


def window_start(targets: dict[str, str], runs: int, folder: Path) -> dict[str, float]:
    """Median seconds from launch to the painted window (``--screenshot`` of the seed) on each library,
    launches interleaved after one warm-up each (a team library's first open imports psycopg cold)."""
    out = folder / "shot.png"
    times: dict[str, list[float]] = {name: [] for name in targets}
    for round_ in range(runs + 1):
        for name, target in targets.items():
            env = clean_env(folder / name)
            env["QUOTECLIP_LIBRARY"] = target
            (folder / name).mkdir(exist_ok=True)
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-m", "qtapp", "--screenshot", str(out), str(SEED)], env=env,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if round_:
                times[name].append(time.perf_counter() - begin)
    return {name: statistics.median(found) for name, found in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--window", type=int, default=5, help="window launches per backend (0: none)")
    args = parser.parse_args(argv)
    cluster = pg_cluster.start_cluster()
    try:
        with tempfile.TemporaryDirectory() as folder:
            sqlite = Library.open(Path(folder) / "library.sqlite3")
            team = TeamLibrary.open(cluster.create_database("bench"))
            fills = {}
            for name, library in (("sqlite", sqlite), ("postgresql", team)):
                begin = time.perf_counter()
                fill(library, args.quotes)
                fills[name] = time.perf_counter() - begin
            team.db.execute("VACUUM ANALYZE quotes")
            _keystroke(team, "warm")  # both caches warm before the first sample
            _keystroke(sqlite, "warm")
            figures = measure({"sqlite": sqlite, "postgresql": team}, args.repeat)
            sqlite.close()
            team.close()
            started = window_start({"sqlite": str(Path(folder) / "library.sqlite3"),
                                    "postgresql": team.address}, args.window, Path(folder)) if args.window else {}
    finally:
        pg_cluster.remove(cluster)
    print(f"{args.quotes:,} quotes; medians of {args.repeat} interleaved samples")
    print(f"| {'what':<22} | {'SQLite':>10} | {'PostgreSQL':>10} | {'ratio':>6} |")
    print(f"| {'-' * 22} | {'-' * 10} | {'-' * 10} | {'-' * 6} |")
    print(f"| {'fill (add_many)':<22} | {fills['sqlite']:>8.1f} s | {fills['postgresql']:>8.1f} s | "
          f"{fills['postgresql'] / fills['sqlite']:>5.2f}× |")
    for what in figures["sqlite"]:
        mine, theirs = figures["sqlite"][what], figures["postgresql"][what]
        print(f"| {what:<22} | {mine:>7.2f} ms | {theirs:>7.2f} ms | {theirs / mine:>5.2f}× |")
    if started:
        mine, theirs = started["sqlite"] * 1000, started["postgresql"] * 1000
        print(f"| {'window start':<22} | {mine:>7.0f} ms | {theirs:>7.0f} ms | {theirs / mine:>5.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
