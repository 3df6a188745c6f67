"""The quote library: one storage object over a library file, with its two repositories composed in.

``Library.open()`` opens ``paths.library_path()`` (or a given file), migrating it forward. Articles are
``library.articles`` (``articlestore.py``), quotes ``library.quotes`` (``quotestore.py``); when it is
backed up is ``backup_policy.py``'s, handed to the connection as hooks. The contract another backend
implements is ``contract.py``. Every write is one transaction; errors the user can act on are
``LibraryError``s (see ``errors.py``). No Qt here: the window wraps this in a QObject that emits
``changed``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from qtapp import paths
from qtapp.library.articlestore import ArticleRepository
from qtapp.library.backup_policy import BackupPolicy
from qtapp.library.connection import BUSY_TIMEOUT_S, Database
from qtapp.library.quotestore import QuoteRepository

if TYPE_CHECKING:
    from qtapp.library import contract


class Library:
    """A library file. Use as a context manager, or call ``close()``."""

    def __init__(self, db: Database, backups: BackupPolicy | None = None) -> None:
        self.db = db
        self.backups = backups
        self.articles = ArticleRepository(db)
        self.quotes = QuoteRepository(db, self.articles)

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Library:
        target = Path(paths.library_path() if path is None else path).expanduser().absolute()
        backups = BackupPolicy(target, busy_timeout=BUSY_TIMEOUT_S)
        return cls(Database(target, readonly=readonly, backups=backups), backups)

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str] | None = None) -> Library:
        """For commands that only read: a read-only connection, so listing can never write (not even
        SQLite's checkpoint at close). Read-write only when the library is still to be made, or an
        older one must be upgraded first — writes the library needs, taken with their snapshot."""
        from qtapp.library import schema
        from qtapp.library.errors import LibraryUnavailable

        target = paths.library_path() if path is None else Path(path)
        if target.is_file() and target.stat().st_size:
            try:
                library = cls.open(target, readonly=True)
            except LibraryUnavailable as error:
                if type(error) is not LibraryUnavailable or "empty file" not in str(error):
                    raise
            else:
                if library.db.scalar("PRAGMA user_version") >= schema.LATEST:
                    return library
                library.close()
        return cls.open(target)

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()

    def snapshot_in_background(self) -> bool:
        """Start today's snapshot now, off the caller's thread, if one is due (``backup_policy.py``)."""
        return self.backups is not None and not self.db.readonly and self.backups.start_in_background()

    def wait_for_snapshot(self) -> None:
        """Return once a snapshot started by ``snapshot_in_background`` is written (any thread)."""
        if self.backups is not None:
            self.backups.wait()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Library]:
        """Group several writes: all are kept, or none if anything inside raises."""
        with self.articles.transaction():
            yield self


if TYPE_CHECKING:  # mypy holds the SQLite backend to the contract other backends implement
    _articles: type[contract.Articles] = ArticleRepository
    _quotes: type[contract.Quotes] = QuoteRepository
    _backend: type[contract.Backend] = Library
