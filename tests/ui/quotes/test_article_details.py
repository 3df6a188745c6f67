"""Article Details: corrections flow into every attribution; each field says where its value came from."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel

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

    def answer(cls: type, parent: object, article: Article, corrections: object = None) -> dict[str, Any]:
        seen.append(article)
        return {"title": "China and Kazakhstan: a new chapter", "date": "2024-07-02",
                "authors": [{"name": "Haiyan Wang", "family": "Wang", "given": "Haiyan",
                             "family_first": False}]}

    monkeypatch.setattr(ArticleDetailsDialog, "ask", classmethod(answer))
    action(window, "actionArticleDetails").trigger()
    assert seen and seen[0].publisher == "CGTN"
    store = window.quotes.library.store
    lines = sorted(q.attribution for q in store.quotes.find())
    assert lines == sorted([
        "Haiyan Wang — “China and Kazakhstan: a new chapter”, CGTN, reprinted by News.Az",
        "Xi Jinping (quoted by Haiyan Wang) — “China and Kazakhstan: a new chapter”, CGTN, "
        "reprinted by News.Az"])
    caught_up(qtbot, window)
    who = COLUMNS.index("who")
    tips = {window.quotes.model.index(r, who).data(0x03) for r in range(window.quotes.model.rowCount())}
    assert set(lines) == tips  # the table shows the new lines (ToolTipRole)
    assert window.article.title == "China and Kazakhstan: a new chapter"  # the reader too
    title = window.quotes.model.index(0, COLUMNS.index("article")).data()
    assert title == "China and Kazakhstan: a new chapter"
    window.quotes.stack.undo()
    assert all("New pragmatic" in q.attribution for q in store.quotes.find())


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


def test_each_field_says_whether_it_was_found_corrected_or_needs_you(qtbot: Any, window: Any) -> None:
    article = dataclasses.replace(window.article, found_by={"title": "title.first_heading"})
    dialog = ArticleDetailsDialog(None, article, {"publisher": "CGTN"})
    qtbot.addWidget(dialog)
    states = {key: label.state for key, label in dialog.states.items()}
    assert states == {"title": "found", "publisher": "corrected", "reprinted_by": "found",
                      "date": "needs", "url": "missing", "authors": "found"}
    assert "title.first_heading" in dialog.states["title"].toolTip()
    assert "title.first_heading" in dialog.edits["title"].toolTip()
    assert dialog.states["date"].text() == "⚠ Needs you" and dialog.states["date"].font().bold()
    assert dialog.edits["date"].placeholderText().startswith("Not found in the text")
    assert dialog.states["url"].text() == "Not found"  # a text file has no URL: not alarming
    qtbot.keyClicks(dialog.edits["date"], "2024-07-02")
    assert dialog.states["date"].state == "changed"
    dialog.edits["date"].selectAll()
    qtbot.keyClick(dialog.edits["date"], Qt.Key.Key_Delete)
    assert dialog.states["date"].state == "needs"  # back as it was: nothing to save


def drive(qtbot: Any, monkeypatch: pytest.MonkeyPatch, steps: Callable[[ArticleDetailsDialog], None]) -> None:
    """Run the real dialog's ``ask``: ``steps`` act on it as a user would, then OK is clicked."""

    def run(dialog: ArticleDetailsDialog) -> int:
        steps(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ArticleDetailsDialog, "exec", run)


