"""Going from a saved quote back to its passage, opening its article when it is not on screen.

The article is reopened from its file when that file still holds the same text; otherwise from the
source text the library keeps, so a quote can always be shown in context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qtapp.library.records import META_FIELDS
from qtapp.ui.quotes.current import CurrentArticle
from qtapp.ui.quotes.highlights import ArticleHighlights
from qtapp.ui.quotes.service import QuoteLibrary

if TYPE_CHECKING:
    from qtapp.ui.quotes.window import QuoteWindow



class Navigator:
    """Jumps to quotes and keeps the window's article metadata in step with the user's corrections."""

    def __init__(self, window: QuoteWindow, library: QuoteLibrary, current: CurrentArticle,
                 highlights: ArticleHighlights) -> None:
        self._window, self._library, self._current, self._highlights = window, library, current, highlights
        self._syncing = False

    def jump(self, quote_id: int) -> bool:
        """Show the quote's passage, selected, opening its article first if needed."""
        record = self._library.quote(quote_id)
        if record is None:
            return False
        if quote_id in self._highlights.placed:
            return self._highlights.select(quote_id)
        path = record.article.path
        if path and Path(path).is_file():
            self._window.open_article(path)
            if quote_id in self._highlights.placed:
                return self._highlights.select(quote_id)
        stored = self._library.article(record.article_id)
        if stored is None:
            return False
        self._window.show_article(stored.article, stored.source, stored.path)
        return self._highlights.select(quote_id)

    def sync_metadata(self) -> None:
        """Show the stored corrections (title, authors, date…) for the article on screen."""
        if self._syncing:
            return
        article, article_id = self._current.article, self._current.article_id()
        if article is None or article_id is None:
            return
        stored = self._library.article(article_id)
        if stored is None:
            return
        if all(getattr(stored.article, k) == getattr(article, k) for k in META_FIELDS):
            return
        self._syncing = True
        try:
            self._window.show_article(stored.article, self._current.source_text(), self._current.path)
        finally:
            self._syncing = False
