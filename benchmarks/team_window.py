"""The window on a team library against the same window on SQLite, same data, same run (issue 17).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/team_window.py [--quotes 10000] [-n 9] [--repeat 30]

Starts a throwaway PostgreSQL cluster (``tests/pg_cluster.py``), fills a SQLite library and a team
library with the same synthetic quotes (``make_library.fill``), then measures, interleaved so a busy
machine slows both alike:

- *window start*: ``quoteclip --screenshot`` on the seed (launch to window laid out and grabbed, the
  library panel's first page read), as fresh processes, one on each library in turn (goal ≤ 1.2×);
- *search keystroke in the window*: typing into the library's search field, through the dock's
  filters to the table's first page and its count, as the user's typing does (in one process, both
  windows open side by side).
Prints medians and the ratio team / personal; the figures go in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import os
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

from tests import pg_cluster  # noqa: E402

GOAL = 1.2
KEYSTROKES = ("t", "tr", "tra", "trad", "trade", "s", "se", "sec", "secu", "c", "ch", "chi", "chin")


def _launch(env: dict[str, str], out: Path) -> float:
    out.unlink(missing_ok=True)
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "qtapp", "--screenshot", str(out), str(SEED)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - begin
    if not out.is_file() or out.stat().st_size == 0:
        raise SystemExit("the window wrote no screenshot")
    return elapsed * 1000


def window_starts(envs: dict[str, dict[str, str]], folder: Path, n: int) -> dict[str, float]:
    """Median launch-to-screenshot ms per library, launches interleaved."""
    samples: dict[str, list[float]] = {name: [] for name in envs}
    for name, env in envs.items():  # one unmeasured launch each: bytecode and parse caches as users have
        _launch(env, folder / f"{name}.png")
    for _ in range(n):
        for name, env in envs.items():
            samples[name].append(_launch(env, folder / f"{name}.png"))
    return {name: statistics.median(times) for name, times in samples.items()}


def keystrokes(addresses: dict[str, str], repeat: int) -> dict[str, float]:
    """Median ms of one search keystroke in each window (the dock's filters → first page and count)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from qtapp.ui.main_window import MainWindow

    windows: dict[str, Any] = {}
    for name, address in addresses.items():
        os.environ["QUOTECLIP_LIBRARY"] = address
        window = MainWindow()
        window.open_article(SEED)
        window.quotes.dock.scope.setChecked(False)  # the whole library, not the article on screen
        windows[name] = window
    app.processEvents()
    samples: dict[str, list[float]] = {name: [] for name in windows}
    for round_ in range(repeat):
        typed = KEYSTROKES[round_ % len(KEYSTROKES)]
        for name, window in windows.items():
            dock = window.quotes.dock
            dock.search.blockSignals(True)  # the debounce timer is not what is measured
            dock.search.setText(typed)
            dock.search.blockSignals(False)
            begin = time.perf_counter()
            dock.apply_filters()
            window.quotes.library.count(search=typed)  # the count the window shows beside the page
            samples[name].append((time.perf_counter() - begin) * 1000)
    for window in windows.values():
        window.quotes.library.close()
        window.close()
    return {name: statistics.median(times) for name, times in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=10_000)
    parser.add_argument("-n", type=int, default=9, help="launches of each window")
    parser.add_argument("--repeat", type=int, default=30, help="keystrokes in each window")
    args = parser.parse_args(argv)
    from qtapp.library.postgres.store import TeamLibrary
    from qtapp.library.store import Library

    cluster = pg_cluster.start_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
            folder = Path(tmp)
            sqlite_path = folder / "library.sqlite3"
            team_uri = cluster.create_database("bench")
            for library in (Library.open(sqlite_path), TeamLibrary.open(team_uri)):
                fill(library, args.quotes)
                library.close()
            with TeamLibrary.open(team_uri) as team:
                team.db.execute("VACUUM ANALYZE quotes")
            envs = {"sqlite": clean_env(folder / "a", sqlite_path), "postgresql": clean_env(folder / "b")}
            envs["postgresql"]["QUOTECLIP_LIBRARY"] = team_uri
            starts = window_starts(envs, folder, args.n)
            typing = keystrokes({"sqlite": str(sqlite_path), "postgresql": team_uri}, args.repeat)
    finally:
        pg_cluster.remove(cluster)
    print(f"{args.quotes:,} quotes; window start: medians of {args.n} interleaved launches; "
          f"keystroke: medians of {args.repeat}")
    print(f"| {'what':<26} | {'SQLite':>10} | {'PostgreSQL':>10} | {'ratio':>6} |")
    print(f"| {'-' * 26} | {'-' * 10} | {'-' * 10} | {'-' * 6} |")
    for what, figures in (("window start", starts), ("search keystroke (window)", typing)):
        mine, theirs = figures["sqlite"], figures["postgresql"]
        print(f"| {what:<26} | {mine:>7.1f} ms | {theirs:>7.1f} ms | {theirs / mine:>5.2f}× |")
    ratio = starts["postgresql"] / starts["sqlite"]
    print(f"window start goal ≤ {GOAL}×: {'pass' if ratio <= GOAL else 'FAIL'} ({ratio:.2f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
