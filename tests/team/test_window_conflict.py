"""Two people editing the same note: the second to save is told "changed by X meanwhile" and chooses
(keep theirs / overwrite with mine / copy mine to the clipboard); nothing is overwritten silently."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from qtapp.ui.quotes.conflict_dialog import ConflictDialog
from qtapp.ui.quotes.quote_dialogs import NoteDialog, QuoteDetails
from tests.team.team_windows import save

THEIRS, MINE = "eve: checked against the transcript", "alice: key sentence"



@pytest.fixture
def edit_while_eve_edits(member_window, monkeypatch):
    """Alice opens Edit Note on her quote; while her dialog is open, eve (an editor) saves another note."""
    alice, eve = member_window("alice"), member_window("eve", open_seed=False)
    saved = save(alice)
    assert alice.quotes.dock.select_quote(saved.id)
    asked: list[tuple[str, str, str]] = []

    def note_dialog(parent, details, exact):
        assert eve.quotes.library.update_quote(saved.id, note=THEIRS)  # meanwhile, in eve's window
        return QuoteDetails(MINE, list(details.tags), details.color)

    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, *a: note_dialog(*a)))

    def run(choice: str):
        monkeypatch.setattr(ConflictDialog, "ask",
                            classmethod(lambda cls, parent, by, theirs, mine: asked.append((by, theirs, mine))
                                        or choice))
        alice.quotes.actions.edit_note.trigger()
        return alice, saved, asked
    return run


def test_keep_theirs_writes_nothing(edit_while_eve_edits):
    alice, saved, asked = edit_while_eve_edits("theirs")
    assert asked == [("eve", THEIRS, MINE)]
    assert alice.quotes.library.quote(saved.id).note == THEIRS
    assert not alice.quotes.stack.canUndo() or alice.quotes.stack.undoText() != "Edit note"


def test_overwrite_with_mine_replaces_theirs_and_undo_gives_theirs_back(edit_while_eve_edits):
    alice, saved, asked = edit_while_eve_edits("mine")
    assert len(asked) == 1
    record = alice.quotes.library.quote(saved.id)
    assert record.note == MINE and record.updated_by == "alice"
    alice.quotes.stack.undo()
    assert alice.quotes.library.quote(saved.id).note == THEIRS


def test_copy_mine_keeps_theirs_and_puts_mine_on_the_clipboard(edit_while_eve_edits):
    alice, saved, _ = edit_while_eve_edits("copy")
    assert alice.quotes.library.quote(saved.id).note == THEIRS
    assert QGuiApplication.clipboard().text() == MINE


def test_an_edit_nobody_raced_is_saved_without_a_question(member_window, monkeypatch):
    alice = member_window("alice")
    saved = save(alice)
    assert alice.quotes.dock.select_quote(saved.id)
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, parent, details, exact:
                                                       QuoteDetails(MINE, [], details.color)))
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, *a: pytest.fail("no conflict here")))
    alice.quotes.actions.edit_note.trigger()
    record = alice.quotes.library.quote(saved.id)
    assert record.note == MINE and record.version == saved.version + 1
    alice.quotes.stack.undo()
    assert alice.quotes.library.quote(saved.id).note == ""
