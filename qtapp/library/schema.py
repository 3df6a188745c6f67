"""The library's schema and its forward migrations, keyed by ``PRAGMA user_version``.

Each version is a list of statements (or Python steps) run in one transaction with the version bump, so a library is
always at exactly one version. Never edit a released version: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Step = str | Callable[[sqlite3.Connection], None]

V1: Sequence[Step] = (
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,            -- sha256 of the canonical text that offsets index
        source TEXT NOT NULL,                 -- the text as read, so quotes can always be re-checked
        path TEXT,
        parsed TEXT NOT NULL,                 -- Article.to_json() as the parser gave it
        corrections TEXT NOT NULL DEFAULT '{}',  -- the user's fixes, applied over parsed on every read
        added TEXT NOT NULL
    )""",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,            -- stable forever: exported annotation ids depend on it
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        block_kind TEXT,
        voice TEXT NOT NULL CHECK (voice IN ('author', 'editors', 'speaker')),
        speaker TEXT,
        note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',      -- JSON list for reading; quote_tags indexes it
        color TEXT,
        attribution TEXT NOT NULL DEFAULT '', -- derived line, cached so full-text search can see it
        who TEXT,                             -- whose words: speaker, author names or outlet
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        deleted_at TEXT,                      -- set while in the trash
        CHECK (start >= 0 AND "end" >= start)
    )""",
    "CREATE INDEX quotes_article ON quotes(article_id, start)",
    "CREATE INDEX quotes_color ON quotes(color) WHERE color IS NOT NULL",
    "CREATE INDEX quotes_deleted ON quotes(deleted_at) WHERE deleted_at IS NOT NULL",
    """CREATE TABLE quote_tags (
        tag TEXT NOT NULL COLLATE NOCASE,
        quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        PRIMARY KEY (tag, quote_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX quote_tags_quote ON quote_tags(quote_id)",
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        exact, note, tags, attribution,
        content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
    # External-content FTS kept in sync by triggers, as the FTS5 documentation describes.
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, exact, note, tags, attribution)
        VALUES (new.id, new.exact, new.note, new.tags, new.attribution);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, exact, note, tags, attribution)
        VALUES ('delete', old.id, old.exact, old.note, old.tags, old.attribution);
    END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF exact, note, tags, attribution ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, exact, note, tags, attribution)
        VALUES ('delete', old.id, old.exact, old.note, old.tags, old.attribution);
        INSERT INTO quotes_fts(rowid, exact, note, tags, attribution)
        VALUES (new.id, new.exact, new.note, new.tags, new.attribution);
    END""",
)

_FTS_COLUMNS = "exact, note, tags, attribution"

# v2: quotes in the trash leave the search index (so a search needs no join to skip them, and can rank
# only what it may show); prefix indexes make search-as-you-type on two or three letters cheap; an index
# serves "newest first".
V2: Sequence[Step] = (
    "DROP TRIGGER quotes_fts_insert",
    "DROP TRIGGER quotes_fts_delete",
    "DROP TRIGGER quotes_fts_update",
    "DROP TABLE quotes_fts",
    f"""CREATE VIRTUAL TABLE quotes_fts USING fts5(
        {_FTS_COLUMNS}, content='quotes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )""",
    f"""INSERT INTO quotes_fts(rowid, {_FTS_COLUMNS})
        SELECT id, {_FTS_COLUMNS} FROM quotes WHERE deleted_at IS NULL""",
    f"""CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO quotes_fts(rowid, {_FTS_COLUMNS})
        VALUES (new.id, new.exact, new.note, new.tags, new.attribution);
    END""",
    f"""CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, {_FTS_COLUMNS})
        VALUES ('delete', old.id, old.exact, old.note, old.tags, old.attribution);
    END""",
    # One trigger, two guarded statements: the old entry leaves before the new one enters.
    f"""CREATE TRIGGER quotes_fts_update AFTER UPDATE OF {_FTS_COLUMNS}, deleted_at ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, {_FTS_COLUMNS})
        SELECT 'delete', old.id, old.exact, old.note, old.tags, old.attribution
        WHERE old.deleted_at IS NULL;
        INSERT INTO quotes_fts(rowid, {_FTS_COLUMNS})
        SELECT new.id, new.exact, new.note, new.tags, new.attribution WHERE new.deleted_at IS NULL;
    END""",
    "CREATE INDEX quotes_created ON quotes(created, id) WHERE deleted_at IS NULL",
)

# v3 (speed at 100k quotes): a one-letter prefix index, so the first keystroke of a search reads one
# doclist instead of merging every term that starts with it (~22 ms -> ~1 ms); "whose words" and the
# per-article live counts become index-only scans (the filter menus read them: ~120 ms -> ~4 ms).
# Tag counts need no index: live = all tag rows (primary-key scan) minus the trash's (see tags()).
V3: Sequence[Step] = (
    "DROP TRIGGER quotes_fts_insert",
    "DROP TRIGGER quotes_fts_delete",
    "DROP TRIGGER quotes_fts_update",
    "DROP TABLE quotes_fts",
    f"""CREATE VIRTUAL TABLE quotes_fts USING fts5(
        {_FTS_COLUMNS}, content='quotes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
    )""",
    *V2[5:9],  # the same fill and triggers as v2
    "CREATE INDEX quotes_who ON quotes(who) WHERE deleted_at IS NULL AND who IS NOT NULL",
    "CREATE INDEX quotes_live_article ON quotes(article_id) WHERE deleted_at IS NULL",
)

