"""The window on a team library against the same window on SQLite, same data, same run (issue 17).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/team_window.py [--quotes 10000] [-n 9] [--repeat 30]

Starts a throwaway PostgreSQL cluster (``tests/pg_cluster.py``), fills a SQLite library and a team
library with the same synthetic quotes (``make_library.fill``), then measures, interleaved so a busy
machine slows both alike:

- *window shown* and *window start*: ``quoteclip --screenshot`` on the seed as fresh processes, one on
  each library in turn (goal ≤ 1.2×). *Shown* is launch to the window's first turn of the event loop
  after ``show()`` (a team library may still say "Connecting…" there: it opens in the background);
  *start* is launch to the screenshot, which waits for the team's quotes listed (the first page the
  reader process read at launch, or the library opened in the window), laid out: the window as settled;
- *search keystroke in the window*: typing into the library's search field, through the dock's
  filters to the table's first page (200 rows; the window shows no count beside them), as the user's
  typing does (in one process, both windows open side by side).
Prints medians and the ratio team / personal; the figures go in ``benchmarks/README.md``. With
``--base DIR`` (a detached worktree of an earlier commit) both windows of that tree are launched too,
interleaved with these (``PYTHONPATH=DIR``), so a change is measured against its base in the same run.
"""

from __future__ import annotations

import argparse
import json
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
# ``python -m qtapp`` with a clock on ``wait_for_library`` (the screenshot's wait for a team library
# opening in the background): the wall time it is called (window shown) and returns (quotes listed).
CHILD = """
import importlib.abc, importlib.machinery, json, sys, time

def timed(real):
    def wait(window):
        shown = time.time()
        real(window)
        print(json.dumps({"shown": shown, "open": time.time()}), file=sys.stderr, flush=True)
    return wait

class Clock(importlib.abc.MetaPathFinder):
    # Clocks qtapp.ui.app when the program imports it: importing it here would load Qt before the
    # program's start, which forks the team library's reader only while Qt is not loaded.
    def find_spec(self, name, path, target=None):
        if name != "qtapp.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.wait_for_library = timed(module.wait_for_library)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Clock())
from qtapp.cli import entry
sys.argv = ["quoteclip", *sys.argv[1:]]
raise SystemExit(entry())
"""
KEYSTROKES = ("t", "tr", "tra", "trad", "trade", "s", "se", "sec", "secu", "c", "ch", "chi", "chin")


def _launch(env: dict[str, str], out: Path) -> tuple[float, float]:
    """(ms to the window shown, ms to the screenshot written) of one launch."""
    out.unlink(missing_ok=True)
    launched, begin = time.time(), time.perf_counter()
    # From the run's own folder: "-c" puts the working directory first on sys.path, so launched from a
    # source tree that tree's qtapp would win over the PYTHONPATH a --base launch sets.
    done = subprocess.run([sys.executable, "-c", CHILD, "--screenshot", str(out), str(SEED)], env=env,
                          cwd=out.parent, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - begin
    if not out.is_file() or out.stat().st_size == 0:
        raise SystemExit("the window wrote no screenshot")
    marks = json.loads([line for line in done.stderr.splitlines() if line.startswith('{"shown"')][-1])
    return (marks["shown"] - launched) * 1000, elapsed * 1000


def window_starts(envs: dict[str, dict[str, str]], folder: Path, n: int) -> dict[str, dict[str, float]]:
    """Median ms to the window shown and to the screenshot, per library, launches interleaved."""
    samples: dict[str, dict[str, list[float]]] = {name: {"shown": [], "start": []} for name in envs}
    for name, env in envs.items():  # one unmeasured launch each: bytecode and parse caches as users have
        _launch(env, folder / f"{name}.png")
    for _ in range(n):
        for name, env in envs.items():
            shown, start = _launch(env, folder / f"{name}.png")
            samples[name]["shown"].append(shown)
            samples[name]["start"].append(start)
    return {name: {what: statistics.median(times) for what, times in found.items()}
            for name, found in samples.items()}


def keystrokes(addresses: dict[str, str], repeat: int) -> dict[str, float]:
    """Median ms of one search keystroke in each window (the dock's filters → the table's first page)."""
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
            dock.apply_filters()  # the table's first page; the window shows no count beside it
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
    parser.add_argument("--base", type=Path, metavar="DIR", help="also launch the windows of this source tree")
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
            if args.base is not None:
                for name in ("sqlite", "postgresql"):
                    envs[f"{name} base"] = dict(envs[name], PYTHONPATH=str(args.base.resolve()))
            starts = window_starts(envs, folder, args.n)
            for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
                os.environ[var] = str(folder / "in-process" / var.lower())  # the windows below are in this process
            typing = keystrokes({"sqlite": str(sqlite_path), "postgresql": team_uri}, args.repeat)
    finally:
        pg_cluster.remove(cluster)
    print(f"{args.quotes:,} quotes; window start: medians of {args.n} interleaved launches; "
          f"keystroke: medians of {args.repeat}")
    print(f"| {'what':<26} | {'SQLite':>10} | {'PostgreSQL':>10} | {'ratio':>6} |")
    print(f"| {'-' * 26} | {'-' * 10} | {'-' * 10} | {'-' * 6} |")
    rows = {"window shown": {name: found["shown"] for name, found in starts.items()},
            "window start (settled)": {name: found["start"] for name, found in starts.items()},
            "search keystroke (window)": typing}
    for what, figures in rows.items():
        mine, theirs = figures["sqlite"], figures["postgresql"]
        print(f"| {what:<26} | {mine:>7.1f} ms | {theirs:>7.1f} ms | {theirs / mine:>5.2f}× |")
    for what in ("window shown", "window start (settled)"):
        ratio = rows[what]["postgresql"] / rows[what]["sqlite"]
        print(f"{what} goal ≤ {GOAL}×: {'pass' if ratio <= GOAL else 'FAIL'} ({ratio:.2f}×)")
    if args.base is not None:
        print(f"base {args.base}: the same launches of its windows, interleaved with these")
        for what, key in (("window shown", "shown"), ("window start (settled)", "start")):
            mine, theirs = starts["sqlite base"][key], starts["postgresql base"][key]
            print(f"| {what + ' (base)':<26} | {mine:>7.1f} ms | {theirs:>7.1f} ms | {theirs / mine:>5.2f}× |")
            print(f"  this tree / base: SQLite {starts['sqlite'][key] / mine:.2f}×, "
                  f"PostgreSQL {starts['postgresql'][key] / theirs:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
