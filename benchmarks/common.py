"""What the benchmarks share: medians, a clean process environment, and the cached 100k library.

The synthetic library is built once per (size, seed, schema version) into ``benchmarks/out/`` (git-ignored)
and every benchmark works on a copy, so saving quotes or taking the day's snapshot never changes the
cached file and runs stay comparable.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
SEED = ROOT / "seeds" / "000_3001ce5c61a55120.txt"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def clean_env(folder: Path, library: Path | None = None) -> dict[str, str]:
    """A process environment with its own XDG folders and library, and bytecode caches as users have.

    Without dropping PYTHONDONTWRITEBYTECODE a shell that sets it would make every run compile every
    module (about 50 ms here), which is not what users pay.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(folder / var.lower())
    env["QUOTECLIP_LIBRARY"] = str(library or folder / "library.sqlite3")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    return env


def cached_library(size: int, seed: int = 1) -> Path:
    """The synthetic library of ``size`` quotes, built with make_library.py the first time."""
    from qtapp.library import schema

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"library-{size}-seed{seed}-v{schema.LATEST}.sqlite3"
    if not path.exists():
        partial = path.with_name(".partial-" + path.name)
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        begin = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_library.py"), str(size), str(partial),
                        "--seed", str(seed)], check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        partial.rename(path)  # only a whole build is reused
        print(f"built {path.name} in {time.perf_counter() - begin:.0f} s", file=sys.stderr)
    return path


def working_copy(library: Path, folder: Path, name: str = "library.sqlite3") -> Path:
    """A private copy of a (closed, checkpointed) library file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(library, target)
    os.chmod(target, 0o600)
    return target
