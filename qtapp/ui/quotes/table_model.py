"""The library as a table: a lazy model that asks the store for one page of quotes at a time.

Rows come from ``QuoteLibrary.quotes(..., limit, offset)`` in pages of ``PAGE`` so a library of 100,000 quotes
opens as fast as one of 200; views pull further pages through ``canFetchMore``/``fetchMore``. Filtering
and full-text search happen in the store (it has the index); the proxy on top only sorts and narrows.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor

from qtapp.library.attribution import CHECK_TITLE, check_message
from qtapp.library.records import QuoteRecord
from qtapp.ui.i18n import shown
from qtapp.ui.quotes.colors import swatch
from qtapp.ui.quotes.service import QuoteLibrary

PAGE = 200
TIP_CHARS = 800  # a tooltip shows the quote whole up to this; the detail pane shows any length
# "check" is the marker column, beside "who": an icon where the attribution is an unconfirmed default.
# "clipped" (who saved it) is a team library's; the dock hides it on a personal library.
COLUMNS = ("quote", "check", "who", "article", "tags", "saved", "note", "clipped")
# Marked for pyside6-lupdate in the "QuoteTableModel" context; headerData and data translate them.
HEADERS = {"check": "", "quote": QT_TRANSLATE_NOOP("QuoteTableModel", "Quote"),
           "who": QT_TRANSLATE_NOOP("QuoteTableModel", "Who"),
           "article": QT_TRANSLATE_NOOP("QuoteTableModel", "Article"),
           "tags": QT_TRANSLATE_NOOP("QuoteTableModel", "Tags"),
           "saved": QT_TRANSLATE_NOOP("QuoteTableModel", "Saved"), "note": QT_TRANSLATE_NOOP("QuoteTableModel", "Note"),
           "clipped": QT_TRANSLATE_NOOP("QuoteTableModel", "Clipped by")}
CHECK_HEADER = QT_TRANSLATE_NOOP("QuoteTableModel", "Check who said this")
DAMAGED_MARK = "⚠"
EDITABLE = {"note", "tags"}
QUOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
NEEDS_CHECK_ROLE = Qt.ItemDataRole.UserRole + 3
# data() runs for every role of every painted cell (seven per cell, five of them answered None), so the
# roles are plain ints looked up once: naming a Qt enum member costs more than the rest of the call.
_DISPLAY, _EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
_TOOLTIP, _DECORATION = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.DecorationRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _DECORATION, _ACCESSIBLE, QUOTE_ID_ROLE, RECORD_ROLE,
                       NEEDS_CHECK_ROLE})
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
VOICE_NAMES = {"author": "author", "editors": "editors", "speaker": "quoted"}

Index = QModelIndex | QPersistentModelIndex
# Called for an in-place edit: (quote id, field, new value) -> accepted. The dock makes it an undo command.
Editor = Callable[[int, str, Any], bool]


_ICON: list[Any] = []  # the warning icon, made when a marker is first drawn


STUB_MARK = "◌"  # before the title of an article imported without its text (a stub)


def _warning_icon() -> Any:
    if not _ICON:  # an import inside a function passes PySide's import hook on every call: once only
        from qtapp.ui.icons import icon

        _ICON.append(icon("dialog-warning"))
    return _ICON[0]


def _one_line(text: str, limit: int = 240) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class QuoteTableModel(QAbstractTableModel):
    """Quotes matching the current filters, loaded a page at a time."""

    def __init__(self, library: QuoteLibrary, editor: Editor | None = None) -> None:
        super().__init__(library)
        self._library = library
        self._editor = editor
        self.read_only = False  # a library that cannot be written: no cell is editable
        self._filters: dict[str, Any] = {}
        self._rows: list[QuoteRecord] = []
        self._more = False
        # After a write the table catches up on the next turn of the event loop, once per burst of
        # writes, so saving a quote never waits for a page of the table to be re-read.
        self._stale = QTimer(self, singleShot=True, interval=0)
        self._stale.timeout.connect(self.refresh)

    # -- queries --------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def set_filters(self, **filters: Any) -> None:
        """Replace the filters (search, article_id, tag, color, who, needs_check); load the first page."""
        self._filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self._stale.stop()
        self.beginResetModel()
        self._rows, self._more = self._page(0, PAGE)
        self.endResetModel()

    def _page(self, offset: int, limit: int) -> tuple[list[QuoteRecord], bool]:
        rows = self._library.quotes(limit=limit, offset=offset, **self._filters) or []
        return rows, len(rows) == limit

    def schedule_refresh(self) -> None:
        self._stale.start()

    @property
    def pending(self) -> bool:
        """A refresh is scheduled: the table has not caught up with the library yet."""
        return self._stale.isActive()

    def flush(self) -> None:
        """Apply a scheduled refresh now (before looking rows up)."""
        if self._stale.isActive():
            self.refresh()

    def refresh(self) -> None:
        """Reload what is loaded after the library changed; keep the model when only values moved."""
        self._stale.stop()
        rows, more = self._page(0, max(PAGE, len(self._rows)))
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows, self._more = rows, more
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows, self._more = rows, more
        self.endResetModel()

    def update_rows(self, records: list[QuoteRecord]) -> bool:
        """Put re-read records in their rows in place, when that is all a write changed; False when the
        table must be re-read instead (a row is new, gone, or a filter could now exclude it).

        A colleague's edit in a team library of a million quotes re-reads one row, not a page.
        """
        if set(self._filters) - {"article_id"}:
            return False
        rows = {record.id: i for i, record in enumerate(self._rows)}
        if any(r.id not in rows or r.deleted_at is not None
               or r.article_id != self._rows[rows[r.id]].article_id for r in records):
            return False
        for record in records:
            row = rows[record.id]
            self._rows[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        rows, more = self._page(len(self._rows), PAGE)
        self._more = more
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- lookups ---------------------------------------------------------------------------------
    def quote_at(self, row: int) -> QuoteRecord:
        return self._rows[row]

    def row_of(self, quote_id: int) -> int | None:
        self.flush()
        return next((i for i, r in enumerate(self._rows) if r.id == quote_id), None)

    # -- the model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(HEADERS[column])) if HEADERS[column] else ""
        if column == "check" and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr(str(CHECK_HEADER))
        if column == "check" and role == Qt.ItemDataRole.DecorationRole:
            return _warning_icon()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._editor is not None and not self.read_only and COLUMNS[index.column()] in EDITABLE:
            return _EDITABLE_FLAGS
        return _SELECTABLE

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record, column = self._rows[index.row()], COLUMNS[index.column()]
        if column == "check":
            return self._check(record, role)
        if role == _DISPLAY:
            return self._display(record, column)
        if role == _EDIT:
            if column == "tags":
                return ", ".join(record.tags)
            return record.note if column == "note" else self._display(record, column)
        if role == _TOOLTIP:
            if column == "saved":
                return record.created[:16].replace("T", " ") + " UTC"
            if column == "clipped" and record.clipped_by:
                return QCoreApplication.translate("QuoteTableModel", "Clipped by {who} on {when} UTC").format(
                    who=record.clipped_by, when=(record.clipped_at or record.created)[:16].replace("T", " "))
            if column == "article" and record.article.damaged:
                return QCoreApplication.translate(
                    "QuoteTableModel", "This article's stored data is damaged ({reason}). Open its file and save a "
                                       "quote from it to repair it, or restore a backup (Library ▸ Backups).").format(
                    reason=record.article.damaged)
            if column == "article" and record.article.stub:
                from qtapp.ui.quotes.detail_pane import stub_message

                return stub_message(record.article.stub)
            if column == "quote":  # the whole quote, wrapped (rich text wraps; escaped, never live)
                return (f"<qt>{escape(record.exact[:TIP_CHARS])}{'…' if len(record.exact) > TIP_CHARS else ''}"
                        f"<br><br>— {escape(record.attribution)}</qt>")
            return record.attribution if column in ("who", "article") else None
        if role == _DECORATION and column == "quote":
            return QColor(swatch(record.color))
        if role == QUOTE_ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        return None

    @staticmethod
    def _check(record: QuoteRecord, role: int) -> Any:
        """The marker cell: an icon with an accessible name and the reason as its tooltip."""
        if role == QUOTE_ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        if role == _DISPLAY:
            return ""
        if role == NEEDS_CHECK_ROLE:
            return record.needs_check
        if not record.needs_check:
            return None
        if role == _DECORATION:
            return _warning_icon()
        if role == _ACCESSIBLE:
            return QCoreApplication.translate("QuoteTableModel", str(CHECK_HEADER))
        if role == _TOOLTIP:
            return "{}\n{}".format(shown(check_message(record.check_reason) or CHECK_TITLE), QCoreApplication.translate(
                "QuoteTableModel", "Edit ▸ Confirm Attribution if it is right, or Whose Words… to correct it."))
        return None

    @staticmethod
    def _display(record: QuoteRecord, column: str) -> str:
        if column == "quote":
            return _one_line(record.exact)
        if column == "who":
            return f"{record.who or ''} ({VOICE_NAMES.get(record.voice, record.voice)})"
        if column == "article":
            if record.article.damaged:  # its stored row cannot be read: say so, don't pass it off as untitled
                return f"{DAMAGED_MARK} Damaged article {record.article.id}"
            title = record.article.title or "(untitled)"
            return f"{STUB_MARK} {title}" if record.article.stub else title
        if column == "tags":
            return ", ".join(record.tags)
        if column == "saved":
            return record.created[:10]  # the day sorts and reads; the time is in the tooltip
        if column == "clipped":
            return record.clipped_by or ""
        return _one_line(record.note)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self._editor is None
                or COLUMNS[index.column()] not in EDITABLE):
            return False
        record, column = self._rows[index.row()], COLUMNS[index.column()]
        from qtapp.ui.quotes.quote_dialogs import parse_tags

        new: Any = parse_tags(str(value)) if column == "tags" else str(value).strip()
        if new == (list(record.tags) if column == "tags" else record.note):
            return False
        return self._editor(record.id, column, new)
