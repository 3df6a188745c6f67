"""Library timings: saving one quote, and full-text search on 1k / 10k / 100k quotes.

    python benchmarks/library.py [--sizes 1000,10000,100000] [--keep DIR]

Targets (issue 4): a save under 10 ms (median), a first page of search results (LIMIT 50) under 20 ms
at 100k quotes. Libraries are built with make_library.py into a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms  # noqa: E402
from make_library import build  # noqa: E402

from qtapp.library.store import Library  # noqa: E402

QUERIES = {
    "common word": "kazakhstan",
    "rare word": "landlocked",
    "prefix (typing)": "coop",
    "two words": "silk road",
    "note word": "chapter",
    "no match": "zebra",
}


def measure(size: int, folder: Path) -> dict[str, float]:
    path = folder / f"lib-{size}.sqlite3"
    begin = time.perf_counter()
    build(size, path)
    results = {"build (s)": time.perf_counter() - begin}
    with Library.open(path) as library:
        article_id = library.articles.all()[0].id
        text = library.articles.get(article_id).article.text
        spans = iter(range(0, len(text) - 40, 7))

        def save() -> None:
            start = next(spans)
            library.quotes.add(article_id, start, start + 30, note="benchmark", tags=["bench"])

        results["save one quote"] = median_ms(save, 50)
        for label, query in QUERIES.items():
            results[f"search: {label}"] = median_ms(lambda q=query: library.quotes.find(search=q, limit=50), 20)
        results["list first 50 (no search)"] = median_ms(lambda: library.quotes.find(limit=50, newest_first=True),
                                                         20)
        results["filter by tag, first 50"] = median_ms(lambda: library.quotes.find(tag="energy", limit=50), 20)
        results["count all"] = median_ms(library.quotes.count, 20)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--keep", type=Path, help="build the libraries here and keep them")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        columns = {size: measure(size, folder) for size in sizes}
    rows = list(next(iter(columns.values())))
    print(f"{'median ms (build in s)':<28}" + "".join(f"{size:>12,}" for size in sizes))
    for row in rows:
        print(f"{row:<28}" + "".join(f"{columns[size][row]:>12.2f}" for size in sizes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
