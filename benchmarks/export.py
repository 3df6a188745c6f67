"""Export a big library as JSON backup, CSL-JSON and Markdown, and import the backup into a new library.

Goals (issue 7): each export of 100k quotes under 3 s, the import under 10 s, and progress reported
while they run (the export dialog's bar). Everything goes through the same core calls as the window
(``backup.write_backup`` / exporter ``write`` into ``write_atomic``, ``backup.restore``).

    python benchmarks/export.py [--quotes 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached_library, working_copy  # noqa: E402

FORMATS = ("json", "csl-json", "md")


def measure(library: Path, folder: Path) -> dict[str, tuple[float, int]]:
    """Seconds and number of progress reports for each export and for the import."""
    from qtapp.library import backup
    from qtapp.library.atomic import write_atomic
    from qtapp.library.exporters import module
    from qtapp.library.store import Library

    results: dict[str, tuple[float, int]] = {}
    with Library.open(working_copy(library, folder)) as store:
        for fmt in FORMATS:
            reports: list[int] = []

            def progress(done: int, total: int, reports: list[int] = reports) -> None:
                reports.append(done)

            def write(out: TextIO, fmt: str = fmt) -> object:
                if fmt == "json":
                    return backup.write_backup(store, out, progress=progress)
                return module(fmt).write(store.quotes.stream(), out, progress=progress)

            exporter = None if fmt == "json" else module(fmt)
            begin = time.perf_counter()
            write_atomic(folder / f"export.{fmt}", write,
                         encoding=exporter.ENCODING if exporter else "utf-8",
                         newline=exporter.NEWLINE if exporter else "\n")
            results[f"export {fmt}"] = (time.perf_counter() - begin, len(reports))
    reports = []
    begin = time.perf_counter()
    data = backup.load(folder / "export.json")
    with Library.open(folder / "imported.sqlite3") as fresh:
        backup.restore(fresh, data, progress=lambda done, total: reports.append(done))
        imported = fresh.quotes.count()
    results["import json"] = (time.perf_counter() - begin, len(reports))
    expected = sum(1 for _ in data.quotes())  # streamed from the file (backup_file.py)
    if imported != expected:
        raise SystemExit(f"import kept {imported} of {expected} quotes")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        for name, (seconds, reports) in measure(cached_library(args.quotes), Path(tmp)).items():
            print(f"{name:16s} {seconds:6.2f} s  ({reports} progress reports)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
