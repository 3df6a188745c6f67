"""Invisible characters an article can use to make a name or title read as something it is not.

A bidirectional override reverses what follows (``\\u202eeoD`` shows as "Doe"); zero-width characters
hide inside a name ("Jo\\u200dhn" looks like "John", matches nothing and cites as a stranger). Prose
never needs them, so the parse strips them from the whole text before reading it (names are found in
the cleaned text) and again from metadata a page's tags gave; joiners that shape Indic or Arabic
letters and emoji stay. Other controls (ESC) stay in the text; a terminal shows them through
``qtapp.commands.terminal.visible``.
"""

from __future__ import annotations

import re
from functools import lru_cache

TYPE_CHECKING = False  # not typing's: the command line's quick listing imports this module, and no typing
if TYPE_CHECKING:
    from qtapp.article.model import Article

# Never needed in prose: bidi embeddings, overrides and isolates, zero-width space, word joiner and the
# invisible operators, BOM, Arabic letter mark, Mongolian vowel separator.
_NEVER = re.compile("[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# Joiners shape Indic and Arabic letters and emoji; between ASCII or beside a space they only hide.
_STRAY_JOINER = re.compile(r"[\u200c\u200d](?![^\x00-\x7f\s])|(?<![^\x00-\x7f\s])[\u200c\u200d]")

_ANY = re.compile(_NEVER.pattern[:-1] + "\u200c\u200d]")


def strip_invisible(text: str) -> str:
    """``text`` without the characters above: what a reader sees is then what is compared and cited."""
    if text.isascii() or not _ANY.search(text):  # the common case: one scan, nothing to copy
        return text
    return _STRAY_JOINER.sub("", _NEVER.sub("", text))


@lru_cache(maxsize=4096)
def clean_label(text: str) -> str:
    """A name or title without invisible characters, its spaces collapsed once they are gone."""
    kept = strip_invisible(text)
    return " ".join(kept.split()) if kept != text else text


def _clean(value: str | None) -> str | None:
    return None if value is None else (clean_label(value) or None)


def clean_labels(article: Article) -> Article:
    """Strip invisible characters from the title, names and speakers (a page's own tags carry them too)."""
    from dataclasses import replace
    for name in ("title", "publisher", "reprinted_by", "series"):
        setattr(article, name, _clean(getattr(article, name)))
    article.authors = [replace(a, name=clean_label(a.name), family=_clean(a.family), given=_clean(a.given))
                       for a in article.authors]
    quotations = article.quotations
    for index, quotation in enumerate(quotations):  # tens of thousands in a long article: copy few
        speaker = quotation.speaker
        if speaker is not None and not speaker.isascii() and _clean(speaker) != speaker:
            quotations[index] = replace(quotation, speaker=_clean(speaker))
    return article
