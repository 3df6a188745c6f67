"""Whole-file snapshots of the library, taken with SQLite's online backup API, and restoring one.

A snapshot is taken before every schema migration and once a day before the first write (the window
starts that one on a thread soon after it opens the library; when is ``backup_policy.py``'s), so
a bad migration, a mistaken bulk delete or a damaged disk costs at most a day. The last ``KEEP`` snapshots
of each library are kept in a ``backups`` folder beside it (for the default library that is
``paths.data_dir()/backups``; a ``--library`` elsewhere gets its own ``backups`` folder next to the
file). The backup API copies a consistent state while other windows keep reading and writing, which a
plain file copy of a WAL database would not. No Qt here.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from qtapp.library import schema
from qtapp.library.errors import LibraryDamaged, LibraryError, LibraryTooNew, translate
from qtapp.translatable import N_

KEEP = 7
FOLDER = "backups"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    path: Path
    created: datetime  # UTC
    reason: str        # daily, before-v2, before-restore, manual
    quotes: int | None  # live quotes in it; None when the file cannot be read

    @property
    def label(self) -> str:
        """What the restore list shows: local date and time, why it was taken, how many quotes."""
        when = self.created.astimezone().strftime("%Y-%m-%d %H:%M")
        count = "unreadable" if self.quotes is None else f"{self.quotes} quotes"
        return f"{when} — {count} ({self.reason.replace('-', ' ')})"


def backup_dir(library: str | os.PathLike[str]) -> Path:
    return Path(library).absolute().parent / FOLDER


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _connect_ro(path: Path) -> sqlite3.Connection:
    # immutable: a snapshot never changes once written, so no locks and no -shm/-wal beside it.
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def count_quotes(path: Path) -> int | None:
    try:
        conn = _connect_ro(path)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM quotes WHERE deleted_at IS NULL").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_snapshots(library: str | os.PathLike[str]) -> list[Snapshot]:
    """This library's snapshots, newest first."""
    library = Path(library)
    folder = backup_dir(library)
    found: list[Snapshot] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = _NAME.match(name)
        if not match or match["stem"] != library.stem:
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        found.append(Snapshot(folder / name, created, match["reason"], count_quotes(folder / name)))
    return sorted(found, key=lambda s: s.created, reverse=True)


def _stamps(library: Path) -> list[tuple[datetime, Path]]:
    """(created, path) of the snapshots, newest first, without opening them (cheap: one listdir)."""
    out = []
    try:
        names = os.listdir(backup_dir(library))
    except OSError:
        return []
    for name in names:
        match = _NAME.match(name)
        if match and match["stem"] == library.stem:
            when = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            out.append((when, backup_dir(library) / name))
    return sorted(out, reverse=True)


def take(source: sqlite3.Connection, library: str | os.PathLike[str], reason: str,
         now: Callable[[], datetime] | None = None) -> Path:
    """Copy ``source`` (an open connection to ``library``) into a new snapshot; prune to ``KEEP``.

    The copy is written to a temporary name, switched to a self-contained rollback journal, checked and
    only then renamed into place, so a snapshot that exists is a whole one.
    """
    library = Path(library)
    folder = backup_dir(library)
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".partial-", suffix=".sqlite3")  # 0600
    os.close(fd)
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if dest.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise LibraryDamaged(library, N_("Backup", "its snapshot failed the integrity check"))
        finally:
            dest.close()
        target = folder / f"{library.stem}-{(now or _utcnow)().strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite3"
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    log.info("library snapshot written: %s", target.name)
    prune(library)
    return target


def prune(library: Path, keep: int = KEEP) -> None:
    for _, old in _stamps(library)[keep:]:
        old.unlink(missing_ok=True)  # another process may prune the same one


def daily_due(library: str | os.PathLike[str], now: Callable[[], datetime] | None = None) -> bool:
    """True when no snapshot was taken today (local calendar day)."""
    stamps = _stamps(Path(library))
    return not stamps or stamps[0][0].astimezone().date() != (now or _utcnow)().astimezone().date()


def check_snapshot(path: Path, library: Path) -> int:
    """Raise a LibraryError unless ``path`` is a whole QuoteClip library we can read; return its version."""
    try:
        conn = _connect_ro(path)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = schema.user_version(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise LibraryDamaged(path, str(error)) from error
    if ok != "ok":
        raise LibraryDamaged(path, N_("Backup", "the integrity check failed"))
    if version > schema.LATEST:
        raise LibraryTooNew(path, version, schema.LATEST)
    if version < 1 or not schema.REQUIRED_TABLES <= tables:
        raise LibraryDamaged(path, N_("Backup", "it is not a QuoteClip library"))
    return version


def _copy(source: sqlite3.Connection, dest_path: Path, timeout: float) -> None:
    dest = sqlite3.connect(dest_path, timeout=timeout)
    try:
        source.backup(dest)
        if dest.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise LibraryDamaged(dest_path, N_("Backup", "the restored copy failed the integrity check"))
    finally:
        dest.close()


def restore(snapshot: Path, library: str | os.PathLike[str], timeout: float = 5.0) -> Path | None:
    """Put ``snapshot`` back as the library; return the snapshot of what was replaced (None if nothing).

    Safe in this order: check the snapshot; bring a private copy of it up to the current schema; keep
    the current library as a ``before-restore`` snapshot (or, if it is unreadable, move it aside);
    then copy in with the backup API, which writes in one transaction that open windows simply see
    as a change, and check the result.
    """
    library = Path(library).absolute()
    check_snapshot(snapshot, library)
    try:
        return _restore(snapshot, library, timeout)
    except sqlite3.Error as error:
        raise translate(error, library) from error


def _restore(snapshot: Path, library: Path, timeout: float) -> Path | None:
    from qtapp.library.quarantine import quarantine

    fd, temp_name = tempfile.mkstemp(dir=library.parent, prefix=f".{library.stem}-restore-",
                                     suffix=".sqlite3")
    os.close(fd)
    temp = Path(temp_name)
    kept: Path | None = None
    try:
        src = _connect_ro(snapshot)
        try:
            _copy(src, temp, timeout)
        finally:
            src.close()
        work = sqlite3.connect(temp, isolation_level=None)
        try:
            schema.migrate(work)
            if library.exists() and library.stat().st_size:
                try:
                    current = sqlite3.connect(f"{library.as_uri()}?mode=ro", uri=True, timeout=timeout)
                    try:
                        kept = take(current, library, "before-restore")
                    finally:
                        current.close()
                except (sqlite3.DatabaseError, LibraryError):
                    kept = quarantine(library)  # damaged: never overwritten, moved aside whole
            if not library.exists():
                os.close(os.open(library, os.O_CREAT | os.O_WRONLY, 0o600))
            _copy(work, library, timeout)
        finally:
            work.close()
    finally:
        temp.unlink(missing_ok=True)
    log.info("library restored from snapshot %s", snapshot.name)
    return kept
