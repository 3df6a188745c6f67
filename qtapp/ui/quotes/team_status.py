"""Which library the window has open, in its status bar, and what happens when a team library's server
goes away and comes back.

A team library is named with its address, password removed. When the server goes away the user is told
so with that address and libpq's reason, and offered their own library instead; nothing half-written
stays behind (each save is one transaction: it committed, or it said it did not). When the server is
back the window catches up by itself (the listener reconnects, the views re-read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from qtapp.ui import headless
from qtapp.ui.accessibility import named

if TYPE_CHECKING:
    from qtapp.ui.quotes.service import QuoteLibrary
    from qtapp.ui.quotes.window import QuoteWindow


class OfferPersonal:
    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> bool:
        """The server is away: open the personal library instead? Tests monkeypatch this."""
        if headless.intercept(message):
            return False
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("TeamStatus", "Team library away"),
                          message, QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(QCoreApplication.translate(
            "TeamStatus", "This window reconnects by itself when the server is back."))
        mine = box.addButton(QCoreApplication.translate("TeamStatus", "Open My Library"),
                             QMessageBox.ButtonRole.AcceptRole)
        wait = box.addButton(QCoreApplication.translate("TeamStatus", "Wait for the Server"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.exec()
        return box.clickedButton() is mine


class TeamStatus(QObject):
    """The permanent "Team library: ADDRESS" label, and the away/back messages."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary) -> None:
        super().__init__(window.window())
        self.window, self.library = window, library
        self.label = named(QLabel(), "libraryName")
        self.label.setAccessibleName(self.tr("Open library"))
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        library.serverLost.connect(self.lost)
        library.serverBack.connect(self.back)
        self.refresh()

    def refresh(self) -> None:
        """Name the team library (password removed); a personal library needs no name in the bar."""
        if not self.library.is_team:
            self.label.hide()
            return
        text = self.tr("Connecting to {address}…") if self.library.connecting else self.tr("Team library: {address}")
        self.label.setText(text.format(address=self.library.shown_address))
        self.label.setToolTip(self.tr("Quotes saved here are shared with the team; Preferences ▸ Library "
                                      "switches to My Library"))
        self.label.show()

    def lost(self, message: str) -> None:
        self.label.setText(self.tr("Team library away: {address}").format(address=self.library.shown_address))
        self.window.statusBar().showMessage(message, 15000)
        if OfferPersonal.ask(self.window.window(), message):
            self.library.switch_to(None)

    def back(self) -> None:
        self.refresh()
        self.window.statusBar().showMessage(
            self.tr("Reconnected to {address}").format(address=self.library.shown_address), 8000)
