"""The note Move Library leaves where the library was, so no process writes to the old file again.

Another QuoteClip process may have the library open while this one moves it. The move writes
``NAME.moved-to`` (the new path, one line) beside the old file while it holds the old file's write
lock, right after copying it; every write transaction checks for the note once it holds that lock
(``Database.transaction``), so a save either reached the copy or is refused with the new place — it is
never "saved" into a file that is about to go. Windows watch for the note and reopen the library at
its new place; opening the old path later says where the library went. The note stays after the old
file is removed: it is what tells a stale ``--library OLD`` where to look. No Qt here.
"""

from __future__ import annotations

import os
from pathlib import Path

from qtapp.library.errors import LibraryUnavailable
from qtapp.translatable import N_

SUFFIX = ".moved-to"


class LibraryMoved(LibraryUnavailable):
    """The library at this path was moved; ``new`` is where it is now."""

    def __init__(self, old: Path, new: Path) -> None:
        self.old, self.new = old, new
        super().__init__(N_("Library", "the library {old} was moved to {new} (noted in {marker_name}); use that "
                            "file, or delete {marker} to start a new library at the old place. Nothing was saved "
                            "to the old file.").format(old=old, new=new, marker_name=marker(old).name,
                                                       marker=marker(old)))


def marker(library: str | os.PathLike[str]) -> Path:
    return Path(f"{os.path.abspath(library)}{SUFFIX}")


def moved_to(library: str | os.PathLike[str]) -> Path | None:
    """Where the library at ``library`` was moved, if a Move Library left its note there."""
    try:
        text = marker(library).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError):
        text = ""
    return Path(text) if text else Path("(unreadable note)")


def refuse_if_moved(library: str | os.PathLike[str]) -> None:
    """Raise LibraryMoved when a move left its note beside ``library`` (one stat when it did not)."""
    if os.path.exists(marker(library)):
        new = moved_to(library)
        if new is not None:
            raise LibraryMoved(Path(os.path.abspath(library)), new)


def write_note(old: Path, new: Path) -> None:
    """Leave the note (whole or not at all: written aside, then renamed into place)."""
    note = marker(old)
    temp = note.with_name(f".{note.name}.new")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(f"{new}\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, note)


def clear_note(library: Path) -> None:
    """A library is moved (back) to ``library``: an old note there no longer applies."""
    marker(library).unlink(missing_ok=True)
