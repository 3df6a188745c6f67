"""Every issue-7 target against its baseline, measured in the same run, as one table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run_all.py [--quotes 100000] [--runs 5]
    (or: make bench)

Builds the synthetic library once (cached by size, seed and schema version under benchmarks/out/) and
works on copies of it. Process timings are medians of interleaved runs against their baseline process,
so a busy machine slows both; in-process timings report their median against the fixed target.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cli_list  # noqa: E402
import export  # noqa: E402
import parse  # noqa: E402
import rederive  # noqa: E402
import speakers  # noqa: E402
import startup  # noqa: E402
from common import ROOT, cached_library, clean_env, working_copy  # noqa: E402


@dataclass
class Row:
    what: str
    measured: str
    baseline: str
    against: str  # "1.12× (≤ 1.3×)" or "< 150 ms"
    ok: bool


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def ratio_row(what: str, measured: float, baseline: float, goal: float, unit: str = "ms") -> Row:
    show = (lambda v: _ms(v)) if unit == "ms" else (lambda v: f"{v:.0f} MB")
    ratio = measured / baseline
    return Row(what, show(measured), show(baseline), f"{ratio:.2f}× (≤ {goal}×)", ratio <= goal)


def target_row(what: str, seconds: float, target: float, baseline: str = "—") -> Row:
    shown = _ms(seconds) if target < 1 else f"{seconds:.2f} s"
    limit = f"< {target * 1000:.0f} ms" if target < 1 else f"< {target:g} s"
    return Row(what, shown, baseline, limit, seconds < target)


def ui_rows(library: Path, folder: Path) -> list[Row]:
    """ui_library.py in its own process (it needs a QApplication and a window) on a copy of the library."""
    out = folder / "ui.json"
    env = clean_env(folder, None)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ui_library.py"), "--library",
                    str(working_copy(library, folder / "ui")), "--json", str(out)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = json.loads(out.read_text(encoding="utf-8"))

    def pick(prefix: str) -> dict[str, float]:
        return next(v for k, v in found.items() if k.startswith(prefix))

    rows = []
    for prefix, label in (("save a quote", "save a quote (row committed + highlight drawn)"),
                          ("search keystroke", "search as you type, per keystroke (median)"),
                          ("open the panel", "open the library panel"),
                          ("first open of a filter menu", "first open of a filter menu"),
                          ("extra for 1,000 highlights", "open an article with 1,000 highlights, extra")):
        value = pick(prefix)
        rows.append(target_row(label, value["median"], value["target"], f"max {_ms(value['max'])}"))
    return rows


def run(quotes: int, runs: int) -> list[Row]:
    library = cached_library(quotes)
    size = f"{quotes // 1000}k" if quotes >= 1000 else str(quotes)
    rows = []
    app, bare = startup.measure(runs=runs)
    rows.append(ratio_row("launch to painted seed (--screenshot) vs bare QTextBrowser", app, bare, 1.3))
    app, bare = startup.measure(runs=runs, library=library)
    rows.append(ratio_row(f"launch with a {size}-quote library vs bare QTextBrowser", app, bare, 1.5))
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        rows += ui_rows(library, Path(tmp))
    medians = parse.measure([1, 4], repeat=3)
    (one, again), four = medians[1], medians[4][0]
    rows.append(target_row("parse 1 MB (fresh process)", one, 0.2, f"repeated: {_ms(again)}"))
    per_mb = four / 4 / one
    rows.append(Row("parse: time per MB, 4 MB over 1 MB", f"{per_mb:.2f}", "1.00 = linear", "≤ 1.25",
                    per_mb <= 1.25))
    rows.append(target_row("parse a 1,000-word article (full, median)", parse.thousand_words(), 0.02))
    per_mb_corpus, per_article = parse.corpus_articles()
    rows.append(Row("parse the corpus' text articles one by one", f"{per_mb_corpus:.2f} s/MB",
                    f"{per_article:.1f} ms an article", "< 0.2 s/MB", per_mb_corpus < 0.2))
    small_count, small = speakers.measure(0.25)
    count, seconds = speakers.measure(1)  # issue 13: speaker finding on dense quotations, linear in the article
    rows.append(target_row(f"find speakers, 1 MB with {count:,} quotations (median)", seconds,
                           speakers.TARGET_SECONDS, f"per quotation ×{(seconds / count) / (small / small_count):.2f} "
                           "of 0.25 MB"))
    tiny = parse.tiny_paragraphs()
    rows.append(Row("parse tiny paragraphs ('Ok now.' each)", f"{tiny:.2f} s/MB", f"{1 / tiny:.2f} MB/s",
                    "≤ 1 s/MB", tiny <= 1))
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        for name, (seconds, reports) in export.measure(library, Path(tmp)).items():
            rows.append(target_row(f"{name} ({size} quotes)", seconds, 10 if name.startswith("import") else 3,
                                   f"{reports} progress reports"))
    with tempfile.TemporaryDirectory(prefix="quoteclip-bench-") as tmp:
        for name, (seconds, detail) in rederive.measure(library, Path(tmp)).items():
            # In the background, one article per transaction: it must finish within a session; the
            # check every open makes must not be felt at start-up.
            rows.append(target_row(name, seconds, 0.001 if name.startswith("stale") else 60, detail))
    app_mb, bare_mb = startup.peak_rss(runs=3, library=library)
    rows.append(ratio_row(f"peak RSS, window on a {size}-quote library (< 300 MB)", app_mb, bare_mb, 99, "MB"))
    rows[-1].against, rows[-1].ok = f"{app_mb / bare_mb:.2f}× bare; < 300 MB", app_mb < 300
    medians, hits = cli_list.measure(library, runs=max(runs, 9))
    version = medians["version"]
    rows.append(ratio_row(f"quotes list --search (best 50 of {hits:,}) vs --version", medians["list"],
                          version, 1.5))
    for variant in ("list --all", "list, default location"):  # for the record: no target of their own
        rows.append(Row(f"  (quotes {variant})", _ms(medians[variant]), _ms(version),
                        f"{medians[variant] / version:.2f}× (info)", True))
    return rows


def table(rows: list[Row]) -> str:
    head = ("what", "measured", "baseline", "ratio / target", "result")
    cells = [head] + [(r.what, r.measured, r.baseline, r.against, "pass" if r.ok else "FAIL") for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = ["| " + " | ".join(c[i].ljust(widths[i]) for i in range(len(head))) + " |" for c in cells]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)


def machine() -> str:
    import os

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    from PySide6 import __version__ as pyside

    return (f"{os.cpu_count()} cores, {cpu}; Python {platform.python_version()}; PySide6 {pyside}; "
            f"{platform.system()} {platform.release()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="launches per process timing")
    args = parser.parse_args()
    rows = run(args.quotes, args.runs)
    print(machine())
    print(table(rows))
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
