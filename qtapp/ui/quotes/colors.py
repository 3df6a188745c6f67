"""Highlight colours that stay readable on light, dark and sepia pages.

A quote stores a colour *name*; the brush is computed from the reader's palette each time, with an
alpha chosen so the text colour of the theme keeps its WCAG AA contrast over the tint — also for a colour
the user picked in Preferences, which ``configure`` applies (names stay fixed: the library stores them).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QPalette

from qtapp.ui.contrast import tint_alpha

# Name -> hue of the tint. Names are what the library stores and what filters offer.
DEFAULT_COLORS: dict[str, str] = {
    "yellow": "#f5c400",
    "green": "#3fb950",
    "blue": "#4a90e2",
    "pink": "#e85aa8",
    "purple": "#9b6bdf",
    "orange": "#f08c2e",
}
COLORS: dict[str, str] = dict(DEFAULT_COLORS)
DEFAULT_COLOR = "yellow"


def configure(overrides: Mapping[str, str]) -> None:
    """Use the user's hue for each named colour; unknown names and invalid colours are ignored."""
    COLORS.clear()
    COLORS.update(DEFAULT_COLORS)
    for name, value in overrides.items():
        if name in DEFAULT_COLORS and QColor(value).isValid():
            COLORS[name] = QColor(value).name()


def color_names() -> list[str]:
    return list(COLORS)


def is_dark(palette: QPalette) -> bool:
    """A theme is dark when its page is darker than its text."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < palette.color(
        QPalette.ColorRole.Text).lightnessF()


def highlight_color(name: str | None, palette: QPalette) -> QColor:
    """The tint for a quote colour: see-through, lighter alpha on a dark page so light text stays legible."""
    color = QColor(COLORS.get(name or DEFAULT_COLOR, name or COLORS[DEFAULT_COLOR]))
    if not color.isValid():
        color = QColor(COLORS[DEFAULT_COLOR])
    wanted = 85 if is_dark(palette) else 110
    # A strong hue the user picked may need a lighter wash for the text to stay readable over it.
    color.setAlpha(tint_alpha(color, palette.color(QPalette.ColorRole.Text),
                              palette.color(QPalette.ColorRole.Base), wanted))
    return color


def swatch(name: str | None) -> QColor:
    """The opaque colour, for the little square in the table and the colour menu."""
    color = QColor(COLORS.get(name or DEFAULT_COLOR, name or ""))
    return color if color.isValid() else QColor(COLORS[DEFAULT_COLOR])
