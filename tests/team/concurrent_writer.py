"""One of many writers at once (test_concurrency.py): wait for the start signal, then save N quotes of
one shared article, each in its own transaction, as a member of the team. Prints the ids it got."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from qtapp.article.model import Article, Block
from qtapp.library.postgres.store import TeamLibrary

TEXT = " ".join(f"word{i}" for i in range(400))


def main(address: str, writer: int, count: int, go: str) -> None:
    article = Article(text=TEXT, blocks=[Block("paragraph", TEXT, 0, len(TEXT))], title="Shared")
    with TeamLibrary.open(address) as library:
        while not Path(go).exists():  # all start together, so the writes really overlap
            time.sleep(0.01)
        article_id = library.articles.add(article, TEXT, parser="test")
        ids = []
        for i in range(count):
            start = (writer * count + i) % 350 * 7
            ids.append(library.quotes.add(article_id, start, start + 5, note=f"w{writer}-{i}"))
    print(" ".join(map(str, ids)))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
