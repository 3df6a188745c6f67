"""File ▸ Export: each format for all quotes, this article or the selected rows, read back; Cancel and
failures leave the destination as it was."""

from __future__ import annotations

import csv
import errno
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from qtapp.library.exporters.common import EVERY
from qtapp.library.quotestore import QuoteDraft
from qtapp.ui.quotes.export_dialog import FORMATS, ExportDialog, ScopeCounts
from qtapp.ui.quotes.exporting import PROGRESS_FROM
from tests.ui.quotes.conftest import SAYING, select_text
from tests.ui.quotes.test_saving import BODY, action

OTHER = "Nothing to see here"
ALL = {SAYING, BODY, OTHER}
FORMAT_KEYS = [fmt for fmt, _ in FORMATS]


def save(window: Any, text: str) -> int:
    select_text(window, text)
    action(window, "actionSaveQuote").trigger()
    [found] = [q.id for q in window.quotes.library.store.quotes.find() if q.exact == text]
    return found


@pytest.fixture
def library(window: Any, tmp_path: Path, seed_path: Path) -> dict[str, int]:
    """Two quotes in the seed (on screen at the end) and one in another article."""
    other = tmp_path / "other.txt"
    other.write_text(f"Another article.\n\n{OTHER}, said nobody.\n", encoding="utf-8")
    window.open_article(other)
    ids = {OTHER: save(window, OTHER)}
    window.open_article(seed_path)
    ids[SAYING] = save(window, SAYING)
    ids[BODY] = save(window, BODY)
    return ids


