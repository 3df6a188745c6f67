"""The Export dialog: which format and which quotes; the destination is asked for afterwards.

Only choices live here. Writing is ``exporting.py``'s job, through the core exporters, so the window
and ``quoteclip quotes export`` write the same bytes. Each modal step is a classmethod tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qtapp.library.exporters import formats
from qtapp.library.exporters.formats import CREATOR, TEMPLATE

# The format table's rows, as (key, label): the dialog lists what the exporters offer, nothing of its own.
FORMATS = tuple((fmt.key, fmt.label) for fmt in formats.FORMATS)
FORMAT_NAMES = {fmt.key: fmt.name for fmt in formats.FORMATS}
SCOPES = ("all", "article", "selected")
CHOOSE_TEMPLATE = "choose"  # the template list's last item: pick a file anywhere


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    scope: str  # "all", "article" (the one on screen) or "selected" (rows of the library table)
    template: Path | None = None  # a Markdown note template; None: the built-in layout
    creator: str = ""  # the user's name for the annotations' creator ("" names nobody)


@dataclass(frozen=True)
class ScopeCounts:
    """How many quotes each scope holds; None where it does not apply (no article, no selection)."""

    all: int
    article: int | None
    selected: int


class ExportDialog(QDialog):
    """Format and scope; ``request()`` is what the user picked."""

    def __init__(self, parent: QWidget | None, counts: ScopeCounts, fmt: str | None = None,
                 scope: str | None = None, creator: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Quotes"))
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for row in formats.FORMATS:
            self.format.addItem(QCoreApplication.translate("ExportFormats", row.label), row.key)
            self.format.setItemData(self.format.count() - 1, QCoreApplication.translate("ExportFormats", row.about),
                                    Qt.ItemDataRole.ToolTipRole)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.scopes = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        labels = {"all": f"All quotes ({counts.all})",
                  "article": ("This article" if counts.article is None
                              else f"This article ({counts.article})"),
                  "selected": f"Selected rows ({counts.selected})"}
        for index, key in enumerate(SCOPES):
            button = QRadioButton(labels[key], self)
            button.setObjectName(f"exportScope{key.title()}")
            self.scopes.addButton(button, index)
            self.buttons[key] = button
        self._counts = counts
        self.template = QComboBox(self)
        self.template.setObjectName("exportTemplate")
        self.template.setAccessibleName(self.tr("Note template"))
        self._fill_templates()
        self.template.activated.connect(self._template_chosen)
        self.creator = QLineEdit(self)
        self.creator.setObjectName("exportCreator")
        self.creator.setAccessibleName(self.tr("Your name"))
        self.creator.setPlaceholderText(self.tr("Optional: the annotations' creator"))
        self.creator.setText(creator)  # the name given last time: a reader is the same person each export
        self.format.currentIndexChanged.connect(self._update_scopes)
        self._update_scopes()
        wanted = scope if scope in SCOPES else ("selected" if counts.selected > 1 else "all")
        self.set_scope(wanted)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                    | QDialogButtonBox.StandardButton.Help, parent=self)
        self.box.helpRequested.connect(self.show_help)
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        scope_box = QVBoxLayout()
        for button in self.buttons.values():
            scope_box.addWidget(button)
        form.addRow(self.tr("Quotes:"), scope_box)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("Your &name:"), self.creator)
        self._form = form
        self._update_options()
        self.format.currentIndexChanged.connect(self._update_options)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)

    def show_help(self) -> None:
        """What each format holds and which choices it takes, from the format table; and the template
        fields (the same text as the README's)."""
        from qtapp.ui.quotes.export_help import FormatsHelp

        FormatsHelp.show_for(self)

    def _fill_templates(self) -> None:
        """The built-in layout, the templates in the user's folder, then "Other file…"."""
        from qtapp.library.exporters.md_template import user_templates

        self.template.clear()
        self.template.addItem(self.tr("Built-in"), None)
        for path in user_templates():
            self.template.addItem(path.name, str(path))
        self.template.addItem(self.tr("Other file…"), CHOOSE_TEMPLATE)

    def _template_chosen(self, index: int) -> None:
        if self.template.itemData(index) != CHOOSE_TEMPLATE:
            return
        path = self.ask_template(self)
        if path is None:
            self.template.setCurrentIndex(0)
            return
        self.set_template(path)

    def set_template(self, path: Path | None) -> None:
        """Choose ``path`` (added to the list when it is not in the folder), or the built-in layout."""
        if path is None:
            self.template.setCurrentIndex(0)
            return
        found = self.template.findData(str(path))
        if found < 0:
            found = self.template.count() - 1  # before "Other file…"
            self.template.insertItem(found, path.name, str(path))
        self.template.setCurrentIndex(found)

    def _update_options(self) -> None:
        """Show only the choices the format takes (the table says which)."""
        fmt = formats.find(str(self.format.currentData()))
        for widget, option in ((self.template, TEMPLATE), (self.creator, CREATOR)):
            self._form.setRowVisible(widget, fmt.takes(option))

    def _update_scopes(self) -> None:
        """A scope with nothing in it can't be picked; the JSON backup covers whole articles only."""
        whole = formats.find(str(self.format.currentData())).whole_articles
        self.buttons["all"].setEnabled(True)
        self.buttons["article"].setEnabled(bool(self._counts.article))
        selected_ok = self._counts.selected > 0 and not whole
        self.buttons["selected"].setEnabled(selected_ok)
        self.buttons["selected"].setToolTip(
            "" if not whole
            else QCoreApplication.translate("ExportDialog",
                                            "A JSON backup holds whole articles: choose all quotes or this article"))
        checked = self.scopes.checkedButton()
        if checked is not None and not checked.isEnabled():
            self.buttons["all"].setChecked(True)

    def set_scope(self, scope: str) -> None:
        button = self.buttons.get(scope)
        (button if button is not None and button.isEnabled() else self.buttons["all"]).setChecked(True)

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def request(self) -> ExportRequest:
        scope = SCOPES[max(0, self.scopes.checkedId())]
        fmt = formats.find(str(self.format.currentData()))
        chosen = self.template.currentData()
        template = Path(chosen) if fmt.takes(TEMPLATE) and chosen not in (None, CHOOSE_TEMPLATE) else None
        creator = " ".join(self.creator.text().split()) if fmt.takes(CREATOR) else ""
        return ExportRequest(fmt.key, scope, template, creator)

    @classmethod
    def ask_template(cls, parent: QWidget | None) -> Path | None:
        """A template file from anywhere, or None on Cancel; tests monkeypatch this."""
        from qtapp.library.exporters.md_template import templates_folder

        folder = templates_folder()
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ExportDialog", "Choose a Note Template"),
            str(folder if folder.is_dir() else Path.home()),
            QCoreApplication.translate("ExportDialog", "Jinja2 templates (*.j2 *.jinja *.jinja2 *.md);;All files (*)"))
        return Path(name) if name else None

    @classmethod
    def ask(cls, parent: QWidget | None, counts: ScopeCounts, fmt: str | None = None,
            scope: str | None = None, creator: str = "") -> ExportRequest | None:
        """The user's choice, or None on Cancel; tests monkeypatch this instead of clicking."""
        dialog = cls(parent, counts, fmt, scope, creator)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: Path, fmt: str) -> Path | None:
        """Where to write, or None on Cancel; the format's suffix is added when the name has none."""
        suffix = formats.find(fmt).suffix
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportDialog", "Export Quotes"), str(suggested),
            QCoreApplication.translate("ExportDialog", "{format} (*{suffix});;All files (*)").format(
                format=FORMAT_NAMES[fmt], suffix=suffix))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)
