"""The window on a team library brings quotes read by older rules up to date by itself, in the background,
as on a library file (issue 12 item 5): only what the team's rules let this member change, and never a
member's own correction."""

from __future__ import annotations

import dataclasses
from typing import Any

from qtapp.article import parse_text
from qtapp.library.postgres.store import TeamLibrary
from tests.team.team_windows import SAYING

PART = "share in one purpose"


def _read_by_older_rules(source: str) -> Any:
    """The seed as older rules read it: nobody named for the saying, so its quotes are the author's."""
    article = parse_text(source)
    return dataclasses.replace(article, quotations=[dataclasses.replace(q, speaker=None)
                                                    for q in article.quotations])


def test_the_window_rederives_a_team_library_in_the_background(member_window, as_member, seed_text, qtbot):
    old = _read_by_older_rules(seed_text)
    start = old.text.index(SAYING)
    with TeamLibrary.open(as_member("alice")) as alice:
        mine = alice.articles.add(old, seed_text, parser="older")
        followed = alice.quotes.add(mine, start, start + len(SAYING))
        corrected = alice.quotes.add(mine, start + SAYING.index(PART), start + SAYING.index(PART) + len(PART))
        alice.quotes.update(corrected, speaker="Zhang San")  # alice said whose words these are
        assert alice.quotes.get(followed).voice == "author"
    with TeamLibrary.open(as_member("bob")) as bob:  # the same text as another article, quoted by bob
        other = seed_text + "\n\nA closing line.\n"
        theirs = bob.articles.add(_read_by_older_rules(other), other, parser="older")
        bobs = bob.quotes.add(theirs, start, start + len(SAYING))
    assert theirs != mine

    window = member_window("alice", open_seed=False)  # nothing asked of it: the window starts the pass
    store = window.quotes.library.store
    qtbot.waitUntil(lambda: store.quotes.get(followed).speaker == "Xi Jinping", timeout=20000)
    qtbot.waitUntil(lambda: window.quotes.library.rederiving is None, timeout=20000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Re-read 1 article") and "only an editor may re-derive" in message
    kept = store.quotes.get(corrected)
    assert (kept.speaker, kept.voice_by) == ("Zhang San", "user")  # the correction stands
    assert store.quotes.get(bobs).voice == "author"  # a colleague's quote waits for an editor
    assert (store.articles.get(mine).parser != "older", store.articles.get(theirs).parser) == (True, "older")


def test_a_read_only_member_s_window_leaves_the_library_as_it_is(member_window, as_member, seed_text, qtbot,
                                                                 monkeypatch):
    from qtapp.ui.quotes import service

    asked: list[bool] = []
    real = service.QuoteLibrary.rederive_in_background
    monkeypatch.setattr(service, "SNAPSHOT_AFTER_MS", 0)  # the window's moment to start the pass: now
    monkeypatch.setattr(service.QuoteLibrary, "rederive_in_background",
                        lambda self: asked.append(real(self)) or asked[-1])
    old = _read_by_older_rules(seed_text)
    with TeamLibrary.open(as_member("alice")) as alice:
        article = alice.articles.add(old, seed_text, parser="older")
    window = member_window("rita", open_seed=False)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == [False] and window.quotes.library.store.db.readonly  # asked, and nothing it could write
    assert window.quotes.library.rederiving is None
    with TeamLibrary.open(as_member("alice")) as alice:
        assert alice.articles.get(article).parser == "older"
