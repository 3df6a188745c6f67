"""Another voice the quotation may be: doubts ``trust`` asks of a proven shape's answer about who else
could have said the words, read from the text around the quotation rather than from the index alone.

Fresh articles (sets 7 and 8) had a different person saved with no mark: an interviewer's question given
to the interviewee ("When I asked, "…?" she answered"), a supervisor's words given to the author who
recalls them ("X describes … being told by her supervisor, "…""), a second rider's words given to the
first ("…," he said. Another rider, Fatima Noor, was less sure: "…"), and a body's acronym given an
officer's "he told Gulf News".
"""

from __future__ import annotations

import re

from qtapp.article.quotations.lexicon import (
    FUNCTION_WORDS,
    MONTHS_DAYS,
    PARTICIPLES,
    PROPER_RE,
    REPORT_VERBS,
    ROLE_TITLES,
    VERB_RE,
)
from qtapp.article.quotations.names import clean
from qtapp.article.quotations.people import DOUBTFUL, Person
from qtapp.article.quotations.rules import Attribution, Quote

_ANSWER_VERBS = frozenset("answered answers replied replies responded responds".split())
# "… and asked, “", "put the question: “": the words are a question someone asked just before the quotation
_ASKED_BEFORE = re.compile(r"\b(?:asked|asking|wondered|inquired|enquired)\s*[,:]?\s*$")
_ASKED_BY_US = re.compile(r"\b(?:I|we|We)\s+(?:\w+\s+){0,2}?(?:asked|ask|put\s+it\s+to|wondered)\b")


# Doubts that leave the quotation with no speaker rather than a likely wrong one: a question the
# interviewer asked, words the speaker was told by someone else.
NOBODY = frozenset({"question", "told_by"})


def nobody_s(q: Quote, said: Attribution) -> str | None:
    """The doubts of ``NOBODY`` alone: asked before any other, since they take the speaker away rather than
    mark them (a name in doubt too must not keep "told by an old engineer, "…"" for the one who recalls it)."""
    return _question(q, said) or _verb_between(q, said)


def other_voice(q: Quote, said: Attribution, person: Person) -> str | None:
    """The first sign that the words may be someone else's than ``person``'s, or None."""
    return (_question(q, said) or _verb_between(q, said) or _named_since(q, said, person)
            or _acronym_as_person(said, person) or _someone_unnamed_since(q, said, person)
            or _spoke_since(q, said, person) or _replies_to_self(q, said))


_REPLY_VERBS = _ANSWER_VERBS | frozenset("retorted retorts countered counters".split())


def _replies_to_self(q: Quote, said: Attribution) -> str | None:
    """ "“…?” Correa asks. “…,” she replies": a he/she that answers the paragraph's quotation just before is
    the other one in the talk, not the one who asked (nobody answers themselves): ``answerer`` instead."""
    if said.how != "pronoun" or said.rule != "speech_verb_after" or q.previous is None:
        return None
    if q.previous[0].speaker != said.speaker:
        return None
    verb = VERB_RE.search(q.around.tail, 0, 40)
    return "replies_to_self" if verb is not None and verb.group() in _REPLY_VERBS else None


_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def answerer(q: Quote, asker: Person) -> Person | None:
    """Whom the he/she of "…," she replies means when it is not the one just quoted: the pronoun's most
    recent compatible person, leaving the asker out ("Carmen Duarte and Iker Salaberri … Salaberri asks.
    "…," she replies" → Carmen Duarte)."""
    word = _HE_SHE.search(q.around.tail, 0, 40)
    return q.people.pronoun(word.group(), q.at, q.block, besides=asker) if word is not None else None


# where a subject may stand: a sentence's opening, or set off by a comma ("…, Ma Jianguo, told me")
_SUBJECT_OPENS = re.compile(r"(?:^|[.!?:;,][\"”’']?\s+|^\s*)$")
_SPEAKS_AFTER = re.compile(r"(?:,[^,.;:\"“”]{1,100},|,)?\s*(?:also\s+|later\s+|then\s+)?(?=[a-z])")


def _spoke_since(q: Quote, said: Attribution, person: Person) -> str | None:
    """A he/she after a sentence in which someone else speaks ("…, Ma Jianguo, told me … "…," he said."):
    the pronoun is likelier that speaker's, even one the index did not take for a person, than the
    person named before them. A name the index knows as someone the pronoun cannot mean is no rival.
    Read in the quotation's paragraph only, from the person's last mention there (600 characters at most)."""
    if said.how != "pronoun":
        return None
    last = next((m.at for m in q.people.before(q.at, q.block) if m.person is person), None)
    start = 0 if last is None or last < q.offset else last - q.offset + 1
    start = max(start, q.span.start - _UNNAMED_REACH)  # bounded: a megabyte paragraph is read near the quote
    own = set((person.name or "").split()) | set(said.named.split())
    gap_end = q.span.start
    for run in PROPER_RE.finditer(q.masked, start, gap_end):
        words = run.group().split()
        if len(words) < 2 or all(w in own or w.lower() in ROLE_TITLES for w in words) or own <= set(words):
            continue  # "Vice Minister Arman Dzhaksybekov, said": the person's own run, with its role
        if not _SUBJECT_OPENS.search(q.masked, max(0, run.start() - 3), run.start()):
            continue  # "Dolores Begay, whose sons attend Kirtland Elementary, said": not a subject
        lead = _SPEAKS_AFTER.match(q.masked, run.end(), gap_end)
        verb = VERB_RE.match(q.masked[lead.end():gap_end]) if lead is not None else None
        if verb is None or verb.group() not in REPORT_VERBS or verb.group() in PARTICIPLES:
            continue
        named = clean(run.group())
        other = q.people.named(named.name) if named is not None else None
        if other is not None and (other is person or other.kind != person.kind or other.sex not in
                                  (None, DOUBTFUL, person.sex)):
            continue  # "…, a civic group, Tidewater Watch, urged": a body is no he or she
        return "pronoun_ambiguous"
    return None


