"""Build a reproducible synthetic library through the store code, for benchmarks and UI stress tests.

    python benchmarks/make_library.py N OUT.sqlite3 [--articles M] [--seed S]

Articles are made of sentences shuffled from the bundled seed article (so words and lengths are
realistic), parsed by the real parser; quotes are random word-aligned spans saved in batches.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

from qtapp import paths
from qtapp.article import parse_text
from qtapp.library.quotestore import QuoteDraft
from qtapp.library.store import Library

TAGS = ("trade", "security", "energy", "BRI", "SCO", "history", "to check", "chapter 2", "quote", "stats")
COLORS = (None, "yellow", "green", "blue", "pink")
NOTES = ("", "", "", "check the figure", "good opening line", "compare with the 2013 speech",
         "use in chapter two", "ask the author about this")
BATCH = 5000


def _sentences() -> list[str]:
    text = paths.seed_article().read_text(encoding="utf-8")
    parts = re.split(r"(?<=[.!?])\s*(?=[A-Z“\"])", " ".join(text.split()))
    return [p.strip() for p in parts if len(p.split()) >= 5]


def make_article_text(rng: random.Random, sentences: list[str], number: int) -> str:
    paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 4))) for _ in range(rng.randint(6, 12))]
    return f"Synthetic article number {number}\n\n" + "\n\n".join(paragraphs) + "\n"


def build(n: int, out: Path, articles: int = 0, seed: int = 1) -> Path:
    """Write ``n`` quotes over ``articles`` articles (default: one per 1,000 quotes, at least 1)."""
    with Library.open(out) as library:
        fill(library, n, articles, seed)
    return out


def fill(library: Any, n: int, articles: int = 0, seed: int = 1) -> None:
    """``build`` into an open library of either backend (``benchmarks/team.py`` fills both alike)."""
    rng = random.Random(seed)
    sentences = _sentences()
    count = articles or max(1, n // 1000)
    stored = []
    with library.transaction():
        for number in range(count):
            text = make_article_text(rng, sentences, number)
            article = parse_text(text)
            words = [m.span() for m in re.finditer(r"\S+", article.text)]
            stored.append((library.articles.add(article, text, f"synthetic/{number}.txt"), words))
    drafts: list[QuoteDraft] = []
    for index in range(n):
        article_id, words = stored[index % count]
        first = rng.randrange(0, len(words) - 3)
        last = min(len(words) - 1, first + rng.randint(3, 40))
        tags = rng.sample(TAGS, rng.randint(0, 3))
        created = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"
        drafts.append(QuoteDraft(article_id, words[first][0], words[last][1], rng.choice(NOTES), tags,
                                 rng.choice(COLORS), created=created))
        if len(drafts) == BATCH:
            library.quotes.add_many(drafts)
            drafts = []
    if drafts:
        library.quotes.add_many(drafts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of quotes")
    parser.add_argument("out", type=Path, help="library file to create (must not exist)")
    parser.add_argument("--articles", type=int, default=0, help="number of articles (default N/1000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new file")
    begin = time.perf_counter()
    build(args.n, args.out, args.articles, args.seed)
    print(f"{args.n} quotes in {args.out} in {time.perf_counter() - begin:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
