"""Whole-process time of ``quoteclip quotes list --search Q`` on a big library against ``quoteclip --version``.

The command line should feel instant next to the smallest thing the program can do: the goal is a
ratio of at most 1.5. Both run as fresh processes with bytecode caches, interleaved.

    python benchmarks/cli_list.py [--quotes 100000] [--search landlocked] [-n 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached_library, clean_env, working_copy  # noqa: E402

GOAL = 1.5


def _time(command: list[str], env: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begin


def measure(library: Path, query: str = "landlocked", runs: int = 9) -> tuple[float, float, int]:
    """Median seconds (list --search, --version) and how many lines the listing printed."""
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        folder = Path(tmp)
        env = clean_env(folder, working_copy(library, folder))
        listing = [sys.executable, "-m", "qtapp", "quotes", "list", "--search", query]
        version = [sys.executable, "-m", "qtapp", "--version"]
        lines = subprocess.run(listing, env=env, check=True, capture_output=True, text=True).stdout.count("\n")
        _time(version, env)
        times: dict[str, list[float]] = {"list": [], "version": []}
        for _ in range(runs):
            times["list"].append(_time(listing, env))
            times["version"].append(_time(version, env))
    return statistics.median(times["list"]), statistics.median(times["version"]), lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--search", default="landlocked")
    parser.add_argument("-n", "--runs", type=int, default=9)
    args = parser.parse_args()
    listing, version, lines = measure(cached_library(args.quotes), args.search, args.runs)
    print(f"quotes list --search {args.search} ({lines - 1} quotes): {listing * 1000:.1f} ms")
    print(f"--version: {version * 1000:.1f} ms; ratio {listing / version:.2f} (goal ≤ {GOAL})")
    return 0 if listing / version <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
