"""The reader window: one article at a time, laid out for reading, with the shell's menus and toolbar.

The window provides what the quotes package builds on (the ``QuoteWindow`` Protocol of
``qtapp.ui.quotes.window``, which mypy checks it against) and calls ``qtapp.ui.quotes.install(self)``
once its own parts exist.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QVBoxLayout, QWidget

from qtapp import APP_NAME, paths
from qtapp.article.model import Article
from qtapp.errors import UserError
from qtapp.ui import accessibility, first_run, preferences, quotes
from qtapp.ui.actions import build_actions
from qtapp.ui.article_document import DocumentMap
from qtapp.ui.find_bar import FindBar
from qtapp.ui.i18n import error_message
from qtapp.ui.icons import app_icon
from qtapp.ui.loading import BackgroundOpen, is_large
from qtapp.ui.menus import build_menus, build_toolbar
from qtapp.ui.opening import check_size, clipboard_text, read_article, save_clipping
from qtapp.ui.reader import ReaderView, local_files
from qtapp.ui.session import Session
from qtapp.ui.window_state import ViewControls


def recent_label(title: str, path: Path, width: int = 60) -> str:
    """An Open Recent entry: the article's title (shortened), else its file name; "&" shown as itself."""
    text = " ".join(title.split()) or path.name
    if len(text) > width:
        text = text[:width - 1].rstrip() + "…"
    return text.replace("&", "&&")


