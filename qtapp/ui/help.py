"""Help menu: Keyboard Shortcuts and About; ``python -m qtapp.ui.shortcuts_table --markdown`` prints the shortcut table.

The shortcut list is read from the window's own QActions, in menu order, so neither the dialog nor the
README table can disagree with the keys that work. About says where the library lives and opens that
folder, and gives the licences and the credit the bundled parts ask for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
)

from qtapp import APP_NAME, __version__, paths
from qtapp.ui.accessibility import named, plain, shortcuts
from qtapp.ui.dialogs import show_modeless

if TYPE_CHECKING:
    pass

CSL_URL = "https://citationstyles.org/"


@dataclass(frozen=True)
class ShortcutRow:
    name: str       # objectName
    text: str       # what the menu says, without & and …
    keys: tuple[str, ...]
    where: str      # the menu it is in, or "Library" for the table's own actions


def _menu_actions(menu: QMenu, title: str) -> list[tuple[QAction, str]]:
    found: list[tuple[QAction, str]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub, title))
        elif not action.isSeparator():
            found.append((action, title))
    return found


def shortcut_rows(window: QMainWindow, fmt: QKeySequence.SequenceFormat =
                  QKeySequence.SequenceFormat.NativeText) -> list[ShortcutRow]:
    """Every action of ``window`` that has a shortcut: menu actions in menu order, then the rest."""
    ordered: list[tuple[QAction, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            ordered.extend(_menu_actions(menu, plain(top.text())))
    seen = {id(a) for a, _ in ordered}
    library = QCoreApplication.translate("ShortcutsDialog", "Library")
    ordered += [(a, library) for a in window.findChildren(QAction) if id(a) not in seen]
    rows, names = [], set()
    for action, where in ordered:
        keys = tuple(k.toString(fmt) for k in shortcuts(action))
        if keys and action.objectName() and action.objectName() not in names:
            names.add(action.objectName())
            rows.append(ShortcutRow(action.objectName(), plain(action.text()), keys, where))
    return rows


def markdown_table(rows: Sequence[ShortcutRow]) -> str:
    lines = ["| Menu | Action | Shortcut |", "|---|---|---|"]
    for row in rows:
        keys = " or ".join(f"`{k}`" for k in row.keys)
        lines.append(f"| {row.where} | {row.text.replace('|', '/')} | {keys} |")
    return "\n".join(lines) + "\n"


class ShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: a searchable table of the window's actions and their keys."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Menu")])
        for row in shortcut_rows(window):
            items = [QStandardItem(row.text), QStandardItem(self.tr(" or ").join(row.keys)),
                     QStandardItem(row.where)]
            items[0].setData(row.name, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = named(QLineEdit(self, clearButtonEnabled=True,
                                      placeholderText=self.tr("Search actions and keys…")), "shortcutsSearch")
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setToolTip(self.tr("Type part of an action's name or a key"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = named(QTableView(self), "shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setToolTip(self.tr("Every shortcut of the window"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    @classmethod
    def show_for(cls, window: QMainWindow) -> ShortcutsDialog:
        """Non-modal, so the user can try a key in the window while reading the list."""
        return show_modeless(cls(window))


def library_location(window: QMainWindow) -> Path:
    service = getattr(getattr(window, "quotes", None), "library", None)
    return Path(service.path) if service is not None else paths.library_path()


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Help → About: version, licences with the credit the CSL styles ask for, and the library's folder."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.library = library_location(window)
        text = named(QLabel(self, wordWrap=True, openExternalLinks=True), "aboutText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.setText(self.tr(
            "<h2>{app} {version}</h2>"
            "<p>Read articles and save quotations with correct attribution to a local library.</p>"
            "<p>QuoteClip is free software under the GNU General Public License, version 3 or later.</p>"
            "<p>It runs on Qt {qt} through Qt for Python (PySide6 {pyside}), used under the "
            "GNU Lesser General Public License, version 3 (LGPL-3.0).</p>"
            "<p>Citation styles are from the Citation Style Language project, "
            "<a href=\"{csl}\">{csl}</a>, licensed under a Creative Commons Attribution-ShareAlike 3.0 "
            "Unported licence (CC BY-SA 3.0).</p>"
            "<p><b>Your library:</b> {library}</p>"
            "<p><b>CSV exports:</b> a cell that begins with =, +, -, @, a tab or a carriage return "
            "(a formula, to a spreadsheet) is written with an apostrophe before it, so Excel and "
            "LibreOffice show it as text and never run it.</p>"
            "<p><b>Imports</b> (File ▸ Import Quotes…, or <code>quoteclip quotes import FILE</code>; the format "
            "is told from the file's content): a Kindle <i>My Clippings.txt</i> (highlights with their notes; "
            "repeated and edited highlights are merged, bookmarks skipped), a Readwise CSV export, Hypothesis "
            "annotations (its JSON export or API result), Zotero RIS whose notes quote the text, W3C Web "
            "Annotations (a collection, a page or a list) and QuoteClip's JSON backup. Each quote keeps the "
            "title, authors, URL and date its file gives, and nothing more. Without the article's text it "
            "belongs to a <i>stub</i> (marked ◌ in the library) until you open the article itself: same URL, "
            "or same title and authors. Importing a file again adds nothing.</p>").format(
                app=APP_NAME, version=__version__, qt=qVersion(), pyside=PYSIDE_VERSION, csl=CSL_URL,
                library=str(self.library).replace("&", "&amp;").replace("<", "&lt;")))
        text.setAccessibleName(self.tr("About QuoteClip"))
        text.setToolTip(self.tr("Version, licences and where your library is"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_folder = buttons.addButton(self.tr("Show in &File Manager"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.show_folder.setObjectName("showLibraryFolder")
        self.show_folder.setToolTip(self.tr("Open the folder that holds your library and its backups"))
        self.show_folder.clicked.connect(lambda: open_folder(self.library.parent))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(520, 0)

    @classmethod
    def show_for(cls, window: QMainWindow) -> AboutDialog:
        return show_modeless(cls(window))


def show_shortcuts(window: QMainWindow) -> None:
    ShortcutsDialog.show_for(window)


def show_about(window: QMainWindow) -> None:
    AboutDialog.show_for(window)
