"""What the window remembers between runs, in one INI file under the config folder.

A thin typed layer over QSettings: INI values come back as strings, and a one-item list comes back as
a plain string, so every read converts and checks.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from qtapp import paths
from qtapp.ui.reader_style import DEFAULT_PX, clamp_px

MAX_RECENT = 10
THEMES = ("system", "light", "dark", "sepia")
DEFAULT_CITATION_STYLE = "apa"


def _make_private(path: Path) -> None:
    """The INI file (recent files, last article) 0600 in a 0700 folder, before QSettings writes it:
    QSaveFile keeps an existing file's permissions when it replaces it."""
    try:
        paths.private_folder(path.parent)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only config folder: QSettings then keeps the settings in memory


class Session:
    def __init__(self) -> None:
        path = paths.settings_file()
        _make_private(path)
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _int(self, key: str, default: int) -> int:
        value = self.settings.value(key, default)
        if not isinstance(value, (int, float, str)):
            return default  # None or a type an edited settings file gave: int() would raise TypeError
        try:
            return int(value)
        except ValueError:
            return default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # text size and theme
    @property
    def font_px(self) -> int:
        return clamp_px(self._int("reader/font_px", DEFAULT_PX))

    @font_px.setter
    def font_px(self, px: int) -> None:
        self.settings.setValue("reader/font_px", clamp_px(px))

    @property
    def theme(self) -> str:
        value = str(self.settings.value("reader/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, name: str) -> None:
        self.settings.setValue("reader/theme", name if name in THEMES else "system")

    # the article and where the reader was in it
    @property
    def last_article(self) -> Path | None:
        value = self.settings.value("session/last_article")
        return Path(value) if isinstance(value, str) and value else None

    def remember_article(self, path: Path | None, title: str = "") -> None:
        """The article now shown; it heads Open Recent under its title (a clipping's file name says
        nothing)."""
        self.settings.setValue("session/last_article", str(path) if path else "")
        if path is None:
            return
        entries = [(p, t) for p, t in self.recent_entries if p != path]
        entries = [(path, title or ""), *entries][:MAX_RECENT]
        self.settings.setValue("recent/files", [str(p) for p, _ in entries])
        self.settings.setValue("recent/titles", [t for _, t in entries])

    @property
    def top_position(self) -> int:
        return max(0, self._int("session/top_position", 0))

    @top_position.setter
    def top_position(self, position: int) -> None:
        self.settings.setValue("session/top_position", int(position))

    def strings(self, key: str) -> list[str]:
        """A list kept under ``key`` (recent files, the library's chosen columns)."""
        value = self.settings.value(key, [])
        # QSettings (INI) gives a lone entry as a str and several as a list.
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return [item if isinstance(item, str) else "" for item in items]

    @property
    def recent_entries(self) -> list[tuple[Path, str]]:
        """Recent articles with the title each had when last shown ("" when unknown)."""
        titles = self.strings("recent/titles")
        files = self.strings("recent/files")
        return [(Path(f), titles[i] if i < len(titles) else "") for i, f in enumerate(files) if f]

    @property
    def recent_files(self) -> list[Path]:
        return [path for path, _ in self.recent_entries]

    def clear_recent(self) -> None:
        """Forget the recent files, and the parsed texts kept of them (the parse cache)."""
        from qtapp.article import parse_cache

        self.settings.remove("recent/files")
        self.settings.remove("recent/titles")
        parse_cache.clear()

    @property
    def last_url(self) -> str | None:
        value = self.settings.value("open/last_url")
        return value if isinstance(value, str) and value else None

    @last_url.setter
    def last_url(self, url: str) -> None:
        self.settings.setValue("open/last_url", url)

    @property
    def open_folder(self) -> Path:
        """Where Open Article starts: the folder of the last article the user opened, else their
        documents folder (never the program's own folder, where the bundled article lives)."""
        value = self.settings.value("open/folder")
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return paths.documents_folder()

    @open_folder.setter
    def open_folder(self, folder: Path) -> None:
        self.settings.setValue("open/folder", str(folder))

    # citations and exports
    @property
    def citation_style(self) -> str:
        """The default style for Copy Citation (a CSL id or alias); checked when used, not here,
        so reading it never loads the style list."""
        value = self.settings.value("citation/style", DEFAULT_CITATION_STYLE)
        return value.strip() if isinstance(value, str) and value.strip() else DEFAULT_CITATION_STYLE

    @citation_style.setter
    def citation_style(self, style: str) -> None:
        self.settings.setValue("citation/style", style.strip() or DEFAULT_CITATION_STYLE)

    @property
    def export_format(self) -> str | None:
        value = self.settings.value("export/format")
        return value if isinstance(value, str) and value else None

    @export_format.setter
    def export_format(self, fmt: str) -> None:
        self.settings.setValue("export/format", fmt)

    @property
    def export_folder(self) -> Path | None:
        value = self.settings.value("export/folder")
        return Path(value) if isinstance(value, str) and value else None

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self.settings.setValue("export/folder", str(folder))

    @property
    def export_creator(self) -> str:
        """The name last given as the W3C and Hypothesis exports' creator ("" for none)."""
        value = self.settings.value("export/creator", "")
        return " ".join(value.split()) if isinstance(value, str) else ""

    @export_creator.setter
    def export_creator(self, name: str) -> None:
        self.settings.setValue("export/creator", " ".join(name.split()))

    # window geometry and dock layout
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @property
    def state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    def sync(self) -> None:
        self.settings.sync()
