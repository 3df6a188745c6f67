"""Importing 10k Kindle clippings, against restoring a JSON backup of the same 10k quotes (the baseline).

Both write the same rows through ``add_quotes`` in one transaction; the ratio says what reading the
clippings, merging edits and building the stubs cost on top. Run:
``.venv/bin/python benchmarks/import_kindle.py [--clippings 10000] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qtapp.library import backup  # noqa: E402
from qtapp.library.importers.into_library import import_file  # noqa: E402
from qtapp.library.store import Library  # noqa: E402

WHEN = "Monday, March 4, 2024 10:15:32 PM"


def clippings(count: int, books: int = 50) -> str:
    """A "My Clippings.txt" as a Kindle writes it: BOM, CRLF, a note on every tenth highlight."""
    parts = []
    for n in range(count):
        title = f"\ufeffBook number {n % books} (Doe, Jane)"
        parts.append(f"{title}\r\n- Your Highlight on page {n} | Location {n * 10}-{n * 10 + 3} | Added on "
                     f"{WHEN}\r\n\r\nPassage {n} of the sample, about as long as a highlighted sentence is.\r\n"
                     "==========\r\n")
        if n % 10 == 0:
            parts.append(f"{title}\r\n- Your Note on page {n} | Location {n * 10 + 3} | Added on {WHEN}\r\n\r\n"
                         f"A note on passage {n}.\r\n==========\r\n")
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clippings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    kindle_s, restore_s = [], []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "My Clippings.txt"
        path.write_text(clippings(args.clippings), encoding="utf-8")
        for run in range(args.runs):  # interleaved, so a busy machine slows both alike
            target = Path(folder) / f"kindle{run}.sqlite3"
            with Library.open(target) as library:
                begin = time.perf_counter()
                result = import_file(library, path, "kindle")
                kindle_s.append(time.perf_counter() - begin)
                assert result.quotes_added == args.clippings, result.summary()
                dump = Path(folder) / "backup.json"
                with dump.open("w", encoding="utf-8") as out:
                    backup.write_backup(library, out)
            with Library.open(Path(folder) / f"restore{run}.sqlite3") as library:
                begin = time.perf_counter()
                backup.restore(library, backup.load(dump))
                restore_s.append(time.perf_counter() - begin)
    kindle, restore = statistics.median(kindle_s), statistics.median(restore_s)
    print(f"kindle import of {args.clippings:,} clippings: median {kindle:.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in kindle_s)})")
    print(f"restore of the same quotes from a JSON backup: median {restore:.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in restore_s)})")
    print(f"ratio kindle / restore: {kindle / restore:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
