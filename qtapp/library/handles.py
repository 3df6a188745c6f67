"""Look at a library file (its header, who else has it open) without breaking SQLite's locks.

POSIX file locks belong to a process, and closing ANY descriptor of a file drops all of that process's
locks on it (see "How To Corrupt An SQLite Database File", 2.2). Opening the library with plain
``open()`` to read its header and closing it again, while another connection in this process has it
open, would silently drop that connection's shared lock: a second QuoteClip process could then think
it is the last user, checkpoint and delete the -wal file this process is still writing. So while a
``Database`` of this process has a file open (``hold``), the descriptors opened here stay open until
the last one closes (``release``). No Qt here, and nothing the quick listing cannot afford.
"""

from __future__ import annotations

import os
import struct
import sys

_fds: dict[tuple[str, int, int], int] = {}  # (path, device, inode) -> a descriptor kept open
_held: dict[str, int] = {}  # library path -> Databases of this process that have it open


def _key(path: str) -> str:
    return os.path.realpath(path)


def hold(path: str | os.PathLike[str]) -> None:
    """A Database of this process opens ``path``: keep descriptors opened on it from now on."""
    key = _key(os.fspath(path))
    _held[key] = _held.get(key, 0) + 1


def release(path: str | os.PathLike[str]) -> None:
    """That Database closed; once none is left, close the descriptors kept for the file and its sides."""
    key = _key(os.fspath(path))
    left = _held.get(key, 0) - 1
    if left > 0:
        _held[key] = left
        return
    _held.pop(key, None)
    for entry in [e for e in _fds if e[0] == key or e[0].startswith(key + "-")]:
        try:
            os.close(_fds.pop(entry))
        except OSError:
            pass


def held_here(path: str | os.PathLike[str]) -> bool:
    """A Database of this process has ``path`` open (so it was checked, and its WAL is ours)."""
    return _held.get(_key(os.fspath(path)), 0) > 0


def _holding(path: str) -> bool:
    return any(path == held or path.startswith(held + "-") for held in _held)


def _open(path: str) -> tuple[int, bool]:
    """A read-only descriptor of ``path`` and whether the caller must close it."""
    path = _key(path)
    info = os.stat(path)
    entry = (path, info.st_dev, info.st_ino)
    if entry in _fds:
        return _fds[entry], False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    if not _holding(path):
        return fd, True
    _fds[entry] = fd
    return fd, False


def read_head(path: str | os.PathLike[str], size: int, offset: int = 0) -> tuple[bytes, int]:
    """``size`` bytes of ``path`` from ``offset`` and the file's length; OSError as ``os.open`` raises."""
    fd, close = _open(os.fspath(path))
    try:
        data = os.pread(fd, size, offset) if hasattr(os, "pread") else _seek_read(fd, size, offset)
        return data, os.fstat(fd).st_size
    finally:
        if close:
            os.close(fd)


def _seek_read(fd: int, size: int, offset: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


def _flock_layout() -> str | None:
    """``struct flock`` as this platform lays it out, or None where we do not know it."""
    if sys.platform.startswith("linux") and struct.calcsize("P") == 8:
        return "hhqqi4x"  # l_type, l_whence, l_start, l_len, l_pid
    if sys.platform == "darwin":
        return "qqihh"  # l_start, l_len, l_pid, l_type, l_whence
    return None


def others_hold(path: str | os.PathLike[str]) -> bool | None:
    """True when another process has a lock on ``path`` (every SQLite connection to a WAL library holds
    one for as long as it is open), False when none does, None when this platform cannot tell.

    F_GETLK only reports other processes' locks, so this process's own connections do not count.
    """
    layout = _flock_layout()
    if layout is None:
        return None
    import fcntl

    try:
        fd, close = _open(os.fspath(path))
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        if layout.startswith("hh"):
            ask = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
            kind = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, ask))[0]
        else:
            ask = struct.pack(layout, 0, 0, 0, fcntl.F_WRLCK, os.SEEK_SET)
            kind = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, ask))[3]
        return bool(kind != fcntl.F_UNLCK)
    except OSError:
        return None
    finally:
        if close:
            os.close(fd)
