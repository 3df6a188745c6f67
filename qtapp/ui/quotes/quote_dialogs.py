"""Small dialogs for a quote's note, tags and colour, and for who said it.

Each has an ``ask(...)`` classmethod that returns the answer or None; tests monkeypatch ``ask`` instead
of clicking through a modal dialog (pytest-qt, note_dialogs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from qtapp.ui.accessibility import named
from qtapp.ui.quotes.colors import DEFAULT_COLOR, color_names

# Marked for pyside6-lupdate in the "QuoteDialogs" context; translated when the combo box is filled.
VOICE_LABELS = {"author": QT_TRANSLATE_NOOP("QuoteDialogs", "The author"),
                "editors": QT_TRANSLATE_NOOP("QuoteDialogs", "The editors"),
                "speaker": QT_TRANSLATE_NOOP("QuoteDialogs", "Someone the author quotes")}


def parse_tags(text: str) -> list[str]:
    """Tags as typed: comma-separated, blanks dropped, first spelling of a repeat kept."""
    seen: dict[str, str] = {}
    for tag in (t.strip() for t in text.split(",")):
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


@dataclass
class QuoteDetails:
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = DEFAULT_COLOR


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)


class NoteDialog(_Dialog):
    """Note, tags and colour for a quote being saved (Ctrl+Shift+N)."""

    def __init__(self, parent: QWidget | None, details: QuoteDetails, passage: str = "") -> None:
        super().__init__(parent, QCoreApplication.translate("NoteDialog", "Save quote with note"))
        self.note = named(QPlainTextEdit(details.note), "quoteNote")
        self.note.setPlaceholderText(passage[:200])
        self.note.setTabChangesFocus(True)  # Tab moves on to Tags, as in every other form field
        self.tags = named(QLineEdit(", ".join(details.tags),
                                    placeholderText=QCoreApplication.translate("QuoteDialogs", "comma, separated")),
                          "quoteTags")
        self.color = named(QComboBox(), "quoteColor")
        self.color.addItems(color_names())
        self.color.setCurrentText(details.color)
        self.form.addRow(QCoreApplication.translate("QuoteDialogs", "&Note:"), self.note)
        self.form.addRow(QCoreApplication.translate("QuoteDialogs", "&Tags:"), self.tags)
        self.form.addRow(QCoreApplication.translate("QuoteDialogs", "&Colour:"), self.color)
        self.finish()
        self.note.setMinimumHeight(160)  # room for a paragraph of notes, not one cramped line
        self.resize(560, 380)

    def details(self) -> QuoteDetails:
        return QuoteDetails(self.note.toPlainText().strip(), parse_tags(self.tags.text()),
                            self.color.currentText())

    @classmethod
    def ask(cls, parent: QWidget | None, details: QuoteDetails | None = None,
            passage: str = "") -> QuoteDetails | None:
        dialog = cls(parent, details or QuoteDetails(), passage)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReattributeDialog(_Dialog):
    """Override whose words a quote is: the author, the editors, or a named speaker."""

    def __init__(self, parent: QWidget | None, voice: str, speaker: str | None) -> None:
        super().__init__(parent, QCoreApplication.translate("ReattributeDialog", "Whose words are these?"))
        self.voice = named(QComboBox(), "quoteVoice")
        for key, label in VOICE_LABELS.items():
            self.voice.addItem(QCoreApplication.translate("QuoteDialogs", str(label)), key)
        self.voice.setCurrentIndex(max(0, self.voice.findData(voice)))
        self.speaker = named(QLineEdit(speaker or ""), "quoteSpeaker")
        self.voice.currentIndexChanged.connect(self._sync)
        self.form.addRow(QCoreApplication.translate("QuoteDialogs", "&Voice:"), self.voice)
        self.form.addRow(QCoreApplication.translate("QuoteDialogs", "&Speaker:"), self.speaker)
        self.finish()
        self._sync()

    def _sync(self) -> None:
        self.speaker.setEnabled(self.voice.currentData() == "speaker")

    def answer(self) -> tuple[str, str | None]:
        voice = str(self.voice.currentData())
        speaker = self.speaker.text().strip() or None
        return voice, (speaker if voice == "speaker" else None)

    @classmethod
    def ask(cls, parent: QWidget | None, voice: str, speaker: str | None) -> tuple[str, str | None] | None:
        dialog = cls(parent, voice, speaker)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
