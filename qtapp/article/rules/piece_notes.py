"""A note about the piece itself, read by its grammar rather than by one outlet's wording.

The editors say where the piece comes from in a sentence whose subject is the piece ("This article first
appeared in …", "The following commentary was first carried by …", "This commentary was written for CGTN
and is carried by …") or an outlet that publishes it ("Bhutan Live publishes below the full text of …"), or
by a platform's forward mark ("Forwarded from …"). Such a sentence is the editors' words, never the
author's; it stands at the page's head or foot (the block rules ask only there). Who published the piece
is for ``notes.REPRINT_RULES`` to say: this module reads only the block's kind.
"""

from __future__ import annotations


from qtapp.article.rules.engine import Rule, first, per_line, rule
from qtapp.article.rules.furniture import LANGUAGE_NAMES
from qtapp.article.lazy_patterns import compile_lazily

MAX_PIECE_NOTE = 400  # a sentence or two; a paragraph of the story is longer
_PIECES = (r"(?:article|op-?ed|opinion|commentary|piece|story|column|report|editorial|essay|statement|interview|"
           r"analysis|feature|post|release|letter|review|text|transcript|translation|dispatch|speech|address)s?")
_PUBLISHING = (r"(?:published|republished|re-published|appeared|ran|carried|reprinted|reproduced|distributed|"
               r"syndicated|shared|posted|written\s+for|produced\s+for|commissioned\s+by|translated|issued|"
               r"made\s+available)")
# "This article first appeared in …", "The following opinion column by Dr. X, a director of Y, was published …"
_PIECE_SUBJECT = compile_lazily(
    rf"^(?:This|The\s+following|The\s+above)\s+(?:[\w-]+\s+){{0,2}}?{_PIECES}\b"
    rf"(?:\s+by\s+[^,]{{2,60}}?)?(?:,\s+[^,]{{2,80}},)?"
    rf"\s+(?:(?:was|is|has\s+been|had\s+been|were|are)\s+)?(?:(?:first|originally|previously|also)\s+)?"
    rf"{_PUBLISHING}\b")
# "Bhutan Live publishes below the full text of a statement …", "Turkmenistan Today publishes the full text …"
_OUTLET_PUBLISHES = compile_lazily(
    r"^(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s+(?:publishes|republishes|reprints|carries|runs|"
    r"reproduces|shares)\s+(?:below\s+|here\s+)?(?:the\s+(?:full\s+)?(?:text|following|statement)\b|this\s+"
    rf"{_PIECES}\b|the\s+{_PIECES}\s+below\b)")
_FORWARDED = compile_lazily(r"^(?:Forwarded|Reposted|Cross-posted|Shared)\s+from\s+[@A-Z]")
_SENTENCES = compile_lazily(r"[.!?](?:\s+|$)")


@rule("piece_note.piece_published")
def piece_published(text: str) -> bool | None:
    """'This article first appeared in Armenpress …', 'The following commentary was first carried by CGTN.'; not
    'This article was originally published in Portuguese.', which says the story's language, no outlet."""
    if not _PIECE_SUBJECT.match(text):
        return None
    language = _IN_LANGUAGE.search(text)
    return None if language and language.group(1).lower() in LANGUAGE_NAMES else True


_IN_LANGUAGE = compile_lazily(r"\bin\s+([A-Z][a-z]+)\.?$")


@rule("piece_note.outlet_publishes")
def outlet_publishes(text: str) -> bool | None:
    """'Bhutan Live publishes below the full text of a statement issued this evening by …'."""
    return True if _OUTLET_PUBLISHES.match(text) else None


@rule("piece_note.forwarded")
def forwarded(text: str) -> bool | None:
    """'Forwarded from Ministry of Energy of the Republic of Moldova': a post carried from another channel."""
    return True if _FORWARDED.match(text) and len(text) <= 120 else None


PIECE_NOTE_RULES: tuple[Rule[bool], ...] = (piece_published, outlet_publishes, forwarded)


@per_line
def piece_note_rule(text: str) -> tuple[bool, str] | None:
    """(True, the rule that read it) when ``text`` is a short note about where the piece comes from."""
    if len(text) > MAX_PIECE_NOTE or len(_SENTENCES.findall(text)) > 3:
        return None
    return first(PIECE_NOTE_RULES, text.strip())
