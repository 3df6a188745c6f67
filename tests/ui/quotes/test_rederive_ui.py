"""The window brings quotes read by older rules up to date in the background, with progress, never blocking."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from qtapp.article import parse_text
from qtapp.library import rederive
from qtapp.library.store import Library
from tests.ui.quotes.test_library_dock import caught_up

SAYING = "Success comes to those who share in one purpose."


def older_library(path: Path, seed_text: str, articles: int) -> list[int]:
    """A library whose articles were read by older rules that found no speaker: quotes are the author's."""
    with Library.open(path) as library:
        ids = []
        for n in range(articles):
            source = seed_text if n == 0 else f"{seed_text}\n\nA closing line, number {n}.\n"
            article = parse_text(source)
            article_id = library.articles.add(article, source, parser="older")
            start = article.text.index(SAYING)
            ids.append(library.quotes.add(article_id, start, start + len(SAYING)))
    conn = sqlite3.connect(path)
    for row_id, parsed in conn.execute("SELECT id, parsed FROM articles").fetchall():
        data = json.loads(parsed)
        for quotation in data["quotations"]:
            quotation["speaker"] = None
        conn.execute("UPDATE articles SET parsed = ? WHERE id = ?", (json.dumps(data), row_id))
    conn.execute("UPDATE quotes SET voice = 'author', speaker = NULL, voice_by = 'rules', who = 'Wang Haiyan'")
    conn.commit()
    conn.close()
    return ids


def test_the_window_rederives_in_the_background_with_progress(make_window: Any, qtbot: QtBot,
                                                             library_file: Path, seed_text: str) -> None:
    ids = older_library(library_file, seed_text, 6)
    window = make_window()
    library = window.quotes.library
    seen: list[tuple[int, int]] = []
    threads: set[str] = set()
    library.rederiveProgress.connect(lambda done, total: (seen.append((done, total)),
                                                          threads.add(threading.current_thread().name)))
    with qtbot.waitSignal(library.rederived, timeout=20000) as finished:
        assert library.rederive_in_background()
    report = finished.args[0]
    assert (report.articles, report.unplaced, report.failed) == (6, [], [])
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert threads == {threading.main_thread().name}  # delivered on the GUI thread, worked out elsewhere
    bar = window.statusBar().findChild(QProgressBar, "rederiveProgress")
    assert bar is not None and bar.isHidden()  # shown while it ran, gone when done
    assert window.statusBar().currentMessage().startswith("Re-read 6 articles with the current reading rules")
    store = library.store
    assert {store.quotes.get(i).speaker for i in ids} == {"Xi Jinping"}
    caught_up(qtbot, window)
    assert "Xi Jinping" in store.quotes.whos()
    assert rederive.stale_count(store) == 0
    with qtbot.waitSignal(library.rederived, timeout=20000) as again:
        assert library.rederive_in_background()
    assert again.args[0].articles == 0  # nothing stale any more: the next open only asks one query


def test_closing_the_window_mid_way_loses_nothing_and_the_next_open_resumes(
        make_window: Any, qtbot: QtBot, library_file: Path, seed_text: str) -> None:
    ids = older_library(library_file, seed_text, 8)
    window = make_window()
    assert window.quotes.library.rederive_in_background()
    window.quotes.library.close()  # stops after the article in hand
    version = rederive.current_version()
    with Library.open(library_file) as library:
        assert [q.id for q in library.quotes.find()] == ids
        for quote in library.quotes.find():  # each article whole: re-derived with its quotes, or not at all
            done = library.articles.get(quote.article_id).parser == version
            assert (quote.speaker == "Xi Jinping") == done
        rederive.rederive(library)
        assert {library.quotes.get(i).speaker for i in ids} == {"Xi Jinping"}


def test_the_background_pass_empties_the_trash_of_old_deletes_only(make_window: Any, qtbot: QtBot,
                                                                   library_file: Path, seed_text: str) -> None:
    """DESIGN §5: deletes wait in the trash (Undo restores them) before they are purged, so the trash is
    emptied, of deletes older than the undo window, by the pass the window starts after it opens."""
    from qtapp.library.stamps import days_ago
    from qtapp.ui.quotes.rederiving import TRASH_KEEP_DAYS

    old, recent, kept = older_library(library_file, seed_text, 3)
    with Library.open(library_file) as library:
        library.quotes.delete(old)
        library.quotes.delete(recent)
        library.db.execute("UPDATE quotes SET deleted_at = ? WHERE id = ?", (days_ago(TRASH_KEEP_DAYS + 1), old))
    window = make_window()
    with qtbot.waitSignal(window.quotes.library.rederived, timeout=20000):
        assert window.quotes.library.rederive_in_background()
    store = window.quotes.library.store
    assert [q.id for q in store.quotes.find(trash=True)] == [recent]  # the old delete is gone for good
    assert [q.id for q in store.quotes.find()] == [kept]
    assert window.quotes.library.restore_quotes([recent])  # a recent delete can still be undone
    assert store.quotes.count() == 2
