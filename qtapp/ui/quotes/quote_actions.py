"""The quote actions, built in one place: names, shortcuts, icons, status tips and where they appear.

Object names are the contract tests and other tools use (DESIGN §6). Enabled state is bound to signals
by the controller, never polled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from qtapp.ui.actions import Spec, make_action
from qtapp.ui.icons import icon as theme_icon


@dataclass
class QuoteActions:
    save: QAction
    save_with_note: QAction
    undo: QAction
    redo: QAction
    delete: QAction
    reattribute: QAction
    confirm: QAction
    edit_note: QAction
    jump: QAction
    article_details: QAction


def _spec(name: str, text: object, tip: object, keys: tuple[str | QKeySequence, ...] = (),
          icon_name: str = "") -> Spec:
    return Spec(name, text, tip, keys, icon_name, context="QuoteActions")


def create_actions(parent: QObject, stack: QUndoStack) -> QuoteActions:
    # Texts are marked for pyside6-lupdate in the "QuoteActions" context; make_action translates them.
    # Whole words are saved; with Alt (Ctrl+Alt+Shift+S, or Alt held on a click) the exact selection.
    save = make_action(parent, _spec(
        "actionSaveQuote", QT_TRANSLATE_NOOP("QuoteActions", "&Save Quote"),
        QT_TRANSLATE_NOOP("QuoteActions", "Save the selected passage as a quote (whole words; "
                                          "with Alt, exactly as selected)"),
        ("Ctrl+Shift+S", "Ctrl+Alt+Shift+S"), "bookmark-new"))
    save_with_note = make_action(parent, _spec(
        "actionSaveQuoteWithNote", QT_TRANSLATE_NOOP("QuoteActions", "Save Quote with &Note…"),
        QT_TRANSLATE_NOOP("QuoteActions", "Save the selected passage with a note, tags and a colour"),
        ("Ctrl+Shift+N",), "document-edit"))
    for action in (save, save_with_note):
        action.setEnabled(False)  # until the reader has a selection

    # The stack's own actions follow its state (enabled, "Undo Delete quote") for free.
    undo = stack.createUndoAction(parent, QCoreApplication.translate("QuoteActions", "&Undo"))
    undo.setObjectName("actionUndo")
    undo.setIcon(theme_icon("edit-undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    undo.setStatusTip(QCoreApplication.translate("QuoteActions", "Undo the last change to the library"))
    redo = stack.createRedoAction(parent, QCoreApplication.translate("QuoteActions", "&Redo"))
    redo.setObjectName("actionRedo")
    redo.setIcon(theme_icon("edit-redo"))
    redo_keys = [QKeySequence("Ctrl+Shift+Z")]
    redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
    redo.setShortcuts(redo_keys)
    redo.setStatusTip(QCoreApplication.translate("QuoteActions", "Redo the change just undone"))

    delete = make_action(parent, _spec(
        "actionDeleteQuote", QT_TRANSLATE_NOOP("QuoteActions", "&Delete Quote"),
        QT_TRANSLATE_NOOP("QuoteActions", "Delete the selected quotes (undoable)"),
        (QKeySequence(QKeySequence.StandardKey.Delete),), "edit-delete"))
    # Del belongs to the table: in the search field it must still delete characters.
    delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    reattribute = make_action(parent, _spec(
        "actionReattributeQuote", QT_TRANSLATE_NOOP("QuoteActions", "&Whose Words…"),
        QT_TRANSLATE_NOOP("QuoteActions", "Change whose words the quote is: the author, the editors or a speaker"),
        ("Ctrl+Shift+W",)))
    confirm = make_action(parent, _spec(
        "actionConfirmAttribution", QT_TRANSLATE_NOOP("QuoteActions", "Con&firm Attribution"),
        QT_TRANSLATE_NOOP("QuoteActions", "Mark the quote's attribution as checked: it is right as it stands"),
        ("Ctrl+Shift+K",)))
    for action in (reattribute, confirm):
        action.setEnabled(False)  # until the library has a current quote
    edit_note = make_action(parent, _spec(
        "actionEditQuoteNote", QT_TRANSLATE_NOOP("QuoteActions", "Edit &Note…"),
        QT_TRANSLATE_NOOP("QuoteActions", "Edit the quote's note, tags and colour")))
    jump = make_action(parent, _spec(
        "actionJumpToQuote", QT_TRANSLATE_NOOP("QuoteActions", "&Go to Passage"),
        QT_TRANSLATE_NOOP("QuoteActions", "Show the passage in its article"), icon_name="go-jump"))
    details = make_action(parent, _spec(
        "actionArticleDetails", QT_TRANSLATE_NOOP("QuoteActions", "Article &Details…"),
        QT_TRANSLATE_NOOP("QuoteActions", "Correct the article's title, authors, publisher, date and URL"),
        icon_name="document-properties"))
    return QuoteActions(save, save_with_note, undo, redo, delete, reattribute, confirm, edit_note, jump,
                        details)
