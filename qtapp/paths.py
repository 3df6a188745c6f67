"""Where QuoteClip keeps its data and settings.

Everything that touches the disk asks this module, so tests can point it all at a temporary folder
(by setting the XDG variables, which platformdirs honours) and nothing reaches the real user's files.
"""

from __future__ import annotations

import os
from functools import cache

from qtapp import APP_NAME

TYPE_CHECKING = False  # not typing's: the quick listing imports this module and no typing
if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

LIBRARY_ENV = "QUOTECLIP_LIBRARY"
TESTING_ENV = "QUOTECLIP_TESTING"
SEED_NAME = "000_3001ce5c61a55120.txt"


def _path(value: str) -> Path:
    """``Path(value)``, with pathlib imported on first use: the command line's quick listing, given the
    library by --library, never needs it (pathlib and the urllib it pulls in cost more than the query)."""
    from pathlib import Path

    return Path(value)


@cache
def _data_roots() -> tuple[Path, Path]:
    """An installed wheel carries seeds/ and resources/ under qtapp/_data; a checkout has them at the top."""
    package = _path(__file__).resolve().parent
    return package / "_data", package.parent


class RealUserFolderError(RuntimeError):
    """Raised when code under test resolves a path in the real user's home folders."""


def _guard(path: Path) -> Path:
    """Refuse the real user folders while under test: a test that forgets the fixture must fail loudly."""
    if os.environ.get(TESTING_ENV):
        home = _path("~").expanduser()
        for default in (home / ".local", home / ".config", home / ".cache"):
            if path == default or default in path.parents:
                raise RealUserFolderError(f"test tried to use the real user folder {path}")
    return path


def _platformdirs() -> ModuleType:
    """platformdirs, imported on first use: a command that is given --library never needs it."""
    import platformdirs

    return platformdirs


def data_dir() -> Path:
    return _guard(_path(_platformdirs().user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    return _guard(_path(_platformdirs().user_config_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    return _guard(_path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    return _guard(_path(_platformdirs().user_log_dir(APP_NAME, appauthor=False)))


def settings_file() -> Path:
    return config_dir() / "quoteclip.ini"


def library_location_file() -> Path:
    """Where Preferences → Move Library records the library's new place: a one-line text file, so the
    command line (which never loads Qt) finds the moved library too."""
    return config_dir() / "library-location"


def library_path() -> Path:
    """The library file: ``QUOTECLIP_LIBRARY`` (which ``--library`` sets), else where the user moved it,
    else the user data folder."""
    return _path(library_file())


def library_file() -> str:
    """``library_path()`` as a string, found without pathlib or platformdirs when it is given."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return os.path.expanduser(override)
    try:
        moved = library_location_file().read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        moved = ""
    return os.path.expanduser(moved) if moved else str(data_dir() / "library.sqlite3")


def personal_library_path() -> Path:
    """The user's own library file, also while ``--library`` names a team library: where the user
    moved it, else the user data folder (what "My Library" opens)."""
    from qtapp.library.postgres.target import is_team_library

    chosen = library_file()
    if not is_team_library(chosen):
        return _path(chosen)
    try:
        moved = library_location_file().read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        moved = ""
    return _path(os.path.expanduser(moved) if moved else str(data_dir() / "library.sqlite3"))


def set_library_override(path: str | os.PathLike[str]) -> None:
    """Use ``path`` for this run: its folders resolved, but a file that is a symbolic link kept as the
    link, so QuoteClip can see it is one and never renames or replaces the file behind it. A team
    library's address (``postgresql://…``, ``service=NAME``) is kept as given."""
    from qtapp.library.postgres.target import is_team_library

    if is_team_library(os.fspath(path)):
        os.environ[LIBRARY_ENV] = os.fspath(path)
        return
    path = os.path.abspath(os.path.expanduser(path))
    if not os.path.islink(path):
        path = os.path.realpath(path)
    else:
        path = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))
    os.environ[LIBRARY_ENV] = path


def private_folder(folder: Path) -> Path:
    """``folder`` (one of ours: config, cache, data) created or tightened to 0700, with any parents
    this created: article texts, recent files and the library's place are nobody else's business."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for created in {folder, *missing}:
        try:
            os.chmod(created, 0o700)
        except OSError:
            pass  # not ours to change (a shared parent): what we write inside is 0600 still
    return folder


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` as a 0600 file in a 0700 folder, atomically."""
    private_folder(path.parent)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _data_file(*parts: str) -> Path:
    for root in _data_roots():
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


def documents_folder() -> Path:
    """The user's documents folder when it exists (where saved pages usually are), else home."""
    folder = _path(_platformdirs().user_documents_dir())
    return folder if folder.is_dir() else _path("~").expanduser()
