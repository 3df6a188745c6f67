"""What the window's Team Library… dialog needs of a server, without Qt: an address made from its
fields, a typed password added for this connection only, and a test that says OK or libpq's reason.

The password typed in the dialog goes into the connection string handed to libpq and nowhere else:
never into settings, messages or logs (``target.redact`` removes it from anything shown). Without
one, libpq's own mechanisms apply (``~/.pgpass``, ``PGPASSFILE``, a service file).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from qtapp.library.errors import LibraryUnavailable
from qtapp.library.postgres.connection import CONNECT_TIMEOUT_S, reason
from qtapp.library.postgres.target import redact
from qtapp.translatable import N_

SSLMODES = ("prefer", "require", "verify-ca", "verify-full", "allow", "disable")


def compose(address: str = "", *, host: str = "", port: int | None = None, dbname: str = "", user: str = "",
            sslmode: str = "") -> str:
    """A libpq connection string: ``address`` (a URI or ``service=NAME``) as typed, with any field given
    here added or overriding; or the fields alone. Raises ``LibraryUnavailable`` when libpq can't read it."""
    fields = {"host": host.strip(), "port": str(port) if port else "", "dbname": dbname.strip(),
              "user": user.strip(), "sslmode": sslmode.strip()}
    given = {k: v for k, v in fields.items() if v}
    address = address.strip()
    if not address and not given:
        raise LibraryUnavailable(N_("Library", "give the team library's address (postgresql://USER@HOST/DATABASE "
                                    "or service=NAME) or its host and database"))
    try:
        if address and not given:
            conninfo_to_dict(address)  # checked, and kept as typed (a URI stays a URI)
            return address
        return make_conninfo(address, **given)
    except psycopg.ProgrammingError as error:
        raise LibraryUnavailable(N_("Library", "{address} is not a PostgreSQL address libpq understands "
                                    "({reason})").format(address=redact(address) or "that address",
                                                         reason=reason(error))) from error


def with_password(conninfo: str, password: str) -> str:
    """``conninfo`` with ``password`` for this connection (kept in memory only); unchanged when empty."""
    return make_conninfo(conninfo, password=password) if password else conninfo


@dataclass(frozen=True)
class Probe:
    """What a test connection found: who we are there and whether it holds a QuoteClip team library."""

    ok: bool
    message: str


def probe(conninfo: str) -> Probe:
    """Connect once and look (no migration, no write): OK with the role and library state, or libpq's
    reason with the password removed. Slow when the server is away: run it off the GUI thread."""
    shown = redact(conninfo)
    extra: dict[str, Any] = {} if "connect_timeout" in conninfo_to_dict(conninfo) else {
        "connect_timeout": CONNECT_TIMEOUT_S}
    try:
        with psycopg.connect(conninfo, autocommit=True, application_name="quoteclip-test", **extra) as conn:
            role = conn.execute("SELECT current_user").fetchone()
            has_schema = conn.execute("SELECT to_regclass('quoteclip_schema') IS NOT NULL").fetchone()
            ssl = conn.info.pgconn.ssl_in_use
    except psycopg.Error as error:
        return Probe(False, f"Cannot connect to {shown}: {redact(reason(error))}")
    who = role[0] if role else "?"
    state = ("a QuoteClip team library" if has_schema and has_schema[0]
             else "not a QuoteClip team library yet (its administrator runs 'quoteclip team init')")
    return Probe(True, f"OK: connected to {shown} as {who}{' over TLS' if ssl else ''}; {state}")
