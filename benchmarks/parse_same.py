"""Does a faster parser still give the same answers? Dump every article's parse, then compare.

A speed change must not change what is read. Run ``--save FILE`` on the old code, change it, then
``--check FILE`` on the new code: every corpus and holdout article (in all its variants), the seed and
the benchmark shapes are parsed and their JSON compared byte for byte. Golden files committed to the
repository would go stale whenever a rule improves, so the baseline is made fresh from the old code.
Usage: python benchmarks/parse_same.py (--save | --check) FILE
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qtapp.article.html import parse_html  # noqa: E402 - after the path is set
from qtapp.article.parser import parse_text  # noqa: E402

# The degenerate shapes of tests/article/test_linear_parse.py, small: the fast paths must read them alike.
SHAPES = ("a\n\n", "Ok now.\n\n", "It grew 2.1 percent.Some said so. ", 'Costa said, "We will go." ',
          "Short line here\n", "word\n" + "\n" * 60, "A Heading Here\n\n", "Ana Costa met Rui Lopes. ")


def inputs() -> Iterator[tuple[str, str, str]]:
    """(name, raw text, "text" / "page" / "clipboard") for everything the parser is compared on."""
    from accuracy import corpus  # the one loader of tests/corpus/corpus.py

    for folder in ("articles", "holdout"):
        for case in corpus.load_corpus(ROOT / "tests" / "corpus" / folder):
            for variant, raw in case.variants():
                how = ("clipboard" if case.expected.get("clipboard") else "page") if case.html else "text"
                yield f"{folder}/{case.id}/{variant}", raw, how
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{seed.name}", seed.read_text(encoding="utf-8"), "text"
    for number, unit in enumerate(SHAPES):
        yield f"shape{number}", unit * (20_000 // len(unit)), "text"
    yield "numbered", "".join(f"p{n}\n\n" for n in range(3000)), "text"


def dump(raw: str, how: str) -> str:
    article = parse_text(raw) if how == "text" else parse_html(raw, whole=how == "clipboard")[0]
    data = article.to_json()
    data["_encoding"] = [article.encoding, article.encoding_warning]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    mode = options.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path)
    mode.add_argument("--check", type=Path)
    args = options.parse_args()
    results = {name: dump(raw, how) for name, raw, how in inputs()}
    if args.save:
        args.save.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
        digest = hashlib.sha256(args.save.read_bytes()).hexdigest()[:12]
        print(f"saved {len(results)} parses to {args.save} ({digest})")
        return
    saved = json.loads(args.check.read_text(encoding="utf-8"))
    differ = [name for name in saved if results.get(name) != saved[name]]
    missing = sorted(set(saved) ^ set(results))
    for name in differ[:20]:
        print(f"differs: {name}")
    for name in missing[:20]:
        print(f"only on one side: {name}")
    print(f"{len(results)} parses, {len(differ)} differ, {len(missing)} on one side only")
    sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
