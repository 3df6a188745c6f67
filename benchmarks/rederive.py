"""Re-deriving a 100k-quote library after the reading rules changed, and the check every open makes.

    python benchmarks/rederive.py [--quotes 100000]

Four timings on copies of the cached synthetic library (make_library.py), through the same core call
the window's background thread and ``quoteclip library rederive`` make (``rederive.rederive``):
- *same text*: every article stale, the new reading gives the same text (quotes keep their place; voice,
  block and attribution are derived again);
- *same text, first after v4*: the same, for quotes saved before schema v4, each sorted once into the
  rules' and the user's (every row is written);
- *shifted text*: the new reading moves every passage (a changed title), so every quote is re-anchored
  by its exact text and context;
- *stale check*: what each open asks when nothing is stale (one indexed query).
Targets: the re-derivations run in the background, so they need only finish well within a session
(< 60 s); the check must not be noticeable at start-up (< 1 ms).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached_library, median_ms, working_copy  # noqa: E402


def _stale(path: Path, legacy: bool) -> None:
    """Every article read by older rules; ``legacy``: its quotes saved before schema v4 recorded who chose."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET parser = NULL")
    if legacy:
        conn.execute("UPDATE quotes SET voice_by = NULL")
    conn.commit()
    conn.close()


def measure(library: Path, folder: Path) -> dict[str, tuple[float, str]]:
    """{row: (seconds, detail)} for the two re-derivations and the stale check."""
    from qtapp.article import parse_text
    from qtapp.library import rederive
    from qtapp.library.store import Library

    def shifted(source: str) -> object:
        return parse_text(source.replace("Synthetic article number", "Synthetic article, number", 1))

    results: dict[str, tuple[float, str]] = {}
    for label, parse, legacy in (("same text", parse_text, False), ("same text, first after v4", parse_text, True),
                                 ("shifted text", shifted, True)):
        path = working_copy(library, folder, f"{label.replace(' ', '-').replace(',', '')}.sqlite3")
        _stale(path, legacy)
        with Library.open(path) as store:
            quotes = store.quotes.count()
            reports: list[int] = []
            begin = time.perf_counter()
            report = rederive.rederive(store, parse=parse,
                                       progress=lambda done, _total, seen=reports: seen.append(done))
            seconds = time.perf_counter() - begin
            assert not report.unplaced and not report.failed, report.summary()
            results[f"rederive {quotes // 1000}k quotes, {label}"] = (
                seconds, f"{report.articles} articles, {len(reports)} progress reports")
    with Library.open(working_copy(library, folder, "check.sqlite3")) as store:
        version = rederive.current_version()
        assert rederive.stale_count(store, version) == 0
        results["stale check at open"] = (median_ms(lambda: rederive.stale_count(store, version), 50) / 1000,
                                          f"{len(store.articles.all())} articles")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        for row, (seconds, detail) in measure(cached_library(args.quotes), Path(tmp)).items():
            shown = f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"
            print(f"{row:<44} {shown:>10}   {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
