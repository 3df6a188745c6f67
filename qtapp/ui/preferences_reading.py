"""Preferences → Reading and Citations: theme, text size, reading font, default citation style.

Every control applies at once to every open window and is written to the settings as it changes, so
there is no OK/Apply to forget and a new window starts the way the user left things.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qtapp.ui.accessibility import named
from qtapp.ui.preferences_settings import Preferences
from qtapp.ui.reader_style import MAX_PX, MIN_PX, SERIF, STEP_PX

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow

CITATION_KEY = "citation/style"  # shared with Copy Citation (qtapp/ui/quotes/citation_clipboard.py)
DEFAULT_STYLE = "apa"


def main_windows() -> Iterator[Any]:
    """Every open reader window: a preference applies to all of them."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and hasattr(widget, "view_controls"):
            yield widget


def for_each_window(fn: Callable[[Any], None]) -> None:
    for window in main_windows():
        fn(window)


def default_family() -> str:
    """The font the built-in serif stack resolves to on this system."""
    font = QFont()
    font.setFamilies(SERIF)
    return QFontInfo(font).family()


class ReadingPage(QWidget):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPage")
        self.main_window, self.prefs = window, Preferences(window.session.settings)
        self.theme = named(QComboBox(self), "preferencesTheme")
        for name, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark")), ("sepia", self.tr("Sepia"))):
            self.theme.addItem(label, name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(window.view_controls.theme)))
        self.size_box = named(QSpinBox(self, minimum=MIN_PX, maximum=MAX_PX,
                                   singleStep=STEP_PX, suffix=self.tr(" px")), "preferencesTextSize")
        self.size_box.setValue(window.reader.font_px)
        self.font_box = named(QFontComboBox(self), "preferencesFont")
        self.font_box.setCurrentFont(QFont(self.prefs.font_family or default_family()))
        self.reset_font = named(QPushButton(self.tr("&Default Font"), self), "preferencesFontReset")
        self.reset_font.setEnabled(bool(self.prefs.font_family))
        for widget, name, tip in (
                (self.theme, self.tr("Theme"), self.tr("The reading theme; View → Theme does the same")),
                (self.size_box, self.tr("Text size"), self.tr("Body text size in pixels (Ctrl++ and Ctrl+-)")),
                (self.font_box, self.tr("Reading font"), self.tr("The font of the article's text")),
                (self.reset_font, self.tr("Default font"), self.tr("Back to the built-in serif font"))):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_box, 1)
        font_row.addWidget(self.reset_font)
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Text &size:"), self.size_box)
        font_label = QLabel(self.tr("Reading &font:"), self)
        font_label.setBuddy(self.font_box)  # a row of two widgets gets no buddy from addRow
        form.addRow(font_label, font_row)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.size_box.valueChanged.connect(lambda px: for_each_window(lambda w: w.view_controls.set_font_px(px)))
        self.font_box.currentFontChanged.connect(lambda font: self.set_family(font.family()))
        self.reset_font.clicked.connect(lambda: self.set_family(""))

    def _theme_changed(self) -> None:
        name = self.theme.currentData()
        for_each_window(lambda w: w.view_controls.set_theme(name))

    def set_family(self, family: str) -> None:
        """Use ``family`` for reading ("" = the built-in stack) in every window, and remember it."""
        self.prefs.font_family = family
        for_each_window(lambda w: w.reader.set_font_family(family))
        self.reset_font.setEnabled(bool(family))
        if not family:
            self.font_box.blockSignals(True)
            self.font_box.setCurrentFont(QFont(default_family()))
            self.font_box.blockSignals(False)


class CitationPage(QWidget):
    """The default style for Copy Citation: the searchable picker, or a short list until it exists."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citationPage")
        self.settings = settings
        value = settings.value(CITATION_KEY, DEFAULT_STYLE)
        current = value if isinstance(value, str) and value else DEFAULT_STYLE
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Default citation style for Copy Citation:"), self))
        try:
            from qtapp.ui.quotes.style_picker import StylePicker
        except ImportError:
            StylePicker = None  # type: ignore[assignment,misc]
        if StylePicker is not None:
            self.picker: QWidget = StylePicker(self, current=current)
            self.picker.currentStyleChanged.connect(self.set_style)
        else:
            combo = QComboBox(self)
            combo.addItems(["apa", "mla", "chicago", "chicago-author-date"])
            combo.setCurrentText(current)
            combo.currentTextChanged.connect(self.set_style)
            self.picker = combo
        self.picker.setObjectName("preferencesCitationStyle")
        self.picker.setAccessibleName(self.tr("Default citation style"))
        self.picker.setToolTip(self.tr("Type to search some ten thousand CSL styles"))
        layout.addWidget(self.picker, 1)

    def set_style(self, style: str) -> None:
        if style:
            self.settings.setValue(CITATION_KEY, style)
