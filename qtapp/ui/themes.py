"""Reading themes as palettes: light, dark and sepia, or the desktop's own ("system").

A theme is only a QPalette set on the window; the reader derives every colour from its palette, so
switching theme and the desktop switching to dark mode go through the same code path.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# (window, base, text, highlight, link, muted) for each theme. Every pair the window draws meets WCAG AA
# (tests/ui/test_contrast.py): dark's highlight is deep enough for white selected text, sepia's muted
# (placeholder) text dark enough to read on its paper.
_COLOURS = {
    "light": ("#eef0f2", "#fdfdfc", "#1d1f23", "#2f6db3", "#1f5fa6", "#6b7078"),
    "dark": ("#23252a", "#1b1c20", "#dcdde0", "#3d73b8", "#86b4ee", "#8d929b"),
    "sepia": ("#e9dfc8", "#f5ecd7", "#4a3a2a", "#9a6b3f", "#8a4f1d", "#735f4a"),
}


def palette_for(name: str) -> QPalette | None:
    """The palette for a theme, or None for "system" (use the application's palette)."""
    if name not in _COLOURS:
        return None
    window, base, text, highlight, link, muted = (QColor(c) for c in _COLOURS[name])
    role = QPalette.ColorRole
    palette = QPalette(window)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, colour in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                          (role.AlternateBase, window), (role.Text, text), (role.Button, window),
                          (role.ButtonText, text), (role.Highlight, highlight),
                          (role.HighlightedText, QColor("#ffffff")), (role.Link, link),
                          (role.LinkVisited, link), (role.PlaceholderText, muted),
                          (role.ToolTipBase, base), (role.ToolTipText, text), (role.BrightText, base)):
            palette.setColor(group, r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, muted)
    return palette
