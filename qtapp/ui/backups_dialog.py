"""File → Restore from Backup…: the library's snapshots with their date and quote count, and Restore.

The list is a small table model (Preferences will embed the same widget later). The restoring itself is
``qtapp.library.snapshots.restore``, which keeps the current library as a snapshot first; this module
only asks which snapshot and tells the window its library changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from qtapp import paths
from qtapp.errors import UserError
from qtapp.library import snapshots
from qtapp.ui.accessibility import named
from qtapp.ui.dialogs import ErrorMessage
from qtapp.ui.i18n import error_message

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
# Marked for pyside6-lupdate in the "SnapshotModel" context; headerData translates them.
HEADERS = (QT_TRANSLATE_NOOP("SnapshotModel", "Date"), QT_TRANSLATE_NOOP("SnapshotModel", "Quotes"),
           QT_TRANSLATE_NOOP("SnapshotModel", "Taken"))


class SnapshotModel(QAbstractTableModel):
    def __init__(self, items: list[snapshots.Snapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if index.column() == 0:
            return item.created.astimezone().strftime("%Y-%m-%d %H:%M")
        if index.column() == 1:
            return "unreadable" if item.quotes is None else str(item.quotes)
        return item.reason.replace("-", " ")


class BackupsDialog(QDialog):
    def __init__(self, parent: QWidget | None, library: Path) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.model = SnapshotModel(snapshots.list_snapshots(library), self)
        self.table = named(QTableView(self), "backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.accept)
        note = QLabel(self.tr("Backups are kept in {folder}. Restoring keeps the library as it is now as one "
                              "more backup.").format(folder=snapshots.backup_dir(library))
                      if self.model.items else
                      self.tr("There are no backups yet: one is taken every day you save a quote."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def chosen(self) -> snapshots.Snapshot | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    @classmethod
    def ask(cls, parent: QWidget | None, library: Path) -> snapshots.Snapshot | None:
        """The snapshot to restore, or None on Close; tests monkeypatch this."""
        dialog = cls(parent, library)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore_from_backup(window: MainWindow) -> bool:
    """Ask which snapshot, restore it, and let every view of the library refresh."""
    quotes = getattr(window, "quotes", None)
    service = getattr(quotes, "library", None)
    library = Path(service.path) if service is not None else paths.library_path()
    chosen = BackupsDialog.ask(window, library)
    if chosen is None:
        return False
    try:
        kept = snapshots.restore(chosen.path, library)
    except (UserError, OSError) as error:
        ErrorMessage.show(window, QCoreApplication.translate("Backups", "Cannot restore the backup"),
                          error_message(error))
        return False
    if quotes is not None:
        quotes.stack.clear()  # undo steps name quotes of the library as it was
    if service is not None:
        if service.store is None:
            service.open()
        service.changed.emit([])
    if kept:
        message = QCoreApplication.translate(
            "BackupsDialog", "Restored the backup of {day}; the library as it was is kept as {name}").format(
            day=chosen.label, name=kept.name)
    else:
        message = QCoreApplication.translate("BackupsDialog", "Restored the backup of {day}").format(
            day=chosen.label)
    window.statusBar().showMessage(message, 15000)
    return True