# v4 (stored quotes follow the better reading): which parser version read each article, so a newer
# one re-derives it (``rederive.py``); NULL means "before v4", which is stale. The index answers "is
# anything to re-derive?" at every open with three seeks (NULL, below, above the current version),
# so an up-to-date library costs the same whatever its size and no row's big text is read.
# And who chose a quote's voice: 'rules' (derived, follows a better reading) or 'user' (an override,
# never touched); NULL (saved before v4, or restored from an older backup) is decided at the first
# re-derivation, by whether the voice still equals what the old reading derives.
V4: Sequence[Step] = (
    "ALTER TABLE articles ADD COLUMN parser TEXT",
    "ALTER TABLE quotes ADD COLUMN voice_by TEXT CHECK (voice_by IN ('rules', 'user'))",
    "CREATE INDEX articles_parser ON articles(parser)",
)


def _assess_stored_quotes(conn: sqlite3.Connection) -> None:
    """Fill ``check_reason`` for the quotes saved before v5, from each article as stored.

    A quote whose (voice, speaker) differs from what the rules derive was set by the user: it counts as
    confirmed, so their correction is not questioned again (as ``quotes.add_many`` does for a voice given at
    save time). That holds for v4's ``voice_by = 'user'`` and for NULL (saved before v4: not known
    yet); a voice the rules own (``'rules'``) is never a confirmation.
    """
    from qtapp.library import attribution as attr
    from qtapp.library.records import article_record

    conn.row_factory, factory = sqlite3.Row, conn.row_factory
    try:
        articles = {int(row["id"]): article_record(row).article
                    for row in conn.execute("SELECT * FROM articles WHERE id IN "
                                            "(SELECT DISTINCT article_id FROM quotes)")}
        changes = []
        for row in conn.execute('SELECT id, article_id, start, "end", voice, speaker, block_kind, updated, '
                                "voice_by FROM quotes"):
            article = articles[int(row["article_id"])]
            derived = attr.derive_voice(article, row["start"], row["end"], row["block_kind"])
            reason = attr.check_reason(article, row["start"], row["end"], row["voice"], row["speaker"],
                                       row["block_kind"])
            users = row["voice_by"] != "rules" and (row["voice"], row["speaker"]) != derived
            confirmed = row["updated"] if users else None
            if reason is not None or confirmed is not None:
                changes.append((reason, confirmed, row["id"]))
        conn.executemany("UPDATE quotes SET check_reason = ?, confirmed = ? WHERE id = ?", changes)
    finally:
        conn.row_factory = factory


# v5 (issue 13, the attribution check): why a quote's derived attribution is only a default (a CHECKS
# code of attribution.py) and when the user confirmed or corrected it. A quote needs a check while it
# has a reason and no confirmation; the partial index keeps the "To check" filter and its count cheap
# at 100k quotes. ``confirmed`` is the user vouching for the attribution; v4's ``voice_by`` is who owns
# the voice. Whose Words… sets both; Confirm Attribution only ``confirmed`` (the rules still own the
# voice, and a re-derivation that changes it clears the confirmation: ``rederive.refresh_quotes``).
V5: Sequence[Step] = (
    "ALTER TABLE quotes ADD COLUMN check_reason TEXT",
    "ALTER TABLE quotes ADD COLUMN confirmed TEXT",
    _assess_stored_quotes,
    "CREATE INDEX quotes_needs_check ON quotes(created, id) "
    "WHERE deleted_at IS NULL AND check_reason IS NOT NULL AND confirmed IS NULL",
)

# v6 (issue 14, imports): an article imported without its text is a stub: its text is its quotes joined,
# so offsets and the hash keep their meaning, and ``stub`` says where it came from ("kindle", ...); NULL
# is a real article. ``stub_keys`` holds what a stub is known by (its URL, its title and authors), so
# opening the real article finds its stubs with one seek on the primary key whatever the library's size.
V6: Sequence[Step] = (
    "ALTER TABLE articles ADD COLUMN stub TEXT",
    """CREATE TABLE stub_keys (
        key TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX stub_keys_article ON stub_keys(article_id)",
)

MIGRATIONS: dict[int, Sequence[Step]] = {1: V1, 2: V2, 3: V3, 4: V4, 5: V5, 6: V6}
LATEST = max(MIGRATIONS)
# Tables every QuoteClip library has; a file at version >= 1 without them is not one of ours.
REQUIRED_TABLES = frozenset({"articles", "quotes", "quote_tags", "quotes_fts"})


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: dict[int, Sequence[Step]] | None = None) -> int:
    """Bring the schema up to the latest version in one IMMEDIATE transaction; return the old version.

    The version is re-read inside the transaction, so two processes opening a new library at once
    don't both run the same migration.
    """
    steps = MIGRATIONS if migrations is None else migrations
    latest = max(steps)
    if user_version(conn) >= latest:
        return latest
    conn.execute("BEGIN IMMEDIATE")
    try:
        old = user_version(conn)
        for version in range(old + 1, latest + 1):
            for step in steps[version]:
                if callable(step):
                    step(conn)  # a data migration that needs Python, e.g. re-deriving a column
                else:
                    conn.execute(step)
        conn.execute(f"PRAGMA user_version = {int(latest)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return old
