"""Copy Citation's work for one saved quote: the quote read back and cited, each named style warm.

Issue 14 asks for a copy citation under 50 ms. The style is parsed once per process (the window keeps
it), so this times what every later copy costs: reading the record and rendering its citation.
Usage: python benchmarks/copy_citation.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qtapp.article.parser import parse_text  # noqa: E402
from qtapp.library.citation.render import cite  # noqa: E402
from qtapp.library.store import Library  # noqa: E402

STYLES = ("apa", "modern-language-association", "chicago-notes-bibliography", "chicago-author-date")
SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def measure(rounds: int = 30) -> dict[str, float]:
    """Median milliseconds of read + cite, by style."""
    medians: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "library.sqlite3")
        try:
            text = SEED.read_text(encoding="utf-8")
            article = parse_text(text)
            article_id = library.articles.add(article, text, SEED)
            block = article.blocks[len(article.blocks) // 2]
            quote_id = library.quotes.add(article_id, block.start, block.start + 60)
            for style in STYLES:
                cite(library.quotes.get(quote_id), style)  # the style parsed, as the window has it
                times = []
                for _ in range(rounds):
                    begin = time.perf_counter()
                    cite(library.quotes.get(quote_id), style)
                    times.append((time.perf_counter() - begin) * 1000)
                medians[style] = statistics.median(times)
        finally:
            library.close()
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    for style, ms in measure(parser.parse_args().rounds).items():
        print(f"{style}: {ms:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