class Answers:
    """Stands in for the two modal steps: the dialog (built for real, not shown) and the file dialog."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fmt, self.scope, self.path = "md", "all", Path()
        self.counts: list[ScopeCounts] = []
        self.offered: list[tuple[str | None, Path]] = []
        self.on_path: Callable[[], None] | None = None
        answers = self

        def ask(cls: type, parent: Any, counts: ScopeCounts, fmt: str | None = None,
                scope: str | None = None, creator: str = "") -> Any:
            dialog = ExportDialog(parent, counts, fmt, scope, creator)
            answers.counts.append(counts)
            answers.offered.append((fmt, Path()))
            dialog.set_format(answers.fmt)
            dialog.set_scope(answers.scope)
            request = dialog.request()
            dialog.deleteLater()
            return request

        def ask_path(cls: type, parent: Any, suggested: Path, fmt: str) -> Path:
            answers.offered[-1] = (answers.offered[-1][0], suggested)
            if answers.on_path is not None:
                answers.on_path()
            return answers.path

        monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
        monkeypatch.setattr(ExportDialog, "ask_path", classmethod(ask_path))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def exported(fmt: str, path: Path) -> tuple[set[str], int]:
    """The quote texts a file holds and how many records it has (quotes, or articles where a format
    groups quotes by article)."""
    raw = path.read_text(encoding="utf-8-sig")
    if fmt == "json":
        quotes = json.loads(raw)["quotes"]
        return {q["selector"]["exact"] for q in quotes}, len(quotes)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(raw)))
        return {r["text"] for r in rows}, len(rows)
    if fmt == "w3c":
        data = json.loads(raw)
        items = data["first"]["items"]
        assert data["total"] == len(items)
        selectors = (s for i in items for s in i["target"]["selector"])
        return {s["exact"] for s in selectors if s["type"] == "TextQuoteSelector"}, len(items)
    if fmt == "hypothesis":
        rows = json.loads(raw)["annotations"]
        selectors = (s for row in rows for target in row["target"] for s in target["selector"])
        return {s["exact"] for s in selectors if s["type"] == "TextQuoteSelector"}, len(rows)
    if fmt == "csl-json":
        return {t for t in ALL if t in raw}, len(json.loads(raw))  # one item per article, no passages
    if fmt == "ris":
        return {t for t in ALL if t in raw}, raw.count("TY  - ")
    if fmt == "bibtex":
        return {t for t in ALL if t in raw}, raw.count("\n@") + raw.startswith("@")
    return {t for t in ALL if t in raw}, raw.count("\n> — ")


PER_ARTICLE = {"csl-json", "ris", "bibtex"}


@pytest.mark.parametrize("fmt", FORMAT_KEYS)
def test_each_format_for_all_this_article_and_the_selected_rows(
        fmt: str, window: Any, library: dict[str, int], answers: Answers, tmp_path: Path) -> None:
    export = action(window, "actionExport")
    answers.fmt = fmt
    cases = [("all", ALL, 2), ("article", {SAYING, BODY}, 1)]
    if fmt != "json":  # the backup holds whole articles
        cases.append(("selected", {BODY, OTHER}, 2))
    dock = window.quotes.dock
    dock.select_quote(library[BODY])
    dock.table.selectionModel().select(
        dock.proxy.mapFromSource(window.quotes.model.index(window.quotes.model.row_of(library[OTHER]), 0)),
        dock.table.selectionModel().SelectionFlag.Select | dock.table.selectionModel().SelectionFlag.Rows)
    assert sorted(dock.selected_ids()) == sorted([library[BODY], library[OTHER]])
    for scope, texts, articles in cases:
        answers.scope, answers.path = scope, tmp_path / "out" / f"{scope}.{fmt}"
        answers.path.parent.mkdir(exist_ok=True)
        export.trigger()
        found, count = exported(fmt, answers.path)
        if fmt == "csl-json":
            assert count == articles, scope
        else:
            assert found == texts, scope
            assert count == (articles if fmt in PER_ARTICLE else len(texts)), scope
        message = window.statusBar().currentMessage()
        assert f"Exported {len(texts)} quotes as " in message and str(answers.path) in message
    assert answers.counts[0] == ScopeCounts(3, 2, 2)


def test_the_action_and_what_the_dialog_offers(window: Any, library: dict[str, int], qtbot: QtBot) -> None:
    export = action(window, "actionExport")
    assert export in window.menu("File").actions()
    assert export.shortcut().toString() == "Ctrl+E"
    dialog = ExportDialog(window, ScopeCounts(3, 2, 0))
    qtbot.addWidget(dialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == FORMAT_KEYS
    assert dialog.buttons["article"].text() == "This article (2)"
    assert not dialog.buttons["selected"].isEnabled()
    assert dialog.request().scope == "all"
    nothing_here = ExportDialog(window, ScopeCounts(3, None, 2), "json", "selected")
    qtbot.addWidget(nothing_here)
    assert not nothing_here.buttons["article"].isEnabled()
    assert not nothing_here.buttons["selected"].isEnabled()  # JSON backup: whole articles only
    assert nothing_here.request().scope == "all"
    nothing_here.set_format("csv")
    nothing_here.buttons["selected"].setChecked(True)
    assert nothing_here.request().scope == "selected"
    nothing_here.set_format("json")  # the choice it can't keep falls back to all quotes
    assert nothing_here.request().scope == "all"


def test_the_file_dialog_adds_the_formats_suffix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[tuple[str, str]] = []

    def save_name(parent: Any, caption: str, directory: str, filters: str) -> tuple[str, str]:
        asked.append((directory, filters))
        return str(tmp_path / "quotes"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert ExportDialog.ask_path(None, tmp_path / "x.bib", "bibtex") == tmp_path / "quotes.bib"
    assert asked == [(str(tmp_path / "x.bib"), "BibTeX (*.bib);;All files (*)")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert ExportDialog.ask_path(None, tmp_path / "x.bib", "bibtex") is None


def test_format_and_folder_are_remembered(window: Any, library: dict[str, int], answers: Answers,
                                          tmp_path: Path) -> None:
    answers.fmt, answers.scope, answers.path = "csv", "article", tmp_path / "mine.csv"
    action(window, "actionExport").trigger()
    answers.scope = "article"
    action(window, "actionExport").trigger()
    offered_fmt, suggested = answers.offered[-1]
    assert offered_fmt == "csv"
    assert suggested == tmp_path / "new-pragmatic-and-promising-chapter-of-china-kazakhstan.csv"
    assert window.session.settings.value("export/format") == "csv"


def big_library(window: Any, count: int) -> None:
    store = window.quotes.library.store
    article_id = window.quotes.library.store_article(window.quotes.current.source())
    start = window.article.text.index(BODY)
    store.quotes.add_many([QuoteDraft(article_id, start, start + 5 + (i % 50), note=f"n{i}") for i in range(count)])


def progress_dialog(window: Any) -> QProgressDialog:
    found = window.findChildren(QProgressDialog, "exportProgress")
    assert found, "no progress dialog"
    return found[-1]  # an earlier export's dialog waits for the event loop to delete it


def test_a_large_export_shows_progress(window: Any, answers: Answers, tmp_path: Path) -> None:
    big_library(window, 2500)
    seen: list[int] = []
    answers.fmt, answers.path = "csv", tmp_path / "big.csv"
    answers.on_path = lambda: QTimer.singleShot(0, lambda: seen.append(progress_dialog(window).maximum()))
    action(window, "actionExport").trigger()
    assert seen == [2500]
    assert PROGRESS_FROM == EVERY  # the dialog appears exactly when the exporters report progress
    assert len(exported("csv", answers.path)[0]) > 0 and exported("csv", answers.path)[1] == 2500
    assert "Exported 2500 quotes as CSV" in window.statusBar().currentMessage()


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_cancel_leaves_no_file_and_the_old_one_intact(fmt: str, window: Any, answers: Answers,
                                                      tmp_path: Path) -> None:
    big_library(window, 2500)
    folder = tmp_path / "exports"
    folder.mkdir()
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text("the old export\n", encoding="utf-8")

    def click_cancel() -> None:
        progress_dialog(window).findChild(QPushButton).click()

    answers.fmt = fmt
    answers.on_path = lambda: QTimer.singleShot(0, click_cancel)
    for answers.path in (new, old):
        action(window, "actionExport").trigger()
        assert "Export cancelled" in window.statusBar().currentMessage()
    assert sorted(p.name for p in folder.iterdir()) == ["old.txt"]  # no temporary file either
    assert old.read_text(encoding="utf-8") == "the old export\n"


def test_a_destination_that_cannot_be_written_says_so(window: Any, library: dict[str, int], answers: Answers,
                                                      tmp_path: Path, shown_errors: list[tuple[str, str]]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    answers.path = blocker / "quotes.md"  # a folder that is a file
    action(window, "actionExport").trigger()
    [(title, text)] = shown_errors
    assert title == "Export failed"
    assert text.startswith(f"cannot write {answers.path}") and "choose a folder you may write to" in text
    assert "Export failed" in window.statusBar().currentMessage()


def test_a_failing_write_keeps_the_old_file(window: Any, library: dict[str, int], answers: Answers,
                                            tmp_path: Path, shown_errors: list[tuple[str, str]],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from qtapp.library import atomic

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    answers.path = tmp_path / "quotes.md"
    answers.path.write_text("yesterday's export\n", encoding="utf-8")
    monkeypatch.setattr(atomic.os, "replace", full)
    action(window, "actionExport").trigger()
    [(_, text)] = shown_errors
    assert "No space left on device" in text and "the existing file, if any, is unchanged" in text
    assert answers.path.read_text(encoding="utf-8") == "yesterday's export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".quotes.md")] == []
