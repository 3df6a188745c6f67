"""The library table's columns fitted to the dock, so the quote itself keeps a readable width.

In a dock of ~400 px the fixed columns (who, article, tags, saved, note) left the quote ~70 px: a word or
two of the one column a reader scans. Below ``QUOTE_MIN`` the columns that matter least are hidden in
turn (note, tags, saved, article) and come back as the dock widens. The header's context menu shows or
hides any of them by hand, and that choice wins at every width and is remembered between runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

if TYPE_CHECKING:
    from qtapp.ui.session import Session

QUOTE_MIN = 160  # px: about five words of a quote
AUTO_ORDER = ("note", "tags", "saved", "article")  # hidden first to last as the dock narrows
CHOOSABLE = ("who", "article", "tags", "saved", "note")  # the header menu's columns, in table order
HIDDEN_KEY = "library/hidden_columns"
SHOWN_KEY = "library/shown_columns"


class ColumnFit(QObject):
    """Hides and shows the table's optional columns by the room the quote column has left.

    The dock calls ``refit`` after each resize, once the table has its new width (no event filter on the
    viewport: PySide calls one while the table is being destroyed).
    """

    def __init__(self, table: QTableView, columns: Sequence[str]) -> None:
        super().__init__(table)
        self.table, self.columns = table, tuple(columns)
        self.user_hidden: set[str] = set()  # hidden from the header menu: stays hidden
        self.user_shown: set[str] = set()  # shown from the header menu: never hidden to make room
        self.auto_hidden: set[str] = set()
        self._session: Session | None = None
        self._widths: dict[str, int] = {}  # a column's width when it was hidden (Qt reports 0 after)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)

    # -- the user's choice ---------------------------------------------------------------------------
    def remember_in(self, session: Session) -> None:
        """Read the choice made in an earlier run, and keep every later one in the window's session."""
        self._session = session
        self.user_hidden = set(session.strings(HIDDEN_KEY)) & set(CHOOSABLE)
        self.user_shown = set(session.strings(SHOWN_KEY)) & set(CHOOSABLE) - self.user_hidden
        self.refit()

    def choose(self, column: str, visible: bool) -> None:
        (self.user_hidden.discard if visible else self.user_hidden.add)(column)
        (self.user_shown.add if visible else self.user_shown.discard)(column)
        if self._session is not None:
            self._session.settings.setValue(HIDDEN_KEY, sorted(self.user_hidden))
            self._session.settings.setValue(SHOWN_KEY, sorted(self.user_shown))
        self.refit()

    def menu(self) -> QMenu:
        """The header's menu: one checkable entry per optional column, checked while it is shown."""
        menu = QMenu(self.table)
        menu.setObjectName("libraryColumnsMenu")
        for column in CHOOSABLE:
            title = self.table.model().headerData(self.columns.index(column), Qt.Orientation.Horizontal)
            action = QAction(str(title or column), menu, checkable=True)
            action.setObjectName(f"libraryColumn_{column}")
            action.setChecked(not self._hidden(column))
            action.toggled.connect(lambda visible, c=column: self.choose(c, visible))
            menu.addAction(action)
        return menu

    def _popup(self, position: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    # -- fitting -------------------------------------------------------------------------------------
    def refit(self) -> None:
        """Hide what leaves the quote too narrow, least needed first; show again what now fits."""
        self.auto_hidden -= self.user_shown | self.user_hidden
        for column in CHOOSABLE:
            self._set_hidden(column, column in self.user_hidden or column in self.auto_hidden)
        for column in reversed(AUTO_ORDER):  # the most needed back first, while the quote keeps its room
            if column not in self.auto_hidden:
                continue
            if self._quote_room(extra=self._width(column)) < QUOTE_MIN:
                break
            self.auto_hidden.discard(column)
            self._set_hidden(column, False)
        for column in AUTO_ORDER:
            if self._quote_room() >= QUOTE_MIN:
                break
            if column in self.user_shown or self._hidden(column):
                continue
            self.auto_hidden.add(column)
            self._set_hidden(column, True)

    def _set_hidden(self, column: str, hidden: bool) -> None:
        header, index = self.table.horizontalHeader(), self.columns.index(column)
        if hidden and not header.isSectionHidden(index):
            self._widths[column] = header.sectionSize(index)
        if hidden != header.isSectionHidden(index):
            header.setSectionHidden(index, hidden)

    def _hidden(self, column: str) -> bool:
        return self.table.horizontalHeader().isSectionHidden(self.columns.index(column))

    def _width(self, column: str) -> int:
        header = self.table.horizontalHeader()
        return header.sectionSize(self.columns.index(column)) or self._widths.get(column) or \
            header.defaultSectionSize()

    def _quote_room(self, extra: int = 0) -> int:
        """What the quote column would get: the viewport less every other shown column (and ``extra``)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(i) for i, column in enumerate(self.columns)
                     if column != "quote" and not header.isSectionHidden(i))
        return self.table.viewport().width() - others - extra
