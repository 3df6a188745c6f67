"""Edit → Preferences (Ctrl+,): reading, citations, highlights and the library, applied as they change.

The dialog is non-modal and has no OK/Apply: each page writes its setting and updates every open
window at once, so what the user sees is what is saved. ``install`` also applies the saved reading
font and highlight colours to a new window, which is how "a new window sees the value" holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout

from qtapp.ui.accessibility import name_controls, named
from qtapp.ui.preferences_settings import Preferences
from qtapp.ui.quotes import colors

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow


class PreferencesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QTabWidget

        from qtapp.ui.preferences_highlights import HighlightsPage
        from qtapp.ui.preferences_library import LibraryPage
        from qtapp.ui.preferences_reading import CitationPage, ReadingPage

        super().__init__(window.window())
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = named(QTabWidget(self), "preferencesTabs")
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.tabs.setToolTip(self.tr("Ctrl+Tab and Ctrl+Shift+Tab switch pages"))
        self.reading = ReadingPage(window, self)
        self.citations = CitationPage(window.session.settings, self)
        self.highlights = HighlightsPage(window.session.settings, self)
        self.library = LibraryPage(window, self)
        for page, title in ((self.reading, self.tr("&Reading")), (self.citations, self.tr("&Citations")),
                            (self.highlights, self.tr("&Highlights")), (self.library, self.tr("&Library"))):
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(600, 520)
        name_controls(self)  # embedded widgets (the style picker) get a tooltip from their name

    def done(self, result: int) -> None:
        self.reading.prefs.settings.sync()  # written as they changed; flushed for other processes now
        super().done(result)

    @classmethod
    def show_for(cls, window: MainWindow) -> PreferencesDialog:
        """Show the window's Preferences (raising it if it is already open)."""
        existing = window.window().findChild(PreferencesDialog, "preferencesDialog")
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        from qtapp.ui.dialogs import show_modeless

        return show_modeless(cls(window))


def install(window: MainWindow) -> None:
    """Edit → Preferences…, and the saved font and colours applied to this new window."""
    prefs = Preferences(window.session.settings)
    colors.configure(prefs.highlight_colours)
    window.reader.set_font_family(prefs.font_family)
    action = window.action("actionPreferences")
    edit = window.menu("edit")
    edit.addSeparator()
    edit.addAction(action)
    action.triggered.connect(lambda: PreferencesDialog.show_for(window))
