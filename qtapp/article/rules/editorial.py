"""The series an article belongs to, read from the editors' words by ordered, named rules.

The editor's note and its disclaimer are found as blocks (``blocks.editors_note`` and the label and
disclaimer rules of ``notes``); the series is what the note, or a reprint note, names.
"""

from __future__ import annotations

from qtapp.article import frontmatter as fm
from qtapp.article.rules.engine import Rule, rule
from qtapp.article.rules.fields import Page


def _note_without_disclaimer(page: Page) -> str:
    disclaimer = page.disclaimer()
    return page.note.replace(disclaimer[0], "") if disclaimer else page.note


@rule("series.editors_note")
def note_series(page: Page) -> str | None:
    """'Editor's note: The series of essays “Harbours of the Caspian” looks at …' → Harbours of the Caspian."""
    return fm.find_series(_note_without_disclaimer(page)) or None


@rule("series.reprint_note")
def reprint_series(page: Page) -> str | None:
    """'… an article titled “…” from its series “Caspian Notes”. Trend reprints it.' → Caspian Notes."""
    return next(filter(None, map(fm.find_series, page.texts("reprint_note"))), None)


SERIES: tuple[Rule[str], ...] = (note_series, reprint_series)