def test_removing_an_author_in_article_details(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    save(window, SAYING)
    body = save(window, BODY)

    def remove_the_author(dialog: ArticleDetailsDialog) -> None:
        assert [box.family.text() for box in dialog.authors] == ["Wang"]
        qtbot.mouseClick(dialog.authors[0].remove, Qt.MouseButton.LeftButton)
        assert dialog.authors == [] and dialog.states["authors"].state == "changed"

    drive(qtbot, monkeypatch, remove_the_author)
    action(window, "actionArticleDetails").trigger()
    store = window.quotes.library.store
    assert store.articles.get(store.quotes.get(body).article_id).article.authors == []
    # No author left: the publisher stands as the (corporate) author of the body's words.
    assert store.quotes.get(body).attribution.startswith("CGTN — “New pragmatic")
    assert store.quotes.get(body).who == "CGTN"
    assert window.article.authors == []  # the reader shows it too
    window.quotes.stack.undo()
    assert store.quotes.get(body).attribution.startswith("Wang Haiyan — ")


def test_adding_an_author_and_removing_one_of_two(qtbot: Any, window: Any) -> None:
    dialog = ArticleDetailsDialog(None, window.article)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_author_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.authors[1].family, "Ruiz")
    qtbot.keyClicks(dialog.authors[1].given, "Ana")
    assert [a["name"] for a in dialog.corrections()["authors"]] == ["Wang Haiyan", "Ana Ruiz"]
    qtbot.mouseClick(dialog.authors[0].remove, Qt.MouseButton.LeftButton)
    assert [a["name"] for a in dialog.corrections()["authors"]] == ["Ana Ruiz"]
    assert [box.title() for box in dialog.findChildren(QGroupBox) if not box.isHidden()] == [
        "Authors", "Author 2"]


def test_the_status_bar_says_what_the_article_lacks_until_it_is_filled(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    label = window.statusBar().findChild(QLabel, "missingFields")
    assert label is not None and not label.isHidden()
    assert "Needs you: date" in label.text() and "date" in label.toolTip()
    asked: list[Article] = []

    def answer(cls: type, parent: object, article: Article, corrections: object = None) -> dict[str, Any]:
        asked.append(article)
        return {"date": "2024-07-02"}

    monkeypatch.setattr(ArticleDetailsDialog, "ask", classmethod(answer))
    label.linkActivated.emit("details")  # what a click on the note does
    assert asked and label.isHidden()
    window.quotes.stack.undo()
    assert not label.isHidden()


def test_the_status_bar_note_is_drawn_in_the_themes_link_colour(window: Any, qtbot: Any) -> None:
    """A QLabel's rich-text link takes the application's colour: dark blue on the dark status bar."""
    from PySide6.QtGui import QPalette

    from qtapp.ui.themes import palette_for

    label = window.statusBar().findChild(QLabel, "missingFields")
    dark = palette_for("dark")
    assert label is not None and dark is not None
    window.setPalette(dark)
    link = dark.color(QPalette.ColorRole.Link).name()
    qtbot.waitUntil(lambda: f"color: {link}" in label.text())
    assert "Needs you: date" in label.text()


MASTHEAD_ONLY = ("Nordlys Courier\nHome | News | Sport\n\n"
                 "Harbour cranes idle as port workers vote on a new shift pattern\n\nBy Ingrid Solheim\n\n"
                 "The port of Vestby stood quiet on Tuesday as dock workers voted on a shift pattern the operator "
                 "says will cut night work by a third.\n\n"
                 "Workers' representative Odd Haugland said the vote would close on Thursday evening and that "
                 "turnout was high.\n")


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints")
def test_a_publisher_read_only_from_the_logo_line_is_marked_until_the_user_confirms_it(
        window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    page = tmp_path / "cranes.txt"
    page.write_text(MASTHEAD_ONLY, encoding="utf-8")
    assert window.open_article(page)
    assert window.article.publisher == "Nordlys Courier"
    label = window.statusBar().findChild(QLabel, "missingFields")
    assert label is not None and not label.isHidden()
    assert "Needs you: date · Check: publisher" in label.text()
    assert "logo line" in label.toolTip()

    def confirm(dialog: ArticleDetailsDialog) -> None:
        assert dialog.states["publisher"].state == "check" and dialog.states["publisher"].text() == "⚠ Check this"
        assert "publisher.masthead" in dialog.states["publisher"].toolTip()
        assert "title" not in dialog.confirms  # a trusted field has no box
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.confirms["publisher"], Qt.MouseButton.LeftButton)
        assert dialog.corrections() == {"publisher": "Nordlys Courier"}
        qtbot.keyClicks(dialog.edits["date"], "2025-03-04")

    drive(qtbot, monkeypatch, confirm)
    label.linkActivated.emit("details")  # what a click on the note does
    assert label.isHidden()  # nothing left to check or to fill
    assert window.article.publisher == "Nordlys Courier"
    window.quotes.stack.undo()
    assert "Check: publisher" in label.text() and not label.isHidden()
