"""What the quote features need from the window they live in: the seam between ``ui/quotes`` and the window.

``MainWindow`` provides it; the quote package depends on this Protocol, never on ``main_window`` (which
imports the package to install it), and mypy checks both sides: ``MainWindow.quotes`` is typed, and
``install`` is called with the window itself. Every member is one the package uses; nothing is probed
with ``getattr``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QStatusBar, QToolBar, QWidget

    from qtapp.article.model import Article
    from qtapp.ui.article_document import DocumentMap
    from qtapp.ui.quotes.controller import QuotesUi
    from qtapp.ui.reader import ReaderView
    from qtapp.ui.session import Session


class QuoteWindow(Protocol):
    """A main window showing one article in a reader, with menus, a toolbar and a status bar."""

    reader: ReaderView
    article: Article | None
    article_path: Path | None
    source_text: str  # the article's text as read, which the library keeps beside the parse
    session: Session
    toolbar: QToolBar
    quotes: QuotesUi  # set by ``install``

    @property
    def articleChanged(self) -> SignalInstance:  # noqa: N802 (Qt name)
        """After a new article (or new details of the same one) is shown."""

    @property
    def destroyed(self) -> SignalInstance: ...

    @property
    def document_map(self) -> DocumentMap | None: ...

    def window(self) -> QWidget:
        """The top-level widget: parent of the package's dialogs, menus, actions and helpers."""

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt name)

    def menu(self, name: str) -> QMenu:
        """A menu of the menu bar by name ("File", "Edit")."""

    def context_actions(self) -> list[QAction | None]:
        """The reader's context menu (None = separator), to append to."""

    def addDockWidget(self, area: Qt.DockWidgetArea, dockwidget: QDockWidget, /) -> None: ...  # noqa: N802

    def open_article(self, path: str | Path) -> bool: ...

    def show_article(self, article: Article, source_text: str, path: str | Path | None) -> None: ...
