"""Icons from the desktop theme, with a bundled SVG when the theme has none (Windows, macOS, CI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from qtapp import paths


@cache
def icon(name: str) -> QIcon:
    """The theme's ``name`` icon (freedesktop naming), else resources/icons/``name``.svg."""
    try:
        fallback = QIcon(str(paths.resource("icons", f"{name}.svg")))
    except FileNotFoundError:
        fallback = QIcon()
    return QIcon.fromTheme(name, fallback)


def app_icon() -> QIcon:
    return icon("quoteclip")
