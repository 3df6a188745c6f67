"""File ▸ Import Quotes…: a file of another tool's highlights (or our backup) into the library, whole or not
at all; and, when an article is opened, the quotes imported for it without its text moved into it.

The import runs in the core (``importers.into_library``) in one transaction. A large file gets the export's
progress dialog, fed by the same progress callback; Cancel raises ``progress.Cancelled`` from it, which rolls
the transaction back, so nothing of the file is kept. The summary is said in the status bar and a box.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from qtapp.errors import UserError
from qtapp.ui import headless
from qtapp.ui.actions import Spec, make_action
from qtapp.ui.i18n import error_message
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.exporting import PROGRESS_FROM
from qtapp.ui.quotes.progress import Cancelled, close, progress_dialog, reporter
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.quotes.window import QuoteWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from qtapp.library.importers.into_library import ImportSummary

FILTER = QT_TRANSLATE_NOOP("QuoteImporter", "Highlights (*.txt *.csv *.json *.jsonld *.ris);;All files (*)")


_ONE = re.compile(r"\b1 (\w+)\(s\)")


def english_numerus(text: str) -> str:
    """English's own plural forms where no translation gave them: with no ``.qm`` loaded, Qt returns the
    source with ``%n`` filled in and "(s)" as written ("1 quote(s)"): one takes no "s", others take it."""
    return _ONE.sub(r"1 \1", text).replace("(s)", "s")


class QuoteImporter(QObject):
    """``actionImport`` for one window, and the adoption of stubs by the article on screen."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary, current: CurrentArticle) -> None:
        super().__init__(window.window())
        self._window, self._library, self._current = window, library, current
        self.action = make_action(window.window(), Spec(
            "actionImport", QT_TRANSLATE_NOOP("QuoteActions", "&Import Quotes…"),
            QT_TRANSLATE_NOOP("QuoteActions", "Add highlights from Kindle, Readwise, Hypothesis, Zotero RIS, W3C "
                                              "annotations or a QuoteClip backup"), (), "document-import",
            context="QuoteActions"))
        self.action.setEnabled(library.available)
        self.action.triggered.connect(lambda: self.import_file())
        self.last_summary: str | None = None

    # -- dialogs tests replace -------------------------------------------------------------------
    @classmethod
    def ask_path(cls, parent: QWidget | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("QuoteImporter", "Import Quotes"),
                                              str(Path.home()),
                                              QCoreApplication.translate("QuoteImporter", str(FILTER)))
        return Path(name) if name else None

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        if headless.intercept(text):
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    # -- importing -------------------------------------------------------------------------------
    def import_file(self, path: str | Path | None = None, fmt: str | None = None) -> bool:
        """Import ``path`` (asked for when None); True when the library took it."""
        from qtapp.library.importers import detect, read
        from qtapp.library.importers.into_library import import_file, import_parsed

        if not self._library.available:
            return False
        path = Path(path) if path is not None else self.ask_path(self._window.window())
        if path is None:
            return False
        progress = None
        try:
            fmt = fmt or detect(path)
            progress = self._progress_dialog(path)
            report = reporter(progress)

            if fmt == "json":  # a backup streams: its records are checked as they are written
                result = self._library.import_quotes(lambda library: import_file(library, path, fmt, report))
            else:  # read whole first, so a bad record is this dialog's error, before the library is touched
                parsed = read(path, fmt)
                result = self._library.import_quotes(lambda library: import_parsed(library, parsed, report))
        except Cancelled:
            self._status(self.tr("Import cancelled; nothing of {name} was added").format(name=path.name))
            return False
        except UserError as error:
            return self._fail(error_message(error))
        finally:
            close(progress)
        if result is None:
            return False  # the library said why (locked, say) through its failed signal
        self.last_summary = summary = self.said(result)
        self._status(self.tr("{name}: {summary}").format(name=path.name, summary=summary[0].lower() + summary[1:]))
        self.tell(self._window.window(), self.tr("Import"), summary + ".")
        self._current.invalidate()
        self.adopt_stubs()  # the article on screen may be what was just imported
        return True

    def said(self, result: ImportSummary) -> str:
        """The summary in the reader's language, each count in the plural form its number takes."""
        parts = [self.tr("Imported %n quote(s)", "", result.quotes_added) + " " +
                 self.tr("and %n article(s)", "", result.articles_added),
                 self.tr("already in the library: %n", "", result.quotes_present)]
        if result.merged:
            parts.append(self.tr("duplicate or edited highlights merged: %n", "", result.merged))
        if result.unplaced:
            parts.append(self.tr("not placed in their article's text: %n", "", result.unplaced))
        if result.skipped:
            kinds = ", ".join(f"{what}: {n}" for what, n in sorted(result.skipped.items()))
            parts.append(self.tr("skipped (not highlights): {kinds}").format(kinds=kinds))
        return "; ".join(english_numerus(part) for part in parts)

    def _progress_dialog(self, path: Path) -> QProgressDialog | None:
        """Only for files large enough to take a moment (the exporters' threshold, in bytes of quotes)."""
        if path.stat().st_size < PROGRESS_FROM * 200:
            return None
        return progress_dialog(self._window.window(), "importProgress", self.tr("Import"),
                               self.tr("Importing {name}…").format(name=path.name), self.tr("Cancel"))

    # -- stubs -----------------------------------------------------------------------------------
    def adopt_stubs(self) -> int:
        """Move quotes imported for the article on screen into it; how many moved."""
        article = self._current.article
        if article is None or not self._library.available or self._library.readonly_reason is not None:
            return 0
        found = self._library.stubs_for(article)
        if not found:
            return 0
        shown = self._current.article_id()
        record = self._library.article(shown) if shown is not None else None
        if record is not None and record.stub:  # the stub itself, shown by Go to Passage: say what it is
            from qtapp.ui.quotes.detail_pane import stub_message

            self._status(stub_message(record.stub))
            return 0
        article_id = self._current.article_id()
        if article_id is None:  # not stored yet: store it, so the stubs' quotes have an article to go to
            article_id = self._library.store_article(self._current.source())
            self._current.invalidate()
        if article_id is None or article_id in found:
            return 0
        result = self._library.adopt_stubs(article_id)
        if result is None:
            return 0
        self._status(result.summary())
        return result.moved

    def _fail(self, message: str) -> bool:
        from qtapp.ui.dialogs import ErrorMessage

        ErrorMessage.show(self._window.window(), self.tr("Import failed"), message)
        self._status(self.tr("Import failed: {message}").format(message=message))
        return False

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10000)
