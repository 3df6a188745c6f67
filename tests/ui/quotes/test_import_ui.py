"""File ▸ Import Quotes…: a user imports another tool's highlights, sees them marked as stubs, opens the
article and finds them in it; a large import shows progress, and Cancel keeps nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from benchmarks.import_kindle import clippings
from qtapp.ui.quotes.importing import QuoteImporter
from qtapp.ui.quotes.table_model import COLUMNS, STUB_MARK
from tests.library.importers import samples
from tests.ui.quotes.test_saving import action


class Chosen:
    """Stands in for the file dialog and the summary box."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path: Path | None = None
        self.told: list[str] = []
        self.on_ask: Any = None
        chosen = self

        def ask_path(cls: type, parent: object) -> Path | None:
            if chosen.on_ask is not None:
                chosen.on_ask()
            return chosen.path

        monkeypatch.setattr(QuoteImporter, "ask_path", classmethod(ask_path))
        monkeypatch.setattr(QuoteImporter, "tell", classmethod(lambda cls, parent, title, text:
                                                               chosen.told.append(text)))


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> Chosen:
    return Chosen(monkeypatch)


def article_cells(window: Any) -> list[str]:
    model = window.quotes.model
    window.quotes.model.flush()
    column = COLUMNS.index("article")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_import_marks_stubs_and_opening_the_article_moves_them_in(window: Any, chosen: Chosen, tmp_path: Path,
                                                                  seed_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another article.\n\nNothing to see here, said nobody.\n", encoding="utf-8")
    window.open_article(other)  # the seed is not on screen while its quotes arrive
    chosen.path = samples.zotero_ris(tmp_path / "zotero.ris")
    action(window, "actionImport").trigger()
    assert chosen.told == ["Imported 2 quotes and 1 article; already in the library: 0; skipped "
                           "(not highlights): records without a quoted note: 1."]
    assert "zotero.ris: imported 2 quotes" in window.statusBar().currentMessage()
    assert article_cells(window) == [f"{STUB_MARK} {samples.SEED_TITLE}"] * 2
    store = window.quotes.library.store
    assert {q.article.stub for q in store.quotes.find()} == {"ris"}

    window.open_article(seed_path)  # the real article: its stub's quotes move into its text
    assert "2 imported quotes found in this article" in window.statusBar().currentMessage()
    assert article_cells(window) == [samples.SEED_TITLE] * 2
    article_id = window.quotes.current.article_id()
    assert {q.article_id for q in store.quotes.find()} == {article_id}
    assert sorted(window.quotes.highlights.placed) == sorted(q.id for q in store.quotes.find())  # highlighted
    assert window.quotes.highlights.missing == []

    action(window, "actionImport").trigger()  # again: nothing added
    assert chosen.told[-1].startswith("Imported 0 quotes and 0 articles; already in the library: 2")
    assert store.quotes.count() == 2


def test_a_bad_file_says_which_record_and_adds_nothing(window: Any, chosen: Chosen, tmp_path: Path,
                                                       shown_errors: list[tuple[str, str]]) -> None:
    rows = samples.hypothesis_rows()
    rows[0]["tags"] = "not a list"
    chosen.path = tmp_path / "h.json"
    chosen.path.write_text(json.dumps(rows), encoding="utf-8")
    action(window, "actionImport").trigger()
    assert shown_errors and "annotation 1 (Jk3pV9aNEe6x): 'tags' must be a list" in shown_errors[-1][1]
    assert window.quotes.library.store.quotes.count() == 0 and chosen.told == []


def progress_dialog(window: Any) -> QProgressDialog:
    found = window.findChildren(QProgressDialog, "importProgress")
    assert found, "no progress dialog"
    return found[-1]


def test_a_large_import_shows_progress_and_cancel_keeps_nothing(window: Any, chosen: Chosen,
                                                                tmp_path: Path) -> None:
    chosen.path = tmp_path / "My Clippings.txt"
    chosen.path.write_text(clippings(3000), encoding="utf-8")
    importer = window.quotes.importer
    cancel = lambda: progress_dialog(window).findChild(QPushButton).click()  # noqa: E731
    original = importer._progress_dialog

    def with_cancel(path: Path) -> Any:
        dialog = original(path)
        QTimer.singleShot(0, cancel)  # clicked at the first progress report
        return dialog

    importer._progress_dialog = with_cancel
    action(window, "actionImport").trigger()
    assert "Import cancelled; nothing of My Clippings.txt was added" in window.statusBar().currentMessage()
    assert window.quotes.library.store.quotes.count() == 0 and chosen.told == []
    importer._progress_dialog = original
    seen: list[int] = []
    QTimer.singleShot(0, lambda: seen.append(progress_dialog(window).maximum()))
    action(window, "actionImport").trigger()
    assert seen and window.quotes.library.store.quotes.count() == 3000
    assert chosen.told[-1].startswith("Imported 3000 quotes and 50 articles")


def test_going_to_a_stubs_passage_shows_the_stub_and_says_what_it_is(window: Any, chosen: Chosen,
                                                                    tmp_path: Path) -> None:
    chosen.path = samples.kindle(tmp_path / "My Clippings.txt")
    action(window, "actionImport").trigger()
    store = window.quotes.library.store
    quote = next(q for q in store.quotes.find() if q.text == "Migrants are not the problem.")
    assert window.quotes.navigator.jump(quote.id)
    assert window.article.title == "Good Economics for Hard Times"
    assert "Imported from Kindle without the article's text" in window.statusBar().currentMessage()
    assert store.quotes.count() == 3 and store.articles.get(quote.article_id).stub == "kindle"  # nothing moved


def test_one_quote_is_said_in_the_singular(window: Any, chosen: Chosen, tmp_path: Path) -> None:
    chosen.path = samples.hypothesis(tmp_path / "hypothesis.json")
    action(window, "actionImport").trigger()
    assert chosen.told == ["Imported 1 quote and 1 article; already in the library: 0; skipped (not highlights): "
                           "page notes (no highlighted text): 1."]
    action(window, "actionImport").trigger()
    assert chosen.told[-1].startswith("Imported 0 quotes and 0 articles; already in the library: 1")


NUMERUS_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QuoteImporter</name>
    <message numerus="yes"><source>Imported %n quote(s)</source>
        <translation><numerusform>%n Zitat importiert</numerusform><numerusform>%n Zitate importiert</numerusform>
        </translation></message>
</context>
</TS>
"""


def test_a_translation_gives_each_number_its_plural_form(window: Any, tmp_path: Path, qapp: Any) -> None:
    import subprocess

    from PySide6.QtCore import QTranslator

    from qtapp.library.importers.into_library import ImportSummary
    from tests.ui.test_i18n import _lrelease

    source, qm = tmp_path / "quoteclip_de.ts", tmp_path / "quoteclip_de.qm"
    source.write_text(NUMERUS_TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(source), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    importer = window.quotes.importer
    qapp.installTranslator(translator)
    try:
        one, many = (importer.said(ImportSummary("kindle", n, 1, 0)) for n in (1, 3))
    finally:
        qapp.removeTranslator(translator)
    assert one.startswith("1 Zitat importiert and 1 article;") and many.startswith("3 Zitate importiert and")
