"""Quotes in the window: save the selection, see it highlighted, browse and edit the library.

``install(window)`` is called at the end of ``MainWindow.__init__``; it opens the library (asking the
user what to do if the file is damaged) and adds the actions, highlights and the library dock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qtapp.ui.quotes.controller import QuotesUi
from qtapp.ui.quotes.service import QuoteLibrary

if TYPE_CHECKING:  # a Protocol only the type checker needs: building its class costs every start-up
    from qtapp.ui.quotes.window import QuoteWindow

__all__ = ["QuoteLibrary", "QuotesUi", "install"]


def install(window: QuoteWindow) -> QuotesUi:
    """Add the quote features to ``window`` and return them (the window keeps them as ``quotes``)."""
    library = QuoteLibrary(window.window())
    library.open()
    store = library.store
    if store is not None:
        # Close the connection with the window; the QuoteLibrary object is gone by then, the store is not.
        window.destroyed.connect(lambda *_: store.close())
    return QuotesUi(window, library)
