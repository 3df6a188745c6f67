"""The Export dialog's Help: each format of the table, what it holds and the choices it takes, and
what a Markdown note template can use. Built from the format table, so it lists every format there is."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from qtapp.library.exporters import formats

OPTION_NAMES: dict[str, str] = {  # str(): the stubs type QT_TRANSLATE_NOOP as object
    formats.STYLE: str(QT_TRANSLATE_NOOP("ExportFormats", "the Copy Citation style")),
    formats.TEMPLATE: str(QT_TRANSLATE_NOOP("ExportFormats", "a note template")),
    formats.PER_ARTICLE: str(QT_TRANSLATE_NOOP("ExportFormats", "a note per article (command line: --per-article)")),
    formats.SOURCES: str(QT_TRANSLATE_NOOP("ExportFormats", "positions in the article's own text")),
    formats.FILE_TARGETS: str(QT_TRANSLATE_NOOP("ExportFormats", "file targets (command line: --file-targets)")),
    formats.CREATOR: str(QT_TRANSLATE_NOOP("ExportFormats", "your name as creator")),
}
TEMPLATE_HELP = str(QT_TRANSLATE_NOOP("ExportFormats",
    "A template is a Jinja2 text rendered once per article, in a sandbox. It can use <code>title</code>, "
    "<code>heading</code>, <code>front_matter</code> (YAML), <code>reference</code> (the citation), "
    "<code>article</code> (id, title, authors, publisher, reprinted_by, series, date, url) and "
    "<code>quotes</code>, each with id, text, note, tags, attribution, link and block_id. Text is escaped "
    "for Markdown; URLs, links and YAML are printed whole. Filters: <code>blockquote</code>, "
    "<code>tags</code>, <code>yaml</code>, <code>raw</code> (no escaping). Keep templates in the "
    "<code>templates</code> folder of QuoteClip's settings folder to list them here."))


def help_html() -> str:
    def tr(text: str) -> str:
        return html.escape(QCoreApplication.translate("ExportFormats", text))

    rows = []
    for fmt in formats.FORMATS:
        options = ", ".join(tr(OPTION_NAMES[o]) for o in sorted(fmt.options) if o in OPTION_NAMES)
        taken = f"<br><i>{tr('Choices:')}</i> {options}" if options else ""
        rows.append(f"<p><b>{tr(fmt.label)}</b> — <code>{fmt.suffix}</code>, "
                    f"<code>--format {fmt.key}</code><br>{tr(fmt.about)}{taken}</p>")
    templates = QCoreApplication.translate("ExportFormats", TEMPLATE_HELP)  # holds markup of its own
    return "".join(rows) + f"<h3>{tr('Note templates')}</h3><p>{templates}</p>"


class FormatsHelp(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("exportFormatsHelp")
        self.setWindowTitle(self.tr("Export Formats"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("exportFormatsText")
        self.text.setAccessibleName(self.tr("Export formats"))
        self.text.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)

    @classmethod
    def show_for(cls, parent: QWidget | None) -> FormatsHelp:
        """Shown beside the dialog (not modal over it), so the user can read while choosing."""
        dialog = cls(parent)
        dialog.show()
        return dialog
