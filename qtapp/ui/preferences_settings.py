"""The settings Preferences, the hint bar and the reader share, typed, on the window's QSettings file.

Kept beside ``session.py`` rather than in it so the window's own session code stays small; the keys
live in the same INI file, so a new window sees what the last one chose.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from qtapp.ui.quotes.colors import DEFAULT_COLORS

FONT_KEY = "reader/font_family"
COLOUR_KEY = "highlight/"  # + colour name
HINT_KEY = "hints/save_quote_dismissed"


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @property
    def font_family(self) -> str:
        """The reading font the user chose, or "" for the built-in serif stack."""
        value = self.settings.value(FONT_KEY, "")
        return value.strip() if isinstance(value, str) else ""

    @font_family.setter
    def font_family(self, family: str) -> None:
        self.settings.setValue(FONT_KEY, family.strip())

    @property
    def highlight_colours(self) -> dict[str, str]:
        """The user's hue for each highlight colour name that they changed."""
        chosen = {}
        for name in DEFAULT_COLORS:
            value = self.settings.value(COLOUR_KEY + name)
            if isinstance(value, str) and QColor(value).isValid():
                chosen[name] = QColor(value).name()
        return chosen

    def set_highlight_colour(self, name: str, colour: str | None) -> None:
        """Set one colour; None (or the default) forgets the choice."""
        if colour is None or QColor(colour).name() == DEFAULT_COLORS.get(name):
            self.settings.remove(COLOUR_KEY + name)
        else:
            self.settings.setValue(COLOUR_KEY + name, QColor(colour).name())

    @property
    def hint_dismissed(self) -> bool:
        return str(self.settings.value(HINT_KEY, "false")).lower() in ("true", "1")

    @hint_dismissed.setter
    def hint_dismissed(self, value: bool) -> None:
        self.settings.setValue(HINT_KEY, bool(value))
        self.settings.sync()  # a second window opened now must not show it again
