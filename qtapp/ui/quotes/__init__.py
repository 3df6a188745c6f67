"""Quotes in the window: save the selection, see it highlighted, browse and edit the library.

``install(window)`` is called at the end of ``MainWindow.__init__``; it opens the library (asking the
user what to do if the file is damaged) and adds the actions, highlights and the library dock.
"""

from __future__ import annotations

from typing import Any

from qtapp.ui.quotes.controller import QuotesUi
from qtapp.ui.quotes.service import QuoteLibrary

__all__ = ["QuoteLibrary", "QuotesUi", "install"]


def install(window: Any) -> QuotesUi:
    """Add the quote features to ``window`` and return them (also as ``window.quotes``)."""
    library = QuoteLibrary(window)
    library.open()
    store = library.store
    if store is not None:
        # Close the connection with the window; the QuoteLibrary object is gone by then, the store is not.
        window.destroyed.connect(lambda *_: store.close())
    ui = QuotesUi(window, library)
    window.quotes = ui
    return ui