# a sentence that opens on someone unnamed: "A sand contractor who …", "One resident …", "Another trader …"
_UNNAMED_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s*)(?:A|An|One|Another)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                            r"[a-z][\w\-]*(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ary|ive|ief|ch|ess|ic|ner|al)"
                            r"(?=\s*,|\s+(?:who|whose|said|says|told|added)\b)")
_UNNAMED_REACH = 600  # how far back from the quotation the he/she's person is looked for


def _someone_unnamed_since(q: Quote, said: Attribution, person: Person) -> str | None:
    """A he/she after the sentence that brings in someone unnamed ("A sand contractor who did not want to be
    named said … "…," he said."): the pronoun is likelier the unnamed one's than the person named before."""
    if said.how != "pronoun":
        return None
    last = next((m.at for m in q.people.before(q.at, q.block) if m.person is person), None)
    if last is None or q.at - last > _UNNAMED_REACH:
        return None
    text = q.article_text
    if text.find("A", last, q.at) < 0 and text.find("One", last, q.at) < 0:
        return None  # no sentence there opens on "A …", "An …", "Another …", "One …"
    return "pronoun_ambiguous" if _UNNAMED_OPENS.search(text, last, q.at) else None


def _question(q: Quote, said: Attribution) -> str | None:
    """A question whose asker the text gives as "I"/"we" (the interviewer), or that someone "answered":
    the one who answers did not ask it."""
    if q.text.rstrip(" '’\"”")[-1:] != "?":  # most quotations: a plain test before any pattern
        return None
    if _ASKED_BY_US.search(q.around.sentence_lead[-120:]):
        return "question"
    if said.rule == "speech_verb_after" and _ASKED_BEFORE.search(q.around.sentence_lead[-40:]):
        return "question"  # "When Lehtonen asked, "…?", Hyvärinen laughed.": the asker is before, not after
    if said.rule != "speech_verb_after":
        return None  # "…?" Nobody on the dais answered.: the asker was named before
    verb = VERB_RE.search(q.around.tail, 0, 160)
    if verb is not None and verb.group() in _ANSWER_VERBS:
        return "question"
    return None


_TOLD_BY = re.compile(r"\b(?:told|asked|warned|reminded|advised|informed|assured|taught)\s+by\b")


def _verb_between(q: Quote, said: Attribution) -> str | None:
    """Between the cue and the quotation, someone else's words reported in the passive ("describes …
    being told by her supervisor, "…""): the quotation is the one who told, not the cue's subject. (An
    active verb is most often the same subject's: "said … and urged the city to consider "…"".)"""
    if said.cue < 0 or said.cue >= q.span.start or q.masked.find(" by", said.cue, q.span.start) < 0:
        return None
    return "told_by" if _TOLD_BY.search(q.masked, said.cue, q.span.start) else None


def _named_since(q: Quote, said: Attribution, person: Person) -> str | None:
    """A quotation carried on from the paragraph's earlier one, with a capitalised name in the sentence that
    leads into it that is not the speaker's ("…," he said. Another rider, Fatima Noor, was less sure: "…"), even one
    the index did not take for a person."""
    if said.how != "carried" or q.previous is None:
        return None
    # from the sentence that leads into this quotation: the earlier one's own attribution ("…," said Tian
    # Jun, a rider in Jiulongpo. "…") names its speaker and where they are
    gap = q.masked[max(q.previous[1], q.around.lead_start):q.span.start]
    own = set((person.name or "").split()) | set(said.named.split())
    for run in PROPER_RE.finditer(gap):
        words = run.group().split()
        if all(w in own for w in words):
            continue
        low = words[0].lower()
        if len(words) == 1 and (low in FUNCTION_WORDS or low in MONTHS_DAYS or low in ROLE_TITLES):
            continue  # "Another", "But", "Tuesday", "Minister": a sentence's opening word, a day, a title
        if len(words) == 1 and _sentence_opening(gap, run.start()):
            continue
        return "named_since"
    return None


def named_in_lead(q: Quote, said: Attribution) -> str | None:
    """The one name of two words or more in a lead that ends on a colon ("Another rider, Fatima Noor, was
    less sure: "…""): whom the sentence introduces as speaking, even one the index did not take for a
    person. None when the lead names no one, or more than one."""
    lead = q.masked[max(q.previous[1] if q.previous else 0, q.around.lead_start):q.span.start]
    if not lead.rstrip(" \"“‘'").endswith(":"):
        return None
    runs = {run.group() for run in PROPER_RE.finditer(lead) if " " in run.group()} - {said.speaker}
    return runs.pop() if len(runs) == 1 else None


def acronym_given_pronoun(said: Attribution, person: Person) -> bool:
    """ "RTA" given a he/she (the index took the acronym for a person)."""
    name = person.name or ""
    return (said.how == "pronoun" and person.gender in ("m", "f") and len(name) >= 2
            and name.replace("-", "").isupper())


def _sentence_opening(text: str, at: int) -> bool:
    head = text[:at].rstrip()
    return not head or head[-1] in ".!?:\"“”"


def _acronym_as_person(said: Attribution, person: Person) -> str | None:
    """ "RTA" given a he/she: a body's acronym takes no pronoun of a person; the he/she is someone the
    index read as an acronym's (the officer named in the same sentence)."""
    return "org_as_person" if acronym_given_pronoun(said, person) else None
