"""The reading view: a read-only QTextBrowser showing one Article, with caret browsing.

It re-lays the document out when the text size or the palette changes, keeping the selection, the
highlights and the reading position (document positions do not depend on size or colours). It never
loads a resource and never follows a link by itself: a clicked http(s) link goes to the desktop.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QContextMenuEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QMouseEvent,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QScrollBar, QTextBrowser, QWidget
from shiboken6 import invalidate, isValid

from qtapp.article.model import Article
from qtapp.ui.actions import context_menu
from qtapp.ui.article_document import DocumentMap, follow_position
from qtapp.ui.document_builder import build_document, build_steps
from qtapp.ui.highlighter import Highlighter
from qtapp.ui.reader_style import DEFAULT_PX, ReaderStyle, clamp_px

LINK_SCHEMES = ("http", "https", "mailto")


def lay_out_to(document: QTextDocument, block: QTextBlock) -> QRectF | None:
    """Lay ``document`` out up to ``block`` (Qt does it lazily, while painting) and give its rectangle.

    None when the document's layout comes back as a wrapper of another type: shiboken keeps Python
    wrappers by address, and one left by a deleted object (a ``QWidgetItem`` was seen once) can stand for
    the layout now at that address. Then the caller goes on without forcing the layout, not crashing."""
    layout = document.documentLayout()
    if not isinstance(layout, QAbstractTextDocumentLayout):
        return None
    return layout.blockBoundingRect(block)


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


ONE_HUGE_BLOCK = 200_000  # characters: a block this long is shown in place, not built aside in steps


class ReaderView(QTextBrowser):
    rendered = Signal()          # after every (re)build of the document: highlights may re-apply
    fileDropped = Signal(str)
    contextMenuRequested = Signal(QPoint)
    resourceRefused = Signal(QUrl)
    zoomRequested = Signal(int)  # Ctrl+wheel, in steps: the window owns the text size
    # Mouse presses and releases on the text, before the reader handles them. Listeners connect here
    # rather than filter viewport(), and the column is measured on the document, not the viewport: the
    # first Python wrapper of a plain QWidget makes PySide set up every QWidget subclass it knows,
    # which start-up need not pay (the start-up rule: qtapp/__init__.py).
    mousePressed = Signal(QMouseEvent)
    mouseReleased = Signal(QMouseEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAcceptDrops(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._open_link)
        self.article: Article | None = None
        self.document_map: DocumentMap | None = None
        self._own_document: QTextDocument | None = None  # set once an article was laid out in steps
        self.font_px = DEFAULT_PX
        self.font_family = ""  # Preferences → reading font; "" = the built-in serif stack
        self._restyle = QTimer(self, singleShot=True, interval=0)
        self._restyle.timeout.connect(self.rebuild)
        self.highlighter = Highlighter(self)  # the one owner of the reader's extra selections

    # --- content -------------------------------------------------------------------------------
    def show_article(self, article: Article) -> None:
        self.article = article
        self.highlighter.clear()  # highlights belong to the previous article
        self.rebuild(keep_state=False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def show_article_in_steps(self, article: Article) -> Generator[tuple[int, int], None, None]:
        """``show_article`` a few thousand blocks at a time, yielding (done, total) between steps.

        The article is laid out in a document of its own and shown only when the last step is done:
        closing the generator before then (the user cancelled) leaves the article on screen as it was.
        """
        if max((b.end - b.start for b in article.blocks), default=0) > ONE_HUGE_BLOCK:
            # One paragraph of a megabyte: Qt lays a block out whole, and a document built aside is laid
            # out again when shown. Built in place, at the view's width, it is laid out once, lazily.
            self.show_article(article)
            return
            yield  # a generator all the same: the caller steps it
        document = QTextDocument(self)
        try:
            document_map = yield from build_steps(document, article, self.style_now())
        except GeneratorExit:
            if isValid(document):  # not already gone with the window
                document.deleteLater()
            raise
        previous = self._own_document
        self.highlighter.clear()  # highlights belong to the previous article
        self.setDocument(document)
        self._own_document = document
        if previous is not None and isValid(previous):
            previous.deleteLater()  # one we made; the view's own first document is Qt's to delete
        self.article, self.document_map = article, document_map
        self._update_measure()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.rendered.emit()

    def set_font_px(self, px: int) -> None:
        self.font_px = clamp_px(px)
        self.rebuild()

    def set_font_family(self, family: str) -> None:
        if family != self.font_family:
            self.font_family = family
            self.rebuild()

    def style_now(self) -> ReaderStyle:
        return ReaderStyle.from_palette(self.palette(), self.font_px, self.font_family)

    def rebuild(self, keep_state: bool = True) -> None:
        """(Re)build the document; with ``keep_state``, restore selection, highlights and position.

        The highlights are the highlighter's ranges, redrawn on the new document in the new palette:
        nothing is carried over from the old document's selections.
        """
        if self.article is None:
            return
        # Plain numbers: cursors on the document collapse to 0 when it is cleared.
        cursor, top = self.textCursor(), self.top_position()
        anchor, position = cursor.anchor(), cursor.position()
        self.highlighter.withdraw()  # its selections name the document about to be cleared
        style = self.style_now()
        before = self.document_map
        self.document_map = after = build_document(self.document(), self.article, style)
        self._update_measure(style)
        if keep_state:
            def moved(pos: int) -> int:
                return follow_position(before, after, pos)

            self.highlighter.move(moved)
            self._restore(moved(anchor), moved(position), moved(top))
        self.highlighter.redraw()
        self.rendered.emit()

    def _restore(self, anchor: int, position: int, top: int) -> None:
        last = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(anchor, last))
        cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.scroll_to_position(top)

    # --- reading position ------------------------------------------------------------------------
    def top_position(self) -> int:
        """Document position at the top-left of the view: what the reader was reading."""
        # Qt lays long documents out lazily; a hit test beyond the laid-out part answers wrongly.
        document = self.document()
        lay_out_to(document, document.lastBlock())
        return self.cursorForPosition(QPoint(0, 0)).position()

    def reveal(self, cursor: QTextCursor) -> None:
        """Select ``cursor`` and bring it to the middle of the view when it is off screen or near an
        edge (a find match or a jump at the very bottom line is easy to miss); one already in the
        middle band stays put, so stepping through nearby matches does not jolt the page."""
        self.setTextCursor(cursor)
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.cursorRect(start)
        height = self.viewport().height()
        if height <= 0 or height * 0.2 <= rect.top() and rect.bottom() <= height * 0.8:
            return
        bar = self.scroll_bar()
        bar.setValue(bar.value() + rect.center().y() - height // 2)

    def scroll_bar(self) -> QScrollBar:
        """The vertical scroll bar. shiboken keeps Python wrappers by address, and one left by a deleted
        object (a ``QWidgetItem`` was seen, as for the document's layout) can stand for the bar now at
        that address: that wrapper is let go, and the next ask wraps the bar afresh."""
        bar = self.verticalScrollBar()
        if not isinstance(bar, QScrollBar):
            invalidate(bar)
            bar = self.verticalScrollBar()
        return bar

    def scroll_to_position(self, position: int) -> None:
        block = self.document().findBlock(position)
        if position <= 0 or not block.isValid():
            self.scroll_bar().setValue(0)
            return
        # blockBoundingRect lays the document out up to that block, so the range is known after it.
        rect = lay_out_to(self.document(), block)
        if rect is None:
            return
        top = rect.top()
        layout = block.layout()
        if layout is not None and layout.lineCount():
            line = layout.lineForTextPosition(position - block.position())
            top += line.y() if line.isValid() else 0.0
        self.scroll_bar().setValue(round(top))

    # --- layout ----------------------------------------------------------------------------------
    def _update_measure(self, style: ReaderStyle | None = None) -> None:
        """Centre a column of about 70 characters; narrow windows keep a small gutter."""
        style = style or self.style_now()
        gutter = style.em(1.5)
        # The width Qt wraps the text to: the viewport's, once the scroll bar has come or gone.
        width = self.document().pageSize().width()
        side = max(gutter, (width - style.column_width()) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5 and fmt.topMargin() == style.em(2.5):
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(style.em(2.5))
        fmt.setBottomMargin(style.em(4))
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # sets the document's page width to the viewport's
        self._update_measure()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.mousePressed.emit(event)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.mouseReleased.emit(event)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoomRequested.emit(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle.start()  # coalesce: a theme switch sends several palette events

    # --- no network, links only on click ---------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Never fetch: the document is built from text, so any resource request is refused."""
        self.resourceRefused.emit(QUrl(url))
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in LINK_SCHEMES:
            QDesktopServices.openUrl(url)

    # --- drops and context menu ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.fileDropped.emit(str(files[0]))
        else:
            event.ignore()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextMenuRequested.emit(event.globalPos())

    def popup_menu(self, actions: list[QAction | None], at: QPoint) -> QMenu:
        menu = context_menu(self, actions)
        menu.popup(at)
        return menu
