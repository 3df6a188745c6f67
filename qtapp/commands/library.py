"""``quoteclip library rederive``: bring stored quotes up to the current reading rules.

The window does the same in the background when it opens the library; the command line does it only
when asked, so listing quotes stays a quick read that never writes.
"""

from __future__ import annotations

import argparse
import json
import sys

from qtapp.library import opening, rederive


def run(args: argparse.Namespace) -> int:
    with opening.open_library() as library:
        stale = rederive.stale_count(library)
        if not stale:
            report = rederive.Report()
        else:
            show = sys.stderr.isatty() and not args.json

            def progress(done: int, total: int) -> None:
                if show:
                    print(f"\rre-reading articles: {done}/{total}", end="", file=sys.stderr, flush=True)

            report = rederive.rederive(library, progress=progress)
            if show:
                print(file=sys.stderr)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not stale:
        print("Every article was read by the current reading rules; nothing to do.")
    else:
        print(report.summary()[0].upper() + report.summary()[1:] + ".")
    return 1 if report.failed else 0
