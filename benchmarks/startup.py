"""Start-up time of ``quoteclip --screenshot`` against a bare PySide6 window showing the same text.

Both run as fresh processes, N times each, interleaved, with temporary XDG folders and library, and both
end the same way (window laid out, grabbed, saved as PNG). The goal is a ratio of at most 1.3: reading
an article well should cost little more than showing its text at all. With ``--library`` the window
opens that library (a copy of it), e.g. the 100k-quote one (goal 1.5).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [-n 7] [--library FILE] [FILE]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SEED, clean_env, working_copy  # noqa: E402

GOAL = 1.3

BARE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication(sys.argv[:1])
view = QTextBrowser()
view.setPlainText(Path(sys.argv[1]).read_text(encoding="utf-8"))
view.resize(1200, 800)
view.show()
def grab():
    document = view.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())
    view.grab().save(sys.argv[2])
    app.quit()
QTimer.singleShot(0, grab)
app.exec()
"""


def commands(file: Path, out: Path) -> tuple[list[str], list[str]]:
    """(the app's command, the bare window's command), both writing a screenshot to ``out``."""
    return ([sys.executable, "-m", "qtapp", "--screenshot", str(out), str(file)],
            [sys.executable, "-c", BARE, str(file), str(out)])


def _time(command: list[str], env: dict[str, str], out: Path) -> float:
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if not out.is_file() or out.stat().st_size == 0:
        raise SystemExit(f"{command[:3]} wrote no screenshot")
    return elapsed


@contextmanager
def _launches(file: Path, library: Path | None) -> Iterator[tuple[dict[str, str], Path, list[str], list[str]]]:
    """(environment, screenshot path, app command, bare command) in a temporary folder of their own,
    with a copy of ``library`` when given."""
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        folder = Path(tmp)
        out = folder / "shot.png"
        copy = working_copy(library, folder / "lib") if library else None
        yield (clean_env(folder, copy), out, *commands(file, out))


def measure(file: Path = SEED, runs: int = 7, library: Path | None = None) -> tuple[float, float]:
    """Median seconds (app, bare) over ``runs`` interleaved launches, after one warm-up of each.

    The warm-up also absorbs what happens once: creating (or migrating) the library and the day's first
    snapshot.
    """
    with _launches(file, library) as (env, out, app_cmd, bare_cmd):
        _time(app_cmd, env, out)
        _time(bare_cmd, env, out)
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(_time(app_cmd, env, out))
            bare_times.append(_time(bare_cmd, env, out))
    return statistics.median(app_times), statistics.median(bare_times)


# Runs one command and prints its peak RSS: RUSAGE_CHILDREN is the largest of all children a process
# has waited for, so each measurement needs a fresh parent.
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
         "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_rss(file: Path = SEED, runs: int = 3, library: Path | None = None) -> tuple[float, float]:
    """Median peak RSS in MB (app, bare) of the same launches as ``measure``."""
    with _launches(file, library) as (env, out, app_cmd, bare_cmd):
        _time(app_cmd, env, out)  # the library's one-time work (snapshot, migration) is not the window's
        peaks: dict[str, list[float]] = {"app": [], "bare": []}
        for _ in range(runs):
            for name, command in (("app", app_cmd), ("bare", bare_cmd)):
                done = subprocess.run([sys.executable, "-c", _PEAK, *command], env=env, check=True,
                                      capture_output=True, text=True)
                peaks[name].append(int(done.stdout.split()[-1]) / 1024)  # Linux reports KiB
    return statistics.median(peaks["app"]), statistics.median(peaks["bare"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(SEED))
    parser.add_argument("-n", "--runs", type=int, default=7)
    parser.add_argument("--library", type=Path, help="open (a copy of) this library")
    args = parser.parse_args()
    app, bare = measure(Path(args.file), args.runs, args.library)
    goal = 1.5 if args.library else GOAL
    ratio = app / bare
    print(f"runs: {args.runs}, file: {Path(args.file).name}")
    print(f"bare PySide6 QTextBrowser : median {bare * 1000:7.1f} ms")
    print(f"quoteclip --screenshot    : median {app * 1000:7.1f} ms")
    print(f"ratio                     : {ratio:.2f} (goal ≤ {goal})")
    return 0 if ratio <= goal else 1


if __name__ == "__main__":
    raise SystemExit(main())
