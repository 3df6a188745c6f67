"""The library's detail pane: the current quote whole, with its attribution, note, tags and citation.

The table shows one cut-off line per quote; this is where a reader checks what they saved before they
cite it. Everything shown is escaped text (an article's title or a note may hold markup, which must
never become live HTML here), and the citation is rendered only for the quote shown, when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from qtapp.errors import UserError
from qtapp.library.attribution import CHECK_TITLE, check_message
from qtapp.library.records import QuoteRecord
from qtapp.ui.accessibility import named
from qtapp.ui.i18n import shown

CITE_DELAY_MS = 150  # the citation engine loads on first use: never on the path of a save or a click

# A record → its citation's plain text, or None when it cannot be made.
CiteFn = Callable[[QuoteRecord], str | None]


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def stub_message(origin: str) -> str:
    """What a quote of a stub article (imported without its text) tells the reader."""
    from qtapp.library.importers import ORIGINS

    return QCoreApplication.translate(
        "QuoteDetailPane", "Imported from {origin} without the article's text. Open the article itself and "
                           "this quote moves into it.").format(origin=ORIGINS.get(origin, origin))


def detail_html(record: QuoteRecord, citation: str | None) -> str:
    """The pane's page for ``record``: quote, who and where, the check to make, note, tags, citation."""
    parts = [f"<blockquote style='margin:0 0 8px 0'>{_para(record.exact)}</blockquote>",
             f"<p><b>{escape(record.attribution)}</b></p>"]
    if record.needs_check:
        check = check_message(record.check_reason) or CHECK_TITLE
        parts.append(f"<p>⚠ {escape(shown(check))}</p>")
    if record.article.stub:
        parts.append(f"<p><i>{escape(stub_message(record.article.stub))}</i></p>")
    labelled = ((QCoreApplication.translate("QuoteDetailPane", "Note:"), _para(record.note)),
                (QCoreApplication.translate("QuoteDetailPane", "Tags:"), escape(", ".join(record.tags))),
                (QCoreApplication.translate("QuoteDetailPane", "Citation:"), escape(citation or "")))
    parts += [f"<p><i>{escape(label)}</i> {value}</p>" for label, value in labelled if value]
    if record.clipped_by:  # a team library's: the database role that saved it, and when
        saved = QCoreApplication.translate("QuoteDetailPane", "Clipped by {who} on {when} UTC").format(
            who=record.clipped_by, when=(record.clipped_at or record.created)[:16].replace("T", " "))
    else:
        saved = QCoreApplication.translate("QuoteDetailPane", "Saved {when} UTC").format(
            when=record.created[:16].replace("T", " "))
    parts.append(f"<p><small>{escape(saved)}</small></p>")
    return "".join(parts)


class QuoteDetailPane(QTextBrowser):
    """Read-only; selectable, so a reader can copy any part of it."""

    def __init__(self, cite: CiteFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "libraryDetail")
        self.setAccessibleName(self.tr("Quote details"))
        self.setOpenLinks(False)
        self._cite = cite
        self.record: QuoteRecord | None = None
        self._later = QTimer(self, singleShot=True, interval=CITE_DELAY_MS)
        self._later.timeout.connect(self._add_citation)
        self.show_record(None)

    def show_record(self, record: QuoteRecord | None) -> None:
        """Show ``record`` at once; its citation follows when the user pauses on it."""
        if record is not None and record == self.record:
            return  # re-read unchanged (the table refreshed): keep the page and its scroll position
        self.record = record
        self._later.stop()
        if record is None:
            self.setHtml("<p style='color:gray'>{}</p>".format(escape(self.tr(
                "Select a quote to see it whole, with its attribution, note and citation."))))
            return
        self.setHtml(detail_html(record, None))
        self._later.start()

    def _add_citation(self) -> None:
        if self.record is None:
            return
        try:
            citation = self._cite(self.record)
        except UserError:
            citation = None
        if citation:
            self.setHtml(detail_html(self.record, citation))
