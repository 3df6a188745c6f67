"""Whole-process time of ``quoteclip quotes list --search Q`` on a big library against ``quoteclip --version``.

The command line should feel instant next to the smallest thing the program can do: the goal is a
ratio of at most 1.5. Both run as fresh processes with bytecode caches, interleaved. The table shows
the best 50 matches (and says how many more there are); ``--all`` prints every match, and without
``--library``/``QUOTECLIP_LIBRARY`` the command also loads platformdirs to find the library: both are
timed too, for the record.

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
VARIANTS = ("list", "list --all", "list, default location", "version")


def _time(command: list[str], env: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - begin


def measure(library: Path, query: str = "landlocked", runs: int = 9) -> tuple[dict[str, float], int]:
    """Median seconds of each variant in ``VARIANTS``, and how many quotes match ``query``."""
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        folder = Path(tmp)
        env = clean_env(folder, working_copy(library, folder))
        default = dict(env)  # the library where platformdirs puts it, found without an override
        del default["QUOTECLIP_LIBRARY"]
        working_copy(library, Path(default["XDG_DATA_HOME"]) / "QuoteClip")
        listing = [sys.executable, "-m", "qtapp", "quotes", "list", "--search", query]
        commands = {"list": (listing, env), "list --all": ([*listing, "--all"], env),
                    "list, default location": (listing, default),
                    "version": ([sys.executable, "-m", "qtapp", "--version"], env)}
        hits = subprocess.run(commands["list --all"][0], env=env, check=True, capture_output=True,
                              text=True).stdout.count("\n") - 1
        for command, environment in commands.values():
            _time(command, environment)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (command, environment) in commands.items():
                times[name].append(_time(command, environment))
    return {name: statistics.median(values) for name, values in times.items()}, hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--search", default="landlocked")
    parser.add_argument("-n", "--runs", type=int, default=9)
    args = parser.parse_args()
    medians, hits = measure(cached_library(args.quotes), args.search, args.runs)
    version = medians["version"]
    print(f"{hits} quotes match {args.search!r}")
    for name in VARIANTS:
        print(f"{name:<24} {medians[name] * 1000:6.1f} ms  {medians[name] / version:.2f}× --version")
    ratio = medians["list"] / version
    print(f"goal: list ≤ {GOAL}× --version: {'pass' if ratio <= GOAL else 'FAIL'}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
