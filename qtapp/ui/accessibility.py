"""Accessibility for the whole window, in one place, run once every part of it exists.

- Tooltips name the shortcut, generated from each action's own shortcuts, so they cannot go stale.
- Every control has an accessible name and a tooltip (screen readers read the name; sighted keyboard
  users read the tooltip); toolbar buttons are named after their action.
- Tab goes reader → library search → quotes table → filters, and Tab leaves the reader (a read-only
  QTextBrowser would otherwise walk its links and keep the focus).
- The reader and the tables get a focus ring in the palette's highlight colour (so it follows the
  theme), because the reader has no frame of its own and a table's focus cue is faint.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRectF,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QMainWindow,
    QTextEdit,
    QToolButton,
    QWidget,
)

BASE_TIP = "quoteclipBaseTip"  # dynamic property: the tip before the shortcut was added
W = TypeVar("W", bound=QObject)


def named(obj: W, name: str) -> W:
    """``obj`` with its objectName set: the name tests and style rules find it by, in one expression."""
    obj.setObjectName(name)
    return obj


def tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def plain(text: str) -> str:
    """An action's text as read aloud: no accelerator ampersand, no ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


# Keys worth naming on their own; other single keys in Qt's standard bindings are dedicated keys
# ("Open", "Copy", "Zoom In", "Help") that few keyboards have and that only clutter a tooltip.
_PLAIN_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Insert, Qt.Key.Key_Escape,
               Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Home,
               Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def typable(sequence: QKeySequence) -> bool:
    if sequence.isEmpty():
        return False
    combination = sequence[0]  # type: ignore[index]  # PySide6 supports it; its stubs do not
    if combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return True
    key = combination.key()
    return Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value or key in _PLAIN_KEYS


def shortcuts(action: QAction) -> list[QKeySequence]:
    """The action's shortcuts a user can type on an ordinary keyboard, in the action's order."""
    return [k for k in action.shortcuts() if typable(k)]


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the user types them ("Ctrl+Shift+S", "Ctrl++ or Ctrl+=")."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts(action)]
    return QCoreApplication.translate("Accessibility", " or ").join(keys)


def tooltip_for(action: QAction) -> str:
    base = action.property(BASE_TIP)
    if not isinstance(base, str) or not base:
        base = action.statusTip() or plain(action.text())
        action.setProperty(BASE_TIP, base)
    keys = shortcut_text(action)
    return f"{base} ({keys})" if keys else base


def describe_actions(window: QWidget) -> list[QAction]:
    """Give every named action of the window a tooltip that ends with its shortcut."""
    named = [a for a in window.findChildren(QAction) if a.objectName() and not a.isSeparator()
             and not a.objectName().startswith(("_q_", "qt_"))]  # Qt's own (a line edit's clear button)
    for action in named:
        action.setToolTip(tooltip_for(action))
    return named


# objectName -> (accessible name, tooltip) for controls whose purpose a label does not already say.
CONTROLS = {
    "reader": (
        QT_TRANSLATE_NOOP("Accessibility", "Article"),
        QT_TRANSLATE_NOOP("Accessibility", "The article: select a passage with the mouse or Shift+arrows, "
                          "then press Ctrl+Shift+S to save it as a quote")),
    "librarySearch": (
        QT_TRANSLATE_NOOP("Accessibility", "Search the library"),
        QT_TRANSLATE_NOOP("Accessibility", "Search quotes, notes and tags as you type")),
    "libraryTable": (
        QT_TRANSLATE_NOOP("Accessibility", "Saved quotes"),
        QT_TRANSLATE_NOOP("Accessibility", "Your quotes: double-click goes to the passage, Del deletes, "
                          "F2 edits")),
    "findField": (
        QT_TRANSLATE_NOOP("Accessibility", "Find in article"),
        QT_TRANSLATE_NOOP("Accessibility", "Words to find: Enter for the next match, Shift+Enter for the "
                          "previous, Esc to close")),
}
DESCRIPTIONS = {
    "reader": QT_TRANSLATE_NOOP("Accessibility", "The article's text, laid out for reading. Saved quotes "
                                "are highlighted."),
}


def name_controls(window: QWidget) -> None:
    """Accessible names and tooltips for every control; named from their action or label if need be."""
    for widget in window.findChildren(QWidget):
        name, tip = CONTROLS.get(widget.objectName(), ("", ""))
        if name:
            widget.setAccessibleName(tr(str(name)))
            widget.setToolTip(tr(str(tip)))
        description = DESCRIPTIONS.get(widget.objectName())
        if description:
            widget.setAccessibleDescription(tr(str(description)))
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if action is not None:
            widget.setAccessibleName(plain(action.text()))
        if isinstance(widget, QAbstractButton) and not widget.accessibleName() and widget.text():
            widget.setAccessibleName(plain(widget.text()))
        if not widget.toolTip() and widget.accessibleName():
            widget.setToolTip(widget.accessibleName())


def set_tab_order(window: QMainWindow) -> None:
    """Reader, then the library's search field and table, then its filters."""
    reader = window.findChild(QTextEdit, "reader")
    if reader is not None:
        reader.setTabChangesFocus(True)
    chain: list[QWidget | None] = [reader, *[window.findChild(QWidget, name) for name in (
        "librarySearch", "libraryTable", "libraryScope", "libraryArticleFilter", "libraryWhoFilter",
        "libraryTagFilter", "libraryColorFilter")]]
    present = [w for w in chain if w is not None]
    for first, second in pairwise(present):
        QWidget.setTabOrder(first, second)


class FocusRing(QWidget):
    """A 2 px frame in the palette's highlight colour over a widget while it has the keyboard focus.

    Drawn by a see-through child rather than a stylesheet: a stylesheet on the window stops theme
    palettes reaching the reader. Painting reads the palette each time, so the ring follows the theme.
    """

    WIDTH = 2

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target = target
        target.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.setGeometry(self._target.rect())
            self.raise_()
            self.show()
        elif kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), self.WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))


def add_focus_rings(window: QMainWindow) -> list[FocusRing]:
    """The reader and the item views, whose own focus cue is faint or, for the frameless reader, none."""
    targets = [window.findChild(QWidget, "reader"), *window.findChildren(QAbstractItemView)]
    return [FocusRing(t) for t in targets if t is not None]


def install(window: QMainWindow) -> list[FocusRing]:
    """Run last in the window's constructor, when every action and control exists."""
    describe_actions(window)
    name_controls(window)
    set_tab_order(window)
    return add_focus_rings(window)
