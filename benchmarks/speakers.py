"""Time speaker finding on dense quotations: 1 MB with 40,000 quotations must take < 2 s (issue 13), and
the time per quotation must stay flat from 0.25 MB to 1 MB (linear in the article).

The text repeats short attributed paragraphs in the shapes the rules read (a name after the verb, a
surname, a pronoun, a role noun, a continuation), one paragraph per block, so every rule and the people
index run; ``find_quotations`` is timed on the parsed article, apart from the reading rules before it.
Usage: python benchmarks/speakers.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from qtapp.article import parse_text
from qtapp.article.model import Article
from qtapp.article.quotations import find_quotations

TARGET_SECONDS = 2.0
UNIT = ('"We go now," said Ana Costa. "We stay."\n\n'
        '"It is late," Costa added.\n\n'
        'Mayor Rui Lopes came. "We start," he said.\n\n'
        '"It is on," the mayor said. "Go."\n\n')  # 6 quotations in 150 characters: 42,000 in 1 MB


def make_article(megabytes: float) -> Article:
    text = UNIT * int(megabytes * 1024 * 1024 // len(UNIT))
    return parse_text(text)


def measure(megabytes: float, repeat: int = 3) -> tuple[int, float]:
    """(quotations found, median seconds of ``find_quotations``) on ``megabytes`` of dense quotations."""
    article = make_article(megabytes)
    times, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(find_quotations(article))
        times.append(time.perf_counter() - start)
    return found, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    small_count, small = measure(0.25, args.repeat)
    count, seconds = measure(1, args.repeat)
    ratio = (seconds / count) / (small / small_count)
    print(f"1 MB, {count:,} quotations: {seconds:.2f} s (target < {TARGET_SECONDS:g} s) "
          f"{'pass' if seconds < TARGET_SECONDS else 'FAIL'}")
    print(f"time per quotation, 1 MB over 0.25 MB: {ratio:.2f} (1.0 = linear; ≤ 1.25) "
          f"{'pass' if ratio <= 1.25 else 'FAIL'}")


if __name__ == "__main__":
    main()
