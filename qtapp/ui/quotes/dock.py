"""The library panel: search as you type, filters, and the quotes table.

Everything shown comes from ``QuoteTableModel`` behind a ``QSortFilterProxyModel``; the panel only turns
what the user types and picks into store filters. Typing is debounced so a fast typist costs one query.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qtapp.library.records import QuoteRecord
from qtapp.ui.accessibility import named
from qtapp.ui.actions import context_menu
from qtapp.ui.quotes.column_fit import ColumnFit
from qtapp.ui.quotes.colors import color_names
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.quotes.table_model import COLUMNS, QUOTE_ID_ROLE, RECORD_ROLE, QuoteTableModel

SEARCH_DELAY_MS = 100
NARROW_DOCK = 440  # px: below it the four filters take two rows
DOCK_SHARE = 0.4  # of the window's width, at most, when the window is made narrower
# Each filter's "everything" choice, marked for pyside6-lupdate and translated when the combo is filled.
ALL_ARTICLES, ANYONE, ANY_TAG, ANY_COLOUR = (QT_TRANSLATE_NOOP("LibraryDock", "All articles"),
                                             QT_TRANSLATE_NOOP("LibraryDock", "Anyone"),
                                             QT_TRANSLATE_NOOP("LibraryDock", "Any tag"),
                                             QT_TRANSLATE_NOOP("LibraryDock", "Any colour"))
ANYONE_CLIPPED = QT_TRANSLATE_NOOP("LibraryDock", "Clipped by anyone")


class _LazyCombo(QComboBox):
    """A combo box that asks for its items only when opened: the lists cost a scan of the library."""

    aboutToPopup = Signal()

    def showPopup(self) -> None:  # noqa: N802 (Qt name)
        self.aboutToPopup.emit()
        super().showPopup()


def _combo(name: str, label: str) -> QComboBox:
    combo = named(_LazyCombo(), name)
    combo.setAccessibleName(label)
    combo.setToolTip(label)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)  # a narrow window lets the reader keep the width
    return combo


class _DockBody(QWidget):
    """The dock's contents. QMainWindow sizes a dock from its contents' hint, not the dock's own."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__()
        self._dock = dock

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """What a first start gives the library: DOCK_SHARE of the window (a restored layout keeps its
        own widths; the window makes the dock narrower when it is made narrower)."""
        hint = super().sizeHint()
        window = self._dock.parentWidget()
        if window is not None:
            hint.setWidth(max(hint.width(), int(DOCK_SHARE * window.width())))
        return hint


