"""Where an export may go: never over the library, its side files or its snapshots.

``write_atomic`` already refuses folders and devices and writes through a symlink to its target; this
adds what only the library knows: a ``-o`` that names the library file (or a hard link or symlink to it),
its ``-wal``/``-shm``/``-journal``, a file in its ``backups`` folder or a quarantined ``.damaged-`` copy
would replace the user's data with an export, so it is refused before anything is written.
"""

from __future__ import annotations

import os
from pathlib import Path

from qtapp.errors import UserError
from qtapp.library.connection import SIDE_FILES
from qtapp.library.snapshots import backup_dir
from qtapp.translatable import N_


def _real(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.realpath(Path(path).expanduser()))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def check_export_target(path: str | os.PathLike[str], library: str | os.PathLike[str]) -> Path:
    """Return the file an export to ``path`` would replace; raise UserError if it is the library's."""
    target, lib = _real(path), _real(library)
    folder = lib.parent
    why = None
    if target == lib or _same_file(target, lib):
        why = "it is the library itself"
    elif target.parent == folder and target.name in {lib.name + side for side in SIDE_FILES}:
        why = "it is one of the library's own working files"
    elif target.parent == folder and target.name.startswith(f"{lib.name}.damaged-"):
        why = "it is a damaged library kept aside"
    elif _real(backup_dir(lib)) in target.parents:
        why = "it is in the library's backups folder"
    if why:
        raise UserError(N_("Export", "will not export to {path}: {why}, and the export would replace it. "
                                     "Choose another file name")
                        .format(path=path, why=why))
    return target
