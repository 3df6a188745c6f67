"""The window's undoable edits (``qtapp/ui/quotes/undo_commands.py``): one write each way, named in Edit."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from qtapp.ui.quotes.table_model import COLUMNS
from qtapp.ui.quotes.undo_commands import ChangeFields, correct_article, edit_quote
from tests.ui.quotes.conftest import SAYING
from tests.ui.quotes.test_highlights import save


def test_a_field_change_writes_the_new_values_and_undo_the_old(qapp: object) -> None:
    writes: list[dict[str, Any]] = []
    command = ChangeFields(lambda **fields: writes.append(fields), {"note": ""}, {"note": "key"}, "Edit note")
    command.redo()
    command.undo()
    assert writes == [{"note": "key"}, {"note": ""}] and command.text() == "Edit note"


def test_edits_through_the_window_are_named_in_the_edit_menu_and_undone(window: Any, qtbot: QtBot) -> None:
    quote_id = save(window, SAYING)
    model = window.quotes.model
    assert model.setData(model.index(model.row_of(quote_id), COLUMNS.index("note")), "a note")
    stack = window.quotes.stack
    assert stack.undoText() == "Edit note"  # what Edit ▸ Undo says
    store = window.quotes.library.store
    article_id = store.quotes.get(quote_id).article_id
    title = store.articles.get(article_id).article.title
    stack.push(correct_article(window.quotes.library, article_id, {"title": None}, {"title": "Fixed title"}))
    assert stack.undoText() == "Edit article details"
    assert store.articles.get(article_id).article.title == "Fixed title"
    stack.undo()
    assert store.articles.get(article_id).article.title == title
    stack.undo()
    assert store.quotes.get(quote_id).note == ""
    stack.push(edit_quote(window.quotes.library, quote_id, {"tags": []}, {"tags": ["x"]}))
    assert stack.undoText() == "Edit quote" and store.quotes.get(quote_id).tags == ("x",)