class LibraryDock(QDockWidget):
    """Dock ``library``: the table of quotes with its search field and filters."""

    quoteActivated = Signal(int)  # double-click or Enter: go to the passage
    filtersChanged = Signal()
    currentQuoteChanged = Signal()  # the current row moved, or its record was re-read

    def __init__(self, library: QuoteLibrary, model: QuoteTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library"))
        self.setObjectName("library")
        self._library, self.model = library, model
        self.current_article_id: int | None = None
        self.current_title = "This article"
        self._picked_article = 0  # the article drop-down's own pick, kept while "This article" is on
        self.context_actions: list[QAction | None] = []

        self.search = named(QLineEdit(placeholderText=self.tr("Search quotes, notes, tags…")), "librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.scope = named(QToolButton(), "libraryScope")
        self.scope.setCheckable(True)
        self.scope.setText(self.tr("This article"))
        self.scope.setToolTip(self.tr("Show only quotes from the article on screen, or all quotes"))
        self.check_filter = named(QToolButton(), "libraryCheckFilter")
        self.check_filter.setCheckable(True)
        self.check_filter.setText(self.tr("To check"))
        self.check_filter.setAccessibleName(self.tr("Show only quotes to check"))
        self.check_filter.setToolTip(self.tr("Show only quotes whose attribution is a default or unsure and "
                                     "not yet confirmed"))
        self.article_filter = _combo("libraryArticleFilter", self.tr("Filter by article"))
        self.who_filter = _combo("libraryWhoFilter", self.tr("Filter by whose words"))
        self.tag_filter = _combo("libraryTagFilter", self.tr("Filter by tag"))
        self.color_filter = _combo("libraryColorFilter", self.tr("Filter by colour"))
        # A team library's: whose clippings to show (the database roles that saved them).
        self.clipped_filter = _combo("libraryClippedByFilter", self.tr("Filter by who clipped it"))
        self.clipped_filter.addItem(self.tr(str(ANYONE_CLIPPED)), None)
        self.missing = named(QLabel(wordWrap=True), "libraryMissing")
        self.missing.hide()

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = named(QTableView(), "libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)  # store order (newest matches first) until a header is clicked
        self.table.horizontalHeader().sectionClicked.connect(self._enable_sorting)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The quote takes what the others leave; they start narrow so a dock of ~450 px needs no scrolling.
        header.setMinimumSectionSize(36)
        for column, width in (("check", 26), ("who", 100), ("article", 80), ("tags", 50), ("saved", 78),
                              ("note", 50), ("clipped", 60)):
            header.resizeSection(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("quote"), QHeaderView.ResizeMode.Stretch)
        self.columns = ColumnFit(self.table, COLUMNS)  # the quote keeps its room in a narrow dock
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._popup)
        self.table.doubleClicked.connect(self._activated)
        # Said over the table when it has no rows: a blank table reads as "broken", not "no match".
        self.empty = named(QLabel(self.table.viewport(), wordWrap=True), "libraryEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # drawn in the palette's muted text colour
        self.table.viewport().installEventFilter(self)
        if parent is not None:
            parent.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.scope)
        top.addWidget(self.check_filter)
        top.addWidget(self.clipped_filter)
        self.filters = QGridLayout()
        self._place_filters(columns=4)
        body = _DockBody(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.missing)
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "librarySplitter")
        self.splitter.addWidget(self.table)
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.scope.toggled.connect(self._scope_toggled)
        self.check_filter.toggled.connect(self.apply_filters)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.currentQuoteChanged.emit())
        for signal in (model.modelReset, model.dataChanged):
            signal.connect(lambda *_: self.currentQuoteChanged.emit())
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_empty)
        library.switched.connect(self._update_empty)  # "Connecting…" until a team library has answered
        self._filters_stale = True
        for combo in (self.article_filter, self.who_filter, self.tag_filter, self.color_filter,
                      self.clipped_filter):
            combo.activated.connect(self.apply_filters)
            combo.aboutToPopup.connect(self._ensure_filters)  # type: ignore[attr-defined]
        for combo, everything in ((self.article_filter, ALL_ARTICLES), (self.who_filter, ANYONE),
                                  (self.tag_filter, ANY_TAG), (self.color_filter, ANY_COLOUR)):
            combo.addItem(self.tr(str(everything)), None)

    def show_team_parts(self, team: bool) -> None:
        """"Clipped by" (column and filter) only where colleagues clip: a team library."""
        self.table.horizontalHeader().setSectionHidden(COLUMNS.index("clipped"), not team)
        self.clipped_filter.setVisible(team)
        self.columns.refit()
        if not team and self.clipped_filter.currentIndex() > 0:
            self.clipped_filter.setCurrentIndex(0)

    def _place_filters(self, columns: int) -> None:
        """Four filters in a row, or two rows of two in a narrow dock, so the dock can give the reader
        the width of a small window."""
        combos = (self.article_filter, self.who_filter, self.tag_filter, self.color_filter)
        for i, combo in enumerate(combos):
            self.filters.addWidget(combo, i // columns, i % columns)
        for column in range(4):
            self.filters.setColumnStretch(column, 1 if column < columns else 0)
        self._filter_columns = columns

    def _keep_reader_wide(self, window_width: int) -> None:
        """A window made narrower takes the width from the reader (QMainWindow keeps docks as they
        are): give the reader back its share, the dock at most DOCK_SHARE of the window."""
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating() and self.isVisible() \
                and self.width() > DOCK_SHARE * window_width + 8:
            target = int(DOCK_SHARE * window_width)
            if target < NARROW_DOCK and self._filter_columns != 2:
                self._place_filters(2)  # first, so the dock's minimum lets it be that narrow
            # After the window's own layout has run, or it would set the old widths again.
            QTimer.singleShot(0, lambda: window.resizeDocks([self], [target], Qt.Orientation.Horizontal))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        columns = 2 if event.size().width() < NARROW_DOCK else 4
        if columns != self._filter_columns:
            self._place_filters(columns)
        super().resizeEvent(event)
        QTimer.singleShot(0, self.columns.refit)  # after the layout has given the table its new width

    def add_detail(self, pane: QWidget) -> None:
        """The current quote's detail pane, under the table (the table keeps most of the height)."""
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        order = (self.search, self.scope, self.check_filter, self.clipped_filter, self.article_filter,
                 self.who_filter, self.tag_filter, self.color_filter, self.table, pane)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- filters ---------------------------------------------------------------------------------
    def mark_filters_stale(self) -> None:
        self._filters_stale = True

    def _ensure_filters(self) -> None:
        if self._filters_stale:
            self.fill_filters()

    def fill_filters(self) -> None:
        """Refill the filter menus from the library, keeping what is picked."""
        self._filters_stale = False
        articles, whos, tags = self._library.filter_choices() or ([], [], [])
        self._refill(self.article_filter, ALL_ARTICLES,
                     [(a.article.title or f"Article {a.id}", a.id) for a in articles])
        self._refill(self.who_filter, ANYONE, [(w, w) for w in whos])
        self._refill(self.tag_filter, ANY_TAG, [(f"{t} ({n})", t) for t, n in tags])
        self._refill(self.color_filter, ANY_COLOUR, [(c, c) for c in color_names()])
        if self._library.is_team:
            self._refill(self.clipped_filter, ANYONE_CLIPPED,
                         [(f"{who} ({n})", who) for who, n in self._library.clippers()])
        if self.scope.isChecked():
            self._show_scope_in_article_filter()

    @staticmethod
    def _refill(combo: QComboBox, everything: object, items: list[tuple[str, object]]) -> None:
        picked = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("LibraryDock", str(everything)), None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(picked)))
        combo.blockSignals(False)

    def set_current_article(self, article_id: int | None, title: str | None = None) -> None:
        """The article on screen, which "This article" narrows to."""
        self.current_title = title or "This article"
        if article_id != self.current_article_id:
            self.current_article_id = article_id
            if self.scope.isChecked():
                self._show_scope_in_article_filter()
                self.apply_filters()

    def _scope_toggled(self, on: bool) -> None:
        """"This article" decides the article while it is on; the drop-down shows which, and gets
        back the user's own pick when it is off."""
        if on:
            self._picked_article = self.article_filter.currentIndex()
            self._show_scope_in_article_filter()
        else:
            self.article_filter.setCurrentIndex(self._picked_article)
            self.article_filter.setEnabled(True)
            self.article_filter.setToolTip("")
        self.apply_filters()

    def _show_scope_in_article_filter(self) -> None:
        combo = self.article_filter
        wanted = self.current_article_id if self.current_article_id is not None else -1
        index = combo.findData(wanted)
        if index < 0:  # not listed yet (menus fill when first opened, and list articles with quotes)
            combo.blockSignals(True)
            combo.addItem(self.current_title, wanted)
            combo.blockSignals(False)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.setEnabled(False)
        combo.setToolTip(self.tr("“This article” is on: turn it off to pick another article"))

    def apply_filters(self) -> None:
        self._debounce.stop()
        article_id = self.article_filter.currentData()
        if self.scope.isChecked():
            # No article on screen in the library yet: nothing of "this article" to show.
            article_id = self.current_article_id if self.current_article_id is not None else -1
        self.model.set_filters(search=self.search.text().strip(), article_id=article_id,
                               who=self.who_filter.currentData(), tag=self.tag_filter.currentData(),
                               color=self.color_filter.currentData(),
                               needs_check=self.check_filter.isChecked(),
                               clipped_by=self.clipped_filter.currentData())
        self.filtersChanged.emit()

    def _update_empty(self) -> None:
        if self.proxy.rowCount() > 0:
            self.empty.hide()
            return
        filters = {k: v for k, v in self.model.filters().items() if v is not False}
        search = filters.get("search")
        if self._library.connecting:
            text = self.tr("Connecting to the team library {address}…").format(address=self._library.shown_address)
        elif search:
            text = self.tr("No quotes match “{search}”.").format(search=search)
        elif self.scope.isChecked():
            text = self.tr("No quotes from this article yet.\nSelect a passage and press Ctrl+Shift+S to save it.")
        elif filters:
            text = self.tr("No quotes match these filters.")
        else:
            text = self.tr("No quotes yet.\nSelect a passage in the article and press Ctrl+Shift+S to save it.")
        self.empty.setText(text)
        self.empty.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
        self.empty.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.parentWidget() and isinstance(event, QResizeEvent):
            self._keep_reader_wide(event.size().width())
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.empty.isVisible():
            self.empty.setGeometry(self.table.viewport().rect().adjusted(12, 12, -12, -12))
        return super().eventFilter(watched, event)

    def _enable_sorting(self, column: int) -> None:
        if not self.table.isSortingEnabled():
            self.table.setSortingEnabled(True)
            self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    # -- rows ------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.proxy.data(r, QUOTE_ID_ROLE)) for r in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(self.proxy.data(index, QUOTE_ID_ROLE)) if index.isValid() else None

    def current_record(self) -> QuoteRecord | None:
        """The current row's record as the table last read it."""
        index = self.table.currentIndex()
        return self.proxy.data(index, RECORD_ROLE) if index.isValid() else None

    def select_quote(self, quote_id: int, max_pages: int = 50) -> bool:
        """Select a quote's row, loading further pages if it is not loaded yet."""
        row = self.model.row_of(quote_id)
        while row is None and max_pages > 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row, max_pages = self.model.row_of(quote_id), max_pages - 1
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def show_missing(self, texts: list[str]) -> None:
        if not texts:
            self.missing.hide()
            return
        n = len(texts)
        self.missing.setText(
            self.tr("1 saved quote not found in this version of the article (kept in the library).") if n == 1
            else self.tr("{n} saved quotes not found in this version of the article (kept in the library).")
            .format(n=n))
        self.missing.setToolTip("\n\n".join(t[:200] for t in texts))
        self.missing.show()

    def build_context_menu(self) -> QMenu:
        """The row menu, built in a plain method so tests can inspect it without showing it."""
        return context_menu(self, self.context_actions)

    def _popup(self, pos: QPoint) -> None:
        menu = self.build_context_menu()
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.quoteActivated.emit(int(self.proxy.data(index, QUOTE_ID_ROLE)))
