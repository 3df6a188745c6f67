"""When the real article of a stub is opened, its quotes move into the real text and the stub goes.

Each quote keeps its id, uuid, note, tags, colour and dates. It is placed where its tool's position
selector says when the text there is the passage (offsets in the article's text, in the file it was read
from, or in a paragraph a W3C ``refinedBy`` names); else by its words and the tool's context around them
(``anchoring``: the best-matching occurrence of a passage the article holds twice, fuzzy when Kindle's
punctuation differs a little). Its voice is derived from where it now lies, unless its source named the
speaker. A quote whose words are not in the real text stays in the stub, which then
stays a stub (marked in the library) but is no longer matched, so opening the article again is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qtapp.article.model import Article
from qtapp.library import attribution as attr
from qtapp.library.anchoring import Selector, anchor, selector_for
from qtapp.library.exporters.source_text import SourceText, within_block
from qtapp.library.importers.stubs import placements_of, sql, stubs_for

TYPE_CHECKING = False  # the start-up rule (qtapp/__init__.py); type checkers read True
if TYPE_CHECKING:
    from qtapp.library.contract import SqlLibrary as Library


@dataclass(frozen=True)
class Adopted:
    moved: int = 0
    left: int = 0
    stubs: int = 0  # stubs that matched this article

    def summary(self) -> str:
        text = f"{self.moved} imported quote{'s' if self.moved != 1 else ''} found in this article"
        if self.left:
            text += f"; {self.left} could not be found and stay with the imported stub"
        return text


def pending(library: Library, article_id: int) -> bool:
    """Whether any stub stands for this stored article (a few seeks; the window asks at each open)."""
    record = library.articles.get(article_id)
    return record.stub is None and bool(stubs_for(library, record.article))


def adopt(library: Library, article_id: int) -> Adopted:
    """Move the quotes of every stub that stands for article ``article_id`` into it, in one transaction."""
    moved = left = 0
    with library.transaction():
        db = sql(library)
        record = library.articles.get(article_id)
        if record.stub is not None:
            return Adopted()
        article = record.article
        stubs = [stub for stub in stubs_for(library, article) if stub != article_id]
        changes = []
        text_of_source: list[SourceText] = []  # made once, for the first quote with offsets in the file
        for stub in stubs:
            rows = db.query('SELECT id, uuid, exact, voice, speaker, voice_by FROM quotes '
                                    'WHERE article_id = ?', (stub,))
            placements = placements_of(library, stub)
            kept = 0
            for row in rows:
                found = place(article, lambda: _source_text(text_of_source, record), row["exact"],
                              placements.get(row["uuid"]))
                if found is None:
                    kept += 1
                    continue
                changes.append(_moved(article, article_id, row, found[0], found[1]))
            if kept:  # it stays a stub, marked, and is no longer looked for
                db.execute("DELETE FROM stub_keys WHERE article_id = ?", (stub,))
            moved += len(rows) - kept
            left += kept
        db.executemany(
            'UPDATE quotes SET article_id = ?, exact = ?, prefix = ?, suffix = ?, start = ?, "end" = ?, '
            "block_kind = ?, voice = ?, speaker = ?, attribution = ?, who = ?, check_reason = ? WHERE id = ?",
            changes)
        for stub in stubs:
            if not db.scalar("SELECT EXISTS (SELECT 1 FROM quotes WHERE article_id = ?)", (stub,)):
                db.execute("DELETE FROM articles WHERE id = ?", (stub,))
        library.articles.forget()  # articles were rewritten behind the store's cache
    return Adopted(moved, left, len(stubs))


def place(article: Article, source: Callable[[], SourceText], exact: str,
          where: dict[str, Any] | None) -> tuple[int, int] | None:
    """Where a stub's quote goes in ``article``'s text: its tool's offsets when the passage is there,
    else its words with the tool's context; None when the article does not hold it."""
    if where:
        span = _by_position(article, source, where)
        if span is not None:
            return span
        prefix, suffix = within_block(str(where.get("prefix") or ""), str(where.get("suffix") or ""))
        found = anchor(article.text, Selector(exact, prefix, suffix, -1, -1))
    else:
        found = anchor(article.text, Selector(exact, "", "", -1, -1))
    return None if found is None else (found.start, found.end)


def _words(text: str) -> str:
    return " ".join(text.split())


def _by_position(article: Article, source: Callable[[], SourceText],
                 where: dict[str, Any]) -> tuple[int, int] | None:
    start, end, within = where.get("start"), where.get("end"), where.get("within")
    if type(start) is not int or type(end) is not int:
        return None
    wanted = _words(str(where.get("exact") or ""))
    if not wanted:
        return None
    if isinstance(within, str):  # offsets in one paragraph: that paragraph, if the article has it once
        at = article.text.find(within)
        if at < 0 or article.text.find(within, at + 1) >= 0:
            return None
        start, end = at + start, at + end
    if _words(article.text[start:end]) == wanted:  # offsets that count in the article's own text
        return start, end
    if within is None:  # offsets that count in the file it was read from (our W3C export's)
        text = source()
        if _words(text.source[start:end]) == wanted:
            return text.locate(start, end)
    return None


def _source_text(made: list[SourceText], record: Any) -> SourceText:
    """The article's stored source beside its text (a saved page's never counts: see SourceText)."""
    if not made:
        from pathlib import Path

        from qtapp.article.loader import HTML_SUFFIXES

        web_page = Path(record.path or "").suffix.lower() in HTML_SUFFIXES
        made.append(SourceText(record.source, record.article, web_page=web_page))
    return made[0]


def _moved(article: Article, article_id: int, values: Any, start: int, end: int) -> tuple[Any, ...]:
    block = attr.block_for(article, start, end)
    kind = block.kind if block else None
    if values["voice_by"] == "user":  # the source (or the user) said whose words: kept
        voice, speaker = values["voice"], values["speaker"]
    else:
        voice, speaker = attr.derive_voice(article, start, end, kind)
    sel = selector_for(article.text, start, end)
    return (article_id, sel.exact, sel.prefix, sel.suffix, start, end, kind, voice, speaker,
            attr.attribution(article, voice, speaker, kind), attr.who(article, voice, speaker, kind),
            attr.check_reason(article, start, end, voice, speaker, kind), values["id"])
