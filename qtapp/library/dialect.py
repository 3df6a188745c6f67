"""How SQLite and PostgreSQL spell the few things the library's shared SQL says differently.

The repositories, the re-derivation and the importers are written once, in SQLite's spelling (``?``
placeholders, ``temp.`` tables); each connection carries its ``dialect`` (``Database.dialect``,
``TeamDatabase.dialect``), and ``spell`` turns a statement into that connection's. SQLite's ``spell``
gives the statement back as it is, so the personal library pays nothing for the second backend.
Shared statements hold no literal ``?`` or ``%``: PostgreSQL's spelling would read them as placeholders.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import Any, Protocol

    class Connection(Protocol):
        """What shared SQL needs of a connection: either backend's (``Database``, ``TeamDatabase``)."""

        dialect: Dialect

        def execute(self, sql: str, params: Sequence[object] = ...) -> Any: ...

        def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None: ...

        def query(self, sql: str, params: Sequence[object] = ...) -> list[Any]: ...

        def scalar(self, sql: str, params: Sequence[object] = ...) -> Any: ...

_CHUNK = 500  # ids per ``IN (...)``: well under SQLite's limit on a statement's parameters


class Dialect:
    """One engine's spelling of the fragments shared SQL cannot write alike."""

    __slots__ = ("name", "param", "data_version", "durability", "relaxed", "for_update", "match",
                 "contains", "same_text", "_to_query", "_spelled")

    def __init__(self, name: str, param: str, data_version: str, durability: tuple[str, str],
                 relaxed: str, for_update: str, match: str, contains: str, same_text: str) -> None:
        self.name = name
        self.param = param
        # The search filters' three engine-specific terms (``queries.filters``): a quote matching the
        # full-text query (``text_query``'s), a column containing a LIKE pattern (backslash escapes),
        # and a column equal to a text whatever its case. ``{}`` stands for the column.
        self.match = match
        self.contains = contains
        self.same_text = same_text
        self._to_query: Any = None  # ``text_query``'s reader, imported at the first search
        # What a SELECT adds to lock the rows it read until the transaction ends: nothing on SQLite,
        # whose write transaction (BEGIN IMMEDIATE) holds the whole file already.
        self.for_update = for_update
        # A value that moves whenever another connection committed a change to the articles: when the
        # parsed-article cache must let go (SQLite's data_version; a trigger's sequence on the server).
        self.data_version = data_version
        # (read the commit durability, set it to ``{}``), and the relaxed value a re-derivation uses:
        # it writes only derived data, which the next open redoes if a crash loses the last commits.
        self.durability = durability
        self.relaxed = relaxed
        self._spelled: dict[str, str] = {}

    def spell(self, sql: str) -> str:
        """``sql``, written in SQLite's spelling, as this engine takes it."""
        if self.param == "?":
            return sql
        spelled = self._spelled.get(sql)
        if spelled is None:
            spelled = self._spelled[sql] = sql.replace("?", self.param).replace("temp.", "pg_temp.")
        return spelled

    def text_query(self, search: str | None) -> str | None:
        """What the user typed as this engine's full-text query (the ``match`` term's parameter), or
        None when it holds no word to search for: FTS5's (``search.py``) or the server's tsquery."""
        if not search:
            return None
        if self._to_query is None:
            if self.param == "?":
                from qtapp.library.search import fts_query as reader
            else:
                from qtapp.library.postgres.search import ts_query as reader
            self._to_query = reader
        return self._to_query(search)

    def ids_in(self, ids: Sequence[Any]) -> Iterator[tuple[str, list[Any], list[Any]]]:
        """(``IN …`` fragment, its parameters, the ids it names) for a list of ids (or uuids), in as
        few statements as the engine allows: SQLite in chunks of bound ids, PostgreSQL one array."""
        if self.param == "?":
            for start in range(0, len(ids), _CHUNK):
                part = list(ids[start:start + _CHUNK])
                yield f"IN ({','.join('?' * len(part))})", list(part), part
        elif ids:
            yield "= ANY(%s)", [list(ids)], list(ids)

    def json_text(self, column: str, key: str) -> str:
        """The JSON text under ``key`` of a column holding a JSON object (None when it has none)."""
        if self.param == "?":
            return f"json_extract({column}, '$.{key}')"
        return f"(({column})::json -> '{key}')::text"


SQLITE = Dialect("sqlite", "?", "PRAGMA data_version", ("PRAGMA synchronous", "PRAGMA synchronous = {}"),
                 "NORMAL", "", "quotes_fts MATCH ?", "{} LIKE ? ESCAPE '\\'", "{} = ? COLLATE NOCASE")
# articles_changes: a sequence a trigger moves on every change to an article row (postgres/schema.py).
POSTGRES = Dialect("postgresql", "%s",
                   "SELECT last_value * (CASE WHEN is_called THEN 1 ELSE 0 END) FROM articles_changes",
                   ("SHOW synchronous_commit", "SET synchronous_commit = {}"), "off", " FOR UPDATE",
                   "q.search @@ to_tsquery('simple', quoteclip_fold(%s))", "{} ILIKE %s", "lower({}) = lower(%s)")


class Spelled:
    """A connection whose statements are written in SQLite's spelling: each is spelled for the engine
    beneath (``spelled``). What shared code (repositories, re-derivation, importers) writes through."""

    def __init__(self, db: Connection) -> None:
        self.db = db
        self.dialect: Dialect = db.dialect

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self.db.execute(self.dialect.spell(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        self.db.executemany(self.dialect.spell(sql), rows)

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        return self.db.query(self.dialect.spell(sql), params)

    def scalar(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self.db.scalar(self.dialect.spell(sql), params)


def inserted_id(db: Connection, sql: str, params: Sequence[object]) -> int:
    """Run an INSERT (SQLite's spelling, through ``spelled``) of one row and give its new id: SQLite's
    ``lastrowid``, which needs no RETURNING (SQLite 3.35+); the server's RETURNING."""
    if db.dialect.param == "?":
        return int(db.execute(sql, params).lastrowid or 0)
    return int(db.scalar(f"{sql} RETURNING id", params))


def spelled(db: Connection) -> Connection:
    """``db`` for statements in SQLite's spelling: SQLite's connection itself (nothing in between on
    the personal library's paths), any other wrapped in ``Spelled``."""
    return db if db.dialect.param == "?" else Spelled(db)
