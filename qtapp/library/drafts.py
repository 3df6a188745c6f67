"""A quote about to be saved, and the row each backend stores for it: anchor, voice, attribution.

Both backends build their rows here (``draft_rows``), so a quote saved in a team library reads exactly as
in a personal one; the repositories only write them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from qtapp.article.model import Article, BlockKind
from qtapp.library import attribution as attr
from qtapp.library.records import dumps
from qtapp.translatable import N_

UNSET: Any = object()  # ``update``'s default: a field not given stays


@dataclass(frozen=True)
class QuoteDraft:
    """A quote to save: a span of a stored article plus the user's additions."""

    article_id: int
    start: int
    end: int
    note: str = ""
    tags: Sequence[str] = field(default_factory=tuple)
    color: str | None = None
    voice: str | None = None  # None: derived from where the span lies
    speaker: str | None = None
    uuid: str | None = None
    created: str | None = None
    updated: str | None = None
    # The kind the reader showed the passage as, when not its block's: the headline found in the
    # reprint note's text is the publisher's headline. None: the kind of the block it lies in.
    block_kind: str | None = None
    # When the user confirmed the attribution (a restored backup's); None: confirmed only when
    # ``voice``/``speaker`` override what the rules derive.
    confirmed: str | None = None
    # Who chose ``voice``: a voice given here is the user's unless said otherwise; None means "not
    # known" (a backup from before schema v4), decided at the next re-derivation (``rederive.py``).
    voice_by: str | None = "user"


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Trim, collapse inner blanks, drop empties and case-insensitive repeats (first spelling wins)."""
    if isinstance(tags, str):  # iterating it would make each letter a tag
        raise TypeError(N_("Library", "tags must be a list of texts, not the text {tags!r}").format(tags=tags))
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(str(tag).split())
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return list(seen.values())


def draft_rows(drafts: Iterable[QuoteDraft], reading: Callable[[int], Article]
               ) -> tuple[list[tuple[Any, ...]], list[list[str]]]:
    """The ``quotes`` rows (``_INSERTED`` less the id) and tag lists of drafts, in order: the anchor,
    block kind, voice, attribution line and check reason each backend stores. ``reading(article_id)``
    gives the article as corrected (raising ``NotFound`` for an unknown id)."""
    import uuid as uuidlib

    from qtapp.library.anchoring import selector_for
    from qtapp.library.stamps import now

    articles: dict[int, Article] = {}
    rows: list[tuple[Any, ...]] = []
    tag_rows: list[list[str]] = []
    lines: dict[tuple[int, str, str | None, str | None], tuple[str, str]] = {}
    tag_lists: dict[tuple[str, ...], tuple[list[str], str]] = {}
    for draft in drafts:
        if draft.article_id not in articles:
            articles[draft.article_id] = reading(draft.article_id)
        article = articles[draft.article_id]
        sel = selector_for(article.text, draft.start, draft.end)
        if not sel.exact.strip():
            raise ValueError(N_("Library", "a quote needs some text"))
        kind = _kind(article, draft.start, draft.end, draft.block_kind)
        voice, speaker = voice_for(article, draft.start, draft.end, draft.voice, draft.speaker, kind)
        tag_key = tuple(draft.tags)
        if tag_key not in tag_lists:  # few distinct tag lists: clean and encode each once
            clean = normalise_tags(tag_key)
            tag_lists[tag_key] = (clean, dumps(clean))
        tags, tags_json = tag_lists[tag_key]
        stamp = draft.created or now()
        # A voice given here is the user's (``voice_by``), unless the draft says the rules'; one
        # that overrides the derived voice is also the user's word on it: confirmed. (Derived
        # only when that can matter: a restored quote's is mostly the rules' or confirmed.)
        by = "rules" if draft.voice is None else draft.voice_by
        confirmed = draft.confirmed
        if not confirmed and by != "rules" and (voice, speaker) != attr.derive_voice(
                article, draft.start, draft.end, kind):
            confirmed = stamp
        line_key = (draft.article_id, voice, speaker, kind)
        if line_key not in lines:  # the same few per article: an import builds each once
            lines[line_key] = (attr.attribution(article, voice, speaker, kind),
                               attr.who(article, voice, speaker, kind))
        rows.append((draft.uuid or str(uuidlib.uuid4()), draft.article_id, sel.exact,
                     sel.prefix, sel.suffix, sel.start, sel.end, kind, voice, speaker,
                     draft.note or "", tags_json, draft.color or None,
                     *lines[line_key], stamp, draft.updated or stamp,
                     attr.check_reason(article, draft.start, draft.end, voice, speaker, kind),
                     confirmed, by))
        tag_rows.append(tags)
    return rows, tag_rows


def _kind(article: Any, start: int, end: int, shown_as: str | None) -> str | None:
    """The block kind a quote is saved with: as the reader showed it, else its block's."""
    if shown_as is not None:
        if shown_as not in get_args(BlockKind):
            raise ValueError(N_("Library", "{shown_as!r} is not a kind of block").format(shown_as=shown_as))
        return shown_as
    block = attr.block_for(article, start, end)
    return block.kind if block else None


def voice_for(article: Any, start: int, end: int, voice: str | None, speaker: str | None,
              block_kind: str | None = None) -> tuple[str, str | None]:
    """The voice a quote is saved with: derived where none is given, else the given one, checked."""
    if voice is None:
        return attr.derive_voice(article, start, end, block_kind)
    if voice not in attr.VOICES:
        raise ValueError(N_("Library", "voice must be one of {voices}, not {voice!r}")
                         .format(voices=', '.join(attr.VOICES), voice=voice))
    if voice == "speaker":
        if not speaker or not speaker.strip():
            raise ValueError(N_("Library", "a quote in a speaker's voice needs the speaker's name"))
        return voice, speaker.strip()
    return voice, None
