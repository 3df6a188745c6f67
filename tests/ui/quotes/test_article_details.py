"""Correcting an article's details changes every attribution line of its quotes."""

from __future__ import annotations

from typing import Any

import pytest

from qtapp.article.model import Article
from qtapp.ui.quotes.article_dialog import ArticleDetailsDialog
from qtapp.ui.quotes.table_model import COLUMNS
from tests.ui.quotes.conftest import SAYING
from tests.ui.quotes.test_highlights import save
from tests.ui.quotes.test_library_dock import caught_up
from tests.ui.quotes.test_saving import BODY, action


def test_corrections_flow_into_every_attribution(window: Any, qtbot: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    save(window, SAYING)
    save(window, BODY)
    seen: list[Article] = []

    def answer(cls: type, parent: object, article: Article) -> dict[str, Any]:
        seen.append(article)
        return {"title": "China and Kazakhstan: a new chapter", "date": "2024-07-02",
                "authors": [{"name": "Haiyan Wang", "family": "Wang", "given": "Haiyan",
                             "family_first": False}]}

    monkeypatch.setattr(ArticleDetailsDialog, "ask", classmethod(answer))
    action(window, "actionArticleDetails").trigger()
    assert seen and seen[0].publisher == "CGTN"
    store = window.quotes.library.store
    lines = sorted(q.attribution for q in store.quotes())
    assert lines == sorted([
        "Haiyan Wang — “China and Kazakhstan: a new chapter”, CGTN, reprinted by News.Az",
        "Xi Jinping (quoted by Haiyan Wang) — “China and Kazakhstan: a new chapter”, CGTN, "
        "reprinted by News.Az"])
    caught_up(qtbot, window)
    tips = {window.quotes.model.index(r, 0).data(0x03) for r in range(window.quotes.model.rowCount())}
    assert set(lines) == tips  # the table shows the new lines (ToolTipRole)
    assert window.article.title == "China and Kazakhstan: a new chapter"  # the reader too
    title = window.quotes.model.index(0, COLUMNS.index("article")).data()
    assert title == "China and Kazakhstan: a new chapter"
    window.quotes.stack.undo()
    assert all("New pragmatic" in q.attribution for q in store.quotes())


def test_the_dialog_reports_only_what_changed(qtbot: Any, window: Any) -> None:
    dialog = ArticleDetailsDialog(None, window.article)
    qtbot.addWidget(dialog)
    assert dialog.corrections() == {}
    dialog.edits["url"].setText("https://news.az/example")
    box = dialog.authors[0]
    assert (box.family.text(), box.given.text(), box.family_first.isChecked()) == ("Wang", "Haiyan", True)
    box.family_first.setChecked(False)
    changes = dialog.corrections()
    assert changes["url"] == "https://news.az/example"
    assert changes["authors"][0]["name"] == "Haiyan Wang"
    assert set(changes) == {"url", "authors"}
