"""Cite a saved quote in any CSL style: the passage, its in-text citation (or note) and its reference.

Rendering is citeproc-py's, with our fixes for its known defects applied first. Whose words a quote
is changes the citation, not just the prose around it: a quoted speaker is cited through the author
("Xi, as cited in Wang, 2024"), a passage of the editor's note is cited to the publisher's editors.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from qtapp.library.citation import citeproc_cache, citeproc_fixes
from qtapp.library.citation.csl_item import article_item, as_record
from qtapp.library.citation.styles import style_path

_lock = threading.Lock()  # a parsed style is shared and citeproc-py keeps render state on it
_spells_cache: dict[tuple[Any, ...], bool] = {}  # (style, type, given names) -> style spells them out


@dataclass(frozen=True)
class Citation:
    """One quote cited in one style; ``*_html`` carry the style's italics as ``<i>``."""

    style: str
    quote: str
    in_text: str
    in_text_html: str
    text: str
    html: str
    is_note: bool

    def plain(self) -> str:
        """What the clipboard gets as plain text: passage, citation, reference."""
        head = f"{self.quote}\n\n{self.in_text}" if self.is_note else f"{self.quote} {self.in_text}"
        return head if self.text == self.in_text else f"{head}\n\n{self.text}"

    def rich(self) -> str:
        """The same as HTML, for rich-text targets."""
        quote = html.escape(self.quote, quote=False)
        head = (f"<p>{quote}</p><p>{self.in_text_html}</p>" if self.is_note
                else f"<p>{quote} {self.in_text_html}</p>")
        return head if self.html == self.in_text_html else f"{head}<p>{self.html}</p>"


def typographic_quote(text: str) -> str:
    """The passage in curly double quotes, its own double quotes turned to single ones.

    A straight quote opens when a blank, a bracket or a dash (or nothing) comes before it, and closes
    otherwise, as typesetters read them: counting them by parity turned a passage's closing mark after
    an unquoted start into an opening one (“…generation,‘”).
    """
    inner = text.strip().replace("“", "‘").replace("”", "’")
    out = []
    for index, char in enumerate(inner):
        if char == '"':
            opens = index == 0 or inner[index - 1].isspace() or inner[index - 1] in "([{—–-/"
            char = "‘" if opens else "’"
        out.append(char)
    return f"“{''.join(out)}”"


def speaker_short_name(speaker: str, text: str | None = None) -> str:
    """The name an in-text citation uses for a speaker: the part the article uses on its own.

    "Xi Jinping" is "Xi" because the text says "President Xi"; without such a mention, the family name
    as the name rules read it ("Luo Meixin" → "Luo", "Ana María de la Cruz" → "de la Cruz"). An
    organisation is cited by its whole name: "Ministry of Mines", never "Mines".
    """
    from qtapp.article.names import author_from_name
    from qtapp.article.quotations.names import clean

    parts = speaker.split()
    if len(parts) < 2:
        return speaker
    named = clean(speaker)
    if named is not None and named.kind == "org":
        return speaker
    if text:
        rest = text.replace(speaker, " ")
        counts = [len(re.findall(rf"(?<!\w){re.escape(p)}(?!\w)", rest)) for p in parts]
        if max(counts) > 0 and counts.count(max(counts)) == 1:
            return parts[counts.index(max(counts))]
    return author_from_name(speaker).family or parts[-1]


def _patch_citeproc() -> None:
    """Our fixes of citeproc-py's defects, and the memos that make its rendering affordable."""
    citeproc_fixes.apply()
    citeproc_cache.apply()


@functools.lru_cache(maxsize=16)
def _load(path: str) -> CitationStylesStyle:
    return CitationStylesStyle(path, validate=False)


def _speaker_prefix(style_id: str, is_note: bool, speaker: str, short: str) -> str:
    if is_note:
        return f"{speaker}, quoted in "
    if style_id.startswith("modern-language-association"):
        return "qtd. in "
    if style_id.startswith("chicago"):
        return f"{short}, quoted in "
    return f"{short}, as cited in "


