"""Correct what the text got wrong or lacked: title, authors, publisher, reprinter, date, URL.

The answer is a dict of corrections for ``store.correct_article``; only changed fields are included, so
an untouched field keeps following the parser. ``ask`` is what tests monkeypatch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qtapp.article.model import Article, Author
from qtapp.ui.accessibility import named


class _AuthorBox(QGroupBox):
    def __init__(self, author: Author, number: int) -> None:
        super().__init__(f"Author {number}")
        form = QFormLayout(self)
        self.author = author
        self.family = named(QLineEdit(author.family or ""), f"authorFamily{number}")
        self.given = named(QLineEdit(author.given or ""), f"authorGiven{number}")
        self.family_first = named(QCheckBox("Family name comes first (e.g. Wang Haiyan)"),
                                  f"authorFamilyFirst{number}")
        self.family_first.setChecked(author.family_first)
        form.addRow("Family name:", self.family)
        form.addRow("Given name:", self.given)
        form.addRow("", self.family_first)

    def value(self) -> dict[str, Any]:
        family, given = self.family.text().strip() or None, self.given.text().strip() or None
        first = self.family_first.isChecked()
        parts = [p for p in ((family, given) if first else (given, family)) if p]
        return {"name": " ".join(parts) or self.author.name, "family": family, "given": given,
                "description": self.author.description, "family_first": first}


class ArticleDetailsDialog(QDialog):
    """A form over the article's citation metadata."""

    FIELDS = (("title", "&Title:"), ("publisher", "&Publisher:"), ("reprinted_by", "&Reprinted by:"),
              ("date", "&Date (YYYY-MM-DD):"), ("url", "&URL:"))

    def __init__(self, parent: QWidget | None, article: Article) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article details")
        self._article = article
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label in self.FIELDS:
            edit = named(QLineEdit(getattr(article, key) or ""), f"article_{key}")
            self.edits[key] = edit
            form.addRow(label, edit)
        layout.addLayout(form)
        authors = list(article.authors) or [Author(name="")]
        self.authors = [_AuthorBox(a, i + 1) for i, a in enumerate(authors)]
        for box in self.authors:
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def corrections(self) -> dict[str, Any]:
        """Only what the user changed; "" means "unknown" to the store."""
        changes: dict[str, Any] = {}
        for key, edit in self.edits.items():
            value = edit.text().strip()
            if value != (getattr(self._article, key) or ""):
                changes[key] = value
        authors = [box.value() for box in self.authors]
        authors = [a for a in authors if a["name"] or a["family"] or a["given"]]
        before = [{"name": a.name, "family": a.family, "given": a.given, "description": a.description,
                   "family_first": a.family_first} for a in self._article.authors]
        if authors != before:
            changes["authors"] = authors
        return changes

    @classmethod
    def ask(cls, parent: QWidget | None, article: Article) -> dict[str, Any] | None:
        dialog = cls(parent, article)
        return dialog.corrections() if dialog.exec() == QDialog.DialogCode.Accepted else None