class MainWindow(QMainWindow):
    articleChanged = Signal()  # after a new article (or new details of the same one) is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.session = Session()
        self.article: Article | None = None
        self.article_path: Path | None = None
        self.source_text = ""
        self.loading: BackgroundOpen | None = None  # a large file being read off the GUI thread
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self.reader, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reader, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self._actions = build_actions(self)
        self._menus = build_menus(self, self._actions)
        self.toolbar, zoom_label = build_toolbar(self, self._actions)
        self._context_actions: list[QAction | None] = [
            self._actions["actionCopy"], self._actions["actionSelectAll"], None, self._actions["actionFind"],
            None]
        self.view_controls = ViewControls(self, zoom_label)
        self._connect()
        self.statusBar().setObjectName("statusBar")
        self.resize(1200, 800)
        self.quotes: quotes.QuotesUi = quotes.install(self)
        preferences.install(self)
        self.hint_bar = first_run.install(self)
        accessibility.install(self)  # last: names and tooltips for every action and control now present
        self.view_controls.restore_window()  # after install: the dock layout includes the library dock

    # --- hooks for other parts of the window ------------------------------------------------------
    @property
    def document_map(self) -> DocumentMap | None:
        return self.reader.document_map

    def menu(self, name: str) -> QMenu:
        """A menu by name, case- and accelerator-insensitive: "File", "edit", "&View", "recent"."""
        return self._menus[name.replace("&", "").strip().lower()]

    def action(self, name: str) -> QAction:
        """An action by objectName, whoever built it."""
        found = self.findChild(QAction, name)
        if found is None:
            raise KeyError(name)
        return found

    def context_actions(self) -> list[QAction | None]:
        """The reader's context menu (None = separator); others append to this same list."""
        return self._context_actions

    def _connect(self) -> None:
        a = self._actions
        a["actionOpen"].triggered.connect(self.ask_open)
        a["actionOpenUrl"].triggered.connect(self.ask_open_url)
        a["actionNewFromClipboard"].triggered.connect(self.new_from_clipboard)
        a["actionQuit"].triggered.connect(self.close)
        self.menu("file").insertAction(a["actionQuit"], a["actionRestoreBackup"])
        a["actionRestoreBackup"].triggered.connect(self.restore_from_backup)
        a["actionClearRecent"].triggered.connect(self.session.clear_recent)
        a["actionCopy"].triggered.connect(self.reader.copy)
        a["actionCopy"].setEnabled(False)
        self.reader.copyAvailable.connect(a["actionCopy"].setEnabled)
        a["actionSelectAll"].triggered.connect(self.reader.selectAll)
        a["actionFind"].triggered.connect(self.find_bar.open)
        a["actionFindNext"].triggered.connect(self.find_bar.find_next_or_open)
        a["actionFindPrevious"].triggered.connect(self.find_bar.find_previous_or_open)
        a["actionKeyboardShortcuts"].triggered.connect(lambda: self._help().show_shortcuts(self))
        a["actionAbout"].triggered.connect(lambda: self._help().show_about(self))
        a["actionAboutQt"].triggered.connect(QApplication.aboutQt)
        self.reader.fileDropped.connect(self.open_article)
        self.reader.contextMenuRequested.connect(self._popup_context_menu)
        self.menu("recent").aboutToShow.connect(self._fill_recent)

    @staticmethod
    def _help() -> ModuleType:
        """The Help dialogs' module, loaded when first asked for (start-up only needs their actions)."""
        from qtapp.ui import help

        return help

    def _error(self, title: str, text: str) -> None:
        from qtapp.ui.dialogs import ErrorMessage

        ErrorMessage.show(self, title, text)

    def _popup_context_menu(self, at: QPoint) -> None:
        self.reader.popup_menu(self.context_actions(), at)

    # --- opening -----------------------------------------------------------------------------------
    def open_article(self, path: str | Path) -> bool:
        """Read and show ``path``; on failure say why and keep the current article.

        A file over 1 MB is read in the background behind a progress dialog; True then means the read
        started, and ``articleChanged`` (or an error box) follows.
        """
        try:
            check_size(Path(path))
            if is_large(path):
                return self._open_in_background(Path(path))
            article, source = read_article(path)
        except UserError as error:
            self._error(self.tr("Cannot open article"), error_message(error))
            return False
        self.show_article(article, source, Path(path).resolve())
        return True

    def _open_in_background(self, path: Path) -> bool:
        if self.loading is not None:
            self.loading.cancel()
        self.loading = loading = BackgroundOpen(self, path, read_article, self.reader.show_article_in_steps)
        loading.loaded.connect(lambda article, source: self.show_article(article, source, path.resolve()))
        loading.failed.connect(lambda message: self._error(self.tr("Cannot open article"), message))
        loading.cancelled.connect(lambda: self.statusBar().showMessage(
            self.tr("Stopped opening {name}; this article stays open.").format(name=path.name), 8000))
        return True

    def show_article(self, article: Article, source_text: str, path: str | Path | None) -> None:
        """Show ``article``; the same text again (corrected details) keeps the reading position."""
        same = self.article is not None and article.text == self.article.text
        self.article, self.source_text = article, source_text
        self.article_path = Path(path) if path else None
        if same:
            self.reader.article = article
            self.reader.rebuild(keep_state=True)
        elif self.reader.article is not article:  # a large one was laid out in steps already
            self.reader.show_article(article)
        title = article.title or (self.article_path.name if self.article_path else "Untitled")
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.setWindowFilePath(str(self.article_path or ""))
        self.session.remember_article(self.article_path, article.title or "")
        if article.encoding_warning:
            self.statusBar().showMessage(article.encoding_warning, 10000)
        self.articleChanged.emit()

    def open_initial(self, file: str | Path | None = None) -> bool:
        """At start: ``file``, else the last article (at its reading position), else the seed."""
        if file is not None and self.open_article(file):
            return True
        last = self.session.last_article
        if last is not None and last.is_file() and self._open_quietly(last):
            self.view_controls.restore_reading_position(self.session.top_position)
            return True
        return self._open_quietly(paths.seed_article())

    def _open_quietly(self, path: Path) -> bool:
        try:
            article, source = read_article(path)
        except UserError:
            return False
        self.show_article(article, source, path.resolve())
        return True

    def ask_open(self) -> None:
        from qtapp.ui.dialogs import OpenDialog

        path = OpenDialog.ask(self, self.session.open_folder)
        if path is not None:
            self.session.open_folder = path.parent
            self.open_article(path)

    def ask_open_url(self) -> None:
        from qtapp.ui.dialogs import UrlDialog

        url = UrlDialog.ask(self, self.session.last_url)
        if url:
            self.open_url(url)

    def open_url(self, url: str) -> bool:
        """Fetch ``url`` (the user asked for it) off the GUI thread, keep it with the clippings and show
        it; True when the fetch started. A failure says why and keeps the current article."""
        from qtapp.article import fetching

        try:
            url = fetching.check_url(url)
        except UserError as error:
            self._error(self.tr("Cannot open the address"), error_message(error))
            return False
        self.session.last_url = url
        if self.loading is not None:
            self.loading.cancel()
        folder, saved = paths.data_dir() / "pages", []

        def fetch_and_read(_: Path) -> tuple[Article, str]:  # in the worker thread
            saved.append(fetching.open_url(url, folder))
            return read_article(saved[-1])

        self.loading = loading = BackgroundOpen(self, Path(url), fetch_and_read, label=f"Fetching {url}…")
        loading.loaded.connect(lambda article, source: self.show_article(article, source, saved[-1].resolve()))
        loading.failed.connect(lambda message: self._error(self.tr("Cannot open the address"), message))
        loading.cancelled.connect(lambda: self.statusBar().showMessage(
            self.tr("Stopped fetching the page; this article stays open."), 8000))
        return True

    def new_from_clipboard(self) -> bool:
        """Read what was copied: its HTML when the clipboard has some, else its text."""
        try:
            text = clipboard_text(QGuiApplication.clipboard().mimeData())
            path = save_clipping(text)
        except (UserError, OSError) as error:
            self._error(self.tr("Nothing to read"), error_message(error))
            return False
        return self.open_article(path)

    def restore_from_backup(self) -> bool:
        from qtapp.ui.backups_dialog import restore_from_backup

        return restore_from_backup(self)

    def _fill_recent(self) -> None:
        menu = self.menu("recent")
        menu.clear()
        for path, title in self.session.recent_entries:
            action = menu.addAction(recent_label(title, path))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_article(p))
        menu.addSeparator()
        clear = self._actions["actionClearRecent"]
        menu.addAction(clear)
        clear.setEnabled(bool(self.session.recent_files))

    # --- drops and closing -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.open_article(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view_controls.save_session()
        super().closeEvent(event)
