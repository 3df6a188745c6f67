"""``quoteclip --install-desktop-entry``: put QuoteClip in the desktop's application menu, and take it out.

A ``pip install`` puts a command on PATH but tells the desktop nothing. This copies the freedesktop
entry, the AppStream metainfo and the scalable icon from the package data into the user's XDG data
folder (``$XDG_DATA_HOME``, else ``~/.local/share``), with ``Exec`` pointing at the launcher that ran it,
so the menu entry starts the same installation even when that folder is not on the menu's PATH.
No Qt here: it runs from the command line, before any window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from qtapp import APP_ID, paths
from qtapp.errors import UserError

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
ICON_SOURCE = ("icons", "quoteclip.svg")

Say = Callable[[str], None]


def data_home() -> Path:
    """The XDG data folder (platformdirs honours XDG_DATA_HOME; the app's own folder is one below)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise UserError("desktop entries are a freedesktop (Linux, BSD) feature; on this system "
                        "start QuoteClip with the quoteclip command")
    return paths.data_dir().parent


def targets(home: Path | None = None) -> dict[str, Path]:
    base = home or data_home()
    return {"desktop entry": base / "applications" / DESKTOP_FILE,
            "metainfo": base / "metainfo" / METAINFO_FILE,
            "icon": base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"}


def launcher() -> list[str]:
    """The command that started us: this ``quoteclip`` script if that is what ran, else the Python
    running us with ``-m qtapp`` (so a venv's entry never starts another installation's QuoteClip)."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "quoteclip" and script.is_file():
        return [str(script.absolute())]
    return [sys.executable, "-m", "qtapp"]


def _quote(arg: str) -> str:
    """Quote an Exec argument as the Desktop Entry spec asks (reserved characters in double quotes)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry_text(command: Sequence[str]) -> str:
    """The bundled entry with ``Exec`` and ``TryExec`` aimed at ``command``."""
    # %u, not %f: the entry also handles quoteclip:// links (x-scheme-handler/quoteclip); a file comes as
    # its path or a file:// URL, which the command line reads as the path.
    exec_line = " ".join(_quote(a).replace("%", "%%") for a in command) + " %u"
    exec_line = exec_line.replace("\\", "\\\\")  # the file's string escape applies on top of quoting
    lines = []
    for line in paths.resource(DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _refresh_menu(applications: Path, say: Say) -> None:
    """Let the menu and "Open with" notice now, where the desktop's own tool is installed."""
    tool = shutil.which("update-desktop-database")
    if tool is not None:
        subprocess.run([tool, "-q", str(applications)], check=False, capture_output=True, timeout=30)
        say(f"Refreshed the application list in {applications}")


def install(say: Say = print, command: Sequence[str] | None = None) -> dict[str, Path]:
    """Write the entry, the metainfo and the icon; say each path written."""
    where = targets()
    try:
        _write(where["desktop entry"], desktop_entry_text(command or launcher()).encode("utf-8"))
        _write(where["metainfo"], paths.resource(METAINFO_FILE).read_bytes())
        _write(where["icon"], paths.resource(*ICON_SOURCE).read_bytes())
    except OSError as error:
        raise UserError(f"cannot install the desktop entry: {error}; check that "
                        f"{data_home()} is writable") from error
    for what, path in where.items():
        say(f"Installed the {what}: {path}")
    _refresh_menu(where["desktop entry"].parent, say)
    return where


def uninstall(say: Say = print) -> list[Path]:
    """Remove what ``install`` wrote; say what was removed and what was not there."""
    removed = []
    where = targets()
    for what, path in where.items():
        try:
            path.unlink()
        except FileNotFoundError:
            say(f"No {what} to remove at {path}")
            continue
        except OSError as error:
            raise UserError(f"cannot remove {path}: {error}") from error
        removed.append(path)
        say(f"Removed the {what}: {path}")
    if removed:
        _refresh_menu(where["desktop entry"].parent, say)
    return removed
