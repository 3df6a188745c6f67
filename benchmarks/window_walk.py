"""Walk labelled articles in the real window as a reader would, and judge every saved quote's attribution.

Issue 13 is done when, "tried as a new user would in a real window on fresh articles of each shape, every
saved quote's label and citation are right or visibly marked for checking". This opens each article of a
corpus folder in a ``MainWindow``, selects each labelled quotation in the reader (document positions, as a
drag would), triggers Save Quote, and reads back what the user sees: the library's "Who" cell, its check
marker, the status bar and the copied citation. Each quote is then

- ``right``: the speaker the labels give, with no marker;
- ``right but marked``: the labelled speaker, marked "Check who said this" all the same (the mark's cost);
- ``no speaker, as labelled``: a quotation whose text names no speaker, saved as the author's words;
- ``marked``: not the labelled speaker, but marked "Check who said this", so the user is told;
- ``WRONG``: a wrong speaker, or a cued quotation left as the author's words, with no marker.

The article's fields (title, authors, publisher, date) are compared too: the source line and citation
come from them. Run it under Xvfb for a real window, headless otherwise; it never touches the user's data
(every path points into a temporary folder before Qt or QuoteClip is imported; it does copy citations,
so run it on its own display, Xvfb or offscreen, not on one whose clipboard you use):

    Xvfb :99 & DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python benchmarks/window_walk.py FOLDER [--shots DIR]
    .venv/bin/python benchmarks/window_walk.py tests/corpus/holdout --only h6-     # one set of a folder
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOME = Path(tempfile.mkdtemp(prefix="quoteclip-walk-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(HOME / variable.lower())
os.environ["QUOTECLIP_LIBRARY"] = str(HOME / "walk-library.sqlite")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from accuracy import corpus  # noqa: E402 - the one loader of tests/corpus/corpus.py
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qtapp.ui.quotes.table_model import COLUMNS  # noqa: E402


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def trigger(window: Any, name: str) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, name)
    if action is None:
        raise SystemExit(f"no action {name}")
    action.trigger()


def latest(window: Any) -> Any:
    return max(window.quotes.library.quotes() or [], key=lambda record: record.id)


def who_cell(window: Any, quote_id: int) -> tuple[str, bool]:
    model = window.quotes.model
    model.flush()
    row = model.row_of(quote_id)
    if row is None:
        return "(not in the table)", False
    marked = model.index(row, COLUMNS.index("check")).data(0x01) is not None  # DecorationRole
    return model.index(row, COLUMNS.index("who")).data() or "", marked


def citation(window: Any, quote_id: int) -> str:
    window.quotes.dock.select_quote(quote_id)
    trigger(window, "actionCopyCitation")
    return QGuiApplication.clipboard().mimeData().text()


def body_occurrence(window: Any, document: Any, text: str, start: int = 0) -> QTextCursor:
    """The first occurrence of ``text`` from ``start`` outside the headline (the labels give the speaker
    of the one in the body, which the headline may repeat), else the headline's. A text labelled twice
    is looked for again after its first saving (saving one place twice asks "already in your library?")."""
    exact = QTextDocument.FindFlag.FindCaseSensitively
    found = document.find(text, start, exact)
    title = window.article.title or ""
    first = found
    while not found.isNull() and title and text in title and found.selectionStart() < len(title) + 2:
        found = document.find(text, found, exact)
    return first if found.isNull() else found  # only the headline holds it: select it there


VERDICTS = ("right", "right but marked", "no speaker, as labelled", "marked", "WRONG")


def judge(expected: str | None, record: Any, marked: bool) -> str:
    said = record.speaker if record.voice == "speaker" else None
    marked = marked or record.needs_check
    if said == expected:
        return "no speaker, as labelled" if said is None else "right but marked" if marked else "right"
    return "marked" if marked else "WRONG"


def article_misses(case: Any, article: Any) -> dict[str, tuple[bool, str]]:
    """Each wrong field: (whether the window shows a value, what it shows against what is wanted)."""
    want = case.expected
    misses: dict[str, tuple[bool, str]] = {}
    if (article.title or None) != want.get("title"):
        misses["title"] = bool(article.title), f"title {article.title!r} (want {want.get('title')!r})"
    names = [author.name for author in article.authors]
    if names != [author["name"] for author in want.get("authors", [])]:
        misses["authors"] = bool(names), f"authors {names} (want {[a['name'] for a in want.get('authors', [])]})"
    if (article.publisher or None) != want.get("publisher"):
        misses["publisher"] = (bool(article.publisher),
                               f"publisher {article.publisher!r} (want {want.get('publisher')!r})")
    date = article.date.isoformat() if hasattr(article.date, "isoformat") else article.date
    if (date or None) != want.get("date"):
        misses["date"] = bool(date), f"date {date!r} (want {want.get('date')!r})"
    return misses


def field_verdicts(misses: dict[str, tuple[bool, str]], checked: set[str]) -> Counter[str]:
    """Right; a wrong value marked "Check" or a missing one marked "Needs you"; or WRONG unmarked."""
    verdicts: Counter[str] = Counter(right=4 - len(misses))
    for name, (shown_value, _text) in misses.items():
        verdicts["missing" if not shown_value else "wrong but marked" if name in checked else "WRONG unmarked"] += 1
    return verdicts


def walk(folder: Path, shots: Path | None, only: str = "") -> int:
    from qtapp.ui.app import application
    from qtapp.ui.main_window import MainWindow

    app = application()
    files = HOME / "articles"
    files.mkdir()
    verdicts: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    window = MainWindow()
    window.resize(1280, 860)
    window.show()
    for case in corpus.load_corpus(folder):
        if not case.id.startswith(only):
            continue
        path = files / case.path.name
        path.write_text(case.raw, encoding="utf-8")
        window.open_article(path)
        settle(app)
        if window.article is None or window.article_path != path.resolve():
            print(f"{case.id}: did not open")
            verdicts["not opened"] += 1
            continue
        misses = article_misses(case, window.article)
        checked = {state.name for state in window.quotes.status.unsure}
        fields += field_verdicts(misses, checked)
        shown_misses = [text + (" [marked Check]" if name in checked else "") for name, (_v, text) in misses.items()]
        print(f"\n{case.id}: " + ("; ".join(shown_misses) if misses else "article fields right"))
        document = window.reader.document()
        saved_up_to: dict[str, int] = {}
        for quotation in case.expected.get("quotations", []):
            found = body_occurrence(window, document, quotation["text"], saved_up_to.get(quotation["text"], 0))
            if found.isNull():
                print(f"  ? not shown: {quotation['text'][:50]!r}")
                verdicts["not shown"] += 1
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(found.selectionStart())
            cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            window.reader.setTextCursor(cursor)
            saved_up_to[quotation["text"]] = found.selectionEnd()
            trigger(window, "actionSaveQuote")
            app.processEvents()
            status = window.statusBar().currentMessage()
            record = latest(window)
            label, marked = who_cell(window, record.id)
            verdict = judge(quotation["speaker"], record, marked)
            verdicts[verdict] += 1
            if verdict not in ("right", "no speaker, as labelled"):
                print(f"  {verdict}: {quotation['text'][:48]!r} want {quotation['speaker']!r}; "
                      f"who {label!r}, voice {record.voice}, status {status!r}")
                print(f"      citation: {citation(window, record.id)[:160]!r}")
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            app.processEvents()
            window.grab().save(str(shots / f"{case.id}.png"))
    window.quotes.library.close()
    window.close()
    # The copied citations' QMimeData would be freed by Qt's exit handlers after Python is gone (a
    # segfault after the report): the walk's clipboard is its own, so empty it now.
    QGuiApplication.clipboard().clear()
    total = sum(verdicts.values())
    print(f"\n{total} quotations saved: " + ", ".join(f"{name} {verdicts[name]}" for name in VERDICTS)
          + "".join(f", {name} {count}" for name, count in verdicts.items() if name not in VERDICTS))
    given = verdicts["right"] + verdicts["right but marked"]
    print(f"right speakers marked: {verdicts['right but marked']} of {given}"
          + (f" ({verdicts['right but marked'] / given:.1%})" if given else ""))
    print(f"article fields (title, authors, publisher, date): {fields['right']} of {sum(fields.values())} right, "
          f"wrong but marked {fields['wrong but marked']}, missing (marked) {fields['missing']}, "
          f"WRONG unmarked {fields['WRONG unmarked']}")
    return 1 if verdicts["WRONG"] else 0


def main() -> int:
    from PySide6.QtCore import QTimer

    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("folder", type=Path, help="a corpus folder (.txt/.html + .json answers)")
    options.add_argument("--shots", type=Path, help="save a screenshot of each article's window here")
    options.add_argument("--only", default="", metavar="PREFIX", help="only the articles whose id starts so")
    args = options.parse_args()
    from qtapp.ui.app import application

    app, code = application(), [1]
    QTimer.singleShot(0, lambda: (code.__setitem__(0, walk(args.folder, args.shots, args.only)), app.quit()))
    app.exec()
    return code[0]


if __name__ == "__main__":
    sys.exit(main())
