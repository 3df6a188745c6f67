"""Correcting Article Details re-renders the reader: the selection and the headline follow the change."""

from __future__ import annotations

from typing import Any

import pytest

from qtapp.ui.quotes.article_dialog import ArticleDetailsDialog
from tests.ui.quotes.conftest import SAYING, select_text
from tests.ui.quotes.test_saving import action


def _correct(window: Any, monkeypatch: pytest.MonkeyPatch, changes: dict[str, Any]) -> None:
    monkeypatch.setattr(ArticleDetailsDialog, "ask", classmethod(lambda cls, *a, **k: dict(changes)))
    action(window, "actionArticleDetails").trigger()


@pytest.mark.parametrize("changes", [
    {"publisher": "China Global Television Network (CGTN), Beijing"},  # a longer source line above
    {"publisher": "X"},                                                # a shorter one
    {"title": "A much longer headline than the article had before it was corrected by hand"},
])
def test_the_selection_keeps_its_words_when_the_details_change(window: Any, monkeypatch: pytest.MonkeyPatch,
                                                                changes: dict[str, Any]) -> None:
    select_text(window, SAYING)
    _correct(window, monkeypatch, changes)
    assert window.reader.textCursor().selectedText() == SAYING


def test_a_corrected_title_is_the_readers_headline(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    new_title = "China and Kazakhstan: a new chapter"
    _correct(window, monkeypatch, {"title": new_title})
    first_block = window.reader.document().firstBlock().text()
    assert first_block == new_title
    assert new_title in window.windowTitle()