def _escaped(value: Any, key: str = "") -> Any:
    """Every text of a CSL item as HTML text (``<``, ``>``, ``&`` escaped); its id and type as they are."""
    if isinstance(value, str):
        return value if key in ("id", "type") else html.escape(value, quote=False)
    if isinstance(value, dict):
        return {k: _escaped(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_escaped(v, key) for v in value]
    return value


def _prefix_for(style_id: str, is_note: bool, voice: str, speaker: str | None, text: str | None) -> str | None:
    if voice == "speaker" and speaker:  # the apostrophes typographic, as in the names it precedes
        short = speaker_short_name(speaker, text)
        return _speaker_prefix(style_id, is_note, speaker, short).replace("'", "\u2019")
    return None


def citation_prefix(record: Any, style: str = "apa", *, text: str | None = None) -> str | None:
    """The prefix ``cite`` puts before the author for a quoted speaker ("Xi, as cited in "), or None."""
    data = as_record(record)
    path = style_path(style)
    with _lock:
        is_note = _load(str(path)).root.get("class") == "note"
    return _prefix_for(path.stem, is_note, data.get("voice") or "author", data.get("speaker"), text)


def _registered(style: CitationStylesStyle, item: dict[str, Any], static: bool, prefix: str | None,
                output: Any) -> tuple[CitationStylesBibliography, CslCitation]:
    """A one-item bibliography with the item's citation registered: what both renders start from."""
    names = item.get("author", [])
    flagged = [i for i, n in enumerate(names) if n.get(citeproc_fixes.STATIC_ORDERING)]
    plain_item = dict(item, author=[citeproc_fixes.typographic_name(
        {k: v for k, v in n.items() if k != citeproc_fixes.STATIC_ORDERING}) for n in names]) if names else item
    source = CiteProcJSON([plain_item])
    key = str(item["id"]).lower()
    if static:
        for index in flagged:  # set after parsing: citeproc-py warns on a key it does not know
            citeproc_fixes.mark_static_ordering(source[key]["author"][index])
    bibliography = CitationStylesBibliography(style, source, output)
    cite = CitationItem(key, prefix=prefix) if prefix else CitationItem(key)
    citation = CslCitation([cite])
    bibliography.register(citation)
    return bibliography, citation


def _in_text(bibliography: CitationStylesBibliography, citation: CslCitation) -> str:
    return str(bibliography.cite(citation, lambda _item: None))


def _entry(style: CitationStylesStyle, bibliography: CitationStylesBibliography) -> str | None:
    """The bibliography entry, or None for a style without a bibliography."""
    entries = [str(e) for e in bibliography.bibliography()] if style.has_bibliography() else []
    return entries[0] if entries else None


_TAG = re.compile(r"<[^>]+>")


def _strip_tags(markup: str) -> str:
    return html.unescape(_TAG.sub("", markup))


def _spells_given_names(entry: str | None, item: dict[str, Any]) -> bool:
    """Whether the style prints given names in full (then a family-first name keeps its order)."""
    givens = [n["given"] for n in item.get("author", []) if n.get("given")]
    return bool(entry) and any(g in str(entry) for g in givens)


def _keeps_name_order(style: CitationStylesStyle, path: str, item: dict[str, Any]) -> bool:
    """Whether family-first names keep their order: only in styles that spell given names out.

    APA-like styles reduce given names to initials and invert with a comma ("Wang, H."), which is right
    for any name. The answer is probed once per (style, item type, given names), from the entry alone.
    """
    if not any(n.get(citeproc_fixes.STATIC_ORDERING) for n in item.get("author", [])):
        return False
    key = (path, item["type"], tuple(n.get("given") for n in item["author"]))
    if key not in _spells_cache:
        probe, _ = _registered(style, item, False, None, formatter.plain)
        _spells_cache[key] = _spells_given_names(_entry(style, probe), item)
    return _spells_cache[key]


def _without_static_ordering(item: dict[str, Any]) -> dict[str, Any]:
    names = item.get("author")
    if not names:
        return item
    return dict(item, author=[{k: v for k, v in n.items() if k != citeproc_fixes.STATIC_ORDERING}
                              for n in names])


def cited_item(record: Any, style: str = "apa") -> dict[str, Any]:
    """The CSL-JSON item ``cite(record, style)`` renders, as any CSL processor would take it: a
    family-first name is flagged ``static-ordering`` only where the style keeps its order."""
    _patch_citeproc()
    data = as_record(record)
    path = style_path(style)
    item = article_item(data.get("article") or {}, voice=data.get("voice") or "author",
                        block_kind=data.get("block_kind"))
    with _lock:
        static = _keeps_name_order(_load(str(path)), str(path), item)
    return item if static else _without_static_ordering(item)


def cite(record: Any, style: str = "apa", *, text: str | None = None) -> Citation:
    """Cite a quote record (store record or ``quotes list --json`` dict) in ``style``.

    ``text`` is the article's text, used only to find the short name a speaker goes by.
    """
    _patch_citeproc()
    data = as_record(record)
    path = style_path(style)
    voice, speaker = data.get("voice") or "author", data.get("speaker")
    # citeproc-py writes field values into its HTML as they are: escaped first, a page's title
    # "<img src=…>" stays text in the clipboard's HTML (and comes back whole in the plain text).
    item = _escaped(article_item(data.get("article") or {}, voice=voice, block_kind=data.get("block_kind")))
    with _lock:
        parsed = _load(str(path))
        is_note = parsed.root.get("class") == "note"
        prefix = _prefix_for(path.stem, is_note, voice, speaker, text)
        prefix = html.escape(prefix, quote=False) if prefix is not None else None
        static = _keeps_name_order(parsed, str(path), item)
        # Rendered once, as HTML; the plain text is that HTML without its tags (citeproc is the cost).
        bibliography, citation = _registered(parsed, item, static, prefix, formatter.html)
        in_html = _in_text(bibliography, citation)
        entry_html = _entry(parsed, bibliography)
        in_text, entry = _strip_tags(in_html), (_strip_tags(entry_html) if entry_html is not None else None)
    return Citation(style=path.stem, quote=typographic_quote(str(data.get("text") or "")),
                    in_text=in_text, in_text_html=in_html, text=entry or in_text,
                    html=entry_html or in_html, is_note=is_note)


def reference_html(article: Mapping[str, Any], style: str = "apa") -> str:
    """The article's reference as HTML: ``cite({"article": article}, style).html``, for half the work.

    A listing by article (the Markdown export) prints only this. The in-text citation is half of
    citeproc's work, so it is rendered only for a style without a bibliography entry to print.
    """
    _patch_citeproc()
    path = style_path(style)
    item = article_item(article)
    with _lock:
        parsed = _load(str(path))
        static = _keeps_name_order(parsed, str(path), item)
        bibliography, citation = _registered(parsed, item, static, None, formatter.html)
        return _entry(parsed, bibliography) or _in_text(bibliography, citation)
