"""``quoteclip team init URI`` and ``quoteclip team add-member NAME``: the administrator's set-up of a team library.

``init`` creates or migrates the schema on the server and (re)applies the team's roles and row-level
security (``library/postgres/team.py``); ``add-member`` works on the team library of ``--library`` /
``QUOTECLIP_LIBRARY``. Both connect as whoever libpq says (the URI's user, ``~/.pgpass``, a service).
"""

from __future__ import annotations

import argparse

from qtapp import paths
from qtapp.errors import UserError
from qtapp.library.opening import open_team
from qtapp.library.postgres.target import is_team_library


def _address(given: str | None) -> str:
    value = given or paths.library_file()
    if not is_team_library(value):
        raise UserError("a team library is a PostgreSQL address: give one (postgresql://USER@HOST:PORT/DB or "
                        "service=NAME), as the argument or with --library")
    return value


def run(args: argparse.Namespace) -> int:
    from qtapp.library.postgres import team

    if args.action == "init":
        with open_team(_address(args.uri)) as library:
            done = team.init(library)
            print(f"The team library {library.address} is ready (schema and {', '.join(done)}).")
            print(f"Next: quoteclip --library {library.address} team add-member NAME [--editor|--read-only]")
        return 0
    kind: team.Kind = "editor" if args.editor else "reader" if args.read_only else "member"
    with open_team(_address(None)) as library:
        print(team.add_member(library, args.name, kind) + ". Set their password on the server "
              f"(psql: \\password {args.name}); it is never stored by QuoteClip.")
    return 0
