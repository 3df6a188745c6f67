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
    # Close the connection (and a team library's listener) with the window; the QuoteLibrary object is
    # gone by then, they are not. Team Library… / My Library switch them: the last ones are closed.
    opened: list[object] = [library.store, getattr(library.live, "listener", None)]
    library.switched.connect(lambda: opened.__setitem__(
        slice(None), [library.store, getattr(library.live, "listener", None)]))
    window.destroyed.connect(lambda *_: _close(opened))
    return QuotesUi(window, library)


def _close(opened: list[object]) -> None:
    for handle in opened:
        for name in ("stop", "close"):  # a listener stops, a store closes
            method = getattr(handle, name, None)
            if method is not None:
                method()
                break
