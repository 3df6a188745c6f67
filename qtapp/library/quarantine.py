"""Moving a damaged library aside so a new one can start, never through a link the user did not choose.

Apart from the connection so the daily snapshot (which sets a damaged file aside too) and the window
use it without importing the SQL wrapper that imports them.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from qtapp.library.errors import LibraryUnavailable

SIDE_FILES = ("-wal", "-shm", "-journal")


def free_name(path: Path, label: str) -> Path:
    """``NAME.label-STAMP`` beside ``path`` (with a counter when taken): a name to set a file aside under."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return target


def quarantine_refusal(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` may not be moved aside for a new library: it is a symbolic link, and renaming it or
    writing a new library where it points would change a file the user never chose as the library."""
    if not os.path.islink(path):
        return None
    return (f"{path} is a link to {os.path.realpath(path)}. QuoteClip does not move or replace a file "
            "through a link: remove the link, or choose another library file (--library PATH).")


def quarantine(path: str | os.PathLike[str]) -> Path:
    """Move a damaged library (and its -wal/-shm files) aside, so a new one can start; return the copy.

    Never through a symbolic link (``quarantine_refusal``)."""
    refusal = quarantine_refusal(path)
    if refusal:
        raise LibraryUnavailable(refusal)
    path = Path(path)
    target = free_name(path, "damaged")
    os.replace(path, target)
    for side in SIDE_FILES:
        extra = Path(f"{path}{side}")
        if extra.exists():
            os.replace(extra, Path(f"{target}{side}"))
    return target
