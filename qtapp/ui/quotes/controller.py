"""Wires the quote features into a main window: actions, highlights, the library dock, undo.

The window provides what ``window.QuoteWindow`` declares (reader, article, menus, toolbar, status bar);
everything quote-related is created and connected here, and all library edits go through one
``QUndoStack``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from qtapp.library.attribution import check_message
from qtapp.library.records import QuoteRecord
from qtapp.ui.accessibility import named
from qtapp.ui.i18n import shown
from qtapp.ui.quotes.article_status import ArticleStatus
from qtapp.ui.quotes.citation_clipboard import CitationClipboard
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.detail_pane import QuoteDetailPane
from qtapp.ui.quotes.dock import LibraryDock
from qtapp.ui.quotes.exporting import QuoteExporter
from qtapp.ui.quotes.highlights import ArticleHighlights
from qtapp.ui.quotes.importing import QuoteImporter
from qtapp.ui.quotes.library_copy import LibraryCopier
from qtapp.ui.quotes.navigation import Navigator
from qtapp.ui.quotes.quote_actions import create_actions
from qtapp.ui.quotes.saving import QuoteSaver
from qtapp.ui.quotes.service import QuoteLibrary
from qtapp.ui.quotes.table_model import QuoteTableModel
from qtapp.ui.quotes.undo_commands import DeleteQuotes, UndoStack, correct_article, edit_quote

if TYPE_CHECKING:
    from qtapp.ui.quotes.window import QuoteWindow


class QuotesUi(QObject):
    """Everything quote-related in one window; ``window.quotes`` points here."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary) -> None:
        super().__init__(window.window())
        self.window, self.library = window, library
        self.reader = window.reader
        self.stack = UndoStack(self)
        self.actions = create_actions(window.window(), self.stack)
        self.current = CurrentArticle(window, library)
        self.highlights = ArticleHighlights(self.reader, library, self.current)
        self.model = QuoteTableModel(library, editor=self.edit_in_place)
        self.dock = LibraryDock(library, self.model, window.window())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.columns.remember_in(window.session)
        self.navigator = Navigator(window, library, self.current, self.highlights)
        self.saver = QuoteSaver(window, self.reader, library, self.current, self.stack, self.reveal)
        self.citations = CitationClipboard(window, library, self.dock, self.highlights)
        self.exporter = QuoteExporter(window, library, self.dock, self.current)
        self.importer = QuoteImporter(window, library, self.current)
        self.copier = LibraryCopier(window, library, self.dock)
        self.status = ArticleStatus(window, library, self.actions.article_details)
        self.detail = QuoteDetailPane(self._cite_plain)
        self.dock.add_detail(self.detail)
        # Permanent, beside the passing messages: shown while the current quote's attribution needs a check.
        self.check_label = named(QLabel(), "attributionCheck")
        self.check_label.setAccessibleName(self.tr("Attribution check"))
        self.check_label.hide()
        window.statusBar().addPermanentWidget(self.check_label)
        self.readonly_label = self._readonly_label()
        self._writable_tips: dict[str, tuple[str, str]] = {}  # the actions' own tips, under a read-only one
        self.dock.show_team_parts(library.is_team)
        self.team_status: Any = None  # the status bar's team library name, when one is open
        if library.is_team:
            self._show_team_status()
        self.model.read_only = library.readonly_reason is not None
        self._connect()
        self._place_actions()
        if library.readonly_reason is not None:
            self.apply_readonly()
        self.article_changed()
        self.dock.apply_filters()
        self.current_quote_changed()

    def _show_team_status(self) -> None:
        from qtapp.ui.quotes.team_status import TeamStatus

        if self.team_status is None:
            self.team_status = TeamStatus(self.window, self.library)
        self.team_status.refresh()

    def library_switched(self) -> None:
        """Another library is open (Team Library… / My Library): its parts, rights and undo steps."""
        self.stack.clear()  # undo steps point into the library as it was
        self.dock.show_team_parts(self.library.is_team)
        if self.library.is_team or self.team_status is not None:
            self._show_team_status()
        if self.readonly_label is not None:
            self.window.statusBar().removeWidget(self.readonly_label)
            self.readonly_label.deleteLater()
        self.readonly_label = self._readonly_label()
        self.apply_readonly()
        self.dock.mark_filters_stale()
        self.article_changed()  # the article on screen has another id there, or none yet

    def _readonly_label(self) -> QLabel | None:
        """A permanent "Read-only library" note (its tooltip says why) when the library cannot be written."""
        why = self.library.readonly_reason
        if why is None:
            return None
        label = named(QLabel(self.tr("Read-only library")), "readOnlyLibrary")
        label.setAccessibleName(self.tr("Read-only library"))
        label.setToolTip(why)
        self.window.statusBar().addPermanentWidget(label)
        return label

    def _connect(self) -> None:
        a = self.actions
        a.save.triggered.connect(lambda: self.saver.save())
        a.save_with_note.triggered.connect(self.saver.save_with_note)
        a.delete.triggered.connect(self.delete_selected)
        a.reattribute.triggered.connect(self.reattribute)
        a.confirm.triggered.connect(self.confirm_attribution)
        self.dock.currentQuoteChanged.connect(self.current_quote_changed)
        self.window.reader.contextMenuRequested.connect(self._select_quote_under)
        a.edit_note.triggered.connect(self.edit_note)
        a.jump.triggered.connect(lambda: self._with_current(self.navigator.jump))
        a.article_details.triggered.connect(self.article_details)
        self.reader.copyAvailable.connect(self.update_enabled)
        self.reader.selectionChanged.connect(self.update_enabled)
        self.library.changed.connect(self.library_changed)
        self.library.failed.connect(self._status)
        self.library.switched.connect(self.library_switched)
        self.stack.stepped.connect(self._status)
        self.window.articleChanged.connect(self.article_changed)
        self.highlights.quoteClicked.connect(self.dock.select_quote)
        self.highlights.missingChanged.connect(
            lambda: self.dock.show_missing([r.exact for r in self.highlights.missing]))
        self.dock.quoteActivated.connect(self.navigator.jump)

    def _place_actions(self) -> None:
        a = self.actions
        edit = self.window.menu("Edit")
        edit.addActions([a.undo, a.redo])
        edit.addSeparator()
        edit.addActions([a.save, a.save_with_note, a.article_details])
        edit.addSeparator()
        edit.addActions([a.reattribute, a.confirm])
        cite = self.citations
        edit.addSeparator()
        edit.addAction(cite.copy_action)
        edit.addMenu(cite.as_menu)
        edit.addSeparator()
        edit.addActions([self.copier.to_team, self.copier.to_mine])
        file = self.window.menu("File")
        # After Open and New from Clipboard: before the first separator.
        first_separator = next((item for item in file.actions() if item.isSeparator()), None)
        for action in (self.exporter.action, self.importer.action):
            if first_separator is not None:
                file.insertAction(first_separator, action)
            else:
                file.addAction(action)
        help_menu = self.window.menu("Help")  # after Keyboard Shortcuts, before About
        formats_help = self.exporter.help_action
        separator = next((item for item in help_menu.actions() if item.isSeparator()), None)
        if separator is not None:
            help_menu.insertAction(separator, formats_help)
        else:
            help_menu.addAction(formats_help)
        self.window.toolbar.addAction(a.save)
        # The dock closes to give the reader the whole width (its title bar's button); this brings it back.
        show_library = self.dock.toggleViewAction()
        show_library.setObjectName("actionShowLibrary")
        show_library.setText(self.tr("&Library Panel"))
        show_library.setStatusTip(self.tr("Show or hide the library beside the article"))
        self.window.menu("View").addAction(show_library)
        self.window.context_actions().extend([a.save, a.save_with_note, None, cite.copy_action,
                                              cite.as_menu.menuAction(), None, a.reattribute, a.confirm])
        self.dock.table.addAction(a.delete)  # Del works while the table has focus
        self.dock.context_actions.extend([cite.copy_action, cite.as_menu.menuAction(), None, a.jump,
                                          a.edit_note, a.reattribute, a.confirm, None,
                                          self.exporter.action, self.copier.to_team, self.copier.to_mine,
                                          None, a.delete])
        self.update_enabled()

    # -- reactions ---------------------------------------------------------------------------------
    def apply_readonly(self) -> None:
        """A library that cannot be written (a read-only team member, a read-only file): Save and the
        edits are disabled, each saying why in its tooltip, and the table's cells are not editable."""
        why = self.library.readonly_reason
        a = self.actions
        self.model.read_only = why is not None
        for action in (a.save, a.save_with_note, a.delete, a.edit_note, a.reattribute, a.confirm):
            own = self._writable_tips.setdefault(action.objectName(), (action.toolTip(), action.statusTip()))
            if why is None:
                action.setToolTip(own[0])
                action.setStatusTip(own[1])
            else:
                action.setToolTip(self.tr("Read-only library: {why}").format(why=why))
                action.setStatusTip(action.toolTip())
        a.delete.setEnabled(why is None)
        a.edit_note.setEnabled(why is None)
        self.update_enabled()
        self.current_quote_changed()

    def update_enabled(self, *_: object) -> None:
        """Save only makes sense with some text selected and a library to save into."""
        ok = (self.reader.textCursor().hasSelection() and self.library.available
              and self.current.article is not None and self.library.readonly_reason is None)
        self.actions.save.setEnabled(ok)
        self.actions.save_with_note.setEnabled(ok)

    def current_quote_changed(self) -> None:
        """Whose Words… and Confirm act on the library's current quote; the status bar says when its
        attribution is one to check."""
        record = self.dock.current_record()
        self.detail.show_record(record)
        writable = self.library.readonly_reason is None
        self.actions.reattribute.setEnabled(record is not None and writable)
        self.actions.confirm.setEnabled(record is not None and record.needs_check and writable)
        unsure = record is not None and record.needs_check
        self.check_label.setText(shown(check_message(record.check_reason) or "") if record and unsure else "")
        self.check_label.setVisible(bool(self.check_label.text()))

    def _select_quote_under(self, at: QPoint) -> None:
        """A right-click on a highlight makes that quote current, so the menu's Whose Words… is its."""
        viewport = self.reader.viewport()
        position = self.reader.cursorForPosition(viewport.mapFromGlobal(at)).position()
        key = self.highlights.key_at(position)
        if key is not None:
            self.dock.select_quote(key)

    def article_changed(self, *_: object) -> None:
        self.current.invalidate()
        self.navigator.sync_metadata()
        self.highlights.refresh()
        self.dock.set_current_article(self.current.article_id(), self._title())
        self.update_enabled()
        self.show_missing_fields()
        self.importer.adopt_stubs()  # quotes imported for this article without its text move into it

    def library_changed(self, quote_ids: list[int]) -> None:
        """Refresh every view; the tints of just the quotes written when the library names them."""
        records = self.library.quotes_by_id(quote_ids) if quote_ids else None
        if records is not None:
            self.current.notice(records)  # saving the first quote stored the article
            self.highlights.update(records)  # now: the user is looking at the passage they just saved
        if records is not None and not self.model.pending and self.model.update_rows(records):
            self.dock.mark_filters_stale()
            return  # only values of rows on show moved: those rows are re-read, not the page
        if records is None:
            if self.current.article_id() is None:
                self.current.invalidate()  # another process may have stored it meanwhile
            self.highlights.refresh()
        self.model.schedule_refresh()
        self.dock.set_current_article(self.current.article_id(), self._title())
        self.dock.mark_filters_stale()
        self.show_missing_fields()

    def show_missing_fields(self) -> None:
        """Say in the status bar which fields the article on screen lacks (its stored corrections count)."""
        article, corrections = self.current.article, {}
        article_id = self.current.article_id()
        stored = self.library.article(article_id) if article_id is not None else None
        if stored is not None:
            article, corrections = stored.article, stored.corrections
        self.status.show_missing(article, corrections)

    def reveal(self, quote_id: int) -> None:
        """Show an existing quote: its row in the table and its passage in the reader."""
        self.dock.show()
        self.dock.select_quote(quote_id)
        self.navigator.jump(quote_id)

    def _cite_plain(self, record: QuoteRecord) -> str | None:
        """The quote's citation in the user's default style, as Copy Citation would give it."""
        if not self.library.available:
            return None
        stored = self.library.article(record.article_id)
        from qtapp.library.citation import cite

        return cite(record, self.citations.default_style(),
                    text=stored.article.text if stored else None).plain()

    def _title(self) -> str | None:
        article = self.current.article
        return article.title if article is not None else None

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _current_record(self) -> QuoteRecord | None:
        quote_id = self.dock.current_id()
        return self.library.quote(quote_id) if quote_id is not None else None

    def _with_current(self, fn: Any) -> Any:
        quote_id = self.dock.current_id()
        return fn(quote_id) if quote_id is not None else None

    # -- edits (all undoable) ----------------------------------------------------------------------
    def edit_in_place(self, quote_id: int, field: str, value: Any) -> bool:
        row = self.model.row_of(quote_id)
        # The record as the table shows it: a team library checks the edit against that version.
        record = self.model.quote_at(row) if row is not None else self.library.quote(quote_id)
        if record is None:
            return False
        text = {"note": self.tr("Edit note"), "tags": self.tr("Edit tags")}.get(field, "")  # else "Edit quote"
        return self._edit_checked(record, {field: value}, text)

    def _edit_checked(self, seen: QuoteRecord, new: dict[str, Any], text: str) -> bool:
        """Write ``new`` over the quote as the user saw it (``seen``), undoably; when a colleague saved
        it meanwhile (a team library), the user chooses what happens instead of a silent overwrite."""
        old = {key: list(seen.tags) if key == "tags" else getattr(seen, key) for key in new}
        result = self.library.update_unless_changed(seen, **new)
        if result is None:
            return False  # refused, and said (a read-only role, the server away)
        if isinstance(result, QuoteRecord):
            self.stack.push(edit_quote(self.library, seen.id, old, new, text, done=True))
            return True
        from qtapp.ui.quotes.conflict_dialog import ConflictDialog

        theirs: QuoteRecord = result.current
        mine = str(new.get("note", ", ".join(new.get("tags", ())) if "tags" in new else seen.note))
        choice = ConflictDialog.ask(self.window.window(), result.by, theirs.note, mine)
        if choice == "mine":
            return self._edit_checked(theirs, new, text)  # over the version now seen, checked again
        if choice == "copy":
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(mine)
            self._status(self.tr("Kept {by}'s version; yours is on the clipboard").format(by=result.by))
        else:
            self._status(self.tr("Kept {by}'s version").format(by=result.by))
        self.library.changed.emit([seen.id])  # show theirs
        return False

    def delete_selected(self) -> None:
        ids = self.dock.selected_ids()
        if ids:
            command = DeleteQuotes(self.library, ids)
            self.stack.push(command)
            undo = self.actions.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._status(self.tr("%1 — %2 restores").replace("%1", command.done_text())
                         .replace("%2", f"Undo ({undo})" if undo else "Undo"))

    def reattribute(self) -> None:
        record = self._current_record()
        if record is None:
            return
        from qtapp.ui.quotes.quote_dialogs import ReattributeDialog

        answer = ReattributeDialog.ask(self.window.window(), record.voice, record.speaker)
        if answer is None:
            return
        if answer == (record.voice, record.speaker):
            if record.needs_check:  # OK on the attribution as it stands: the user vouches for it
                self.confirm_attribution()
            return
        voice, speaker = answer
        # The user's answer is a correction: the voice becomes theirs (re-derivation leaves it alone) and
        # the attribution confirmed; undo puts back who had chosen and the doubt.
        old = {"voice": record.voice, "speaker": record.speaker, "voice_by": record.voice_by,
               "confirmed": record.confirmed}
        self.stack.push(edit_quote(self.library, record.id, old, {"voice": voice, "speaker": speaker},
                                  "Change whose words"))

    def confirm_attribution(self) -> None:
        """The user checked the attribution and it is right: the marker goes (undoable)."""
        record = self._current_record()
        if record is None or not record.needs_check:
            return
        self.stack.push(edit_quote(self.library, record.id, {"confirmed": record.confirmed},
                                  {"confirmed": True}, self.tr("Confirm attribution")))
        self._status(self.tr("Confirmed: {attribution}").format(attribution=record.attribution))

    def edit_note(self) -> None:
        record = self._current_record()
        if record is None:
            return
        from qtapp.ui.quotes.quote_dialogs import NoteDialog, QuoteDetails

        details = NoteDialog.ask(self.window.window(), QuoteDetails(record.note, list(record.tags),
                                                           record.color or "yellow"), record.exact)
        if details is None:
            return
        self._edit_checked(record, {"note": details.note, "tags": details.tags, "color": details.color},
                           self.tr("Edit note"))

    def article_details(self) -> None:
        """Correct the details of the selected quote's article, else of the article on screen."""
        if not self.library.available:
            return
        quote_id = self.dock.current_id() if self.dock.table.hasFocus() else None
        record = self.library.quote(quote_id) if quote_id is not None else None
        article_id = record.article_id if record else self.library.store_article(self.current.source())
        stored = self.library.article(article_id) if article_id is not None else None
        if stored is None:
            return
        from qtapp.ui.quotes.article_dialog import ArticleDetailsDialog

        corrections = ArticleDetailsDialog.ask(self.window.window(), stored.article, stored.corrections)
        if not corrections:
            return
        old = {key: stored.corrections.get(key) for key in corrections}
        self.stack.push(correct_article(self.library, stored.id, old, corrections))
        self.navigator.sync_metadata()
