"""Opening a ``quoteclip://quote/ID`` link in the window: the quote's article, at the quote, selected.

The command line has checked the link and the quote before any window (``qtapp.cli``); this side still
says why a link leads nowhere (the quote was deleted since, the library is closed), in the status bar
and a message, rather than opening nothing in silence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from qtapp.errors import UserError
from qtapp.library.errors import NotFound
from qtapp.quote_link import quote_id
from qtapp.ui.i18n import error_message

if TYPE_CHECKING:
    from qtapp.ui.main_window import MainWindow


def open_quote_link(window: MainWindow, link: str) -> bool:
    """Show the quote ``link`` names; True when it is on screen."""
    quotes = getattr(window, "quotes", None)
    try:
        ident = quote_id(link)
        if quotes is None or quotes.library.store is None:
            raise UserError(QCoreApplication.translate("QuoteLinks", "The library is not open, so {link} cannot be "
                                                       "shown").format(link=link))
        try:
            record = quotes.library.store.quotes.get(ident)
        except NotFound:
            raise UserError(QCoreApplication.translate(
                "QuoteLinks", "There is no quote {id} in the library: it was deleted, or the link comes from "
                "another library").format(id=ident)) from None
        if record.deleted_at is not None:
            raise UserError(QCoreApplication.translate(
                "QuoteLinks", "Quote {id} was deleted: Undo brings it back").format(id=ident))
    except UserError as error:
        from qtapp.ui.dialogs import ErrorMessage

        ErrorMessage.show(window, QCoreApplication.translate("QuoteLinks", "Cannot open the link"),
                          error_message(error))
        window.statusBar().showMessage(error_message(error), 10000)
        return False
    quotes.reveal(ident)
    return True
