"""Undoable edits to the library: each command calls ``QuoteLibrary`` both ways, one write each.

Commands keep ids and values, never records or cursors, so they stay valid while views refresh. A quote
that is "undone" goes to the store's trash, from where redo restores it with the same id.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from qtapp.library.records import QuoteRecord
from qtapp.ui.quotes.service import ArticleSource, QuoteLibrary


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


class SaveQuote(QUndoCommand):
    """Save a passage (and its article, the first time); undo moves the quote to the trash, redo brings
    the same quote back. The article stays stored: other quotes may come from it."""

    def __init__(self, library: QuoteLibrary, article: ArticleSource, start: int, end: int,
                 **fields: Any) -> None:
        super().__init__(QCoreApplication.translate("UndoStack", "Save quote"))
        self._library, self._article, self._range, self._fields = library, article, (start, end), fields
        self.record: QuoteRecord | None = None  # as saved: what the status bar says and the reader tints
        self.failed = False

    @property
    def quote_id(self) -> int | None:
        return self.record.id if self.record is not None else None

    def redo(self) -> None:
        if self.record is None:
            self.record = self._library.save_quote(self._article, *self._range, **self._fields)
            if self.record is None:
                self.failed = True
                self.setObsolete(True)  # nothing happened: keep it off the undo stack
        else:
            self._library.restore_quotes([self.record.id])

    def undo(self) -> None:
        if self.record is not None:
            self._library.delete_quotes([self.record.id])


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
        self._library.delete_quotes(self._ids)

    def undo(self) -> None:
        self._library.restore_quotes(self._ids)


class ChangeFields(QUndoCommand):
    """Set some fields of one library row (a quote's note or speaker, an article's details); undo sets
    the old values back. ``write(**fields)`` is the one ``QuoteLibrary`` call that does it."""

    def __init__(self, write: Callable[..., object], old: dict[str, Any], new: dict[str, Any],
                 text: str, *, done: bool = False) -> None:
        super().__init__(text)
        self._write, self._old, self._new = write, dict(old), dict(new)
        # Made already (a team library's edit checked against the version the user saw): the push's
        # redo must not write it a second time.
        self._done = done

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._write(**self._new)

    def undo(self) -> None:
        self._write(**self._old)


def edit_quote(library: QuoteLibrary, quote_id: int, old: dict[str, Any], new: dict[str, Any],
               text: str = "", *, done: bool = False) -> ChangeFields:
    return ChangeFields(partial(library.update_quote, quote_id), old, new,
                        text or QCoreApplication.translate("UndoStack", "Edit quote"), done=done)


def correct_article(library: QuoteLibrary, article_id: int, old: dict[str, Any],
                    new: dict[str, Any]) -> ChangeFields:
    return ChangeFields(partial(library.correct_article, article_id), old, new,
                        QCoreApplication.translate("UndoStack", "Edit article details"))
