"""Start-up time of ``quoteclip --screenshot`` against a bare PySide6 window showing the same text.

Both run as fresh processes, N times each, interleaved, with temporary XDG folders and library, and both
end the same way (window laid out, grabbed, saved as PNG). The goal is a ratio of at most 1.3: reading
an article well should cost little more than showing its text at all.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [-n 7] [FILE]
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

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_3001ce5c61a55120.txt"
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


def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(folder / var.lower())
    env["QUOTECLIP_LIBRARY"] = str(folder / "library.sqlite3")
    # An installed app has its bytecode cached; without this a PYTHONDONTWRITEBYTECODE shell would make
    # every run compile every module (about 50 ms here), which is not what users pay.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def _time(command: list[str], env: dict[str, str], out: Path) -> float:
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if not out.is_file() or out.stat().st_size == 0:
        raise SystemExit(f"{command[:3]} wrote no screenshot")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(SEED))
    parser.add_argument("-n", "--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        folder = Path(tmp)
        out = folder / "shot.png"
        app_cmd = [sys.executable, "-m", "qtapp", "--screenshot", str(out), args.file]
        bare_cmd = [sys.executable, "-c", BARE, args.file, str(out)]
        env = _env(folder)
        _time(app_cmd, env, out)  # warm the OS file cache and create the library once
        _time(bare_cmd, env, out)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(_time(app_cmd, env, out))
            bare_times.append(_time(bare_cmd, env, out))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    ratio = app / bare
    print(f"runs: {args.runs}, file: {Path(args.file).name}")
    print(f"bare PySide6 QTextBrowser : median {bare * 1000:7.1f} ms")
    print(f"quoteclip --screenshot    : median {app * 1000:7.1f} ms")
    print(f"ratio                     : {ratio:.2f} (goal ≤ {GOAL})")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
