"""Help ▸ Import, Export and Open URL (and the Export dialog's Help): each export format of the table, what
it holds and the choices it takes, what a Markdown note template can use, each import format, and what
Open URL fetches. Built from the formats' tables, so it lists every format there is."""

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
# The help's headings, marked where lupdate finds them (not inside the f-strings that place them).
HEADINGS: dict[str, str] = {
    "export": str(QT_TRANSLATE_NOOP("ExportFormats", "Export")),
    "choices": str(QT_TRANSLATE_NOOP("ExportFormats", "Choices:")),
    "templates": str(QT_TRANSLATE_NOOP("ExportFormats", "Note templates")),
    "import": str(QT_TRANSLATE_NOOP("ExportFormats", "Import")),
    "open_url": str(QT_TRANSLATE_NOOP("ExportFormats", "Open URL")),
}
TEMPLATE_HELP = str(QT_TRANSLATE_NOOP("ExportFormats",
    "A template is a Jinja2 text rendered once per article, in a sandbox. It can use <code>title</code>, "
    "<code>heading</code>, <code>front_matter</code> (YAML), <code>reference</code> (the citation), "
    "<code>article</code> (id, title, authors, publisher, reprinted_by, series, date, url) and "
    "<code>quotes</code>, each with id, text, note, tags, attribution, link and block_id. Text is escaped "
    "for Markdown; URLs, links and YAML are printed whole. Filters: <code>blockquote</code>, "
    "<code>tags</code>, <code>yaml</code>, <code>raw</code> (no escaping). Keep templates in the "
    "<code>templates</code> folder of QuoteClip's settings folder to list them here."))


def _shown(text: str, context: str = "ExportFormats") -> str:
    """``text`` translated and escaped for the help's HTML."""
    return html.escape(QCoreApplication.translate(context, text))


def help_html() -> str:
    tr = _shown
    rows = []
    for fmt in formats.FORMATS:
        options = ", ".join(tr(OPTION_NAMES[o]) for o in sorted(fmt.options) if o in OPTION_NAMES)
        taken = f"<br><i>{tr(HEADINGS['choices'])}</i> {options}" if options else ""
        rows.append(f"<p><b>{tr(fmt.label)}</b> — <code>{fmt.suffix}</code>, "
                    f"<code>--format {fmt.key}</code><br>{tr(fmt.about)}{taken}</p>")
    templates = QCoreApplication.translate("ExportFormats", TEMPLATE_HELP)  # holds markup of its own
    return (f"<h3>{tr(HEADINGS['export'])}</h3>" + "".join(rows)
            + f"<h3>{tr(HEADINGS['templates'])}</h3><p>{templates}</p>" + import_html() + open_url_html())


IMPORT_HELP = str(QT_TRANSLATE_NOOP("ExportFormats",
    "File ▸ Import Quotes… tells the format from the file's content. Each quote keeps the attribution its "
    "file gives, and nothing more. Without the article's text, the quotes go to a stub article per source "
    "(marked ◌); open the article itself later and they move into it. Importing a file again adds nothing."))
OPEN_URL_HELP = str(QT_TRANSLATE_NOOP("ExportFormats",
    "File ▸ Open URL… fetches the one page you typed, only then: http and https only, no scripts, images "
    "or styles, no cookies kept, a few redirects, {seconds} seconds and {megabytes} MB at most. The page is "
    "read as a saved page (its own metadata first), kept on this computer so it reopens without a request, "
    "and cited by its canonical or final address. On the command line: quoteclip URL, or quoteclip parse "
    "URL --json."))


def import_html() -> str:
    from qtapp.library.importers.formats import ABOUT, FORMATS

    rows = "".join(f"<p><b>{_shown(name, 'ImportFormats')}</b> — <code>--format {key}</code><br>"
                   f"{_shown(ABOUT[key], 'ImportFormats')}</p>" for key, name in FORMATS.items())
    return f"<h3>{_shown(HEADINGS['import'])}</h3><p>{_shown(IMPORT_HELP)}</p>{rows}"


def open_url_html() -> str:
    from qtapp.article.fetching import MAX_BYTES, TIMEOUT_S

    text = QCoreApplication.translate("ExportFormats", OPEN_URL_HELP).format(
        seconds=f"{TIMEOUT_S:g}", megabytes=MAX_BYTES // 2**20)
    return f"<h3>{_shown(HEADINGS['open_url'])}</h3><p>{html.escape(text)}</p>"


class FormatsHelp(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("exportFormatsHelp")
        self.setWindowTitle(self.tr("Import, Export and Open URL"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("exportFormatsText")
        self.text.setAccessibleName(self.tr("Import, export and Open URL"))
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
