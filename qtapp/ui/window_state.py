"""Text size, reading theme and the remembered session (geometry, docks, reading position).

Each change is written to the settings at once, so a crash or a second window never loses it; the
reading position is kept as an offset in the article text, which survives a new text size or width.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from qtapp.ui.actions import THEME_ACTIONS
from qtapp.ui.reader_style import DEFAULT_PX, MAX_PX, MIN_PX, STEP_PX, clamp_px
from qtapp.ui.themes import palette_for

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow


class ViewControls(QObject):
    def __init__(self, window: MainWindow, label: QLabel) -> None:
        super().__init__(window)
        self.window, self.label, self.session = window, label, window.session
        self.reader = window.reader
        self.theme = "system"
        self._pending_top: int | None = None
        action = window.action
        action("actionZoomIn").triggered.connect(lambda: self.set_font_px(self.reader.font_px + STEP_PX))
        action("actionZoomOut").triggered.connect(lambda: self.set_font_px(self.reader.font_px - STEP_PX))
        action("actionZoomReset").triggered.connect(lambda: self.set_font_px(DEFAULT_PX))
        for name, action_name in THEME_ACTIONS.items():
            action(action_name).triggered.connect(lambda _=False, n=name: self.set_theme(n))
        self.reader.zoomRequested.connect(lambda steps: self.set_font_px(self.reader.font_px + steps * STEP_PX))
        self.reader.installEventFilter(self)
        window.installEventFilter(self)  # dialogs opened from the window take its reading theme
        self.set_font_px(self.session.font_px, remember=False)
        self.set_theme(self.session.theme, remember=False)

    # --- text size -----------------------------------------------------------------------------------
    def set_font_px(self, px: int, remember: bool = True) -> None:
        px = clamp_px(px)
        if px != self.reader.font_px or self.reader.document_map is None:
            self.reader.set_font_px(px)
        self.label.setText(self.tr("{px} px").format(px=px))
        self.window.action("actionZoomIn").setEnabled(px < MAX_PX)
        self.window.action("actionZoomOut").setEnabled(px > MIN_PX)
        self.window.action("actionZoomReset").setEnabled(px != DEFAULT_PX)
        if remember:
            self.session.font_px = px

    # --- theme -------------------------------------------------------------------------------------
    def set_theme(self, name: str, remember: bool = True) -> None:
        """Light, dark, sepia or "system"; the reader recomputes its colours on the palette change."""
        palette = palette_for(name)
        self.theme = name if palette is not None else "system"
        # An empty palette resolves nothing, so the window inherits the application's again.
        self.window.setPalette(palette if palette is not None else QPalette())
        for dialog in self._dialogs():
            dialog.setPalette(self.window.palette() if palette is not None else QPalette())
        self.window.action(THEME_ACTIONS[self.theme]).setChecked(True)
        if remember:
            self.session.theme = self.theme

    # --- session -----------------------------------------------------------------------------------
    def restore_window(self) -> None:
        if self.session.geometry is not None:
            self.window.restoreGeometry(self.session.geometry)
        if self.session.state is not None:
            self.window.restoreState(self.session.state)

    def reading_position(self) -> int:
        """The article-text offset at the top of the view."""
        doc_map = self.reader.document_map
        if doc_map is None:
            return 0
        offset = doc_map.doc_to_text(self.reader.top_position(), "forward")
        return offset or 0

    def restore_reading_position(self, offset: int) -> None:
        """Scroll to ``offset`` once the reader is shown and laid out at its real width."""
        self._pending_top = offset
        if self.reader.isVisible():
            QTimer.singleShot(0, self._apply_pending)

    def _apply_pending(self) -> None:
        offset, self._pending_top = self._pending_top, None
        doc_map = self.reader.document_map
        if offset is None or doc_map is None:
            return
        position = doc_map.text_to_doc(offset)
        if position is not None and offset > 0:
            self.reader.scroll_to_position(position)

    def _dialogs(self) -> list[QWidget]:
        """The window's own dialogs: separate windows, which Qt does not pass the palette on to."""
        return [child for child in self.window.children() if isinstance(child, QWidget) and child.isWindow()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reader and event.type() == QEvent.Type.Show and self._pending_top is not None:
            QTimer.singleShot(0, self._apply_pending)
        if watched is self.window and event.type() == QEvent.Type.ChildPolished and self.theme != "system":
            child = event.child() if isinstance(event, QChildEvent) else None  # a dialog opened now
            if isinstance(child, QWidget) and child.isWindow():
                child.setPalette(self.window.palette())
        return False

    def save_session(self) -> None:
        self.session.top_position = self.reading_position()
        self.session.save_window(self.window.saveGeometry(), self.window.saveState())
        self.session.sync()
