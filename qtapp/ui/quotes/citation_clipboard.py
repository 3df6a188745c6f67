"""Copy Citation: the current quote and its citation onto the clipboard, as rich text and plain text.

"The current quote" is what the user is looking at: the highlight under the reader's caret while the
reader has focus, else the selected row of the library, else the highlight under the caret. The
citation itself comes from the core (``qtapp.library.citation.cite``); this module only picks the
quote and the style and puts both renderings in one ``QMimeData`` so a word processor takes the
italics and a plain-text editor the same words without markup.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QMenu

from qtapp.errors import UserError
from qtapp.ui.actions import Spec, make_action
from qtapp.ui.quotes.dock import LibraryDock
from qtapp.ui.quotes.highlights import ArticleHighlights
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.reader import ReaderView
from qtapp.ui.session import Session

if TYPE_CHECKING:
    from qtapp.library.citation import Citation
    from qtapp.ui.quotes.window import QuoteWindow

# qtapp.library.citation (citeproc, lxml) is imported on first use, not when the window starts.

# The styles a researcher asks for by name, in menu order: (alias cite() takes, menu text).
COMMON_STYLES = (("apa", "&APA"), ("mla", "&MLA"), ("chicago", "&Chicago (notes)"),
                 ("chicago-author-date", "Chicago &author-date"))


def style_key(style: str) -> str:
    """A style's id with our aliases followed; cheap (no style list is read), for menus and labels."""
    from qtapp.library.citation.styles import ALIASES

    key = style.strip().lower()
    return ALIASES.get(key, key)


@functools.cache
def _labels() -> dict[str, str]:
    return {style_key(alias): text.replace("&", "") for alias, text in COMMON_STYLES}


def style_label(style: str) -> str:
    """What the status bar calls a style: "APA", "Chicago (notes)", else its CSL id."""
    return _labels().get(style_key(style), style_key(style))


def citation_mime(citation: Citation) -> QMimeData:
    """Both renderings in one clipboard item: ``text/html`` keeps the italics, ``text/plain`` has none."""
    mime = QMimeData()
    mime.setHtml(citation.rich())
    mime.setText(citation.plain())
    return mime


def quote_at_cursor(cursor: QTextCursor, key_at: Any) -> int | None:
    """The quote a caret or selection is on: a caret just after a highlight's end still counts."""
    if cursor.hasSelection():
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return key_at(start) if key_at(start) is not None else key_at(max(start, end - 1))
    position = cursor.position()
    found = key_at(position)
    return found if found is not None or position == 0 else key_at(position - 1)


class CitationClipboard(QObject):
    """``actionCopyCitation`` and the "Copy Citation As" menu for one window."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary, dock: LibraryDock,
                 highlights: ArticleHighlights) -> None:
        super().__init__(window.window())
        self._window, self._library, self._dock, self._highlights = window, library, dock, highlights
        self._reader: ReaderView = window.reader
        self.session: Session = window.session

        self.copy_action = make_action(window.window(), Spec(
            "actionCopyCitation", QT_TRANSLATE_NOOP("QuoteActions", "Copy &Citation"),
            QT_TRANSLATE_NOOP("QuoteActions", "Copy the quote with its citation in the default style"),
            ("Ctrl+Shift+C",), "edit-copy", context="QuoteActions"))
        self.copy_action.triggered.connect(lambda: self.copy())
        self.as_menu = QMenu(self.tr("Copy Citation &As"), window.window())
        self.as_menu.setObjectName("menuCopyCitationAs")
        self.as_menu.aboutToShow.connect(self._fill_as_menu)
        self.choose_action = make_action(window.window(), Spec(
            "actionChooseCitationStyle", QT_TRANSLATE_NOOP("QuoteActions", "Default Citation &Style…"),
            QT_TRANSLATE_NOOP("QuoteActions", "Choose the style Copy Citation uses, among every installed style"),
            context="QuoteActions"))
        self.choose_action.triggered.connect(self.choose_default_style)

        selection = dock.table.selectionModel()
        selection.selectionChanged.connect(self.update_enabled)
        selection.currentChanged.connect(self.update_enabled)
        for signal in (dock.proxy.modelReset, dock.proxy.layoutChanged, dock.proxy.rowsRemoved,
                       self._reader.cursorPositionChanged, self._reader.selectionChanged,
                       library.changed):
            signal.connect(self.update_enabled)
        # A right-click puts the caret under the pointer when nothing is selected, so the reader's
        # context menu copies the quote that was clicked; a selection is never lost this way.
        self._reader.mousePressed.connect(self._pressed)
        self.update_enabled()

    # -- which quote -----------------------------------------------------------------------------
    def quote_in_reader(self) -> int | None:
        return quote_at_cursor(self._reader.textCursor(), self._highlights.key_at)

    def selected_row(self) -> int | None:
        selected = self._dock.selected_ids()
        current = self._dock.current_id()
        return current if current in selected else (selected[0] if selected else None)

    def current_quote_id(self) -> int | None:
        here = self.quote_in_reader()
        if here is not None and self._reader.hasFocus():
            return here
        row = self.selected_row()
        return row if row is not None else here

    def update_enabled(self, *_: object) -> None:
        """Enabled only when there is a quote to copy (and a library to read it from)."""
        ok = self._library.available and self.current_quote_id() is not None
        self.copy_action.setEnabled(ok)
        self.as_menu.setEnabled(ok)

    # -- styles ----------------------------------------------------------------------------------
    def default_style(self) -> str:
        return self.session.citation_style

    def _fill_as_menu(self) -> None:
        """Filled when opened: the default may have changed in Preferences meanwhile."""
        self.as_menu.clear()
        default = style_key(self.default_style())
        styles = list(COMMON_STYLES)
        if default not in _labels():
            styles.append((default, default))
        for alias, text in styles:
            mark = " (default)" if style_key(alias) == default else ""
            action = self.as_menu.addAction(text + mark)
            action.setObjectName(f"actionCopyCitationAs-{alias}")
            action.setData(alias)
            action.triggered.connect(lambda _=False, s=alias: self.copy(s))
        self.as_menu.addSeparator()
        self.as_menu.addAction(self.choose_action)

    def choose_default_style(self) -> str | None:
        from qtapp.ui.quotes.style_picker import StylePickerDialog

        chosen = StylePickerDialog.ask(self._window.window(), self.default_style())
        if chosen:
            self.session.citation_style = chosen
            self._status(self.tr("Copy Citation now uses {style}").format(style=style_label(chosen)))
        return chosen

    # -- copying ---------------------------------------------------------------------------------
    def copy(self, style: str | None = None) -> Citation | None:
        """Put the current quote and its citation in ``style`` (default: the user's) on the clipboard."""
        quote_id = self.current_quote_id()
        record = self._library.quote(quote_id) if quote_id is not None else None
        if record is None:
            return None
        stored = self._library.article(record.article_id)
        style = style or self.default_style()
        from qtapp.library.citation import cite

        try:
            # The article's text tells a speaker's short name ("Xi", from "President Xi").
            citation = cite(record, style, text=stored.article.text if stored else None)
        except UserError as error:
            self._status(self.tr("Cannot copy the citation: {error}").format(error=error))
            return None
        QGuiApplication.clipboard().setMimeData(citation_mime(citation))
        self._status(self.tr("Copied the quote with its {style} citation").format(style=style_label(style)))
        return citation

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)

    def _pressed(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton and not self._reader.textCursor().hasSelection():
            self._reader.setTextCursor(self._reader.cursorForPosition(event.position().toPoint()))
