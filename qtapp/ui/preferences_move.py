"""Moving the library to another folder without ever having no good copy (no Qt here).

A WAL database cannot be copied as a file while it is open (the newest writes may sit in the -wal file),
so the copy is made with SQLite's online backup API, into a temporary name beside the destination,
checked (integrity, same quote count), and only then renamed into place. The old file is removed only
after the new one is in place and recorded as the library's location; its snapshots go along.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qtapp import paths
from qtapp.errors import UserError
from qtapp.library import snapshots

SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Moved:
    old: Path
    new: Path
    quotes: int
    backups: int  # snapshots copied along


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0])


def destination_for(target: Path) -> Path:
    """A folder means "put library.sqlite3 in it"; a file name is used as it is."""
    target = target.expanduser().absolute()
    return target / "library.sqlite3" if target.is_dir() else target


def copy_library(source: Path, target: Path) -> int:
    """Copy ``source`` to ``target`` (which must not exist) through the backup API; return its quotes."""
    source, target = source.absolute(), destination_for(target)
    if target.exists():
        raise UserError(f"{target} already exists: choose a new file name, or move that file away first")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    if target == source:
        raise UserError("that is where the library already is")
    if not source.is_file():  # connecting would create an empty file where the library should be
        raise UserError(f"there is no library at {source} to move yet: save a quote first")
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-moving-", suffix=".sqlite3")
    except OSError as error:
        raise UserError(f"cannot write in {target.parent} ({error.strerror}): choose a folder you can "
                        "write to") from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        src = sqlite3.connect(source, timeout=5.0)
        try:
            dest = sqlite3.connect(temp)
            try:
                src.backup(dest)
                if dest.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise UserError("the copy failed SQLite's integrity check; the library stays where it is")
                expected, copied = _count(src), _count(dest)
                if expected != copied:
                    raise UserError(f"the copy holds {copied} quotes instead of {expected}; the library "
                                    "stays where it is")
            finally:
                dest.close()
        finally:
            src.close()
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except sqlite3.Error as error:
        raise UserError(f"cannot copy the library: {error}; it stays where it is") from error
    except OSError as error:
        raise UserError(f"cannot write {target} ({error.strerror}); the library stays where it is") from error
    finally:
        temp.unlink(missing_ok=True)
    return copied


def copy_snapshots(source: Path, target: Path) -> int:
    """Take the library's daily snapshots along, renamed for the new file name."""
    copied = 0
    folder = snapshots.backup_dir(target)
    for snap in snapshots.list_snapshots(source):
        folder.mkdir(mode=0o700, exist_ok=True)
        name = target.stem + snap.path.name[len(source.stem):]
        if not (folder / name).exists():
            shutil.copy2(snap.path, folder / name)
            copied += 1
    return copied


def record_location(target: Path) -> None:
    """Make ``target`` the library from now on, for this process and every later one."""
    paths.write_private(paths.library_location_file(), f"{target}\n")  # 0600 in a 0700 folder
    if os.environ.get(paths.LIBRARY_ENV):
        paths.set_library_override(target)  # this process was started with --library


def remove_old(source: Path) -> None:
    """Delete the old library and its SQLite side files (its snapshots stay, as a last resort)."""
    for suffix in SUFFIXES:
        Path(f"{source}{suffix}").unlink(missing_ok=True)


def move_library(source: Path, target: Path) -> Moved:
    """Copy, check, take the snapshots along, then switch — in that order, so a failure at any step
    leaves the library where it was and whole. The caller then reopens its store on the new file and
    only then calls ``remove_old``."""
    source = source.absolute()
    destination = destination_for(target)
    quotes = copy_library(source, destination)
    backups = copy_snapshots(source, destination)
    record_location(destination)
    return Moved(source, destination, quotes, backups)
