"""File ▸ Export: the quotes of a scope, written by the core exporters, whole or not at all.

The file is written through ``write_atomic``, so a failure or a Cancel leaves the destination as it
was. A large library gets a progress dialog fed by the exporters' own progress callback; Cancel is
noticed there and raised as ``progress.Cancelled``, which ``write_atomic`` answers by removing its
temporary file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from qtapp.errors import UserError
from qtapp.ui.actions import Spec, make_action
from qtapp.ui.i18n import error_message
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.dock import LibraryDock
from qtapp.ui.quotes.progress import Cancelled, close, progress_dialog, reporter
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from qtapp.ui.quotes.export_dialog import ExportRequest, ScopeCounts
    from qtapp.ui.quotes.window import QuoteWindow

# The export dialog and the exporters (and through them citeproc and lxml) are imported when an export
# starts, not at start-up: the window only needs the action.
PROGRESS_FROM = 1000  # the exporters report progress every 1,000 quotes: below that a dialog shows nothing


def file_stem(title: str | None) -> str:
    """A file name from an article title: whole words, at most 60 characters."""
    stem = ""
    for word in re.findall(r"\w+", (title or "").lower()):
        if len(stem) + len(word) + 1 > 60:
            break
        stem = f"{stem}-{word}" if stem else word
    return stem or "quotes"


class QuoteExporter(QObject):
    """``actionExport`` for one window."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary, dock: LibraryDock,
                 current: CurrentArticle) -> None:
        super().__init__(window.window())
        self._window, self._library, self._dock, self._current = window, library, dock, current
        self.session: Session = window.session
        self.action = make_action(window.window(), Spec(
            "actionExport", QT_TRANSLATE_NOOP("QuoteActions", "&Export Quotes…"),
            QT_TRANSLATE_NOOP("QuoteActions", "Write quotes to a file: Markdown, CSV, JSON, CSL-JSON, RIS, BibTeX or "
                                              "W3C annotations"),
            ("Ctrl+E",), "document-export", context="QuoteActions"))
        self.action.setEnabled(library.available)
        self.action.triggered.connect(lambda: self.export())
        # Help ▸ Import, Export and Open URL; the help itself (and the formats' tables) load when shown.
        self.help_action = make_action(window.window(), Spec(
            "actionFormatsHelp", QT_TRANSLATE_NOOP("QuoteActions", "&Import, Export and Open URL"),
            QT_TRANSLATE_NOOP("QuoteActions", "What each import and export format holds, and what Open URL "
                                              "fetches"), (), "help-contents", context="QuoteActions"))
        self.help_action.triggered.connect(self.show_help)

    def show_help(self) -> None:
        from qtapp.ui.quotes.export_help import FormatsHelp

        FormatsHelp.show_for(self._window.window())

    # -- asking ----------------------------------------------------------------------------------
    def counts(self) -> ScopeCounts:
        from qtapp.ui.quotes.export_dialog import ScopeCounts

        article_id = self._current.article_id()
        total = self._library.count() or 0
        here = (self._library.count(article_id=article_id) or 0) if article_id is not None else None
        return ScopeCounts(total, here, len(self._dock.selected_ids()))

    def suggested_path(self, request: ExportRequest) -> Path:
        from qtapp.library.exporters.formats import find

        folder = self.session.export_folder or Path.home()
        article = self._current.article
        title = article.title if request.scope == "article" and article is not None else None
        return folder / f"{file_stem(title)}{find(request.fmt).suffix}"

    def export(self) -> bool:
        """Ask what and where, then write; True when a file was written."""
        if self._library.store is None:
            return False
        from qtapp.ui.quotes.export_dialog import ExportDialog

        request = ExportDialog.ask(self._window.window(), self.counts(), self.session.export_format,
                                   creator=self.session.export_creator)
        if request is None:
            return False
        path = ExportDialog.ask_path(self._window.window(), self.suggested_path(request), request.fmt)
        return path is not None and self.write(request, path)

    # -- writing ---------------------------------------------------------------------------------
    def write(self, request: ExportRequest, path: Path) -> bool:
        """Write the quotes ``request`` names to ``path``; say how many, or what went wrong."""
        from qtapp.library.atomic import write_atomic
        from qtapp.library.export_target import check_export_target
        from qtapp.library.exporters.formats import CREATOR, find

        store = self._library.store
        if store is None:
            return False
        article_id = self._current.article_id() if request.scope == "article" else None
        if request.scope == "article" and article_id is None:
            return self._fail(self.tr("The article on screen has no saved quotes to export."))
        written: list[int] = []
        write: Callable[[TextIO], None]
        fmt = find(request.fmt)
        writer = fmt.writer()
        if fmt.whole_articles:
            total = self._library.count(article_id=article_id)

            def write(out: TextIO) -> None:
                written.append(writer.write_library(store, out, article_id=article_id, progress=report))
        else:
            records = self._records(request.scope, article_id)
            total = len(records) if records is not None else None
            try:
                options = self._options(request)
            except UserError as error:
                return self._fail(error_message(error))

            def write(out: TextIO) -> None:
                writer.write(records, out, progress=report, **options)
                written.append(len(records or []))
        if total is None:
            return False  # the store said why (locked, say) through the library's failed signal
        progress = self._progress_dialog(total)
        report = reporter(progress)

        try:
            check_export_target(path, store.path)
            write_atomic(path, write, encoding=writer.ENCODING, newline=writer.NEWLINE)
        except Cancelled:
            self._status(self.tr("Export cancelled; {name} was not written").format(name=path.name))
            return False
        except UserError as error:
            return self._fail(error_message(error))
        finally:
            close(progress)
        self.session.export_format = request.fmt
        self.session.export_folder = path.parent
        if fmt.takes(CREATOR):  # the name is the window's to remember; the core is only given it
            self.session.export_creator = request.creator
        count = written[0] if written else 0
        from qtapp.ui.quotes.export_dialog import FORMAT_NAMES

        message = (self.tr("Exported 1 quote as {format} to {path}") if count == 1
                   else self.tr("Exported {count} quotes as {format} to {path}"))
        self._status(message.format(count=count, format=FORMAT_NAMES[request.fmt], path=path))
        return True

    def _options(self, request: ExportRequest) -> dict[str, Any]:
        """What the format takes beyond the quotes: the Copy Citation style, the chosen template, the
        user's name, and the articles' stored text for selectors that count in it."""
        from qtapp.library.exporters.formats import CREATOR, SOURCES, STYLE, TEMPLATE, find

        fmt, store = find(request.fmt), self._library.store
        options: dict[str, Any] = {}
        if fmt.takes(STYLE):
            options[STYLE] = self.session.citation_style
        if fmt.takes(TEMPLATE) and request.template is not None:
            from qtapp.library.exporters.md_template import load_template

            options[TEMPLATE] = load_template(request.template)
        if fmt.takes(CREATOR) and request.creator:
            options[CREATOR] = request.creator
        if fmt.takes(SOURCES) and store is not None:
            options[SOURCES] = self._library.article
        return options

    def _records(self, scope: str, article_id: int | None) -> list[Any] | None:
        if not self._library.available:
            return None
        if scope == "selected":
            # In the table's order, as the user sees them.
            return self._library.quotes_by_id(self._dock.selected_ids())
        return self._library.quotes(article_id=article_id)

    def _progress_dialog(self, total: int) -> QProgressDialog | None:
        """Only for exports long enough to report progress."""
        if total < PROGRESS_FROM:
            return None
        return progress_dialog(self._window.window(), "exportProgress", self.tr("Export"),
                               self.tr("Exporting {total:,} quotes…").format(total=total), self.tr("Cancel"), total)

    def _fail(self, message: str) -> bool:
        from qtapp.ui.dialogs import ErrorMessage

        ErrorMessage.show(self._window.window(), self.tr("Export failed"), message)
        self._status(self.tr("Export failed: {message}").format(message=message))
        return False

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10000)
