"""Every action of the window shell, built in one place from one table.

Each QAction gets its objectName (the contract in DESIGN §6), a standard key where Qt has one, a theme
icon with a bundled fallback and a status tip. The window connects them; menus and toolbar only place
them, so the quotes package can add its own actions beside them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from qtapp.ui.icons import icon

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    tip: str
    keys: tuple[Key | str, ...] = ()
    icon: str = ""
    checkable: bool = False


SPECS = (
    Spec("actionOpen", "&Open…", "Open an article: text, Markdown or a saved web page", (Key.Open,),
         "document-open"),
    Spec("actionNewFromClipboard", "New from &Clipboard", "Read the text copied from a browser or "
         "document", ("Ctrl+Shift+V",), "edit-paste"),
    Spec("actionClearRecent", "&Clear Menu", "Forget the recently opened articles"),
    Spec("actionRestoreBackup", "Restore from &Backup…", "Put the library back as it was on an earlier "
         "day", icon="document-revert"),
    Spec("actionQuit", "&Quit", "Close QuoteClip", (Key.Quit,), "application-exit"),
    Spec("actionCopy", "&Copy", "Copy the selected text", (Key.Copy,), "edit-copy"),
    Spec("actionSelectAll", "Select &All", "Select the whole article", (Key.SelectAll,),
         "edit-select-all"),
    Spec("actionFind", "&Find…", "Find words in this article", (Key.Find,), "edit-find"),
    Spec("actionFindNext", "Find &Next", "Go to the next match", (Key.FindNext,), "go-down"),
    Spec("actionFindPrevious", "Find Pre&vious", "Go to the previous match", (Key.FindPrevious,),
         "go-up"),
    Spec("actionZoomIn", "&Larger Text", "Make the text larger", (Key.ZoomIn, "Ctrl+="), "zoom-in"),
    Spec("actionZoomReset", "&Reset Text Size", "Back to the default text size (16 px)", ("Ctrl+0",),
         "zoom-original"),
    Spec("actionZoomOut", "&Smaller Text", "Make the text smaller", (Key.ZoomOut,), "zoom-out"),
    Spec("actionThemeSystem", "&System", "Follow the desktop's colours", checkable=True),
    Spec("actionThemeLight", "&Light", "Dark text on a light page", checkable=True),
    Spec("actionThemeDark", "&Dark", "Light text on a dark page", checkable=True),
    Spec("actionThemeSepia", "S&epia", "Brown text on warm paper", checkable=True),
    Spec("actionAbout", "&About QuoteClip", "What QuoteClip is and which version this is",
         icon="help-about"),
    Spec("actionAboutQt", "About &Qt", "The Qt version QuoteClip runs on"),
)
THEME_ACTIONS = {"system": "actionThemeSystem", "light": "actionThemeLight", "dark": "actionThemeDark",
                 "sepia": "actionThemeSepia"}


def _shortcuts(keys: tuple[Key | str, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        sequences.extend(seq for seq in found if seq not in sequences)
    return sequences


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """All shell actions, parented to ``parent`` and keyed by objectName."""
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)
        action.setShortcuts(_shortcuts(spec.keys))
        action.setCheckable(spec.checkable)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        actions[spec.name] = action
    themes = QActionGroup(parent)
    themes.setObjectName("themeGroup")
    themes.setExclusive(True)
    for name in THEME_ACTIONS.values():
        themes.addAction(actions[name])
    return actions
