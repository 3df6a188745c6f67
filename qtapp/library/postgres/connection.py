"""One connection to a team library: psycopg 3 in autocommit, transactions that nest, errors translated.

Every failure is a ``LibraryError`` the user can act on (the server is away, a role may not write) or
a ``LibraryBug``, as with SQLite's ``connection.Database``. The address shown is always the redacted
one (``target.redact``): passwords reach libpq only through its own mechanisms (``~/.pgpass``,
``PGPASSFILE``, a service file) or a URI the user typed, and are never logged or stored by us.
A connection lost between transactions (the server restarted) is opened again at the next use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg import sql as pgsql
from psycopg.rows import dict_row

from qtapp.library.errors import LibraryBug, LibraryError, LibraryReadOnly, LibraryUnavailable
from qtapp.library.postgres import schema
from qtapp.library.postgres.target import redact
from qtapp.translatable import N_

log = logging.getLogger(__name__)
Query = str | pgsql.Composed  # a statement, or one built with psycopg.sql for names (team.py)
CONNECT_TIMEOUT_S = 5  # unless the address sets connect_timeout: a server that is away is said quickly


class NotPermitted(LibraryReadOnly):
    """The team's rules forbid this change to this role (row-level security, a read-only member)."""


def reason(error: BaseException) -> str:
    """libpq's own words, on one line, without the address (which we show redacted ourselves)."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:300]


class TeamDatabase:
    """A psycopg connection whose errors are LibraryErrors; ``transaction()`` nests like SQLite's."""

    def __init__(self, conninfo: str, *, readonly: bool = False) -> None:
        self.conninfo = conninfo
        self.shown = redact(conninfo)
        self.path = Path(self.shown)  # what ``Backend.path`` names: never a file, never with a password
        self.notices: list[str] = []  # what the window tells on open (SQLite's WAL checks); none here
        self._depth = 0
        self._unrestricted: bool | None = None
        self.conn = self._connect()
        self.role = "?"
        try:
            self.role = str(self.scalar("SELECT current_user"))
            found = schema.version(self.conn)
            if found > schema.LATEST:
                raise LibraryError(N_("Library", "the team library {shown} was set up by a newer QuoteClip "
                                                 "(schema {found}); this version reads up to {latest}. "
                                                 "Update QuoteClip.")
                                   .format(shown=self.shown, found=found, latest=schema.LATEST))
            if found < schema.LATEST:
                try:
                    schema.migrate(self.conn)
                except pgerrors.InsufficientPrivilege as error:
                    what = "is not a QuoteClip team library yet" if found == 0 else "needs upgrading"
                    raise LibraryError(N_("Library", "{shown} {what}, which {role} may not do: ask its "
                                                     "administrator to run 'quoteclip team init {shown}'")
                                       .format(shown=self.shown, what=what, role=self.role)) from error
                except psycopg.Error as error:
                    raise self.translate(error) from error
            can_write = self.scalar("SELECT has_table_privilege('quotes', 'INSERT')")
        except psycopg.Error as error:
            self.conn.close()
            if isinstance(error, pgerrors.InsufficientPrivilege):
                raise NotPermitted(N_("Library", "{role} is not in the team of {shown}: ask its "
                                                 "administrator to run 'quoteclip team add-member {role}'")
                                   .format(role=self.role, shown=self.shown)) from error
            raise self.translate(error) from error
        except BaseException:
            self.conn.close()
            raise
        self.readonly_reason: str | None = None
        if readonly:
            self.readonly_reason = f"the team library {self.shown} was opened read-only"
        elif not can_write:
            self.readonly_reason = (f"you are connected to the team library {self.shown} as {self.role}, a "
                                    "read-only member: listing, searching, citing and exporting work, but "
                                    "nothing can be saved. Ask the administrator to run 'quoteclip team "
                                    f"add-member {self.role}' to make you a member who can save")
        self.readonly = self.readonly_reason is not None

    @property
    def changes_anything(self) -> bool:
        """Whether row-level security lets this role change every quote: an editor, the tables' owner
        or a superuser. A member's change that would rewrite colleagues' quotes must be refused instead,
        or their rows would quietly keep what no longer holds."""
        if self._unrestricted is None:
            self._unrestricted = bool(self.scalar(
                "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'USAGE') "
                "OR EXISTS (SELECT 1 FROM pg_roles e WHERE e.rolname = current_database() || '_editor' "
                "AND pg_has_role(current_user, e.oid, 'USAGE')) "
                "FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'quotes'::regclass"))
        return self._unrestricted

    def _connect(self) -> psycopg.Connection[Any]:
        extra: dict[str, Any] = {"application_name": "quoteclip"}
        try:
            given = psycopg.conninfo.conninfo_to_dict(self.conninfo)
        except psycopg.ProgrammingError as error:
            raise LibraryUnavailable(N_("Library", "{shown} is not a PostgreSQL address libpq understands "
                                                   "({error}); write it as "
                                                   "postgresql://USER@HOST:PORT/DATABASE or service=NAME")
                                     .format(shown=self.shown, error=reason(error))) from error
        if "connect_timeout" not in given:
            extra["connect_timeout"] = CONNECT_TIMEOUT_S
        try:
            # Never prepared: after five runs psycopg would prepare a statement, and the server may then
            # plan a search once for every word typed, as if "t" matched as few quotes as "xinjiang"
            # (a generic plan: the GIN bitmap of every match where a few rows of a scan would do).
            return psycopg.connect(self.conninfo, autocommit=True, prepare_threshold=None, **extra)
        except psycopg.Error as error:
            raise LibraryUnavailable(N_("Library", "cannot connect to the team library {shown}: {error}. "
                                                   "Check that the server is running and the address, user "
                                                   "and password (~/.pgpass) are right, or open your own "
                                                   "library instead (--library PATH)")
                                     .format(shown=self.shown, error=reason(error))) from error

    def translate(self, error: psycopg.Error) -> Exception:
        """The LibraryError for a psycopg error, or LibraryBug when it is ours."""
        if isinstance(error, pgerrors.InsufficientPrivilege):
            return NotPermitted(f"{self.role} may not change this in the team library {self.shown} "
                                f"({reason(error)}); nothing was changed. Ask the administrator for "
                                "'quoteclip team add-member' rights")
        if isinstance(error, pgerrors.ReadOnlySqlTransaction):
            return LibraryReadOnly(f"the team library {self.shown} is read-only just now ({reason(error)}); "
                                   "nothing was changed")
        if isinstance(error, psycopg.OperationalError | pgerrors.AdminShutdown | pgerrors.CannotConnectNow):
            return LibraryUnavailable(f"lost the connection to the team library {self.shown} ({reason(error)}); "
                                      "the change was not saved. Try again once the server is back")
        if isinstance(error, pgerrors.SerializationFailure | pgerrors.DeadlockDetected):
            return LibraryError(f"the team library {self.shown} was busy with a colleague's change "
                                f"({reason(error)}); nothing was changed, try again")
        return LibraryBug(f"{type(error).__name__}: {error}")

    def _ready(self) -> None:
        """Reconnect a connection the server dropped, when no transaction of ours was on it."""
        if self.conn.closed or self.conn.broken:
            if self._depth:
                raise LibraryUnavailable(N_("Library", "lost the connection to the team library {shown}; the "
                                                       "change was not saved. Try again once the server is "
                                                       "back")
                                         .format(shown=self.shown))
            log.info("reconnecting to %s", self.shown)
            self.conn = self._connect()

    def execute(self, sql: Query, params: Sequence[Any] | dict[str, Any] | None = None) -> psycopg.Cursor[Any]:
        self._ready()
        try:
            return self.conn.execute(sql, params)
        except psycopg.Error as error:
            raise self.translate(error) from error

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._ready()
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(sql, rows)
        except psycopg.Error as error:
            raise self.translate(error) from error

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        self._ready()
        try:
            with self.conn.cursor(row_factory=dict_row) as cursor:
                return cursor.execute(sql, params).fetchall()
        except psycopg.Error as error:
            raise self.translate(error) from error

    def scalar(self, sql: Query, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows into ``table`` with COPY: a 100k-quote import in one stream instead of 100k statements."""
        self._ready()
        try:
            with self.conn.cursor() as cursor, cursor.copy(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as error:
            raise self.translate(error) from error

    def refuse_write(self) -> None:
        if self.readonly:
            raise LibraryReadOnly(N_("Library", "{readonly_reason}; nothing was changed")
                                  .format(readonly_reason=self.readonly_reason))

    @contextmanager
    def transaction(self) -> Iterator[TeamDatabase]:
        """Commit on success, roll back on any error; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.refuse_write()
        self._ready()
        self._depth = 1
        try:
            with self.conn.transaction():
                yield self
        except psycopg.Error as error:
            raise self.translate(error) from error
        finally:
            self._depth = 0

    def wait_for_snapshot(self) -> None:
        """SQLite's daily snapshot has no counterpart: the server's backups are its administrator's."""

    def close(self) -> None:
        self.conn.close()
