"""Edit ▸ Copy to Team Library / Copy to My Library: the selected quotes, with their articles, into the
other library (``library/copying.py``: duplicates merged, all or nothing); the status bar says what was
copied. The team library is the one this window last had open, else the one the Team Library dialog
names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from qtapp.ui.actions import Spec, make_action

if TYPE_CHECKING:
    from qtapp.ui.quotes.dock import LibraryDock
    from qtapp.ui.quotes.service import QuoteLibrary
    from qtapp.ui.quotes.window import QuoteWindow


class LibraryCopier(QObject):
    def __init__(self, window: QuoteWindow, library: QuoteLibrary, dock: LibraryDock) -> None:
        super().__init__(window.window())
        self.window, self.library, self.dock = window, library, dock
        self.to_team = make_action(window.window(), Spec(
            "actionCopyToTeam", QT_TRANSLATE_NOOP("LibraryCopier", "Copy to &Team Library"),
            QT_TRANSLATE_NOOP("LibraryCopier", "Copy the selected quotes, with their articles, into the team "
                                               "library"), context="LibraryCopier"))
        self.to_mine = make_action(window.window(), Spec(
            "actionCopyToMine", QT_TRANSLATE_NOOP("LibraryCopier", "Copy to &My Library"),
            QT_TRANSLATE_NOOP("LibraryCopier", "Copy the selected quotes, with their articles, into your own "
                                               "library"), context="LibraryCopier"))
        self.to_team.triggered.connect(self.copy_to_team)
        self.to_mine.triggered.connect(lambda: self.copy(None))
        dock.table.selectionModel().selectionChanged.connect(self.update_enabled)
        dock.model.modelReset.connect(self.update_enabled)
        library.switched.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self, *_: object) -> None:
        """One of the two, by which library is open; enabled with a selection to copy."""
        team = self.library.is_team
        self.to_team.setVisible(not team)
        self.to_mine.setVisible(team)
        selected = bool(self.dock.table.selectionModel().selectedRows())
        self.to_team.setEnabled(selected and self.library.available)
        self.to_mine.setEnabled(selected and self.library.available)

    def copy_to_team(self) -> bool:
        address = self.library.last_team_address
        if address is None:
            from qtapp.ui.team_dialog import TeamLibraryDialog

            address = TeamLibraryDialog.ask(self.window.window())
            if address is None:
                return False
            self.library.last_team_address = address
        return self.copy(address)

    def copy(self, address: str | None) -> bool:
        ids = self.dock.selected_ids()
        if not ids:
            return False
        result = self.library.copy_to(ids, address)
        if result is None:
            return False
        where = self.tr("the team library") if address is not None else self.tr("your library")
        message = self.tr("Copied to {where}: {added} quotes and {articles} articles added; {present} were "
                          "there already").format(where=where, added=result.quotes_added,
                                                 articles=result.articles_added, present=result.quotes_present)
        self.window.statusBar().showMessage(message, 10000)
        return True
