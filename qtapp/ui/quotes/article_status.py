"""The status bar's word on the article and the library: fields a citation lacks, and re-derivation.

"Right or visibly unsure": when no rule found an article's date or publisher, its citations are short,
and when only the page's layout supports one (a logo line as the publisher) it may be wrong; the window
says both in a permanent status-bar note that opens Article Details. While stored quotes
are brought up to newer reading rules, a small progress bar shows it without blocking anything.
Widgets are made the first time they are needed, so a start-up with nothing to say builds none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QLabel

from qtapp.article.model import Article
from qtapp.library.completeness import LABELS, FieldState, needs_user, to_check
from qtapp.ui.i18n import shown
from qtapp.ui.quotes.service import QuoteLibrary

if TYPE_CHECKING:
    from qtapp.ui.quotes.window import QuoteWindow

SHOW_PROGRESS_FROM = 5  # articles: fewer are done before a bar would be read


def missing_note(missing: list[str]) -> tuple[str, str]:
    """(short text, tooltip) for the fields a citation lacks, e.g. ("Needs you: date", "…")."""
    names = [shown(LABELS[name]) for name in missing]
    short = QCoreApplication.translate("ArticleStatus", "Needs you: {fields}").format(fields=", ".join(names))
    if len(names) == 1:
        tip = QCoreApplication.translate(
            "ArticleStatus", "No reading rule found this article's {field}, so its citations lack it. Click "
                             "here (or Edit ▸ Article Details…) to add it.").format(field=names[0])
    else:
        tip = QCoreApplication.translate(
            "ArticleStatus", "No reading rule found this article's {fields} and {last}, so its citations lack "
                             "them. Click here (or Edit ▸ Article Details…) to add them.").format(
            fields=", ".join(names[:-1]), last=names[-1])
    return short, tip


def check_note(unsure: list[FieldState]) -> tuple[str, str]:
    """(short text, tooltip) for fields found only by the page's layout, e.g. ("Check: publisher", "…")."""
    names = [shown(LABELS[state.name]) for state in unsure]
    short = QCoreApplication.translate("ArticleStatus", "Check: {fields}").format(fields=", ".join(names))
    reasons = "; ".join(f"{shown(LABELS[s.name])}: {shown(s.doubt)}" for s in unsure if s.doubt)
    tip = QCoreApplication.translate(
        "ArticleStatus", "Only the page's layout supports this, so it may be wrong ({reasons}). Click here (or "
                         "Edit ▸ Article Details…) to confirm or correct it.").format(reasons=reasons)
    return short, tip


def article_note(missing: list[str], unsure: list[FieldState]) -> tuple[str, str]:
    """The one status-bar note for both: what a citation lacks, then what it may have wrong."""
    notes = ([missing_note(missing)] if missing else []) + ([check_note(unsure)] if unsure else [])
    return " · ".join(n[0] for n in notes), "\n\n".join(n[1] for n in notes)


class _NoteLabel(QLabel):
    """A status-bar link drawn in its own palette's link colour: a QLabel's rich-text link takes the
    application's, which stays dark blue on the dark theme's dark status bar."""

    def __init__(self) -> None:
        super().__init__()
        self.note = ""

    def show_note(self, text: str) -> None:
        self.note = text
        link = self.palette().color(QPalette.ColorRole.Link).name()
        self.setText(f'<a href="details" style="color: {link}">⚠ {text}</a>')

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.note:
            self.show_note(self.note)


class ArticleStatus:
    def __init__(self, window: QuoteWindow, library: QuoteLibrary, details: QAction) -> None:
        self._window, self._details = window, details
        self.missing_label: _NoteLabel | None = None
        self.progress_bar: Any = None  # a QProgressBar, named only once there is progress to show
        self.missing: list[str] = []
        self.unsure: list[FieldState] = []
        library.rederiveProgress.connect(self._progress)
        library.rederived.connect(self._rederived)

    def show_missing(self, article: Article | None, corrections: dict[str, Any]) -> None:
        self.missing = needs_user(article, corrections) if article is not None else []
        self.unsure = to_check(article, corrections) if article is not None else []
        if not self.missing and not self.unsure:
            if self.missing_label is not None:
                self.missing_label.hide()
            return
        label = self.missing_label
        if label is None:
            label = self.missing_label = _NoteLabel()
            label.setObjectName("missingFields")
            label.linkActivated.connect(lambda _link: self._details.trigger())
            self._window.statusBar().addPermanentWidget(label)
        text, tip = article_note(self.missing, self.unsure)
        label.show_note(text)
        label.setToolTip(tip)
        label.setAccessibleName(text)
        label.setAccessibleDescription(tip)
        label.show()

    def _progress(self, done: int, total: int) -> None:
        if total < SHOW_PROGRESS_FROM:
            return
        bar = self.progress_bar
        if bar is None:
            from PySide6.QtWidgets import QProgressBar

            bar = self.progress_bar = QProgressBar()
            bar.setObjectName("rederiveProgress")
            bar.setMaximumWidth(260)
            bar.setFormat(QCoreApplication.translate("ArticleStatus", "Updating attributions: %v of %m articles"))
            bar.setAccessibleName(QCoreApplication.translate("ArticleStatus",
                                                             "Updating attributions to the current reading rules"))
            bar.setToolTip(QCoreApplication.translate("ArticleStatus",
                                                      "Saved quotes are being brought up to the current reading "
                                                      "rules. Keep reading: nothing waits for this."))
            self._window.statusBar().addPermanentWidget(bar)
        bar.setRange(0, total)
        bar.setValue(done)
        bar.show()

    def _rederived(self, report: Any) -> None:
        if self.progress_bar is not None:
            self.progress_bar.hide()
        if report.articles or report.unplaced or report.failed:
            summary = report.summary()
            self._window.statusBar().showMessage(summary[0].upper() + summary[1:] + ".", 15000)
