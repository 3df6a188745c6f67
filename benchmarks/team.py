"""The team library (PostgreSQL) against the personal one (SQLite), on the same data in the same run.

    .venv/bin/python benchmarks/team.py [--quotes 100000] [--repeat 30] [--keep DIR]

Starts a throwaway PostgreSQL cluster (``tests/pg_cluster.py``: 127.0.0.1, fsync off as in the tests,
so the save row flatters the server a little; a real one pays its disk's fsync), fills a SQLite library
and a team library with the same synthetic quotes (``make_library.fill``), then measures, interleaved
so a busy machine slows both alike: saving a quote, one keystroke of search-as-you-type (a page of the
best 50 and the count, as the window asks), the window's first page (100 newest and the count), and
launching the window on each library (``--screenshot`` of the seed, interleaved).
Prints medians and the ratio team / personal; the figures go in ``benchmarks/README.md``.

A keystroke is the best 50 and the count; both are also shown alone, since the window itself asks only
for the page (the count is for the command line and exports). ``--keep DIR`` keeps the two libraries
and the stopped cluster in DIR (outside the repo) and reuses them when asked again for the same number
of quotes: a million quotes take half an hour to build. The two fills run at once, in two processes
(the SQLite one through ``make_library.py``), so on two shared cores their times are each other's load.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
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


ACTIONS = ("save a quote", "search: best 50", "search: count", "first page")


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
            for what in ACTIONS:
                begin = time.perf_counter()
                if what == "save a quote":
                    _save(library, article_id, spans, counter)
                elif what == "search: best 50":
                    library.quotes.find(search=typed, limit=50)
                elif what == "search: count":
                    library.quotes.count(search=typed)
                else:
                    _first_page(library)
                samples[name].setdefault(what, []).append((time.perf_counter() - begin) * 1000)
            keystroke = samples[name]["search: best 50"][-1] + samples[name]["search: count"][-1]
            samples[name].setdefault("search keystroke", []).append(keystroke)
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


def prepare(folder: Path, quotes: int, keep: bool) -> tuple[pg_cluster.Cluster, Path, str, dict[str, float]]:
    """(running cluster, SQLite file, team URI, fill seconds): filled now, or found kept in ``folder``."""
    sqlite_path, marker = folder / "library.sqlite3", folder / "filled.json"
    if keep and marker.is_file() and json.loads(marker.read_text())["quotes"] == quotes:
        cluster = pg_cluster.restart(folder / "pg")
        return cluster, sqlite_path, cluster.uri("bench"), json.loads(marker.read_text())["fills"]
    if keep:
        shutil.rmtree(folder / "pg", ignore_errors=True)
        sqlite_path.unlink(missing_ok=True)
        marker.unlink(missing_ok=True)
    cluster = pg_cluster.start_cluster(folder / "pg" if keep else None)
    team_uri = cluster.create_database("bench")
    begin = time.perf_counter()
    personal = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "make_library.py"), str(quotes),
                                 str(sqlite_path)])
    fills: dict[str, float] = {}

    def personal_done() -> None:
        personal.wait()
        fills["sqlite"] = time.perf_counter() - begin

    waiting = threading.Thread(target=personal_done)
    waiting.start()
    with TeamLibrary.open(team_uri) as team:
        fill(team, quotes)
        fills["postgresql"] = time.perf_counter() - begin
        team.db.execute("VACUUM ANALYZE quotes")
    waiting.join()
    if personal.returncode != 0:
        raise SystemExit("make_library.py failed")
    if keep:
        marker.write_text(json.dumps({"quotes": quotes, "fills": fills}))
    return cluster, sqlite_path, team_uri, fills


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--window", type=int, default=5, help="window launches per backend (0: none)")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the filled libraries in this folder")
    parser.add_argument("--fill-only", action="store_true", help="fill (with --keep) and measure nothing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cluster, sqlite_path, team_uri, fills = prepare(folder, args.quotes, args.keep is not None)
        try:
            if args.fill_only:
                return 0
            sqlite = Library.open(sqlite_path)
            team = TeamLibrary.open(team_uri)
            _keystroke(team, "warm")  # both caches warm before the first sample
            _keystroke(sqlite, "warm")
            figures = measure({"sqlite": sqlite, "postgresql": team}, args.repeat)
            sqlite.close()
            team.close()
            started = window_start({"sqlite": str(sqlite_path), "postgresql": team_uri}, args.window,
                                   Path(tmp)) if args.window else {}
        finally:
            if args.keep:
                cluster.stop()
            else:
                pg_cluster.remove(cluster)
    print(f"{args.quotes:,} quotes; medians of {args.repeat} interleaved samples")
    print(f"| {'what':<22} | {'SQLite':>10} | {'PostgreSQL':>10} | {'ratio':>6} |")
    print(f"| {'-' * 22} | {'-' * 10} | {'-' * 10} | {'-' * 6} |")
    print(f"| {'fill (at once)':<22} | {fills['sqlite']:>8.1f} s | {fills['postgresql']:>8.1f} s | "
          f"{fills['postgresql'] / fills['sqlite']:>5.2f}× |")
    for what in ("save a quote", "search keystroke", "search: best 50", "search: count", "first page"):
        mine, theirs = figures["sqlite"][what], figures["postgresql"][what]
        print(f"| {what:<22} | {mine:>7.2f} ms | {theirs:>7.2f} ms | {theirs / mine:>5.2f}× |")
    if started:
        mine, theirs = started["sqlite"] * 1000, started["postgresql"] * 1000
        print(f"| {'window start':<22} | {mine:>7.0f} ms | {theirs:>7.0f} ms | {theirs / mine:>5.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
