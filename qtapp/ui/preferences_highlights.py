"""Preferences → Highlights: the hue behind each highlight colour name.

Quotes store the *name* ("yellow"), so renaming is not offered — a changed hue recolours every quote of
that name at once, in every window, and the tint is still washed until the text on it meets WCAG AA.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qtapp.ui.accessibility import named
from qtapp.ui.preferences_reading import for_each_window
from qtapp.ui.preferences_settings import Preferences
from qtapp.ui.quotes import colors

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow


def swatch_icon(colour: str, size: int = 20) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def recolour(window: MainWindow) -> None:
    """Redraw a window's highlights and colour squares after the colours changed."""
    quotes = getattr(window, "quotes", None)
    if quotes is not None:
        quotes.highlights.highlighter.redraw()
        quotes.dock.table.viewport().update()


class ColourDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, current: str, name: str) -> str | None:
        """The new hue for ``name``, or None on Cancel; tests monkeypatch this."""
        title = QCoreApplication.translate("HighlightsPage", "Colour for “%1”").replace("%1", name) if parent else name
        chosen = QColorDialog.getColor(QColor(current), parent, title)
        return chosen.name() if chosen.isValid() else None


class HighlightsPage(QWidget):
    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightsPage")
        self.prefs = Preferences(settings)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for row, name in enumerate(colors.DEFAULT_COLORS):
            label = QLabel(self.tr(name.capitalize()), self)
            button = named(QPushButton(self), f"highlightColour_{name}")
            button.setAccessibleName(self.tr("Colour for %1 highlights").replace("%1", name))
            button.setToolTip(self.tr("Choose the hue of “%1” highlights").replace("%1", name))
            button.clicked.connect(lambda _=False, n=name: self.choose(n))
            label.setBuddy(button)
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.buttons[name] = button
        self.reset = named(QPushButton(self.tr("&Reset Colours"), self), "highlightColoursReset")
        self.reset.setToolTip(self.tr("Back to QuoteClip's own highlight colours"))
        self.reset.clicked.connect(self.reset_all)
        note = QLabel(self.tr("Quotes keep the colour's name; changing its hue recolours them all. Tints "
                              "are made light enough for the text on them to stay readable."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.reset)
        layout.addStretch(1)
        self._show()

    def _show(self) -> None:
        for name, button in self.buttons.items():
            button.setIcon(swatch_icon(colors.COLORS[name]))
            button.setText(colors.COLORS[name])
        self.reset.setEnabled(bool(self.prefs.highlight_colours))

    def set_colour(self, name: str, colour: str | None) -> None:
        self.prefs.set_highlight_colour(name, colour)
        colors.configure(self.prefs.highlight_colours)
        for_each_window(recolour)
        self._show()

    def choose(self, name: str) -> None:
        chosen = ColourDialog.ask(self, colors.COLORS[name], name)
        if chosen is not None:
            self.set_colour(name, chosen)

    def reset_all(self) -> None:
        for name in colors.DEFAULT_COLORS:
            self.prefs.set_highlight_colour(name, None)
        self.set_colour(next(iter(colors.DEFAULT_COLORS)), None)
