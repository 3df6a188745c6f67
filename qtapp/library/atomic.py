"""Write a file whole or not at all: a failed export never leaves half a file or clobbers the old one.

The text goes to a temporary file in the destination's folder (so the final rename stays on one file
system), is flushed and fsync'ed, then ``os.replace``d over the target in one step. Only a regular file
(or a new name) is ever replaced: renaming over a folder, ``/dev/null`` or ``/dev/stdout`` would turn
it into a regular file. A symlink is followed, and its target replaced, so the link still works.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from qtapp.errors import UserError
from qtapp.library import leftovers
from qtapp.translatable import N_


def _new_file_mode() -> int:
    """What a plain ``open(..., "w")`` would give (mkstemp's 0600 would hide exports from others)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], write: Callable[[TextIO], object], *,
                 encoding: str = "utf-8", newline: str | None = "\n") -> Path:
    """Call ``write(handle)`` on a temporary file, then move it over ``path``; return the path.

    An OSError (no such folder, read-only, disk full) becomes a UserError saying the old file is
    unchanged; any other exception from ``write`` propagates. Either way the temporary file is removed.
    """
    target = Path(os.path.realpath(Path(path).expanduser()))
    folder = target.parent
    try:
        existing = target.stat() if target.exists() else None
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            kind = "a folder" if stat.S_ISDIR(existing.st_mode) else "not a regular file"
            raise UserError(N_("Library", "will not write {path}: it is {kind}, and the export would replace "
                                          "it. Give the name of a file")
                            .format(path=path, kind=kind))
        mode = existing.st_mode & 0o7777 if existing is not None else _new_file_mode()
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise UserError(N_("Library", "cannot write {target}: {error}; choose a folder you may write to")
                        .format(target=target, error=error.strerror or error)) from error
    temp = Path(temp_name)
    leftovers.mark_in_use(fd)  # until it is closed: another run's clean-up leaves it alone
    leftovers.clean_folder(folder)  # what a killed export left here (stale and unlocked only)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise UserError(N_("Library", "cannot write {target}: {error}; the existing file, if any, is "
                                      "unchanged")
                        .format(target=target, error=error.strerror or error)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
