"""The dialect: shared SQL in SQLite's spelling, run on either backend as each takes it."""

from __future__ import annotations

import pytest

from qtapp.library.dialect import POSTGRES, SQLITE, Spelled, spelled


def test_sqlite_takes_the_shared_spelling_as_it_is():
    sql = "UPDATE quotes SET note = ? FROM temp.batch WHERE id = ?"
    assert SQLITE.spell(sql) is sql


def test_postgresql_gets_its_placeholders_and_temporary_schema():
    spelled_once = POSTGRES.spell("INSERT INTO temp.rederive_batch VALUES (?, ?)")
    assert spelled_once == "INSERT INTO pg_temp.rederive_batch VALUES (%s, %s)"
    assert POSTGRES.spell("INSERT INTO temp.rederive_batch VALUES (?, ?)") is spelled_once  # kept


def test_id_lists_are_chunked_for_sqlite_and_one_array_for_postgresql():
    ids = list(range(1, 1201))
    chunks = list(SQLITE.ids_in(ids))
    assert [len(part) for _, _, part in chunks] == [500, 500, 200]
    assert all(where.count("?") == len(params) == len(part) for where, params, part in chunks)
    assert [i for _, _, part in chunks for i in part] == ids
    assert list(POSTGRES.ids_in(ids)) == [("= ANY(%s)", [ids], ids)]
    assert list(SQLITE.ids_in([])) == list(POSTGRES.ids_in([])) == []


def test_json_text_reads_an_object_member_on_sqlite(library):
    library.db.execute("CREATE TEMP TABLE j (data TEXT)")
    library.db.execute("INSERT INTO temp.j VALUES (?), (?)", ('{"placements": {"a": 1}}', '{}'))
    found = [row[0] for row in library.db.execute(f"SELECT {SQLITE.json_text('data', 'placements')} FROM j")]
    assert found == ['{"a":1}', None]


def test_the_personal_library_runs_shared_sql_with_nothing_in_between(library):
    assert spelled(library.db) is library.db


class _Recorder:
    """A stand-in PostgreSQL connection: what statements reach it."""

    dialect = POSTGRES

    def __init__(self) -> None:
        self.seen: list[str] = []

    def execute(self, sql, params=()):
        self.seen.append(sql)

    def executemany(self, sql, rows):
        self.seen.append(sql)

    def query(self, sql, params=()):
        self.seen.append(sql)
        return []

    def scalar(self, sql, params=()):
        self.seen.append(sql)


@pytest.mark.parametrize("method", ["execute", "query", "scalar"])
def test_a_server_connection_is_handed_its_own_spelling(method):
    db = _Recorder()
    through = spelled(db)
    assert isinstance(through, Spelled)
    getattr(through, method)("SELECT id FROM quotes WHERE id = ?", (1,))
    through.executemany("DELETE FROM temp.t WHERE id = ?", [(1,)])
    assert db.seen == ["SELECT id FROM quotes WHERE id = %s", "DELETE FROM pg_temp.t WHERE id = %s"]
