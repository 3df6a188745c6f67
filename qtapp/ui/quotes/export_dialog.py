"""The Export dialog: which format and which quotes; the destination is asked for afterwards.

Only choices live here. Writing is ``exporting.py``'s job, through the core exporters, so the window
and ``quoteclip quotes export`` write the same bytes. Each modal step is a classmethod tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from qtapp.library.exporters import SUFFIXES

FORMATS = (
    ("md", "Markdown (Obsidian, notes)"),
    ("csv", "CSV (spreadsheets)"),
    ("json", "JSON backup (QuoteClip import)"),
    ("csl-json", "CSL-JSON (Zotero, Pandoc)"),
    ("ris", "RIS (reference managers)"),
    ("bibtex", "BibTeX (LaTeX)"),
    ("w3c", "W3C Web Annotation (JSON-LD)"),
)
FORMAT_NAMES = {fmt: label.split(" (")[0] for fmt, label in FORMATS}
SCOPES = ("all", "article", "selected")


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    scope: str  # "all", "article" (the one on screen) or "selected" (rows of the library table)


@dataclass(frozen=True)
class ScopeCounts:
    """How many quotes each scope holds; None where it does not apply (no article, no selection)."""

    all: int
    article: int | None
    selected: int


class ExportDialog(QDialog):
    """Format and scope; ``request()`` is what the user picked."""

    def __init__(self, parent: QWidget | None, counts: ScopeCounts, fmt: str | None = None,
                 scope: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Quotes"))
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for key, label in FORMATS:
            self.format.addItem(label, key)
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
        self.format.currentIndexChanged.connect(self._update_scopes)
        self._update_scopes()
        wanted = scope if scope in SCOPES else ("selected" if counts.selected > 1 else "all")
        self.set_scope(wanted)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                    | QDialogButtonBox.StandardButton.Cancel, parent=self)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)

    def _update_scopes(self) -> None:
        """A scope with nothing in it can't be picked; the JSON backup covers whole articles only."""
        fmt = self.format.currentData()
        self.buttons["all"].setEnabled(True)
        self.buttons["article"].setEnabled(bool(self._counts.article))
        selected_ok = self._counts.selected > 0 and fmt != "json"
        self.buttons["selected"].setEnabled(selected_ok)
        self.buttons["selected"].setToolTip(
            "" if fmt != "json"
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
        return ExportRequest(str(self.format.currentData()), scope)

    @classmethod
    def ask(cls, parent: QWidget | None, counts: ScopeCounts, fmt: str | None = None,
            scope: str | None = None) -> ExportRequest | None:
        """The user's choice, or None on Cancel; tests monkeypatch this instead of clicking."""
        dialog = cls(parent, counts, fmt, scope)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: Path, fmt: str) -> Path | None:
        """Where to write, or None on Cancel; the format's suffix is added when the name has none."""
        suffix = SUFFIXES[fmt]
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportDialog", "Export Quotes"), str(suggested),
            QCoreApplication.translate("ExportDialog", "{format} (*{suffix});;All files (*)").format(
                format=FORMAT_NAMES[fmt], suffix=suffix))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)
