"""A read-only member's window: everything reads, nothing can be saved or edited, and each of those
says why (the role, and who can change it) instead of failing after the user tried."""

from __future__ import annotations

from qtapp.ui.quotes.table_model import COLUMNS
from tests.team.team_windows import save, select_text


def test_a_read_only_member_gets_a_read_only_window_that_says_why(member_window):
    saved = save(member_window("alice"))
    rita = member_window("rita")
    a = rita.quotes.actions
    select_text(rita, "This visit marks his fifth trip")
    for action in (a.save, a.save_with_note, a.delete, a.edit_note):
        assert not action.isEnabled(), action.objectName()
        assert "rita" in action.toolTip() and "read-only member" in action.toolTip()
    assert rita.quotes.readonly_label is not None and "rita" in rita.quotes.readonly_label.toolTip()
    assert rita.quotes.dock.select_quote(saved.id)  # reading works
    assert not a.reattribute.isEnabled()
    model = rita.quotes.model
    row = model.row_of(saved.id)
    assert row is not None
    assert not model.setData(model.index(row, COLUMNS.index("note")), "mine now")
    assert rita.quotes.library.quote(saved.id).note == ""


def test_a_write_that_still_reaches_a_read_only_library_says_why_once(member_window):
    rita = member_window("rita")
    told = []
    rita.quotes.library.failed.connect(told.append)
    article = rita.quotes.current.source()
    assert rita.quotes.library.save_quote(article, 0, 10) is None
    assert len(told) == 1 and "read-only member" in told[0] and "nothing was changed" in told[0]
    assert rita.quotes.library.count() == 0


def test_a_member_s_window_is_writable(member_window):
    alice = member_window("alice")
    select_text(alice, "This visit marks his fifth trip")
    assert alice.quotes.actions.save.isEnabled() and alice.quotes.readonly_label is None
