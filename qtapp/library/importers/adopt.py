"""When the real article of a stub is opened, its quotes move into the real text and the stub goes.

Each quote keeps its id, uuid, note, tags, colour and dates; it is anchored by its words (``anchoring``,
fuzzy when Kindle's punctuation differs a little), and its voice is derived from where it now lies, unless
its source named the speaker. A quote whose words are not in the real text stays in the stub, which then
stays a stub (marked in the library) but is no longer matched, so opening the article again is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qtapp.article.model import Article
from qtapp.library import attribution as attr
from qtapp.library.anchoring import Selector, anchor, selector_for
from qtapp.library.importers.stubs import stubs_for
from qtapp.library.store import Library


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
        record = library.articles.get(article_id)
        if record.stub is not None:
            return Adopted()
        article = record.article
        stubs = [stub for stub in stubs_for(library, article) if stub != article_id]
        changes = []
        for stub in stubs:
            rows = library.db.query('SELECT id, exact, voice, speaker, voice_by FROM quotes WHERE article_id = ?',
                                    (stub,))
            kept = 0
            for row in rows:
                found = anchor(article.text, Selector(row["exact"], "", "", -1, -1))
                if found is None:
                    kept += 1
                    continue
                changes.append(_moved(article, article_id, row, found.start, found.end))
            if kept:  # it stays a stub, marked, and is no longer looked for
                library.db.execute("DELETE FROM stub_keys WHERE article_id = ?", (stub,))
            moved += len(rows) - kept
            left += kept
        library.db.executemany(
            'UPDATE quotes SET article_id = ?, exact = ?, prefix = ?, suffix = ?, start = ?, "end" = ?, '
            "block_kind = ?, voice = ?, speaker = ?, attribution = ?, who = ?, check_reason = ? WHERE id = ?",
            changes)
        for stub in stubs:
            if not library.db.scalar("SELECT EXISTS (SELECT 1 FROM quotes WHERE article_id = ?)", (stub,)):
                library.db.execute("DELETE FROM articles WHERE id = ?", (stub,))
        library.articles.forget()  # articles were rewritten behind the store's cache
    return Adopted(moved, left, len(stubs))


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
