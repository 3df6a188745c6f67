"""Every action of the window shell, built in one place from one table.

Each QAction gets its objectName (the contract in DESIGN §6), a standard key where Qt has one, a theme
icon with a bundled fallback and a status tip. The window connects them; menus and toolbar only place
them, so the quotes package can add its own actions beside them — made by the same ``make_action``
from the same ``Spec``, its texts marked in its own translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from qtapp.ui.icons import icon

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    name: str
    text: object  # a QT_TRANSLATE_NOOP marker: the English text, translated when the action is built
    tip: object
    keys: tuple[Key | str | QKeySequence, ...] = ()  # a standard key brings every binding it has here
    icon: str = ""
    checkable: bool = False
    context: str = "Actions"  # the translation context ``text`` and ``tip`` are marked in


# Texts are marked for pyside6-lupdate in the "Actions" context and translated when the actions are built.
SPECS = (
    Spec("actionOpen",
         QT_TRANSLATE_NOOP("Actions", "&Open…"),
         QT_TRANSLATE_NOOP("Actions", "Open an article: text, Markdown or a saved web page"),
         (Key.Open,), "document-open"),
    Spec("actionOpenUrl",
         QT_TRANSLATE_NOOP("Actions", "Open &URL…"),
         QT_TRANSLATE_NOOP("Actions", "Fetch a web page by its address and read it"),
         ("Ctrl+L",), "applications-internet"),
    Spec("actionNewFromClipboard",
         QT_TRANSLATE_NOOP("Actions", "New from &Clipboard"),
         QT_TRANSLATE_NOOP("Actions", "Read the text copied from a browser or document"),
         ("Ctrl+Shift+V",), "edit-paste"),
    Spec("actionClearRecent",
         QT_TRANSLATE_NOOP("Actions", "&Clear Menu"),
         QT_TRANSLATE_NOOP("Actions", "Forget the recently opened articles")),
    Spec("actionRestoreBackup",
         QT_TRANSLATE_NOOP("Actions", "Restore from &Backup…"),
         QT_TRANSLATE_NOOP("Actions", "Put the library back as it was on an earlier day"),
         icon="document-revert"),
    Spec("actionQuit",
         QT_TRANSLATE_NOOP("Actions", "&Quit"),
         QT_TRANSLATE_NOOP("Actions", "Close QuoteClip"),
         (Key.Quit,), "application-exit"),
    Spec("actionCopy",
         QT_TRANSLATE_NOOP("Actions", "&Copy"),
         QT_TRANSLATE_NOOP("Actions", "Copy the selected text"),
         (Key.Copy,), "edit-copy"),
    Spec("actionSelectAll",
         QT_TRANSLATE_NOOP("Actions", "Select &All"),
         QT_TRANSLATE_NOOP("Actions", "Select the whole article"),
         (Key.SelectAll,), "edit-select-all"),
    Spec("actionFind",
         QT_TRANSLATE_NOOP("Actions", "&Find…"),
         QT_TRANSLATE_NOOP("Actions", "Find words in this article"),
         (Key.Find,), "edit-find"),
    Spec("actionFindNext",
         QT_TRANSLATE_NOOP("Actions", "Find &Next"),
         QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
         (Key.FindNext,), "go-down"),
    Spec("actionFindPrevious",
         QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
         QT_TRANSLATE_NOOP("Actions", "Go to the previous match"),
         (Key.FindPrevious,), "go-up"),
    # Linux desktops define no standard key for Preferences: Ctrl+, is what other apps use there.
    Spec("actionPreferences",
         QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
         QT_TRANSLATE_NOOP("Actions", "Theme, text and font, citation style, highlight colours, library"),
         (Key.Preferences, "Ctrl+,"), "preferences-system"),
    Spec("actionZoomIn",
         QT_TRANSLATE_NOOP("Actions", "&Larger Text"),
         QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
         (Key.ZoomIn, "Ctrl+="), "zoom-in"),
    Spec("actionZoomReset",
         QT_TRANSLATE_NOOP("Actions", "&Reset Text Size"),
         QT_TRANSLATE_NOOP("Actions", "Back to the default text size (16 px)"),
         ("Ctrl+0",), "zoom-original"),
    Spec("actionZoomOut",
         QT_TRANSLATE_NOOP("Actions", "&Smaller Text"),
         QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
         (Key.ZoomOut,), "zoom-out"),
    Spec("actionThemeSystem",
         QT_TRANSLATE_NOOP("Actions", "&System"),
         QT_TRANSLATE_NOOP("Actions", "Follow the desktop's colours"),
         checkable=True),
    Spec("actionThemeLight",
         QT_TRANSLATE_NOOP("Actions", "&Light"),
         QT_TRANSLATE_NOOP("Actions", "Dark text on a light page"),
         checkable=True),
    Spec("actionThemeDark",
         QT_TRANSLATE_NOOP("Actions", "&Dark"),
         QT_TRANSLATE_NOOP("Actions", "Light text on a dark page"),
         checkable=True),
    Spec("actionThemeSepia",
         QT_TRANSLATE_NOOP("Actions", "S&epia"),
         QT_TRANSLATE_NOOP("Actions", "Brown text on warm paper"),
         checkable=True),
    Spec("actionKeyboardShortcuts",
         QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
         QT_TRANSLATE_NOOP("Actions", "Every shortcut of the window, in one list"),
         (Key.HelpContents,), "preferences-desktop-keyboard-shortcuts"),
    Spec("actionAbout",
         QT_TRANSLATE_NOOP("Actions", "&About QuoteClip"),
         QT_TRANSLATE_NOOP("Actions", "Version, licences and where the library lives"),
         icon="help-about"),
    Spec("actionAboutQt",
         QT_TRANSLATE_NOOP("Actions", "About &Qt"),
         QT_TRANSLATE_NOOP("Actions", "The Qt version QuoteClip runs on")),
)
THEME_ACTIONS = {"system": "actionThemeSystem", "light": "actionThemeLight", "dark": "actionThemeDark",
                 "sepia": "actionThemeSepia"}


def _shortcuts(keys: tuple[Key | str | QKeySequence, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        sequences.extend(seq for seq in found if seq not in sequences)
    return sequences


def make_action(parent: QObject, spec: Spec) -> QAction:
    """The one action factory: objectName, translated text, status tip (also the tooltip; accessibility.py
    adds the shortcut once every action exists), shortcuts, icon and whether it is checkable."""
    tip = QCoreApplication.translate(spec.context, str(spec.tip))
    action = QAction(QCoreApplication.translate(spec.context, str(spec.text)), parent)
    action.setObjectName(spec.name)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setShortcuts(_shortcuts(spec.keys))
    action.setCheckable(spec.checkable)
    if spec.icon:
        action.setIcon(icon(spec.icon))
    return action


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """All shell actions, parented to ``parent`` and keyed by objectName."""
    actions: dict[str, QAction] = {spec.name: make_action(parent, spec) for spec in SPECS}
    themes = QActionGroup(parent)
    themes.setObjectName("themeGroup")
    themes.setExclusive(True)
    for name in THEME_ACTIONS.values():
        themes.addAction(actions[name])
    return actions


def context_menu(parent: QWidget, actions: Sequence[QAction | None]) -> QMenu:
    """The one builder of context menus (reader and library table): ``None`` is a separator. Built in
    a plain call so tests inspect it; shown with ``popup()`` by the caller, deleted when it closes."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu
