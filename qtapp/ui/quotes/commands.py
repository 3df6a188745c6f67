"""Undoable edits to the library: each command calls the store through ``QuoteLibrary`` both ways.

Commands keep ids and values, never records or cursors, so they stay valid while views refresh. A quote
that is "undone" goes to the store's trash, from where redo restores it with the same id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from qtapp.ui.quotes.service import QuoteLibrary


class UndoStack(QUndoStack):
    """The window's undo stack, which says what Undo and Redo did: without it a restored quote
    reappears in the table with no word in the status bar."""

    stepped = Signal(str)  # "Undone: Delete quote", "Redone: Edit note"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index, self._pushing = 0, False
        self.indexChanged.connect(self._moved)

    def push(self, command: QUndoCommand) -> None:
        self._pushing = True
        try:
            super().push(command)
        finally:
            self._pushing = False
            self._index = self.index()

    def _moved(self, index: int) -> None:
        before, self._index = self._index, index
        if self._pushing or index == before:
            return
        if index < before:
            self.stepped.emit(self.tr("Undone: %1").replace("%1", self.text(index)))
        else:
            self.stepped.emit(self.tr("Redone: %1").replace("%1", self.text(index - 1)))


def _each(write: Callable[[int], None], quote_ids: list[int]) -> None:
    """Apply one store write to several quotes inside a single ``QuoteLibrary.write`` (one ``changed``)."""
    for quote_id in quote_ids:
        write(quote_id)


class SaveQuote(QUndoCommand):
    """Save a passage; undo moves it to the trash, redo brings the same quote back."""

    def __init__(self, library: QuoteLibrary, article_id: int, start: int, end: int,
                 **fields: Any) -> None:
        super().__init__(QCoreApplication.translate("UndoStack", "Save quote"))
        self._library, self._article_id, self._range, self._fields = library, article_id, (start, end), fields
        self.quote_id: int | None = None
        self.failed = False

    def redo(self) -> None:
        store = self._library.store
        if self.quote_id is None:
            assert store is not None
            result = self._library.write(store.quotes.add, self._article_id, *self._range, **self._fields)
            if result is None:
                self.failed = True
                self.setObsolete(True)  # nothing happened: keep it off the undo stack
                return
            self.quote_id = int(result)
        elif store is not None:
            self._library.write(store.quotes.restore, self.quote_id)

    def undo(self) -> None:
        if self.quote_id is not None and self._library.store is not None:
            self._library.write(self._library.store.quotes.delete, self.quote_id)


class DeleteQuotes(QUndoCommand):
    """Delete quotes into the trash; undo restores them."""

    def __init__(self, library: QuoteLibrary, quote_ids: list[int]) -> None:
        n = len(quote_ids)
        super().__init__(QCoreApplication.translate("UndoStack", "Delete quote") if n == 1
                         else QCoreApplication.translate("UndoStack", "Delete {n} quotes").format(n=n))
        self._library, self._ids = library, list(quote_ids)

    def done_text(self) -> str:
        n = len(self._ids)
        if n == 1:
            return QCoreApplication.translate("UndoStack", "Deleted 1 quote")
        return QCoreApplication.translate("UndoStack", "Deleted {n} quotes").format(n=n)

    def redo(self) -> None:
        store = self._library.store
        if store is not None:
            self._library.write(_each, store.quotes.delete, self._ids)

    def undo(self) -> None:
        store = self._library.store
        if store is not None:
            self._library.write(_each, store.quotes.restore, self._ids)


class EditQuote(QUndoCommand):
    """Change some fields of a quote (note, tags, colour, voice/speaker); undo puts the old values back."""

    def __init__(self, library: QuoteLibrary, quote_id: int, old: dict[str, Any], new: dict[str, Any],
                 text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("UndoStack", "Edit quote"))
        self._library, self._id, self._old, self._new = library, quote_id, dict(old), dict(new)

    def redo(self) -> None:
        if self._library.store is not None:
            self._library.write(self._library.store.quotes.update, self._id, **self._new)

    def undo(self) -> None:
        if self._library.store is not None:
            self._library.write(self._library.store.quotes.update, self._id, **self._old)


class CorrectArticle(QUndoCommand):
    """Correct an article's details; undo restores what was there before."""

    def __init__(self, library: QuoteLibrary, article_id: int, old: dict[str, Any],
                 new: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("UndoStack", "Edit article details"))
        self._library, self._id, self._old, self._new = library, article_id, dict(old), dict(new)

    def redo(self) -> None:
        if self._library.store is not None:
            self._library.write(self._library.store.articles.correct, self._id, **self._new)

    def undo(self) -> None:
        if self._library.store is not None:
            self._library.write(self._library.store.articles.correct, self._id, **self._old)
