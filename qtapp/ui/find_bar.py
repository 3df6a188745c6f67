"""An inline find bar under the reader: type to search, Enter / Shift+Enter to move, Esc to close.

While the bar is open every match is tinted in the reader highlighter's "find" layer, drawn over the
saved quotes' tints; the current match is the reader's selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from qtapp.ui.accessibility import named
from qtapp.ui.highlighter import Span
from qtapp.ui.icons import icon
from qtapp.ui.reader import ReaderView

LAYER = "find"
MAX_TINTED = 2000  # matches tinted at most: past that the count says enough, and each tint costs a cursor


def match_format(_: str | None, palette: QPalette) -> QTextCharFormat:
    """A match's tint: the palette's selection colour, light enough to read through and to tell the
    current match (the selection itself) apart."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(90)
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    return fmt


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.reader = reader
        self.field = named(QLineEdit(self, placeholderText=self.tr("Find in article"), clearButtonEnabled=True),
                           "findField")
        self.field.setAccessibleName(self.tr("Find in article"))
        self.count = named(QLabel(self), "findCount")
        self.count.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for name, tip, slot in (("go-up", self.tr("Previous match (Shift+Enter)"), self.find_previous),
                                ("go-down", self.tr("Next match (Enter)"), self.find_next),
                                ("window-close", self.tr("Close the find bar (Esc)"), self.close_bar)):
            button = QToolButton(self, autoRaise=True)
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.field.textEdited.connect(self._search_from_selection_start)
        self.field.returnPressed.connect(self.find_next)
        self.field.installEventFilter(self)
        reader.highlighter.add_layer(LAYER, match_format, priority=1)
        self.hide()

    def open(self) -> None:
        """Show and focus the bar, seeded with the reader's selected text when there is some."""
        selected = self.reader.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._update_count()

    def close_bar(self) -> None:
        self.hide()
        self.reader.highlighter.set_spans(LAYER, [])
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def find_next_or_open(self) -> None:
        """F3 when nothing matches (or nothing was searched yet) opens the bar to type a search."""
        if not self.find_next():
            self.open()

    def find_previous_or_open(self) -> None:
        if not self.find_previous():
            self.open()

    def matches(self) -> list[QTextCursor]:
        """Every match in the document, case-insensitively, in order."""
        needle, document = self.field.text(), self.reader.document()
        found: list[QTextCursor] = []
        if not needle:
            return found
        cursor = document.find(needle, 0)
        while not cursor.isNull():
            found.append(cursor)
            cursor = document.find(needle, cursor)
        return found

    def _find(self, flags: QTextDocument.FindFlag, start: QTextCursor | None = None) -> bool:
        needle, document = self.field.text(), self.reader.document()
        if not needle:
            self._update_count()
            return False
        cursor = document.find(needle, start or self.reader.textCursor(), flags)
        if cursor.isNull():  # wrap around
            edge = QTextCursor(document)
            if flags & QTextDocument.FindFlag.FindBackward:
                edge.movePosition(QTextCursor.MoveOperation.End)
            cursor = document.find(needle, edge, flags)
        if not cursor.isNull():
            self.reader.reveal(cursor)
        self._update_count()
        return not cursor.isNull()

    def _search_from_selection_start(self) -> None:
        start = QTextCursor(self.reader.document())
        start.setPosition(self.reader.textCursor().selectionStart())
        self._find(QTextDocument.FindFlag(0), start)

    def _update_count(self) -> None:
        matches = self.matches()
        self.reader.highlighter.set_spans(LAYER, [Span(m.selectionStart(), m.selectionEnd(), None, number)
                                                  for number, m in enumerate(matches[:MAX_TINTED])])
        current = self.reader.textCursor()
        if not self.field.text():
            self.count.setText("")
        elif not matches:
            self.count.setText(self.tr("No matches"))
        else:
            index = next((i for i, m in enumerate(matches)
                          if m.selectionStart() == current.selectionStart()
                          and m.selectionEnd() == current.selectionEnd()), None)
            self.count.setText(self.tr("{current} of {total}").format(current=index + 1, total=len(matches))
                               if index is not None
                               else self.tr("{total} matches").format(total=len(matches)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc closes; Shift+Enter goes back (QLineEdit would report it as a plain Return)."""
        if watched is self.field and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
                return True
        return super().eventFilter(watched, event)
