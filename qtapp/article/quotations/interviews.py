"""Who asks an interview's questions: a Q&A page sets each turn after a label ("OC Media: "What has
changed?"", "STANDARD: "Why?"", "Nino Beridze: "What would help?""), and the questions are the
interviewer's, the one author the byline names ("Interview by Nino Beridze"), whether the label is that
name or the outlet's. The prose rules read a colon's label only as someone the article introduced, so
these questions had no speaker on fresh sets 11 and 12. A new shape: the answer is marked for checking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qtapp.article.model import Article, Quotation
from qtapp.article.quotations.people import People
from qtapp.article.lazy_patterns import compile_lazily

# "OC Media: "…"": a short capitalised label and a colon opening the block, the quotation right after it
_LABEL = compile_lazily(r"[ \t]*(?P<label>[A-Z][^:\"“”\n]{1,40}?)[ \t]*:[ \t]*[\"“]")
_CLOSING = compile_lazily(r"[\"”]?\s*$")
_MOST_WORDS = 5
CONFIDENCE = 0.75  # a new shape: marked


def interviewer_questions(article: Article, texts: Sequence[str], starts: Sequence[int],
                          found: list[Quotation], people: People) -> list[Quotation]:
    """``found`` with each unattributed labelled question given to the interviewer, where the byline names one."""
    if not article.authors or not any(q.speaker is None for q in found):
        return found
    authors = {author.name.casefold(): author.name for author in article.authors if author.name}
    out = list(found)
    for index, quote in enumerate(found):
        if quote.speaker is not None or not quote.text.rstrip().endswith("?"):
            continue
        asker = _asker(quote, texts[quote.block], starts[quote.block], authors, people)
        if asker is not None:
            out[index] = replace(quote, speaker=asker, rule="interviewer_label", confidence=CONFIDENCE,
                                 doubt="interviewer")
    return out


def _asker(quote: Quotation, text: str, start: int, authors: dict[str, str], people: People) -> str | None:
    label = _LABEL.match(text)
    if label is None or label.end() != quote.start - start or not _CLOSING.fullmatch(text, quote.end - start):
        return None  # not the block's one labelled turn
    name = label.group("label")
    if len(name.split()) > _MOST_WORDS:
        return None
    if name.casefold() in authors:
        return authors[name.casefold()]
    known = people.named(name)
    if len(authors) != 1 or (known is not None and known.kind == "person" and known.evidence):
        return None  # a person the article introduced asks it (a panel, a second interviewer), or two authors
    return next(iter(authors.values()))
