"""A note edit that meets a colleague's newer version: the user chooses, nothing is overwritten silently.

A team library keeps a version per quote; an edit made on an older one is refused by the core
(``ChangedMeanwhile``, naming who changed it). Here the user sees both notes and picks: keep theirs,
overwrite with mine, or copy mine to the clipboard (and keep theirs) to merge by hand.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qtapp.ui import headless

Choice = Literal["theirs", "mine", "copy"]


def conflict_text(by: str, theirs: str, mine: str) -> str:
    """What the box says: who changed the note meanwhile, their note and the user's."""
    return QCoreApplication.translate(
        "ConflictDialog", "This quote was changed by {by} meanwhile.\n\nTheir note:\n{theirs}\n\n"
                          "Your note:\n{mine}").format(by=by, theirs=theirs or "(none)", mine=mine or "(none)")


class ConflictDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, by: str, theirs: str, mine: str) -> Choice:
        """The user's choice; closing the box keeps theirs (the one answer that loses nothing stored).
        Tests monkeypatch this."""
        if headless.active:
            return "theirs"
        title = QCoreApplication.translate("ConflictDialog", "Changed by {by} meanwhile").format(by=by)
        box = QMessageBox(QMessageBox.Icon.Warning, title, conflict_text(by, theirs, mine),
                          QMessageBox.StandardButton.NoButton, parent)
        keep = box.addButton(QCoreApplication.translate("ConflictDialog", "Keep Theirs"),
                             QMessageBox.ButtonRole.RejectRole)
        overwrite = box.addButton(QCoreApplication.translate("ConflictDialog", "Overwrite with Mine"),
                                  QMessageBox.ButtonRole.DestructiveRole)
        copy = box.addButton(QCoreApplication.translate("ConflictDialog", "Copy Mine to Clipboard"),
                             QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return "mine"
        return "copy" if clicked is copy else "theirs"
