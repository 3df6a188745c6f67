"""Preferences → Library: where the library lives, moving it, and its backups.

Moving copies with SQLite's backup API and checks the copy before anything switches
(``preferences_move``); each open window then reopens its library at the new place, and only then is
the old file removed. The backups list is the one File → Restore from Backup… shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qtapp.errors import UserError
from qtapp.library import snapshots
from qtapp.ui import help as help_ui
from qtapp.ui.accessibility import named
from qtapp.ui.dialogs import ErrorMessage
from qtapp.ui.i18n import error_message
from qtapp.ui.preferences_move import move_library, remove_old
from qtapp.ui.preferences_reading import main_windows

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow

REMOVE_RETRY_MS = 3000


class MoveTarget:
    @classmethod
    def ask(cls, parent: QWidget | None, current: Path) -> Path | None:
        """Where to move the library (a new file name), or None on Cancel; tests monkeypatch this."""
        title = QCoreApplication.translate("LibraryPage", "Move Library To") if parent else ""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(current), "SQLite (*.sqlite3)")
        return Path(name) if name else None


def reopen_everywhere(old: Path, new: Path) -> None:
    """Every window that had ``old`` open switches to ``new`` and refreshes its views."""
    for window in main_windows():
        service = getattr(getattr(window, "quotes", None), "library", None)
        if service is None or Path(service.path).absolute() != old:
            continue
        service.close()
        service.path = new
        if service.open() and service.store is not None:
            store = service.store
            window.destroyed.connect(lambda *_, s=store: s.close())
        window.quotes.stack.clear()  # undo steps point into the library as it was
        service.changed.emit([])


def move(window: MainWindow, target: Path) -> bool:
    """Move the window's library to ``target``; say what happened in the status bar or an error box."""
    old = help_ui.library_location(window).absolute()
    try:
        moved = move_library(old, target)
    except UserError as error:
        ErrorMessage.show(window, QCoreApplication.translate("LibraryPage", "Cannot move the library"),
                          error_message(error))
        return False
    reopen_everywhere(old, moved.new)
    message = QCoreApplication.translate("LibraryPage", "Moved the library ({n} quotes) to {path}").format(
        n=moved.quotes, path=moved.new)
    if not moved.recorded:
        message += QCoreApplication.translate(
            "LibraryPage", " for this run; QuoteClip was started with --library, so start it with "
            "--library {path} next time").format(path=moved.new)
    if not remove_old(old):
        message += QCoreApplication.translate(
            "LibraryPage", "; the old file stays until the other QuoteClip that has it open follows")
        _remove_later(window, old)
    window.statusBar().showMessage(message, 15000)
    return True


def _remove_later(window: MainWindow, old: Path) -> None:
    """Try again every few seconds: another process's windows follow the move's note within a second."""
    timer = QTimer(window, interval=REMOVE_RETRY_MS)

    def retry() -> None:
        if remove_old(old):
            timer.stop()

    timer.timeout.connect(retry)
    timer.start()


class LibraryPage(QWidget):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.main_window = window
        self.location = named(QLineEdit(self, readOnly=True), "libraryLocation")
        self.location.setAccessibleName(self.tr("Library location"))
        self.location.setToolTip(self.tr("The file that holds your quotes and articles"))
        self.move_button = named(QPushButton(self.tr("&Move Library…"), self), "moveLibrary")
        self.move_button.setToolTip(self.tr("Copy the library to another folder, check it, and use it "
                                            "from now on"))
        self.show_button = named(QPushButton(self.tr("Show in File &Manager"), self), "showLibraryFolder")
        self.show_button.setToolTip(self.tr("Open the library's folder"))
        self.backups = named(QTableView(self), "preferencesBackups")
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.setToolTip(self.tr("Daily snapshots of the library, newest first"))
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.verticalHeader().hide()
        self.backups.horizontalHeader().setStretchLastSection(True)
        self.team_button = named(QPushButton(self.tr("&Team Library…"), self), "teamLibrary")
        self.team_button.setToolTip(self.tr("Connect to a team library on a PostgreSQL server"))
        self.mine_button = named(QPushButton(self.tr("M&y Library"), self), "myLibrary")
        self.mine_button.setToolTip(self.tr("Back to your own library file"))
        self.restore_button = named(QPushButton(self.tr("&Restore from Backup…"), self), "preferencesRestore")
        self.restore_button.setToolTip(self.tr("Put the library back as it was on an earlier day"))
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Library file:"), self))
        layout.addLayout(row)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_button)
        team_row.addWidget(self.mine_button)
        team_row.addStretch(1)
        layout.addLayout(team_row)
        layout.addWidget(QLabel(self.tr("Backups (one a day, last seven kept):"), self))
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.restore_button)
        self.move_button.clicked.connect(self.ask_move)
        self.show_button.clicked.connect(lambda: help_ui.open_folder(self.path().parent))
        self.restore_button.clicked.connect(self.restore)
        self.team_button.clicked.connect(self.ask_team)
        self.mine_button.clicked.connect(lambda: self.use(None))
        self.refresh()

    def path(self) -> Path:
        return help_ui.library_location(self.main_window)

    def _service(self) -> Any:
        return getattr(getattr(self.main_window, "quotes", None), "library", None)

    def ask_team(self) -> None:
        from qtapp.ui.team_dialog import TeamLibraryDialog

        address = TeamLibraryDialog.ask(self)
        if address is not None:
            self.use(address)

    def use(self, address: str | None) -> bool:
        """Switch the window to the team library at ``address`` (None: My Library); the status bar says
        which is open (a team library's address without its password)."""
        service = self._service()
        if service is None or not service.switch_to(address):
            return False
        message = (self.tr("Using the team library {address}") if service.is_team
                   else self.tr("Using your library {address}")).format(address=service.shown_address)
        self.main_window.statusBar().showMessage(message, 10000)
        self.refresh()
        return True

    def refresh(self) -> None:
        service = self._service()
        team = service is not None and service.is_team
        self.mine_button.setEnabled(team)
        for widget in (self.move_button, self.show_button, self.restore_button, self.backups):
            widget.setEnabled(not team)  # a server's database is moved and backed up by its administrator
        if team:
            self.location.setText(service.shown_address)
            return
        self.location.setText(str(self.path()))
        try:
            from qtapp.ui.backups_dialog import SnapshotModel
        except ImportError:  # the backups list arrives with the hardening work
            return
        self.backups.setModel(SnapshotModel(snapshots.list_snapshots(self.path()), self.backups))

    def ask_move(self) -> None:
        target = MoveTarget.ask(self, self.path())
        if target is not None:
            move(self.main_window, target)
            self.refresh()

    def restore(self) -> None:
        self.main_window.action("actionRestoreBackup").trigger()
        self.refresh()
