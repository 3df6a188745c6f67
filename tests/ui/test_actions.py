"""The one action factory and the one context-menu builder (``qtapp/ui/actions.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from qtapp.ui.actions import SPECS, THEME_ACTIONS, Spec, build_actions, context_menu, make_action


def test_an_action_is_built_whole_from_its_spec(qapp: object) -> None:
    parent = QObject()
    spec = Spec("actionTry", "&Try", "Try it once", (QKeySequence.StandardKey.Copy, "Ctrl+Alt+T"), checkable=True)
    action = make_action(parent, spec)
    assert (action.objectName(), action.text(), action.statusTip(), action.toolTip()) == (
        "actionTry", "&Try", "Try it once", "Try it once")
    shortcuts = [key.toString() for key in action.shortcuts()]
    assert shortcuts[0] == "Ctrl+C" and shortcuts[-1] == "Ctrl+Alt+T" and len(set(shortcuts)) == len(shortcuts)
    assert action.isCheckable() and action.parent() is parent


def test_the_shell_actions_are_unique_and_the_themes_exclusive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = build_actions(widget)
    assert list(actions) == [spec.name for spec in SPECS] and len(set(actions)) == len(SPECS)
    themes = [actions[name] for name in THEME_ACTIONS.values()]
    themes[0].setChecked(True)
    themes[1].setChecked(True)
    assert [action.isChecked() for action in themes] == [False, True, False, False]


def test_a_context_menu_keeps_the_order_and_the_separators(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    first, second = QAction("One", widget), QAction("Two", widget)
    menu = context_menu(widget, [first, None, second])
    shown = menu.actions()
    assert shown[0] is first and shown[1].isSeparator() and shown[2] is second and len(shown) == 3
    assert menu.parent() is widget
