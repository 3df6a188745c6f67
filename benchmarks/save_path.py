"""How long the save path is: QuoteClip's own calls from Save Quote to the committed quote row.

Counts, with ``sys.setprofile``, every call into a ``qtapp`` function from the moment the action is
triggered until SQLite runs the COMMIT that makes the new quote row durable; the distinct functions and
files those calls touch; and how many times the library said ``changed`` by then. Calls are counted,
not timed: the count is the same on a loaded machine. Issue 16 asks for half of the ~50 calls across 15
files it found. The first save from an article also stores the article; both saves are reported.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/save_path.py [-v: by file | -vv: by function]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SEED, clean_env  # noqa: E402

FIRST = "China and Kazakhstan are exemplary in their pragmatic cooperation"
SECOND = "comprehensive strategic partners"


def _measure(window: Any, words: str) -> dict[str, Any]:
    from PySide6.QtGui import QAction

    db = window.quotes.library.store.db
    found = window.reader.document().find(words)
    assert not found.isNull(), words
    window.reader.setTextCursor(found)
    action = window.findChild(QAction, "actionSaveQuote")
    state = {"inserted": False, "committed": False, "changed": 0}
    calls: list[tuple[str, str]] = []

    def trace(statement: str) -> None:
        text = statement.lstrip().upper()
        if text.startswith("INSERT INTO QUOTES"):
            state["inserted"] = True
        elif text.startswith("COMMIT") and state["inserted"]:
            state["committed"] = True

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event != "call" or state["committed"]:
            return
        filename = frame.f_code.co_filename
        if f"{os.sep}qtapp{os.sep}" in filename:
            calls.append((filename.split(f"{os.sep}qtapp{os.sep}", 1)[1], frame.f_code.co_qualname))

    def changed(*_: object) -> None:
        if not state["committed"]:
            state["changed"] += 1

    window.quotes.library.changed.connect(changed)
    db.conn.set_trace_callback(trace)
    sys.setprofile(profile)
    try:
        action.trigger()
    finally:
        sys.setprofile(None)
        db.conn.set_trace_callback(None)
        window.quotes.library.changed.disconnect(changed)
    assert state["committed"], "no quote was committed"
    return {"calls": len(calls), "functions": len(set(calls)), "files": len({f for f, _ in calls}),
            "changed before commit": state["changed"], "by file": Counter(f for f, _ in calls),
            "by function": Counter(calls)}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(clean_env(Path(tmp)))
        os.environ["QUOTECLIP_LIBRARY"] = str(Path(tmp) / "library.sqlite3")
        from PySide6.QtWidgets import QApplication

        from qtapp.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow()
        window.resize(1000, 700)
        assert window.open_article(SEED)
        app.processEvents()
        for label, words in (("first save (stores the article)", FIRST), ("second save", SECOND)):
            result = _measure(window, words)
            app.processEvents()
            print(f"{label}: {result['calls']} calls, {result['functions']} functions, "
                  f"{result['files']} files, changed emitted {result['changed before commit']}x before commit")
            if "-v" in sys.argv:
                for file, n in result["by file"].most_common():
                    print(f"    {n:4d}  {file}")
            if "-vv" in sys.argv:
                for (file, function), n in result["by function"].most_common():
                    print(f"    {n:4d}  {file} {function}")
        window.quotes.library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
