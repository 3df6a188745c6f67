"""The first-run hint: a slim bar over the reader that says how to save a quote, until the user has.

It shows on the seed article the first time QuoteClip starts and in every window after that until the
user closes it or saves a quote (either shows they know); then a settings flag keeps it away for good.
``--screenshot`` hides it without setting the flag, so README images show the reading layout only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qtapp.ui.accessibility import named
from qtapp.ui.icons import icon
from qtapp.ui.preferences_settings import Preferences

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow


class HintBar(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunHint")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # the window's tone: AA-checked text
        self.label = named(QLabel(self.tr("Select a passage and press Ctrl+Shift+S to save it as a quote"),
                                  self, wordWrap=True), "firstRunHintText")
        self.label.setAccessibleName(self.tr("Hint"))
        self.close_button = named(QToolButton(self, autoRaise=True), "firstRunHintClose")
        self.close_button.setIcon(icon("window-close"))
        self.close_button.setAccessibleName(self.tr("Dismiss the hint"))
        self.close_button.setToolTip(self.tr("Dismiss the hint; it will not come back"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def dismiss(self) -> None:
        if not self.isHidden():
            self.hide()
            self.dismissed.emit()


def install(window: MainWindow) -> HintBar:
    """Add the bar above the reader; show it unless the user already dismissed it."""
    prefs = Preferences(window.session.settings)
    central = window.centralWidget()
    assert central is not None
    bar = HintBar(central)
    layout = central.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(0, bar)
    bar.setVisible(not prefs.hint_dismissed)

    def remember() -> None:
        prefs.hint_dismissed = True
        window.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    bar.dismissed.connect(remember)
    # Saving a quote by any route (toolbar, menu, keys, context menu) says the hint has done its job.
    for name in ("actionSaveQuote", "actionSaveQuoteWithNote"):
        try:
            window.action(name).triggered.connect(bar.dismiss)
        except KeyError:
            pass  # no library: the hint stays until closed
    return bar
