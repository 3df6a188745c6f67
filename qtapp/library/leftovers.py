"""Remove the temporary files a killed QuoteClip left behind, and only those nobody is still writing.

An export is written to ``.NAME.XXXXXXXX.tmp`` beside its target and a move copies to
``.STEM-moving-XXXXXXXX.sqlite3``; kill -9 in between leaves them (an export's up to the whole export
in size). The next run removes them: at the next export to that folder, the next move into it, and
when the library opens (its folder and its backups folder). A file counts as left behind only when it
is older than ``STALE_AFTER_S`` and not held: every writer holds an ``flock`` on its temporary file for
as long as it writes (``in_use``), and a lock is released by the kernel when its process dies. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

STALE_AFTER_S = 15 * 60.0
_RANDOM = r"[a-z0-9_]{8}"  # tempfile.mkstemp's part of the name
EXPORT_SUFFIXES = ("md", "csv", "json", "jsonld", "ris", "bib", "txt")
log = logging.getLogger(__name__)


def _lock(fd: int, *, wait: bool) -> bool:
    """Take an exclusive flock on ``fd``; False if another holds one. True where flock does not exist."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without flock: the age alone decides
    return True


@contextlib.contextmanager
def in_use(fd: int) -> Iterator[None]:
    """Mark the temporary file open on ``fd`` as being written until the block ends (or the fd closes)."""
    _lock(fd, wait=True)
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ImportError):
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def mark_in_use(fd: int) -> None:
    """As ``in_use``, for a file whose descriptor is closed when writing ends (closing releases it)."""
    _lock(fd, wait=True)


def _stale(path: Path, now: float) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    if now - info.st_mtime < STALE_AFTER_S or path.is_symlink():
        return False
    if path.is_dir():
        return True  # only our -walcheck folders match, and a check takes seconds, not minutes
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        return _lock(fd, wait=False)
    finally:
        os.close(fd)  # releases the lock just taken


def _patterns(stem: str | None) -> list[re.Pattern[str]]:
    name = re.escape(stem) if stem else r".+"
    return [re.compile(rf"^\.{name}-moving-{_RANDOM}\.sqlite3(-journal|-wal|-shm)?$"),
            re.compile(rf"^\.{name}-restore-{_RANDOM}\.sqlite3(-journal|-wal|-shm)?$"),
            re.compile(rf"^\.{name}(\.sqlite3)?-walcheck-{_RANDOM}$"),
            re.compile(r"^\.partial-" + _RANDOM + r"\.sqlite3(-journal)?$")]


def export_temp(name: str) -> re.Pattern[str]:
    """The temporary names ``write_atomic`` gives an export to ``name`` (any export name if "")."""
    target = re.escape(name) if name else r".+\.(" + "|".join(EXPORT_SUFFIXES) + ")"
    return re.compile(rf"^\.{target}\.{_RANDOM}\.tmp$")


def clean_folder(folder: Path, stem: str | None = None, *, exports: bool = True,
                 now: float | None = None) -> list[Path]:
    """Remove stale QuoteClip temporaries in ``folder`` (of library ``stem``, or of any); return them."""
    patterns = _patterns(stem) + ([export_temp("")] if exports else [])
    return _clean(folder, patterns, time.time() if now is None else now)


def clean_library(library: Path, now: float | None = None) -> list[Path]:
    """What a killed move, restore, WAL check or snapshot left beside ``library`` and in its backups."""
    when = time.time() if now is None else now
    library = Path(os.path.realpath(library))
    removed = _clean(library.parent, _patterns(library.stem) + _patterns(library.name)[2:3], when)
    return removed + _clean(library.parent / "backups", _patterns(None)[3:], when)


def _clean(folder: Path, patterns: list[re.Pattern[str]], now: float) -> list[Path]:
    try:
        entries = [e.name for e in os.scandir(folder) if e.name.startswith(".")]
    except OSError:
        return []
    removed = []
    for name in entries:
        if not any(p.match(name) for p in patterns):
            continue
        path = folder / name
        if not _stale(path, now):
            continue
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError as error:
            log.info("could not remove the leftover %s: %s", path, error)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d leftover temporary files in %s", len(removed), folder)
    return removed
