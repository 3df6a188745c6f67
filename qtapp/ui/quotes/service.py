"""The window's handle on the library: the store plus a ``changed`` signal, and the user's part in failures.

Views never touch the store themselves; they ask this object (``quote``, ``quotes``, ``save_quote``,
``update_quote``…), which reports failures the same way everywhere and emits ``changed(ids)`` after
every write, naming the quotes written (none: anything may have changed), so each view refreshes.
Writes made elsewhere (another window, the command line) are noticed by a cheap poll of the library
file's size and time, and when the app regains focus — chosen over QFileSystemWatcher because SQLite's
WAL file is created and removed under the watcher.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from qtapp import paths
from qtapp.errors import UserError
from qtapp.library import errors as library_errors
from qtapp.library import moved
from qtapp.library.postgres.target import is_team_library
from qtapp.library.quarantine import quarantine, quarantine_refusal
from qtapp.library.store import Library
from qtapp.ui import headless
from qtapp.ui.i18n import error_message

if TYPE_CHECKING:
    from qtapp.article.model import Article
    from qtapp.library.records import ArticleRecord, QuoteRecord

T = TypeVar("T")
POLL_MS = 1000
SNAPSHOT_AFTER_MS = 1500  # the day's snapshot starts this long after the library opens, off the GUI thread


def _signature(path: Path) -> tuple[tuple[int, int], ...]:
    """Size and mtime of the library and its WAL: they move whenever anyone commits."""
    result = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            info = os.stat(candidate)
        except OSError:
            result.append((-1, -1))
        else:
            result.append((info.st_size, info.st_mtime_ns))
    return tuple(result)


@dataclass(frozen=True)
class ArticleSource:
    """The article a quote is saved from: its library id when stored already, else what storing takes."""

    article: Article
    source_text: str
    path: str | None
    article_id: int | None = None


class QuoteLibrary(QObject):
    """Wraps ``Library``: opens it with the user's consent on damage, reports user errors, emits changed."""

    # The ids of the quotes a write saved, changed or trashed; an empty list: anything may have changed
    # (another process wrote, an article's details were corrected).
    changed = Signal(list)
    # A user-facing message after a failed write (the window shows it; tests read it).
    failed = Signal(str)
    # Re-deriving stale articles in the background (see rederiving.py): (done, total), then the Report.
    rederiveProgress = Signal(int, int)
    rederived = Signal(object)
    # A team library's server went away while open (the message names it, password removed, with
    # libpq's reason), and came back: the window offers the personal library, then catches up.
    serverLost = Signal(str)
    serverBack = Signal()
    switched = Signal()  # another library is open now (Team Library… / My Library)
    # A team library opening in the background: its first page, read by the reader process the program
    # started (``library/postgres/early_read.py``), is listed; the library itself is still connecting.
    earlyListed = Signal()
    # The window's own run (``ui/app.run_window``) opens a team library on a thread while the window
    # shows (``team_opening.py``); dialogs, commands and tests open it in place.
    open_team_in_background = False

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.path = Path(path) if path is not None else paths.library_path()
        # A team library (``--library postgresql://…``): its address, kept as text (a Path would fold
        # its "//"); None for a library file.
        chosen = paths.library_file() if path is None else None
        self.team_address = chosen if chosen and is_team_library(chosen) else None
        self.store: Library | None = None
        self.last_error: str | None = None
        self.rederiving: Any = None  # the running BackgroundRederive, if any
        self.live: Any = None  # a team library's TeamLive (colleagues' changes), while open
        self.live_caught_up = False  # it listens, and the views have re-read since it started
        self.server_lost: str | None = None  # why the team library's server is away, while it is
        self.connecting: str | None = None  # the team library's address while it opens in the background
        self._opener: Any = None  # its TeamOpener, kept while it runs
        # The reader process's first page, shown while connecting (read at launch, not a cache).
        self.early_rows: list[QuoteRecord] | None = None
        # The team library last opened in this window (in memory only: it may hold a typed password),
        # where Copy to Team Library copies.
        self.last_team_address: str | None = self.team_address
        self._signature = _signature(self.path)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check_external)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
            app.aboutToQuit.connect(self.stop_rederive)

    # -- dialogs tests replace ---------------------------------------------------------------
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Yes/no question, No by default (every question here is a destructive one: Enter must not
        answer it); tests monkeypatch this instead of clicking a modal box."""
        if headless.active:
            return False  # nobody to answer: the safe answer, and the failure that follows is printed
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Show a problem the user can act on; monkeypatched in tests."""
        if headless.intercept(text):
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    # -- opening -----------------------------------------------------------------------------
    def open(self) -> bool:
        """Open the library; on a damaged file, keep it aside and start clean only if the user agrees."""
        if self.team_address is not None:
            return self._open_team(self.team_address)
        try:
            self.store = Library.open(self.path)
        except library_errors.LibraryDamaged as error:
            refusal = quarantine_refusal(self.path)
            if refusal:  # a link: moving it aside and writing in its place would go through it
                self._fail(f"{error}\n\n{refusal}")
                return False
            question = self.tr("{error}\n\nKeep the damaged file aside (nothing in it is deleted) and start "
                               "a new, empty library?").format(error=error)
            if not self.ask(self._parent, self.tr("Library damaged"), question):
                self._fail(error_message(error), show=False)
                return False
            try:
                kept = quarantine(self.path)
                self.store = Library.open(self.path)
            except UserError as again:
                self._fail(str(again))
                return False
            self.tell(self._parent, self.tr("New library"),
                      self.tr("The damaged library was kept as {path}.").format(path=kept))
        except UserError as error:
            self._fail(error_message(error))
            return False
        for notice in self.store.db.notices if self.store is not None else ():
            self.tell(self._parent, "Library", notice)
        self._signature = _signature(self.path)
        self._poll.start()
        # Once the window is up and idle, so the copy does not compete with the first paint.
        QTimer.singleShot(SNAPSHOT_AFTER_MS, self, self._snapshot_in_background)
        return True

    def _open_team(self, address: str) -> bool:
        """A team library: the server keeps its backups, so no snapshot starts here; re-derivation does
        (``_listen``), as far as the team's rules let this role change quotes.

        When the server is away the message names it (password removed) with libpq's reason.
        """
        if self.open_team_in_background:
            from qtapp.ui.quotes.team_opening import TeamOpener

            self.connecting = address
            self._opener = opener = TeamOpener(self)
            opener.opened.connect(self._team_opened)
            opener.listed.connect(self._team_listed)
            # From the event loop's first turn: the window is built and shown before psycopg loads.
            QTimer.singleShot(0, opener, lambda: opener.start(address))
            return True
        from qtapp.library.opening import open_team

        try:
            # The team backend keeps the same contract and answers what this service asks of ``db``.
            self.store = cast(Library, open_team(address))
        except UserError as error:
            self._fail(str(error))
            return False
        self.server_lost = None
        self._listen(address)
        return True

    def _team_opened(self, address: str, store: Any, error: str) -> None:
        """The background open's answer: the views read the library now, or the message is said."""
        if address != self.connecting:  # closed, or another library chosen, meanwhile
            if store is not None:
                store.close()
            return
        self.connecting, self.early_rows = None, None
        if store is None:
            self._fail(error)
        else:
            self.store, self.server_lost = cast(Library, store), None
            self._listen(address)
        self.switched.emit()  # the window's parts, rights and the article's id in this library
        self.changed.emit([])

    def _team_listed(self, address: str, rows: list[QuoteRecord]) -> None:
        """The reader process's first page: the table lists it while this process connects."""
        if address != self.connecting:
            return
        self.early_rows = rows
        self.changed.emit([])
        self.earlyListed.emit()

    def _listen(self, address: str) -> None:
        """Follow colleagues' changes, connecting off the GUI thread (the window opens meanwhile); once
        listening, the views re-read, so a change made while it connected is not missed. Without the
        listener the window still works, only not live."""
        from qtapp.ui.quotes.team_live import TeamLive

        # Once the window is up and idle, as for a library file (there after the day's snapshot).
        QTimer.singleShot(SNAPSHOT_AFTER_MS, self, self.rederive_in_background)
        self.live, self.live_caught_up = TeamLive(address, self), False
        self.live.arrived.connect(self._colleague_changed)
        self.live.started.connect(self._listening)
        self.live.refused.connect(lambda reason: self.failed.emit(self.tr(
            "Colleagues' changes will show only when this window writes: cannot listen on {address} "
            "({reason})").format(address=self.shown_address, reason=reason)))
        self.live.start_in_background()

    def _listening(self) -> None:
        self.live_caught_up = True
        if self.store is not None:
            self.changed.emit([])

    @property
    def is_team(self) -> bool:
        return self.team_address is not None

    @property
    def shown_address(self) -> str:
        """What the window title names: the team library's address without its password, or the file."""
        if self.team_address is not None:
            from qtapp.library.postgres.target import redact

            return redact(self.team_address)
        return str(self.path)

    def _own_pid(self) -> int | None:
        conn = getattr(getattr(self.store, "db", None), "conn", None)
        try:
            return int(conn.info.backend_pid) if conn is not None and not conn.closed else None
        except Exception:  # a connection the server dropped has no pid to compare with
            return None

    def _colleague_changed(self, change: Any) -> None:
        """A NOTIFY from the team library, on the GUI thread: on to the views as ``changed``."""
        from qtapp.ui.quotes.team_live import is_own

        if self.store is None:
            return
        if change.op == "lost":
            self._server_went_away()
        elif change.op == "reconnected":
            self.server_lost = None
            self.serverBack.emit()
            self.changed.emit([])  # notices sent while away are gone: read everything again
        elif not is_own(change, self._own_pid()):
            # A purge ("delete") leaves no rows to read by id: the views re-read what they show.
            self.changed.emit(list(change.ids) if change.ids and change.op != "delete" else [])

    def _server_went_away(self) -> None:
        """Say once, with the address and libpq's reason (asked of the server just now)."""
        if self.server_lost is not None or self.store is None:
            return
        message = None
        for _ in range(2):  # the first finds our connection broken; the second says why it can't reconnect
            try:
                self.store.quotes.count()
            except UserError as error:
                message = str(error)
            else:
                return  # the listener's connection alone was dropped; ours still answers
        assert message is not None
        self.server_lost = message
        self.last_error = message
        self.serverLost.emit(message)

    def switch_to(self, address: str | None) -> bool:
        """Use the team library at ``address`` (None: the user's own library file) instead of the open
        one. A team library that cannot be opened is said and the open library stays; True on success."""
        if address is not None:
            from qtapp.library.opening import open_team

            try:
                store = cast(Library, open_team(address))
            except UserError as error:
                self._fail(str(error))
                return False
            self.close()
            self.team_address, self.store, self.server_lost = address, store, None
            self.last_team_address = address
            self._listen(address)
            opened = True
        else:
            self.close()
            self.team_address, self.path = None, paths.personal_library_path()
            opened = self.open()
        self.switched.emit()
        self.changed.emit([])
        return opened

    def copy_to(self, quote_ids: Sequence[int], address: str | None) -> Any:
        """Copy these quotes, with their articles, into the team library at ``address`` (None: the
        user's own library file); the backup's ``ImportResult``, or None after saying why. Nothing
        changes here; there, all of it is kept or none."""
        from qtapp.library.copying import copy_quotes
        from qtapp.library.opening import open_library

        if self.store is None:
            self._fail(self.last_error or self.tr("No library is open."))
            return None
        try:
            target = open_library(address if address is not None else paths.personal_library_path())
        except UserError as error:
            self._fail(str(error))
            return None
        try:
            with target.transaction():
                return copy_quotes(self.store, target, quote_ids)
        except UserError as error:
            self._fail(str(error))
            return None
        finally:
            target.close()

    def _snapshot_in_background(self) -> None:
        if self.store is not None:
            self.store.snapshot_in_background()
            self.rederive_in_background()

    def rederive_in_background(self) -> bool:
        """Bring quotes read by older reading rules up to date, off the GUI thread; True if started.

        After the day's snapshot has started: the worker waits for it, so the snapshot holds the
        library as it was before the re-derivation rewrote anything.
        """
        if self.store is None or self.store.db.readonly or self.rederiving is not None:
            return False
        from qtapp.ui.quotes.rederiving import BackgroundRederive

        # A team library's pass changes what the team's rules let this role change (``rederive.py``):
        # an article holding colleagues' quotes waits for an editor's window, and the report says so.
        target = self.team_address if self.team_address is not None else self.path
        self.rederiving = BackgroundRederive(target, self.store.wait_for_snapshot, self)
        self.rederiving.progress.connect(self.rederiveProgress)
        self.rederiving.done.connect(self._rederived)
        self.rederiving.start()
        return True

    def _rederived(self, report: Any, error: str) -> None:
        self.rederiving = None
        if error:
            self._fail(self.tr("The library's quotes could not be brought up to the current reading rules: "
                               "{error}").format(error=error), show=False)
            return
        if report.articles:
            if self.team_address is None:
                self._signature = _signature(self.path)
            self.changed.emit([])
        self.rederived.emit(report)

    def stop_rederive(self) -> None:
        """End a background re-derivation after the article in hand (each is its own transaction)."""
        if self.rederiving is not None:
            self.rederiving.stop()
            self.rederiving = None

    def close(self) -> None:
        self.connecting = None  # a background open still under way closes its store when it arrives
        self.early_rows = None
        if self._opener is not None:
            self._opener.cancel()
        self.stop_rederive()
        self._poll.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.store is not None:
            self.store.close()
            self.store = None

    @property
    def available(self) -> bool:
        return self.store is not None

    @property
    def readonly_reason(self) -> str | None:
        """Why the open library cannot be written ("" when nobody said); None when it can (or is shut)."""
        if self.store is None or not self.store.db.readonly:
            return None
        return self.store.db.readonly_reason or ""

    # -- reading ---------------------------------------------------------------------------------
    # Each read gives the answer, or None after saying why (the library is locked, an article is
    # damaged): views show what they can and carry on.
    def _read(self, fn: Callable[[Library], T]) -> T | None:
        if self.store is None:
            return None
        try:
            return fn(self.store)
        except UserError as error:
            # A damaged article is marked in the table and said in the status bar; the rest works.
            self._fail(error_message(error), show=not isinstance(error, library_errors.ArticleDamaged))
            return None

    def quote(self, quote_id: int) -> QuoteRecord | None:
        return self._read(lambda store: store.quotes.get(quote_id))

    def quotes(self, **filters: Any) -> list[QuoteRecord] | None:
        """Quotes matching ``filters`` (those of ``Quotes.find``: search, article_id, tag, limit…; on a
        team library also ``clipped_by``, which a personal library, where nobody else clips, ignores)."""
        filters = self._own_filters(filters)
        if self.store is None and self.early_rows is not None:
            from qtapp.library.postgres.early_read import is_first_page

            if is_first_page(filters):
                return list(self.early_rows)
        return self._read(lambda store: store.quotes.find(**filters))

    def _own_filters(self, filters: dict[str, Any]) -> dict[str, Any]:
        if self.team_address is None:
            filters.pop("clipped_by", None)
        return filters

    def clippers(self) -> list[tuple[str, int]]:
        """Who clipped the live quotes, with how many each: the "Clipped by" filter (team libraries)."""
        if self.team_address is None:
            return []
        return self._read(lambda store: cast(Any, store.quotes).clippers()) or []

    def quotes_by_id(self, quote_ids: Iterable[int]) -> list[QuoteRecord] | None:
        """These quotes in this order (trashed ones too: a view tells them by ``deleted_at``)."""
        return self._read(lambda store: [store.quotes.get(i) for i in quote_ids])

    def count(self, **filters: Any) -> int | None:
        filters = self._own_filters(filters)
        return self._read(lambda store: store.quotes.count(**filters))

    def duplicate(self, article_id: int, start: int, end: int) -> int | None:
        """A live quote of exactly this span, so saving twice can offer it instead."""
        return self._read(lambda store: store.quotes.find_duplicate(article_id, start, end))

    def article(self, article_id: int) -> ArticleRecord | None:
        return self._read(lambda store: store.articles.get(article_id))

    def article_by_hash(self, digest: str) -> ArticleRecord | None:
        return self._read(lambda store: store.articles.by_hash(digest))

    def article_ids_with_path(self, path: str) -> list[int] | None:
        return self._read(lambda store: store.articles.ids_with_path(path))

    def filter_choices(self) -> tuple[list[ArticleRecord], list[str], list[tuple[str, int]]] | None:
        """(articles, whose words, tags with counts): what the library's filter menus offer."""
        return self._read(lambda store: (store.articles.all(), store.quotes.whos(), store.quotes.tags()))

    # -- writing ---------------------------------------------------------------------------------
    # Each write is one transaction, then one ``changed`` naming the quotes it wrote; a failure is said
    # (to the user and in ``failed``) and gives None, with nothing written.
    def _write(self, fn: Callable[[Library], T], quote_ids: Callable[[T], list[int]]) -> T | None:
        if self.store is None:
            self._fail(self.tr("Still connecting to the team library {address}; nothing was saved, try again "
                               "in a moment.").format(address=self.shown_address) if self.connecting
                       else self.last_error or self.tr("No library is open."))
            return None
        try:
            with self.store.transaction() as store:
                result = fn(store)
        except moved.LibraryMoved as error:
            self.follow(error.new)
            self._fail(self.tr("Another QuoteClip window moved the library to {path}; this window uses it "
                               "now. That last change was not saved: please make it again.").format(path=error.new))
            return None
        except UserError as error:
            self._fail(error_message(error))
            return None
        self._signature = _signature(self.path)
        self.changed.emit(quote_ids(result))
        return result

    def save_quote(self, article: ArticleSource, start: int, end: int, **fields: Any) -> QuoteRecord | None:
        """Store the article if it is not yet, and the quote, together; the saved record.

        One transaction: a quote that cannot be saved leaves no article behind, and views hear one
        ``changed``, not one for the article and one for the quote.
        """
        def save(store: Library) -> int:
            article_id = article.article_id
            if article_id is None:
                article_id = store.articles.add(article.article, article.source_text, article.path)
            return store.quotes.add(article_id, start, end, **fields)

        quote_id = self._write(save, lambda quote_id: [quote_id])
        return self.quote(quote_id) if quote_id is not None else None  # read once the lock is let go

    def store_article(self, article: ArticleSource) -> int | None:
        """The article's id in the library, storing it first if it is not there (Article Details)."""
        if article.article_id is not None:
            return article.article_id
        return self._write(lambda store: store.articles.add(article.article, article.source_text, article.path),
                           lambda _: [])

    def delete_quotes(self, quote_ids: Sequence[int]) -> bool:
        """Move quotes to the trash (``restore_quotes`` brings them back with their ids)."""
        def delete(store: Library) -> bool:
            for quote_id in quote_ids:
                store.quotes.delete(quote_id)
            return True

        return self._write(delete, lambda _: list(quote_ids)) is not None

    def restore_quotes(self, quote_ids: Sequence[int]) -> bool:
        def restore(store: Library) -> bool:
            for quote_id in quote_ids:
                store.quotes.restore(quote_id)
            return True

        return self._write(restore, lambda _: list(quote_ids)) is not None

    def update_quote(self, quote_id: int, **fields: Any) -> QuoteRecord | None:
        """Change the fields ``Quotes.update`` takes (note, tags, colour, voice, speaker, confirmed)."""
        return self._write(lambda store: store.quotes.update(quote_id, **fields), lambda record: [record.id])

    def update_unless_changed(self, seen: QuoteRecord, **fields: Any) -> QuoteRecord | Any | None:
        """``update_quote`` unless a colleague saved the quote after ``seen`` was read (team libraries):
        then their ``ChangedMeanwhile`` (with their version, ``.current``) instead, nothing written, so
        the window offers the choice. A personal library has nobody else editing: a plain update."""
        if self.team_address is None or seen.version is None:
            return self.update_quote(seen.id, **fields)
        from qtapp.library.postgres.quotes import ChangedMeanwhile

        conflict: list[ChangedMeanwhile] = []

        def edit(store: Library) -> QuoteRecord | None:
            try:
                return cast(Any, store.quotes).update_if_unchanged(seen, **fields)
            except ChangedMeanwhile as error:
                conflict.append(error)
                return None

        written = self._write(edit, lambda record: [record.id] if record is not None else [])
        return conflict[0] if conflict else written

    def correct_article(self, article_id: int, **corrections: Any) -> ArticleRecord | None:
        """Correct an article's details; its quotes' attribution lines follow, so every view refreshes."""
        return self._write(lambda store: store.articles.correct(article_id, **corrections), lambda _: [])

    # -- importing -------------------------------------------------------------------------------
    def import_quotes(self, run: Callable[[Library], T]) -> T | None:
        """Run one import (a function of ``importers.into_library`` or ``backup.restore``) as one write;
        it may add any number of quotes, so views hear ``changed([])`` and refresh whole."""
        return self._write(run, lambda _: [])

    def stubs_for(self, article: Any) -> list[int] | None:
        """Stub articles that stand for ``article`` (imported quotes waiting for its text)."""
        if self.team_address is not None:
            return []  # stubs (quotes imported without their article's text) are a personal library's
        from qtapp.library.importers import stubs

        return self._read(lambda store: stubs.stubs_for(store, article))

    def adopt_stubs(self, article_id: int) -> Any:
        """Move the quotes of the stubs standing for ``article_id`` into it; an ``Adopted`` summary."""
        from qtapp.library.importers.adopt import adopt

        return self._write(lambda store: adopt(store, article_id), lambda _: [])

    def check_external(self) -> bool:
        """Emit ``changed`` when someone else wrote to the library since we last looked."""
        if self.store is not None and os.path.exists(moved.marker(self.path)):
            new = moved.moved_to(self.path)
            if new is not None and new.is_file():
                self.follow(new)
                self.failed.emit(f"Another QuoteClip window moved the library to {new}; this window uses it now.")
                return True
        current = _signature(self.path)
        if current == self._signature or self.store is None:
            return False
        self._signature = current
        self.changed.emit([])
        return True

    def follow(self, new: Path) -> None:
        """Reopen at ``new`` the library another process moved there (every window of ours that has it)."""
        from qtapp.ui.preferences_library import reopen_everywhere

        old = self.path.absolute()
        reopen_everywhere(old, new)
        if self.path.absolute() == old:  # not one of the windows (a service of its own, in tests)
            self.close()
            self.path = new
            self.open()
            self.changed.emit([])

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_external()

    def _fail(self, message: str, show: bool = True) -> None:
        self.last_error = message
        self.failed.emit(message)
        if show:
            self.tell(self._parent, "Library", message)
        else:
            headless.intercept(message)  # a run with nobody watching has no status line to read either
