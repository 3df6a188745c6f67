"""The command line's quick listing: the store's own query, read as plain rows over a read-only connection.

``quoteclip quotes list`` should answer about as fast as ``quoteclip --version``; loading the record
classes (dataclasses, the article model) and opening the library for writing cost more than the query.
Whenever the quick path is not sure (no file yet, a schema to migrate or too new, a damaged or foreign
file, a lock) it returns None and the caller takes the full path through ``Library``, which opens,
migrates or says what is wrong in the user's words.
"""

from __future__ import annotations

import os
import sqlite3

from qtapp.library import queries, schema

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from typing import Any

BUSY_TIMEOUT_S = 5.0


class Row:
    """What the listing's table shows of a quote.

    A plain class: a NamedTuple would import typing, which costs more than the query.
    """

    __slots__ = ("id", "article_id", "voice", "speaker", "who", "exact", "tags", "stub")

    def __init__(self, id: int, article_id: int, voice: str, speaker: str | None, who: str | None,
                 exact: str, tags: str, stub: str | None = None) -> None:
        self.id, self.article_id, self.voice, self.speaker = id, article_id, voice, speaker
        self.who, self.exact = who, exact
        self.tags = tags  # already joined for the table: "a, b"
        self.stub = stub  # the article was imported without its text (schema v6)


# Tags come joined by SQLite's own JSON reader, in their stored order: importing json costs more.
_COLUMNS = ("q.id, q.article_id, q.voice, q.speaker, q.who, q.exact, "
            "(SELECT COALESCE(group_concat(value, ', '), '') FROM json_each(q.tags)), "
            "(SELECT stub FROM articles WHERE id = q.article_id)")


def quick_listing(path: str | os.PathLike[str], search: str | None = None, article_id: int | None = None,
                  limit: int | None = None) -> tuple[list[Row], int] | None:
    """The first ``limit`` quotes ``Library.quotes.find(search, article_id)`` would list, in its order, and
    how many match in all; None if unsure."""
    path = os.path.abspath(path)
    if not os.path.isfile(path) or os.path.exists(path + ".moved-to") or _stale_wal(path):
        return None  # the full path says where the library went, or judges the WAL first
    try:
        conn = sqlite3.connect(f"file:{_quote(path)}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != schema.LATEST:
            return None
        if article_id is not None and not conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                                       (article_id,)).fetchone():
            return None  # the full path says there is no such article

        def scalar(sql: str, params: tuple[Any, ...] | list[Any]) -> Any:
            return conn.execute(sql, params).fetchone()[0]

        query = queries.select(scalar, search, article_id, limit=limit, newest_first=True, columns=_COLUMNS)
        rows = [] if query is None else [Row(*r) for r in conn.execute(*query)]
        if limit is None or len(rows) < limit:
            return rows, len(rows)
        counting = queries.count(search, article_id)
        return rows, 0 if counting is None else scalar(*counting)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _stale_wal(path: str) -> bool:
    """A -wal beside the library that no open connection owns (a crash's, or another database's):
    reading through it unchecked could show another database (``wal_check``). Two stats and a lock
    query when the window has the library open; nothing more when no -wal is there, or an empty one.

    An empty -wal holds no frames, so nothing can be read through it; a read-only connection (this
    listing's own) cannot delete the -wal it opened, so one is left after every listing and must not
    send the next listing down the full path."""
    try:
        if os.path.getsize(os.path.realpath(path) + "-wal") == 0:
            return False
    except OSError:
        return False  # no -wal
    from qtapp.library import handles

    return not handles.held_here(path) and handles.others_hold(path) is not True


def _quote(path: str) -> str:
    """``path`` inside a SQLite file: URI: only "%", "?" and "#" mean something there.

    (``Path.as_uri`` would do, but importing urllib.parse costs more than the whole query.)
    """
    return path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
