"""Menus and toolbar of the window shell: they only place the actions built in ``actions.py``.

Other parts of the window (the quotes package) add their own actions to these menus and to the
toolbar afterwards, through ``MainWindow.menu(name)`` and ``MainWindow.toolbar``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from qtapp.ui.actions import THEME_ACTIONS

# Titles are marked for pyside6-lupdate in the "Menus" context and translated when the menus are built.
MENUS = (("file", QT_TRANSLATE_NOOP("Menus", "&File")), ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
         ("view", QT_TRANSLATE_NOOP("Menus", "&View")), ("help", QT_TRANSLATE_NOOP("Menus", "&Help")))



def build_menus(window: QMainWindow, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """File, Edit, View and Help, plus the Open Recent and Theme submenus; keyed by lower-case name."""
    bar = window.menuBar()
    menus = {key: bar.addMenu(QCoreApplication.translate("Menus", str(title))) for key, title in MENUS}
    for key, menu in menus.items():
        menu.setObjectName(f"menu{key.title()}")

    file = menus["file"]
    file.addAction(actions["actionOpen"])
    file.addAction(actions["actionOpenUrl"])
    menus["recent"] = file.addMenu(QCoreApplication.translate("Menus", "Open &Recent"))
    menus["recent"].setObjectName("menuRecent")
    file.addAction(actions["actionNewFromClipboard"])
    file.addSeparator()
    file.addAction(actions["actionQuit"])

    edit = menus["edit"]
    edit.addActions([actions["actionCopy"], actions["actionSelectAll"]])
    edit.addSeparator()
    edit.addActions([actions["actionFind"], actions["actionFindNext"], actions["actionFindPrevious"]])

    view = menus["view"]
    view.addActions([actions["actionZoomIn"], actions["actionZoomReset"], actions["actionZoomOut"]])
    view.addSeparator()
    menus["theme"] = view.addMenu(QCoreApplication.translate("Menus", "&Theme"))
    menus["theme"].setObjectName("menuTheme")
    menus["theme"].addActions([actions[name] for name in THEME_ACTIONS.values()])
    view.addSeparator()

    menus["help"].addAction(actions["actionKeyboardShortcuts"])
    menus["help"].addSeparator()
    menus["help"].addActions([actions["actionAbout"], actions["actionAboutQt"]])
    return menus


def build_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> tuple[QToolBar, QLabel]:
    """Open, paste, the "+ ↺ − 16 px" text-size control and Find; returns the toolbar and size label."""
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Main Toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setMovable(False)
    toolbar.addActions([actions["actionOpen"], actions["actionNewFromClipboard"]])
    toolbar.addSeparator()
    toolbar.addActions([actions["actionZoomIn"], actions["actionZoomReset"], actions["actionZoomOut"]])
    label = QLabel(toolbar)
    label.setObjectName("zoomLabel")
    label.setToolTip(QCoreApplication.translate("Menus", "Text size"))
    label.setAccessibleName(QCoreApplication.translate("Menus", "Text size"))
    label.setContentsMargins(4, 0, 8, 0)
    toolbar.addWidget(label)
    toolbar.addSeparator()
    toolbar.addAction(actions["actionFind"])
    window.addToolBar(toolbar)
    window.menu("view").addAction(toolbar.toggleViewAction())  # type: ignore[attr-defined]
    return toolbar, label
