"""Moving the library to another folder without ever having no good copy (no Qt here).

A WAL database cannot be copied as a file while it is open (the newest writes may sit in the -wal file),
so the copy is made with SQLite's online backup API, into a temporary name beside the destination,
checked (integrity, same quote count), and only then renamed into place. All of that, the snapshots,
the new location and the note left at the old place (``moved.py``) happen while this process holds the
old file's write lock: another process's save waits for it, then finds the note and is refused with
the new place, so no save lands in the old file after the copy. Its windows follow the note. The old
file is removed only once no other process has it open; until then it stays, the note beside it.
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
from qtapp.library import handles, leftovers, moved, snapshots

SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Moved:
    old: Path
    new: Path
    quotes: int
    backups: int  # snapshots copied along
    recorded: bool = True  # False: this run was given --library, so the saved location is unchanged


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0])


def destination_for(target: Path) -> Path:
    """A folder means "put library.sqlite3 in it"; a file name is used as it is."""
    target = target.expanduser().absolute()
    return target / "library.sqlite3" if target.is_dir() else target


def _check_target(source: Path, target: Path) -> None:
    if target.exists() or target.is_symlink():
        raise UserError(f"{target} already exists: choose a new file name, or move that file away first")
    if not target.parent.is_dir():
        raise UserError(f"the folder {target.parent} does not exist")
    if target == source:
        raise UserError("that is where the library already is")
    if not source.is_file():  # connecting would create an empty file where the library should be
        raise UserError(f"there is no library at {source} to move yet: save a quote first")


def _write_copy(src: sqlite3.Connection, target: Path) -> int:
    """Copy the library ``src`` is connected to into ``target``, checked; return its quotes."""
    leftovers.clean_folder(target.parent)  # a killed move's partial copies
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-moving-", suffix=".sqlite3")
    except OSError as error:
        raise UserError(f"cannot write in {target.parent} ({error.strerror}): choose a folder you can "
                        "write to") from error
    temp = Path(temp_name)
    try:
        with leftovers.in_use(fd):
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
        os.close(fd)  # after SQLite's own handle: closing ours first would drop SQLite's locks
        fd = -1
        os.chmod(temp, 0o600)
        moved.clear_note(target)  # a note from an earlier move away from this very place
        os.replace(temp, target)
    finally:
        if fd >= 0:
            os.close(fd)
        temp.unlink(missing_ok=True)
    return copied


def copy_library(source: Path, target: Path) -> int:
    """Copy ``source`` to ``target`` (which must not exist) through the backup API; return its quotes."""
    source, target = source.absolute(), destination_for(target)
    _check_target(source, target)
    try:
        src = sqlite3.connect(source, timeout=5.0)
        try:
            return _write_copy(src, target)
        finally:
            src.close()
    except sqlite3.Error as error:
        raise UserError(f"cannot copy the library: {error}; it stays where it is") from error
    except OSError as error:
        raise UserError(f"cannot write {target} ({error.strerror}); the library stays where it is") from error


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


def record_location(target: Path) -> bool:
    """Make ``target`` the library from now on, for this process and every later one; False when this
    run was given its library (``--library``, ``QUOTECLIP_LIBRARY``): then only this process follows,
    and the location saved for later runs stays as the user left it."""
    if os.environ.get(paths.LIBRARY_ENV):
        paths.set_library_override(target)
        return False
    paths.write_private(paths.library_location_file(), f"{target}\n")  # 0600 in a 0700 folder
    return True


def remove_old(source: Path) -> bool:
    """Delete the old library and its SQLite side files once no other process has it open; True if
    done. Its snapshots stay, as a last resort, and so does the note that says where it went."""
    if handles.others_hold(source):
        return False  # its windows follow the note, and the caller tries again
    for suffix in SUFFIXES:
        Path(f"{source}{suffix}").unlink(missing_ok=True)
    return True


def move_library(source: Path, target: Path) -> Moved:
    """Copy, check, take the snapshots along, switch and leave the note — in that order and under the
    old file's write lock, so a failure at any step leaves the library where it was and whole, and no
    other process's save falls between the copy and the note. The caller then reopens its store on
    the new file and only then calls ``remove_old``."""
    source = source.absolute()
    destination = destination_for(target)
    _check_target(source, destination)
    try:
        lock = sqlite3.connect(source, timeout=5.0, isolation_level=None)
        src = sqlite3.connect(source, timeout=5.0)
    except sqlite3.Error as error:
        raise UserError(f"cannot open the library to move it: {error}; it stays where it is") from error
    try:
        try:
            # On a connection of its own: the backup reads on ``src``, which a WAL writer never blocks.
            lock.execute("BEGIN IMMEDIATE")  # other writers wait (busy timeout), then see the note
        except sqlite3.OperationalError as error:
            raise UserError("the library is busy (another window or command is saving): try again in a "
                            "moment; it stays where it is") from error
        placed = noted = False
        try:
            quotes = _write_copy(src, destination)
            placed = True
            backups = copy_snapshots(source, destination)
            moved.write_note(source, destination)
            noted = True
            recorded = record_location(destination)  # last: one rename, so it is done or not done
        except BaseException:
            if noted:
                moved.clear_note(source)
            if placed:
                destination.unlink(missing_ok=True)  # ours, made a moment ago: the old file is the library
            raise
        finally:
            lock.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise UserError(f"cannot copy the library: {error}; it stays where it is") from error
    except OSError as error:
        raise UserError(f"cannot move the library to {destination} ({error.strerror or error}); it stays "
                        "where it is") from error
    finally:
        src.close()
        lock.close()
    return Moved(source, destination, quotes, backups, recorded)
