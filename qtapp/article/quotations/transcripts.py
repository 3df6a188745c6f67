"""Whose turn a quotation is in: a transcript or briefing sets each turn after its speaker's name and a colon
("Lin Kuan-yu: Good afternoon. …"), and a quotation inside the turn that no other cue gives to anyone is the
turn's speaker's own ("What I would say is this: "…""). The prose rules read a colon's label only before a
quotation, so the words of a turn that quotes itself had no speaker on fresh sets 12 and 14. ``trust``
leaves its answers unmarked on its record (right in every case it answered, corpus and sets 5-14).
"""

from __future__ import annotations

import re

from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.quotations.lexicon import PROPER, VERB_RE
from qtapp.article.quotations.names import clean

# "Ana Ruiz: " opening the block: a name alone, a colon, then the turn's words
_TURN_LABEL = compile_lazily(rf"^[ \t]*(?P<label>{PROPER})[ \t]*:[ \t]+(?=\S)")
_FIRST_PERSON = compile_lazily(r"(?:^|[\s,])(?:I|[Ww]e)\s+(?:(?:would|will|have|had|also|once|always)\s+)?$")
_MOST_LEAD = 300  # how far before the quotation the turn's own words are read: bounded, linear in the block


def turn_speaker(block: str, masked: str, start: int, lead: str, tail_has_cue: bool) -> str | None:
    """The full name labelling the turn the quotation at ``start`` opens in, when nothing else in the turn
    speaks before it: no speech verb in its lead but one whose subject is I or we, no verb after it
    (``tail_has_cue``: another rule's shape), no quotation mark before it in the turn."""
    if tail_has_cue:
        return None
    label = _TURN_LABEL.match(masked)
    if label is None or label.end() > start or start - label.end() > _MOST_LEAD:
        return None
    words = masked[label.end():start - 1]
    if not words.strip() or '"' in words or "“" in words:
        return None  # the turn opens on the quotation (``interviews``), or quoted earlier: other rules' shapes
    named = clean(label.group("label"))
    if named is None or named.kind != "person" or named.many or named.role or " " not in named.name:
        return None  # "Q:", "Moderator:", "Minister Adam:": not a full name
    for verb in VERB_RE.finditer(lead):
        if not _FIRST_PERSON.search(lead, 0, verb.start()):
            return None  # "… the council said "…"": someone else's words, for the other rules
    return named.name


# "A: No. As I told the board, "…"": an interview's answer turn, after a "Q:" turn earlier in the article
_ANSWER_LABEL = re.compile(r"^[ \t]*A[ \t]*:[ \t]+(?=\S)")
_QUESTION_TURN = "\n\nQ:"


_QUESTION_LABEL = re.compile(r"^[ \t]*Q[ \t]*:[ \t]+(?=\S)")
_SECOND_PERSON = compile_lazily(r"(?:^|[\s,])[Yy]ou\s+(?:(?:once|have|had|also|yourself)\s+)?$")


def answer_turn(masked: str, start: int, lead: str, tail_has_cue: bool, before: str) -> bool:
    """Whether the quotation at ``start`` is the answerer's own words quoted in a Q&A: in an "A:" turn after a
    "Q:" turn (``before``: the article's text before the block), every speech verb before it the answerer's
    "I"/"we" (the same lead test as a named turn); or in a "Q:" turn, every one the question's "you" ("You once
    called the station "…""). Never a turn that opens on the quotation, nor one that quoted before it."""
    if tail_has_cue:
        return False
    label = _ANSWER_LABEL.match(masked)
    subject = _FIRST_PERSON
    if label is None:
        label, subject = _QUESTION_LABEL.match(masked), _SECOND_PERSON
    elif _QUESTION_TURN not in before[-_MOST_QUESTION:]:
        return False
    if label is None or start - label.end() > _MOST_LEAD:
        return False
    words = masked[label.end():start - 1]
    if not words.strip() or '"' in words or "“" in words:
        return False
    verbs = list(VERB_RE.finditer(lead))
    return bool(verbs) and all(subject.search(lead, 0, verb.start()) for verb in verbs)


_MOST_QUESTION = 4000  # how far back the answer's question is looked for: bounded, linear in the article
