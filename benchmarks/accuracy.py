"""How well QuoteClip reads the labelled corpus: a per-field table, and what it got wrong.

    make accuracy                          # = .venv/bin/python benchmarks/accuracy.py
    .venv/bin/python benchmarks/accuracy.py --wrong title --limit 20   # the misses behind one row

Every article in ``tests/corpus/articles`` is read as written and in its damaged variants (paragraph
breaks lost, CRLF + BOM, hard-wrapped at 72 columns); each field is right or wrong per reading. The
speaker rows follow issue 13: of the quotations whose text gives a cue, how many get the right speaker
and how many a wrong one; of the quotations reported, how many are not quotations at all.
``tests/corpus/test_accuracy.py`` holds the floors and fails when a row drops below its own.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _corpus_module() -> Any:
    spec = importlib.util.spec_from_file_location("qc_corpus", ROOT / "tests" / "corpus" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["qc_corpus"] = module
    spec.loader.exec_module(module)
    return module


corpus = _corpus_module()

from qtapp.article.model import Article, Author  # noqa: E402 - after the path is set

ARTICLE_ROWS = ("title", "authors", "author details", "publisher", "reprinted_by", "date", "editors_note",
                "disclaimer", "blocks", "chrome removed")
SPEAKER_ROWS = ("speaker right (of cued)", "speaker wrong (of cued)", "not quotations (of reported)")
# What a reader sees of each labelled quotation's speaker once saved: given and unmarked, given but marked
# "Check who said this" (confidence below doubts.CONFIDENT), or none (saved as the author's words,
# always marked). WRONG unmarked is the one a reader is never told about.
TRUST = ("right, unmarked", "right but marked", "no speaker, as labelled", "wrong but marked",
         "missed (none given, marked)", "WRONG unmarked")


def _norm(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


def _author_names(authors: Iterable[Any]) -> list[str]:
    return [_norm(a["name"] if isinstance(a, dict) else a.name) for a in authors]


def _author_details(authors: Iterable[Any]) -> list[tuple[Any, ...]]:
    out = []
    for a in authors:
        data = a if isinstance(a, dict) else {"name": a.name, "family": a.family, "given": a.given,
                                               "family_first": a.family_first, "description": a.description}
        out.append(tuple(_norm(data[key]) for key in corpus.AUTHOR_KEYS))
    return out


@dataclass
class Row:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: Callable[[], str]) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss())

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    rows: dict[str, Row] = field(default_factory=lambda: defaultdict(Row))
    articles: int = 0
    readings: int = 0
    quotations: int = 0
    trust: Counter[str] = field(default_factory=Counter)
    trust_misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def shares(self) -> dict[str, float]:
        return {name: row.share for name, row in self.rows.items()}


def read(case: Any, raw: str) -> Article:
    """The article as the app reads this variant: HTML through the page reader, text through the parser."""
    if case.html:
        from qtapp.article.html import parse_html

        return parse_html(raw, whole=bool(case.expected.get("clipboard")))[0]
    from qtapp.article.parser import parse_text

    return parse_text(raw)


def _score_fields(report: Report, case: Any, variant: str, article: Article) -> None:
    expected = case.expected
    where = f"{case.id} [{variant}]"
    for name in ("title", "publisher", "reprinted_by", "date", "editors_note", "disclaimer"):
        want, got = _norm(expected[name]), _norm(getattr(article, name))
        report.rows[name].add(want == got, lambda w=want, g=got: f"{where}: expected {w!r}, got {g!r}")
    want_names, got_names = _author_names(expected["authors"]), _author_names(article.authors)
    report.rows["authors"].add(want_names == got_names,
                               lambda: f"{where}: expected {want_names}, got {got_names}")
    want_d, got_d = _author_details(expected["authors"]), _author_details(article.authors)
    report.rows["author details"].add(want_d == got_d, lambda: f"{where}: expected {want_d}, got {got_d}")
    want_b = [(k, _norm(t)) for k, t in case.blocks]
    got_b = [(b.kind, _norm(b.text)) for b in article.blocks]
    report.rows["blocks"].add(want_b == got_b, lambda: f"{where}: {_first_difference(want_b, got_b)}")
    if case.html:  # the page reader drops furniture before the parser sees it: no block may hold it
        left = [c for c in case.chrome if c and any(_norm(c) in _norm(b.text) for b in article.blocks)]
    else:  # every piece labelled chrome must be among the pieces the parser dropped
        dropped = [_norm(d) for d in article.dropped]
        left = [c for c in case.chrome if c and _norm(c) not in dropped]
    report.rows["chrome removed"].add(not left, lambda: f"{where}: not dropped: {left}")


def _first_difference(want: list[tuple[str, str]], got: list[tuple[str, str]]) -> str:
    for index, (w, g) in enumerate(zip(want, got, strict=False)):
        if w != g:
            return f"block {index}: expected {w[0]} {w[1][:70]!r}, got {g[0]} {g[1][:70]!r}"
    if len(want) > len(got):
        return f"missing from block {len(got)}: {want[len(got)][0]} {want[len(got)][1][:70]!r}"
    return f"extra from block {len(want)}: {got[len(want)][0]} {got[len(want)][1][:70]!r}"


def _score_speakers(report: Report, case: Any, variant: str, article: Article) -> None:
    where = f"{case.id} [{variant}]"
    found: dict[str, list[Any]] = defaultdict(list)
    for quotation in article.quotations:
        found[_norm(quotation.text)].append(quotation)
    labelled = {_norm(q["text"]) for q in case.expected.get("quotations", [])}
    for entry in case.expected.get("quotations", []):
        text, want = _norm(entry["text"]), entry["speaker"]
        matches = found.get(text) or []
        quotation = matches.pop(0) if matches else None
        got = quotation.speaker if quotation is not None else None
        _score_trust(report, where, text, want, quotation)
        if not entry.get("cue", want is not None):
            continue
        report.rows["speaker right (of cued)"].add(
            got == want, lambda t=text, w=want, g=got: f"{where}: “{t[:60]}” expected {w!r}, got {g!r}")
        wrong = got is not None and got != want
        report.rows["speaker wrong (of cued)"].add(
            not wrong, lambda t=text, w=want, g=got: f"{where}: “{t[:60]}” expected {w!r}, got {g!r}")
    for quotation in article.quotations:
        text = _norm(quotation.text)
        ok = text in labelled or not text
        report.rows["not quotations (of reported)"].add(ok, lambda t=text: f"{where}: reported “{t[:70]}”")


def _score_trust(report: Report, where: str, text: str, want: str | None, quotation: Any) -> None:
    """One labelled quotation's speaker as the window shows it (see ``TRUST``)."""
    from qtapp.article.doubts import CONFIDENT

    got = quotation.speaker if quotation is not None else None
    marked = got is None or quotation.confidence < CONFIDENT
    if got is None:
        kind = "no speaker, as labelled" if want is None else "missed (none given, marked)"
    elif got == want:
        kind = "right but marked" if marked else "right, unmarked"
    else:
        kind = "wrong but marked" if marked else "WRONG unmarked"
    report.trust[kind] += 1
    if kind != "right, unmarked" and kind != "no speaker, as labelled":
        rule = f"{quotation.rule} {quotation.confidence}" if quotation is not None and got else "-"
        why = getattr(quotation, "doubt", None) if quotation is not None else None
        report.trust_misses[kind].append(f"{where}: “{text[:60]}” expected {want!r}, got {got!r} ({rule}"
                                         + (f"; {why}" if why else "") + ")")


