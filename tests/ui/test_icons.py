"""Icons: the theme's when it has one, else the bundled SVG, so the window has icons everywhere."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from qtapp.ui import icons


def test_every_bundled_icon_is_there_whatever_the_theme(qtbot: QtBot) -> None:
    """Offscreen (as on CI, Windows, macOS) the desktop theme has none of them: the SVGs stand in."""
    icons.icon.cache_clear()
    try:
        assert QIcon.fromTheme("quoteclip").isNull()  # no theme knows the app's own icon
        found = icons.icon("edit-copy")
        assert not found.isNull()
        assert not found.pixmap(16, 16).isNull()
        assert not icons.app_icon().isNull()
    finally:
        icons.icon.cache_clear()


def test_an_icon_nobody_has_is_empty_not_an_error(qtbot: QtBot) -> None:
    icons.icon.cache_clear()
    try:
        assert icons.icon("no-such-icon-anywhere").isNull()
    finally:
        icons.icon.cache_clear()
