"""Setting up a team on a team library: three roles and the row-level security between them.

The roles are named after the database (for a database ``quoteclip``):
- ``quoteclip_reader``: reads everything (the window opens read-only, and saving says why);
- ``quoteclip_member``: reads everything, saves quotes, and edits or deletes only the quotes it clipped
  (``clipped_by = current_user``: the database role, never a setting a user could type);
- ``quoteclip_editor``: a member who may edit and delete anyone's quotes (a desk's checker).

The rules are the server's (policies on the tables), so they hold for raw SQL through a member's own
role as much as for QuoteClip. ``init`` is idempotent: run again, it migrates and re-applies them.
The administrator runs these with a role that owns the database and may create roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from psycopg import sql

from qtapp.library.errors import LibraryError
from qtapp.translatable import N_

if TYPE_CHECKING:
    from qtapp.library.postgres.store import TeamLibrary

Kind = Literal["member", "editor", "reader"]
KINDS: tuple[Kind, ...] = ("reader", "member", "editor")
_WRITABLE = ("articles", "quotes", "quote_tags", "stub_keys")
_OWN = "clipped_by = current_user"
_OWN_TAGS = "EXISTS (SELECT 1 FROM quotes q WHERE q.id = quote_id AND q.clipped_by = current_user)"
_ALL: tuple[Kind, ...] = KINDS
_WRITERS: tuple[Kind, ...] = ("member", "editor")

# (table, policy, command, to whom, USING, WITH CHECK)
POLICIES: tuple[tuple[str, str, str, tuple[Kind, ...], str | None, str | None], ...] = (
    # quotes: all read; members insert as themselves and change their own; editors change anything.
    ("quotes", "quotes_read", "SELECT", _ALL, "true", None),
    ("quotes", "quotes_insert", "INSERT", _WRITERS, None, "true"),
    ("quotes", "quotes_update_own", "UPDATE", ("member",), _OWN, _OWN),
    ("quotes", "quotes_delete_own", "DELETE", ("member",), _OWN, None),
    ("quotes", "quotes_update_any", "UPDATE", ("editor",), "true", "true"),
    ("quotes", "quotes_delete_any", "DELETE", ("editor",), "true", None),
    # a quote's tags go with the quote
    ("quote_tags", "tags_read", "SELECT", _ALL, "true", None),
    ("quote_tags", "tags_own", "ALL", ("member",), _OWN_TAGS, _OWN_TAGS),
    ("quote_tags", "tags_any", "ALL", ("editor",), "true", "true"),
    # the audit: anyone reads it; rows are only ever added by the triggers, in the acting role's name
    ("quote_audit", "audit_read", "SELECT", _ALL, "true", None),
    ("quote_audit", "audit_add", "INSERT", _WRITERS, None, "who = current_user"),
)


def role_names(database: str) -> dict[Kind, str]:
    """The team's group roles, named after its database (``quoteclip_member`` for ``quoteclip``): roles
    belong to the whole server, so two team libraries on one server must not share them."""
    if len(database.encode()) > 63 - len("_member"):
        raise LibraryError(N_("Library", "the database name {database!r} is too long to name its team's "
                                         "roles after it (56 bytes at most)")
                           .format(database=database))
    return {kind: f"{database}_{kind}" for kind in KINDS}


def _create_role(library: TeamLibrary, name: str, *, login: bool) -> None:
    exists = library.db.scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
    if not exists:
        library.db.execute(sql.SQL("CREATE ROLE {} {}").format(
            sql.Identifier(name), sql.SQL("LOGIN" if login else "NOLOGIN")))


def init(library: TeamLibrary) -> list[str]:
    """Create (or bring up to date) the team's roles, grants and policies; what was done, for the user."""
    db = library.db
    name = str(db.scalar("SELECT current_database()"))
    roles = role_names(name)
    with db.transaction():
        for role in roles.values():
            _create_role(library, role, login=False)
        db.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles["member"]), sql.Identifier(roles["editor"])))
        database = sql.Identifier(name)
        for role in roles.values():
            who = sql.Identifier(role)
            db.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, who))
            db.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(who))
            db.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(who))
            db.execute(sql.SQL("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(who))
        for role in (roles["member"], roles["editor"]):
            who = sql.Identifier(role)
            for table in _WRITABLE:
                db.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(sql.Identifier(table), who))
            db.execute(sql.SQL("GRANT INSERT ON quote_audit TO {}").format(who))
            db.execute(sql.SQL("GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {}").format(who))
        for table in ("quotes", "quote_tags", "quote_audit"):
            db.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(sql.Identifier(table)))
        for table, policy, command, kinds, using, check in POLICIES:
            db.execute(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(policy),
                                                                         sql.Identifier(table)))
            text = sql.SQL("CREATE POLICY {} ON {} FOR {} TO {}").format(
                sql.Identifier(policy), sql.Identifier(table), sql.SQL(command),
                sql.SQL(", ").join(sql.Identifier(roles[kind]) for kind in kinds))
            if using is not None:
                text += sql.SQL(" USING ({})").format(sql.SQL(using))
            if check is not None:
                text += sql.SQL(" WITH CHECK ({})").format(sql.SQL(check))
            db.execute(text)
    return [f"roles {roles['reader']}, {roles['member']} and {roles['editor']}", "row-level security: "
            "members change only the quotes they clipped, editors any, readers none"]


def add_member(library: TeamLibrary, name: str, kind: Kind = "member") -> str:
    """Make ``name`` (a login role, created if new) a reader, member or editor of the team; what changed.

    The password is the administrator's to set on the server (``ALTER ROLE … PASSWORD`` or
    ``\\password`` in psql); QuoteClip never handles one.
    """
    if not name or not name.replace("_", "").replace("-", "").replace(".", "").isalnum():
        raise LibraryError(N_("Library", "{name!r} is not a role name QuoteClip makes: use letters, digits, "
                                         "'_', '-', '.'").format(name=name))
    db = library.db
    roles = role_names(str(db.scalar("SELECT current_database()")))
    group = roles[kind]
    with db.transaction():
        if not db.scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", (roles["member"],)):
            raise LibraryError(N_("Library", "{address} has no team yet: run 'quoteclip team init {address}' "
                                             "first")
                               .format(address=library.address))
        _create_role(library, name, login=True)
        who = sql.Identifier(name)
        for other in roles.values():
            if other != group:
                db.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), who))
        db.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), who))
    return f"{name} is now {'an' if kind == 'editor' else 'a'} {kind} of the team library {library.address}"