def trust_table(report: Report) -> str:
    """The ``TRUST`` counts, and the two shares the calibration is judged by."""
    counts = report.trust
    total = sum(counts.values())
    lines = ["| speaker as saved | quotations | share |", "| --- | ---: | ---: |"]
    lines += [f"| {kind} | {counts[kind]} | {counts[kind] / total if total else 0:.1%} |" for kind in TRUST]
    given_right = counts["right, unmarked"] + counts["right but marked"]
    lines.append(f"| right speakers marked (of right speakers given) | {counts['right but marked']} | "
                 f"{counts['right but marked'] / given_right if given_right else 0:.1%} |")
    return "\n".join(lines)


def evaluate(cases: list[Any] | None = None) -> Report:
    cases = corpus.load_corpus() if cases is None else cases
    report = Report(articles=len(cases))
    for case in cases:
        report.quotations += len(case.expected.get("quotations", []))
        for variant, raw in case.variants():
            report.readings += 1
            article = read(case, raw)
            _score_fields(report, case, variant, article)
            _score_speakers(report, case, variant, article)
    return report


def table(report: Report, floors: dict[str, float] | None = None) -> str:
    floors = floors or {}
    lines = [f"{report.articles} articles, {report.readings} readings (as written, glued, CRLF + BOM, "
             f"wrapped at 72), {report.quotations} labelled quotations",
             "| field | right | of | share | floor |", "| --- | ---: | ---: | ---: | ---: |"]
    for name in ARTICLE_ROWS + SPEAKER_ROWS:
        row = report.rows[name]
        share = row.share if not name.startswith(("speaker wrong", "not quot")) else 1 - row.share
        right = row.right if not name.startswith(("speaker wrong", "not quot")) else row.total - row.right
        floor = floors.get(name)
        shown = "" if floor is None else (f"≤ {1 - floor:.1%}" if name.startswith(("speaker wrong", "not quot"))
                                          else f"{floor:.1%}")
        lines.append(f"| {name} | {right} | {row.total} | {share:.1%} | {shown} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--wrong", metavar="ROW", help="list the misses behind one row (a prefix will do)")
    options.add_argument("--limit", type=int, default=12, help="how many misses to list per row")
    options.add_argument("--only", metavar="ID", help="only articles whose id starts with this")
    options.add_argument("--holdout", action="store_true",
                         help="read tests/corpus/holdout instead: articles written after the rules, never tuned on")
    options.add_argument("--folder", type=Path, help="read the articles of this folder (a set not yet moved in)")
    args = options.parse_args(argv)
    folder = args.folder or (corpus.ARTICLES.with_name("holdout") if args.holdout else corpus.ARTICLES)
    cases = corpus.load_corpus(folder)
    if args.only:
        cases = [case for case in cases if case.id.startswith(args.only)]
    report = evaluate(cases)
    floors = {} if args.holdout or args.folder else _floors()
    print(table(report, floors))
    print()
    print(trust_table(report))
    for kind in TRUST[1:]:
        misses = report.trust_misses.get(kind, [])
        if args.wrong and kind.startswith(args.wrong) and misses:
            print(f"\n{kind}: {len(misses)}:")
            for miss in misses[:max(args.limit, 40)]:
                print("  " + miss)
    for name in ARTICLE_ROWS + SPEAKER_ROWS:
        if args.wrong and not name.startswith(args.wrong):
            continue
        row = report.rows[name]
        if row.misses and (args.wrong or row.share < 1):
            print(f"\n{name}: {len(row.misses)} wrong" + (":" if args.wrong else f" (first {args.limit}):"))
            for miss in row.misses[:args.limit if not args.wrong else max(args.limit, 40)]:
                print("  " + miss)
    return 0


def _floors() -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("qc_floors", ROOT / "tests" / "corpus" / "floors.py")
    if not spec or not spec.loader or not spec.origin or not Path(spec.origin).exists():
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.FLOORS)


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["ARTICLE_ROWS", "SPEAKER_ROWS", "Author", "Report", "evaluate", "table"]
