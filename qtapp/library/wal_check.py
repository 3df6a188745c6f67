"""Does the -wal file beside a library belong to it? Checked before SQLite is let near it.

SQLite applies any -wal file whose frames have valid checksums and salts, and the WAL format records no
link to its database: a stale -wal of ANOTHER database (a library copied or restored over the old
one, a file dropped in by a sync tool) is replayed onto ours on the next open and checkpointed into
it on close — a 20,000-quote library once shrank to 94 KB that way. The WAL header (magic 0x377f0682
or 0x377f0683, page size, checkpoint sequence, salt-1, salt-2) only lets us tell a WAL SQLite would
ignore from one it would apply, and its salts only tie its own frames together. So a stale WAL (no
other process has the library open: a live one is its connections' business) is judged by what it
would do: both views of the library are read without writing anything — the file alone, and the file
seen through a copy of the WAL in a private folder (a hard link to the same file, opened read-only) —
and the WAL belongs only if the result is a whole QuoteClip library, no smaller than the file (QuoteClip
never shrinks its file: it never vacuums), still holding the oldest and newest quotes of the file
alone (a legitimate WAL may delete a few, not all of them). One that does not belong is renamed aside
(never deleted) and the user is told. This runs only when a stale WAL is there: after a crash.
No Qt here.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qtapp.library import handles
from qtapp.library.errors import LibraryUnavailable
from qtapp.translatable import N_

WAL_MAGIC = (0x377F0682, 0x377F0683)
SAMPLE = 20  # oldest and newest quotes that must survive the WAL
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class View:
    """What one reading of the library shows."""

    pages: int
    version: int
    tables: frozenset[str]
    quotes: frozenset[str]  # uuids of the sample
    healthy: bool


def wal_path(library: str | os.PathLike[str]) -> Path:
    """Where SQLite looks for the WAL: beside the file the path resolves to (it follows symlinks)."""
    return Path(os.path.realpath(library) + "-wal")


def header_applies(wal: Path) -> bool:
    """False when SQLite would ignore this WAL whole: too short to hold one frame, or a bad header."""
    try:
        head, size = handles.read_head(wal, 32)
    except OSError:
        return False
    if len(head) < 32 or int.from_bytes(head[:4], "big") not in WAL_MAGIC:
        return False
    page_size = int.from_bytes(head[8:12], "big")
    return size >= 32 + 24 + page_size


def _view(path: Path) -> View:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        uuids: frozenset[str] = frozenset()
        if "quotes" in tables:
            uuids = frozenset(r[0] for r in conn.execute(
                "SELECT uuid FROM (SELECT uuid FROM quotes ORDER BY id LIMIT ?) "
                "UNION SELECT uuid FROM (SELECT uuid FROM quotes ORDER BY id DESC LIMIT ?)",
                (SAMPLE, SAMPLE)))
        healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return View(pages, version, tables, uuids, healthy)
    finally:
        conn.close()


def _present(path: Path, uuids: frozenset[str]) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(uuids))
        return conn.execute(f"SELECT EXISTS (SELECT 1 FROM quotes WHERE uuid IN ({marks}))",
                            sorted(uuids)).fetchone()[0] == 1
    finally:
        conn.close()


def _place(library: Path, folder: Path, name: str) -> Path:
    """The library's file under ``folder``: a hard link (instant) or, across file systems, a copy."""
    target = folder / name
    try:
        os.link(library, target)
    except OSError:
        shutil.copyfile(library, target)
    return target


def foreign_reason(library: str | os.PathLike[str]) -> str | None:
    """Why the stale WAL beside ``library`` does not belong to it, or None if it does (or none is there,
    SQLite would ignore it, or another process has the library open and so owns the WAL)."""
    real = Path(os.path.realpath(library))
    wal = wal_path(real)
    if not real.is_file() or not header_applies(wal) or handles.others_hold(real):
        return None
    folders = []
    try:
        try:
            folders.append(Path(tempfile.mkdtemp(dir=real.parent, prefix=f".{real.name}-walcheck-")))
        except OSError:
            folders.append(Path(tempfile.mkdtemp(prefix="quoteclip-walcheck-")))
        alone = _place(real, folders[0], "alone.sqlite3")
        folders.append(Path(tempfile.mkdtemp(dir=folders[0], prefix="with-")))
        through = _place(alone, folders[1], "with.sqlite3")
        shutil.copyfile(wal, folders[1] / "with.sqlite3-wal")
        before = _view(alone)
        try:
            after = _view(through)
        except sqlite3.DatabaseError as error:
            return f"SQLite cannot read the library through it ({error})"
        return _judge(before, after, through)
    except (OSError, sqlite3.Error) as error:
        log.info("could not check the WAL beside %s: %s", real, error)
        return None  # unable to judge: SQLite's own checks stay in place
    finally:
        for folder in reversed(folders):
            shutil.rmtree(folder, ignore_errors=True)


def _judge(before: View, after: View, through: Path) -> str | None:
    if before.version >= 1 and (after.version < 1 or not before.tables <= after.tables):
        return "it holds another database, not this library"
    if after.pages < before.pages:
        return f"it would shrink the library from {before.pages} to {after.pages} pages"
    if not after.healthy and before.healthy:
        return "the library read through it fails SQLite's integrity check"
    if before.quotes and not before.quotes & after.quotes and not _present(through, before.quotes):
        return "none of the library's oldest and newest quotes would be left"
    return None


def set_aside(library: str | os.PathLike[str]) -> Path:
    """Rename the WAL (and its -shm index) beside ``library`` out of SQLite's way; return the new name."""
    from qtapp.library.quarantine import free_name

    wal = wal_path(library)
    target = free_name(wal, "foreign")
    os.replace(wal, target)
    shm = wal.with_name(wal.name[:-len("-wal")] + "-shm")
    if shm.exists():
        os.replace(shm, Path(f"{target}-shm"))
    return target


def check(library: str | os.PathLike[str]) -> str | None:
    """Set a stale WAL that does not belong aside; return what to tell the user, or None."""
    reason = foreign_reason(library)
    if reason is None:
        return None
    if handles.others_hold(os.path.realpath(library)):
        return None  # opened by another process meanwhile: it is that process's now
    try:
        kept = set_aside(library)
    except FileNotFoundError:
        return None  # another QuoteClip set it aside first
    except OSError as error:
        raise LibraryUnavailable(
            N_("Backup", "{wal_path} beside the library belongs to another database ({reason}), and it "
                         "cannot be set aside ({error}): opening the library would apply it. Move that file "
                         "away, then try again. The library was not changed.")
            .format(wal_path=wal_path(library), reason=reason, error=error.strerror or error)) from error
    message = (f"QuoteClip found a leftover file {wal_path(library).name} beside the library that belongs to "
               f"another database ({reason}). It was not applied: it is kept as {kept}. The library "
               "itself was not changed.")
    log.warning("%s", message)
    return message
