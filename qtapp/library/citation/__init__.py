"""Citations of saved quotes in any installed CSL style (rendered by citeproc-py, with our fixes)."""

from __future__ import annotations

from qtapp.library.citation.csl_item import article_item, as_record, voices_note
from qtapp.library.citation.render import (
    Citation,
    citation_prefix,
    cite,
    cited_item,
    reference_html,
    speaker_short_name,
    typographic_quote,
)
from qtapp.library.citation.styles import SHORT_NAMES, canonical, style_ids, style_path

__all__ = ["SHORT_NAMES", "Citation", "citation_prefix", "article_item", "as_record", "canonical", "cite", "cited_item",
           "reference_html", "speaker_short_name", "style_ids", "style_path", "typographic_quote", "voices_note"]
