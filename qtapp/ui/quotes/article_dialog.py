"""Correct what the text got wrong or lacked: title, authors, publisher, reprinter, date, URL.

Each field says where its value came from: found by a reading rule (which one, in its tooltip),
corrected by the user, or missing, and a missing field a citation needs is marked "Needs you" (see
``qtapp.library.completeness``). A field found only from the page's layout is marked "Check this" with a
"Right as found" box: ticking it keeps the value as the user's own, and the marker goes. The answer is
a dict of corrections for ``QuoteLibrary.correct_article``; only changed or confirmed fields are
included, so an untouched field keeps following the parser. ``ask`` is what tests monkeypatch.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qtapp.article.model import Article, Author
from qtapp.library.completeness import FieldState, field_states
from qtapp.ui.accessibility import named
from qtapp.ui.i18n import shown


def _author_json(author: Author) -> dict[str, Any]:
    return {"name": author.name, "family": author.family, "given": author.given,
            "description": author.description, "family_first": author.family_first}


class StateLabel(QLabel):
    """Small text beside a field: "Found", "Corrected by you", "Changed by you" or "Needs you".

    The ``state`` property (found, corrected, changed, missing, needs) is what tests and style read.
    """

    def __init__(self, name: str, initial: FieldState) -> None:
        super().__init__()
        self.setObjectName(f"article_{name}_state")
        self._initial = initial
        self.show_state(changed=False)

    def show_state(self, *, changed: bool) -> None:
        state = self._initial
        font = self.font()
        font.setBold(False)
        muted = True
        if changed:
            key, text = "changed", self.tr("Changed by you")
            tip = self.tr("Saved as your correction when you press OK.")
        elif state.state == "corrected":
            key, text = "corrected", self.tr("Corrected by you")
            tip = self.tr("Your correction: re-reading the article keeps it.")
        elif state.needs_check:
            key, text = "check", self.tr("⚠ Check this")
            tip = self.tr("Found by the reading rule {rule}, but {doubt}. Tick \"Right as found\" if it is, or "
                          "correct it.").format(rule=state.rule, doubt=shown(state.doubt) if state.doubt else "")
            font.setBold(True)
            muted = False
        elif state.state == "found":
            key, text = "found", self.tr("Found")
            tip = (self.tr("Found in the text by the reading rule {rule}.").format(rule=state.rule) if state.rule
                   else self.tr("Found in the text."))
        elif state.needs_user:
            key, text = "needs", self.tr("⚠ Needs you")
            tip = self.tr("No reading rule found this in the text, and a citation needs it: please fill it in.")
            font.setBold(True)
            muted = False
        else:
            key, text, tip = "missing", self.tr("Not found"), self.tr("Not in the text; fill it in if there is one.")
        self.setProperty("state", key)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("{state}. {explanation}").format(state=text, explanation=tip))
        self.setFont(font)
        # A palette role, not a colour: dark and sepia themes recolour it with everything else.
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.WindowText)

    @property
    def state(self) -> str:
        return str(self.property("state"))


class _AuthorBox(QGroupBox):
    removeRequested = Signal(object)
    edited = Signal()

    def __init__(self, author: Author, number: int) -> None:
        super().__init__(self.tr("Author {number}").format(number=number))
        form = QFormLayout(self)
        self.author = author
        self.family = named(QLineEdit(author.family or ""), f"authorFamily{number}")
        self.given = named(QLineEdit(author.given or ""), f"authorGiven{number}")
        self.family_first = named(QCheckBox(self.tr("Family name comes first (e.g. Wang Haiyan)")),
                                  f"authorFamilyFirst{number}")
        self.family_first.setChecked(author.family_first)
        self.remove = named(QPushButton(self.tr("&Remove Author")), f"authorRemove{number}")
        self.remove.setToolTip(self.tr("Remove this author: they did not write the article"))
        self.remove.setAccessibleName(self.tr("Remove author {number}").format(number=number))
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        for edit in (self.family, self.given):
            edit.textEdited.connect(self.edited)
        self.family_first.toggled.connect(self.edited)
        form.addRow(self.tr("Family name:"), self.family)
        form.addRow(self.tr("Given name:"), self.given)
        form.addRow("", self.family_first)
        form.addRow("", self.remove)

    def value(self) -> dict[str, Any]:
        family, given = self.family.text().strip() or None, self.given.text().strip() or None
        first = self.family_first.isChecked()
        parts = [p for p in ((family, given) if first else (given, family)) if p]
        return {"name": " ".join(parts) or self.author.name, "family": family, "given": given,
                "description": self.author.description, "family_first": first}


class ArticleDetailsDialog(QDialog):
    """A form over the article's citation metadata, saying per field where its value came from."""

    # Captions are marked for pyside6-lupdate and translated when the form is built.
    FIELDS = (("title", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Title:")),
              ("publisher", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Publisher:")),
              ("reprinted_by", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Reprinted by:")),
              ("date", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&Date (YYYY-MM-DD):")),
              ("url", QT_TRANSLATE_NOOP("ArticleDetailsDialog", "&URL:")))

    def __init__(self, parent: QWidget | None, article: Article,
                 corrections: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article details"))
        self._article = article
        states = field_states(article, corrections)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.states: dict[str, StateLabel] = {}
        self.confirms: dict[str, QCheckBox] = {}
        for key, label in self.FIELDS:
            edit = named(QLineEdit(getattr(article, key) or ""), f"article_{key}")
            self.edits[key] = edit
            state = self.states[key] = StateLabel(key, states[key])
            edit.setToolTip(state.toolTip())
            if not edit.text():
                edit.setPlaceholderText(self.tr("Not found in the text: type it here"))
            edit.textEdited.connect(lambda _text, k=key: self._field_edited(k))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(state)
            if states[key].needs_check:
                confirm = self.confirms[key] = named(QCheckBox(self.tr("Right as found")), f"article_{key}_confirm")
                confirm.setToolTip(self.tr("Keep this value as your own: the window stops asking you to check it"))
                confirm.toggled.connect(lambda _on, k=key: self._field_edited(k))
                row.addWidget(confirm)
            caption = QLabel(self.tr(str(label)))
            caption.setBuddy(edit)  # beside a layout, QFormLayout would show the "&" instead of using it
            form.addRow(caption, row)
        layout.addLayout(form)
        self._authors_group = QGroupBox(self.tr("Authors"))
        group = QVBoxLayout(self._authors_group)
        self.states["authors"] = StateLabel("authors", states["authors"])
        group.addWidget(self.states["authors"])
        self._authors_layout = QVBoxLayout()
        group.addLayout(self._authors_layout)
        self.add_author_button = named(QPushButton(self.tr("&Add Author")), "authorAdd")
        self.add_author_button.clicked.connect(lambda: self.add_author())
        group.addWidget(self.add_author_button)
        layout.addWidget(self._authors_group)
        self.authors: list[_AuthorBox] = []
        self._numbers = 0
        for author in list(article.authors) or [Author(name="")]:
            self.add_author(author, edited=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- authors ----------------------------------------------------------------------------------
    def add_author(self, author: Author | None = None, *, edited: bool = True) -> _AuthorBox:
        self._numbers += 1
        box = _AuthorBox(author or Author(name=""), self._numbers)
        box.removeRequested.connect(self.remove_author)
        box.edited.connect(self._authors_edited)
        self.authors.append(box)
        self._authors_layout.addWidget(box)
        if edited:
            box.family.setFocus()
            self._authors_edited()
        return box

    def remove_author(self, box: _AuthorBox) -> None:
        """Drop an author the text named wrongly (a role, an outlet, a photographer)."""
        if box in self.authors:
            self.authors.remove(box)
            self._authors_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
            self._authors_edited()

    def _authors_edited(self) -> None:
        self.states["authors"].show_state(changed="authors" in self.corrections())

    def _field_edited(self, key: str) -> None:
        self.states[key].show_state(changed=key in self.corrections())

    # -- the answer -------------------------------------------------------------------------------
    def corrections(self) -> dict[str, Any]:
        """Only what the user changed; "" means "unknown" to the store."""
        changes: dict[str, Any] = {}
        for key, edit in self.edits.items():
            value = edit.text().strip()
            confirmed = key in self.confirms and self.confirms[key].isChecked()
            if value != (getattr(self._article, key) or "") or (confirmed and value):
                changes[key] = value
        authors = [box.value() for box in self.authors]
        authors = [a for a in authors if a["name"] or a["family"] or a["given"]]
        if authors != [_author_json(a) for a in self._article.authors]:
            changes["authors"] = authors
        return changes

    @classmethod
    def ask(cls, parent: QWidget | None, article: Article,
            corrections: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        dialog = cls(parent, article, corrections)
        return dialog.corrections() if dialog.exec() == QDialog.DialogCode.Accepted else None
