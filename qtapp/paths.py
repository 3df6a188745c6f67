"""Where QuoteClip keeps its data and settings.

Everything that touches the disk asks this module, so tests can point it all at a temporary folder
(by setting the XDG variables, which platformdirs honours) and nothing reaches the real user's files.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

from qtapp import APP_NAME

LIBRARY_ENV = "QUOTECLIP_LIBRARY"
TESTING_ENV = "QUOTECLIP_TESTING"
SEED_NAME = "000_3001ce5c61a55120.txt"

_PACKAGE_DIR = Path(__file__).resolve().parent
# An installed wheel carries seeds/ and resources/ under qtapp/_data; a checkout has them at the top.
_DATA_ROOTS = (_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent)


class RealUserFolderError(RuntimeError):
    """Raised when code under test resolves a path in the real user's home folders."""


def _guard(path: Path) -> Path:
    """Refuse the real user folders while under test: a test that forgets the fixture must fail loudly."""
    if os.environ.get(TESTING_ENV):
        home = Path.home()
        for default in (home / ".local", home / ".config", home / ".cache"):
            if path == default or default in path.parents:
                raise RealUserFolderError(f"test tried to use the real user folder {path}")
    return path


def _platformdirs() -> ModuleType:
    """platformdirs, imported on first use: a command that is given --library never needs it."""
    import platformdirs

    return platformdirs


def data_dir() -> Path:
    return _guard(Path(_platformdirs().user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    return _guard(Path(_platformdirs().user_config_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    return _guard(Path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    return _guard(Path(_platformdirs().user_log_dir(APP_NAME, appauthor=False)))


def settings_file() -> Path:
    return config_dir() / "quoteclip.ini"


def library_location_file() -> Path:
    """Where Preferences → Move Library records the library's new place: a one-line text file, so the
    command line (which never loads Qt) finds the moved library too."""
    return config_dir() / "library-location"


def library_path() -> Path:
    """The library file: ``QUOTECLIP_LIBRARY`` (which ``--library`` sets), else where the user moved it,
    else the user data folder."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    try:
        moved = library_location_file().read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        moved = ""
    return Path(moved).expanduser() if moved else data_dir() / "library.sqlite3"


def set_library_override(path: str | os.PathLike[str]) -> None:
    os.environ[LIBRARY_ENV] = str(Path(path).expanduser().resolve())


def _data_file(*parts: str) -> Path:
    for root in _DATA_ROOTS:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("/".join(parts))


def seed_article() -> Path:
    """The bundled reference article, opened the first time the app starts."""
    return _data_file("seeds", SEED_NAME)


def resource(*parts: str) -> Path:
    """A file under resources/ (icons, stylesheets, desktop entry), installed or in a checkout."""
    return _data_file("resources", *parts)
