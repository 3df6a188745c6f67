"""The speaker rules, in the order they are tried. Each reads one shape of attribution and returns an
``Attribution`` (speaker, rule name, confidence), or None when its shape is not there.

A rule that finds its cue but cannot tell who is meant ("…," he said, with two men just named, or an
unnamed "executive") returns an Attribution with speaker None: the search stops there, because a
later, weaker rule would only guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.quotations.context import Around
from qtapp.article.quotations.lexicon import NAMING_VERBS, PARTICIPLES, PROPER, PROPER_RE, REPORT_VERBS, VERB_RE
from qtapp.article.quotations.names import clean
from qtapp.article.quotations.people import _ROLE_NOUN_WORD, People
from qtapp.article.quotations.spans import Span
from qtapp.article.quotations.subjects import (
    Resolved,
    Subject,
    resolve,
    subject_after,
    subject_before,
    subject_coordinated,
    subject_whole,
)
from qtapp.article.quotations.transcripts import answer_turn, turn_speaker

CONFIDENCE = {"name": 0.95, "voice": 0.85, "role": 0.85, "pronoun": 0.8}


class Attribution(NamedTuple):
    speaker: str | None
    rule: str | None
    confidence: float
    how: str = ""  # how the subject named the speaker: "name", "pronoun", "role", "voice", "carried", …
    cue: int = -1  # where in the block the cue before the quotation ends (a verb before it), else -1
    doubt: str | None = None  # why the speaker needs a reader's check (``trust.DOUBTS``), set by ``trust``
    named: str = ""  # the speaker's name as the cue wrote it ("Fischer" for Elena Fischer), when it named them


NONE = Attribution(None, None, 0.0)
_NOBODY: dict[str, Attribution] = {}  # each rule's answer that found its cue and no one (a tuple: shared)
_ENDS_FULL_STOP = re.compile(r"[.]['’]?\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?]['’]?\s*$")
_ENDS_ASKING = re.compile(r"[!?]['’]?\s*$")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


@dataclass(slots=True)  # slots: made once per quotation, its fields read by every rule
class Quote:
    """One quotation and what the rules may read around it."""

    text: str  # the quoted words
    span: Span
    block: int
    block_text: str
    masked: str  # the block with every quotation's words blanked
    offset: int  # the block's start in the article
    around: Around
    people: People
    previous: tuple[Attribution, int] | None  # the block's previous quotation and where it ended
    following: str  # the words after this quotation's block, up to 200 characters (the next block)
    only_quote: bool  # the block holds nothing but quotations
    carried: str | None  # the speaker the previous paragraph ended with, if it ended quoting them
    article_text: str = ""  # the whole article's text, where ``trust`` reads how people were introduced

    @property
    def at(self) -> int:
        return self.offset + self.span.start


def _attribute(resolved: Resolved, rule: str, scale: float = 1.0, cue: int = -1) -> Attribution:
    if resolved.speaker is None:
        return _NOBODY.get(rule) or _NOBODY.setdefault(rule, Attribution(None, rule, 0.0))  # one per rule
    return Attribution(resolved.speaker, rule, round(CONFIDENCE.get(resolved.how, 0.7) * scale, 2), resolved.how,
                       cue, named=resolved.named)


def speech_verb_after(q: Quote) -> Attribution | None:
    """ "…," said board chair Elena Fischer. / "…," Fischer said. / "…," she said. / "…," the mayor added."""
    tail = q.around.tail
    if tail.lstrip()[:1].isupper() and _ENDS_FULL_STOP.search(q.text):
        return None  # a new sentence starts after the quotation
    cue = _verb_after(tail)
    if cue is None:
        return None
    subject, verb, inverted, verb_end = cue
    resolved = resolve(subject, q.people, q.at, q.block)
    if resolved.speaker is None and subject.kind in ("role", "unnamed"):
        ahead = named_next(q, subject.text.split())  # "…," said the minister. The minister, Ana Ruiz, …
        if ahead is None and inverted:
            ahead = named_in_apposition(tail[verb_end:])
        if ahead is not None:
            return ahead
    if resolved.speaker is None and _ENDS_ASKING.search(q.text) and tail.lstrip()[:1].isupper():
        return None  # "…where do we expect them to look?" Nobody on the dais answered.  (a new sentence)
    if resolved.speaker is None and subject.kind == "pronoun":
        return pronoun_adding(q, subject.text, verb) or _attribute(resolved, "speech_verb_after")
    return _attribute(resolved, "speech_verb_after")


@lru_cache(maxsize=4096)  # pure: a tail's own words, asked again of every quotation with the same tail
def _verb_after(tail: str) -> tuple[Subject, str, bool, int] | None:
    """(the subject, the speech verb, whether the subject follows it, where the verb ends) of the
    first speech verb in ``tail``, for ``speech_verb_after``; None when there is none or no subject."""
    verb = VERB_RE.search(tail, 0, 160)
    if not verb or verb.group() not in REPORT_VERBS or verb.group() in PARTICIPLES:
        return None
    prefix = tail[:verb.start()]
    inverted = not prefix.strip(" ,—–-")
    subject = subject_after(tail[verb.end():]) if inverted else subject_whole(prefix)
    if subject is None:
        return None
    return subject, verb.group(), inverted, verb.end()


_NAME_GIVEN = compile_lazily(rf"^\s+(?:the|an?)\s+[^,.;:\"“”]{{1,60}},\s+(?:whose\s+(?:full\s+|real\s+)?name\s+is|"
                         rf"who\s+(?:gave|identified)\s+(?:her|his|their)\s+name\s+as|identified\s+as|named)"
                         rf"\s+(?P<name>{PROPER})")


_ROLE_THEN_NAMED = compile_lazily(rf"^\s+the\s+[a-z][^,.;:\"“”]{{0,60}},\s+(?P<name>{PROPER})\s*(?:[.!?]|$)")


def named_in_apposition(after: str) -> Attribution | None:
    """ "…," said the herder, whose full name is Jaber Kadhim al-Saedi. (the role's person, named in the
    clause that follows it; a full name only). "…," said the mayor of Saint-Louis, Ousmane Badji. (the
    role's person named right after it, ending the sentence: ``role_then_name``, not yet proven)."""
    found = _NAME_GIVEN.match(after)
    rule = "named_in_apposition"
    if found is None:
        found, rule = _ROLE_THEN_NAMED.match(after), "role_then_name"
    named = clean(found.group("name")) if found else None
    if named is None or named.kind != "person" or named.many or " " not in named.name:
        return None
    return Attribution(named.name, rule, 0.85, "name")


_GOING_ON = frozenset("added adds continued".split())


def pronoun_adding(q: Quote, pronoun: str, verb: str) -> Attribution | None:
    """ "…," X said. ¶ "…," she added. (a paragraph opening on "she added" goes on with X's words; with
    "he said" only when that paragraph opens on the quotation and X is the last person named, so the pronoun
    has no one nearer to mean)"""
    if q.previous is not None or not q.around.sentence_start or q.carried is None:
        return None
    known = q.people.named(q.carried)
    wanted = {"he": "m", "she": "f"}.get(pronoun.lower())
    if wanted is None or known is None or known.kind != "person" or known.sex not in (None, wanted):
        return None
    if verb not in _GOING_ON:
        if q.masked[:q.span.start].strip(" \"“”'‘’"):
            return None  # words before the quotation may name someone the index does not know
        last = [m.person for m in q.people.mentions_between(q.at - 400, q.at) if m.person.kind == "person"]
        if not last or last[-1] is not known:
            return None
    return Attribution(q.carried, "pronoun_adding", 0.75, "pronoun")


_ACCORDING = compile_lazily(rf"\b[Aa]ccording\s+to\s+"
                        rf"(?:(?:a|an|the)\s+(?P<head>(?:[\w\-]+\s+){{0,4}}?)(?:by|from|of)\s+)?"
                        rf"(?:the\s+)?(?P<role>(?:[a-z][\w\-]*\s+){{1,4}})?(?P<name>{PROPER})")


# "According to UNE general director Yamilé Echevarría Portuondo": lowercase role words after the body's
# name, then a person; the body only names whom the person works for.
_ROLE_THEN_PERSON = compile_lazily(rf"\s+(?P<role>(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*)\s+(?P<name>{PROPER})")


# "According to the chief executive of the Authority, Farai Makoni, "…"": the person set off after the body.
_APPOSED_PERSON = compile_lazily(rf",\s+(?P<name>{PROPER})\s*,")


_ACCORDING_PRONOUN = re.compile(r"\b[Aa]ccording\s+to\s+(him|her)\s*,?\s*$")


def according_to(q: Quote) -> Attribution | None:
    """According to the World Bank, "…" / "…," according to Professor Hu Jingwen / according to UNE general
    director X (the person, not the body) / According to her, "…" (whom the pronoun means)."""
    if "ccording" not in q.around.lead and "ccording" not in q.around.tail:
        return None  # both patterns need the word: most quotations are spared them
    pronoun = _ACCORDING_PRONOUN.search(q.around.lead)
    if pronoun is not None:
        subject = Subject("pronoun", "he" if pronoun.group(1) == "him" else "she")
        return _attribute(resolve(subject, q.people, q.at, q.block), "according_to", 0.9)
    for text, anchored in ((q.around.lead, False), (q.around.tail, True)):
        match = _ACCORDING.search(text)
        if match and (not anchored or not text[:match.start()].strip(" ,—–-")):
            if not anchored and VERB_RE.search(text, match.end()):
                return None  # a speech verb later in the lead is the cue, not the source
            if match.group("role") and not _ROLE_NOUN_WORD.search(match.group("role").split()[-1]):
                return None  # "according to figures released by X": not a person's title before the name
            name = match.group("name")
            person = _ROLE_THEN_PERSON.match(text, match.end())
            named = clean(person.group("name")) if person is not None else None
            if person is not None and named is not None and named.kind == "person" and " " in named.name:
                if not _ROLE_NOUN_WORD.search(person.group("role").split()[-1]):
                    return Attribution(None, "according_to", 0.0)  # two candidates, neither surely the one
                name = person.group("name")
            head = (match.group("head") or "").split()
            apposed = _APPOSED_PERSON.match(text, match.end()) if head else None
            if apposed is not None and _ROLE_NOUN_WORD.search(head[-1]):
                named = clean(apposed.group("name"))
                if named is not None and named.kind == "person" and " " in named.name:
                    name = apposed.group("name")  # the body only says whose chief executive the person is
            return _attribute(resolve(Subject("name", name), q.people, q.at, q.block), "according_to", 0.9)
    return None


_PASSIVE = re.compile(r"\b(?:been|be|being|was|were|is|are)\s+$")


def speech_verb_before(q: Quote) -> Attribution | None:
    """Mayor Luis Ortega said: "…" / X told reporters that "…" / X called the deal "…" / X said in a statement "…"."""
    found: Attribution | None = None
    subjects, reported = _subjects_before_verbs(q.around.lead)
    for subject, rule, at, verb_end in subjects:
        found = _attribute(resolve(subject, q.people, q.offset + q.around.lead_start + at, q.block), rule, 0.95,
                           q.around.lead_start + verb_end)
    if found is not None:
        return found
    if reported:
        return sentence_subject(q, "sentence_subject")
    return None


@lru_cache(maxsize=4096)  # pure: what a lead's own words say, asked again of every quotation after the same words
def _subjects_before_verbs(lead: str) -> tuple[tuple[tuple[Subject, str, int, int], ...], bool]:
    """(each speech verb's subject, its rule and where the verb starts and ends in ``lead``; whether a reporting
    verb there may have the sentence's subject for its speaker) for ``speech_verb_before``."""
    subjects = []
    verbs = list(VERB_RE.finditer(lead))
    for verb in verbs:
        if verb.group() in PARTICIPLES or _PASSIVE.search(lead, max(0, verb.start() - 12), verb.start()):
            continue  # "airlines had been warned": the verb's subject is not the speaker
        subject = subject_before(lead[:verb.start()]) or subject_coordinated(lead[:verb.start()])
        if subject is None:
            continue
        rule = "naming_verb_before" if verb.group() in NAMING_VERBS else "speech_verb_before"
        subjects.append((subject, rule, verb.start(), verb.end()))
    reported = any(v.group() in REPORT_VERBS and (v.group() not in PARTICIPLES
                                                  or lead[:v.start()].rstrip().endswith(",")) for v in verbs)
    return tuple(subjects), reported


_IN_BEFORE = re.compile(r"\bin\s+$")


def _in_place(q: Quote, at: int) -> bool:
    """ "The consulate in Port Avel said …": a name after "in" is where the sentence's subject is, not who."""
    return bool(_IN_BEFORE.search(q.article_text, max(0, at - 4), at))


def sentence_subject(q: Quote, rule: str) -> Attribution | None:
    """X defended the plan, saying the state had "…" (the one person the sentence names)."""
    start = q.offset + q.around.lead_start
    people = {m.person.name for m in q.people.mentions_between(start, q.at)
              if (m.person.evidence or m.person.kind == "org") and not _in_place(q, m.at)}
    if len(people) != 1 or None in people:
        return None
    return Attribution(people.pop(), rule, 0.75 if rule == "sentence_subject" else 0.6, "sentence")


# The present-tense verbs a statement's words may open with, their subject left outside the marks
_QUOTED_VERBS = frozenset("says calls urges appeals reminds recommends informs asks warns notes stresses "
                          "insists believes considers regrets welcomes condemns rejects expects".split())
_FIRST_WORD = re.compile(r"^([a-z]+)\b")


def subject_outside(q: Quote) -> Attribution | None:
    """The ministry "calls on residents to …" (the subject, then a quotation that opens on its verb)."""
    first = _FIRST_WORD.match(q.text)
    if first is None or first.group(1) not in _QUOTED_VERBS or not q.around.lead.strip():
        return None
    subject = subject_whole(q.around.lead) if VERB_RE.search(q.around.lead) is None else None
    if subject is None or subject.kind == "unnamed":
        return None
    resolved = resolve(subject, q.people, q.at, q.block)
    return _attribute(resolved, "subject_outside", 0.9) if resolved.speaker else None  # else: later rules


_AS_PUT_IT = compile_lazily(rf"(?:^\s*|[.;:]\s+|,\s+)(?:[Aa]s|[Ll]ike)\s+(?P<name>{PROPER})"
                        r"(?:,\s+(?:who|the|an?)\b[^,;:\"“”]{1,100},)?"
                        r"\s+(?:put\s+it|puts\s+it|says|said|told\s+me|tells\s+me|wrote|writes|noted|notes)"
                        r"(?:\s+(?:recently|once|last\s+\w+|this\s+\w+))?,?\s*$")


def as_put_it(q: Quote) -> Attribution | None:
    """As Ma Jun, who runs a clinic, put it, "…" (the one named just before the quotation, by name)."""
    match = _AS_PUT_IT.search(q.around.lead)
    if not match:
        return None
    return _attribute(resolve(Subject("name", match.group("name")), q.people, q.at, q.block), "as_put_it", 0.9)


def continuation_in_block(q: Quote) -> Attribution | None:
    """ "…," said Tian Jun. "…" (the next quotation in the paragraph, nobody else named between)."""
    if q.previous is None or q.previous[0].speaker is None:
        return None
    speaker, since = q.previous[0].speaker, q.previous[1]
    if len(_SENTENCE_STOP.findall(q.masked, since, q.around.lead_start)) <= 1:
        since = q.around.lead_start  # "…," she told the board. "…": who the attribution names is not speaking
    others = {m.person.name for m in q.people.mentions_between(q.offset + since, q.at)
              if m.person.kind == "person"} - {speaker}
    if others or VERB_RE.search(q.around.lead):
        return None
    return Attribution(speaker, "continuation_in_block", 0.85, "carried")


_INVERTED_END = re.compile(r",\s+(?P<subject>(?:[\w.’'\-]+\s+){1,5}?)(?P<verb>said|added|says|adds|explained|"
                           r"continued)(?:\s+(?:on|in|at)\s+[\w ]{1,30})?\.\s*$")


def reported_before(q: Quote) -> Attribution | None:
    """Work starts at night, the commissioner added. "No heap will be left…" (a quotation that is its own
    sentence, right after the paragraph's reported speech that ends on its inverted attribution)."""
    if q.previous is not None or not q.around.sentence_start or not q.around.sentence_end:
        return None
    before = q.masked[max(0, q.around.lead_start - 200):q.around.lead_start]  # bounded: linear in the block
    ending = _INVERTED_END.search(before)
    if ending is None or _SENTENCE_STOP.search(before, ending.start(), ending.end() - 1):
        return None
    subject = subject_whole(ending.group("subject"))
    if subject is None:
        return None
    return _attribute(resolve(subject, q.people, q.offset + q.around.lead_start, q.block), "reported_before", 0.7)


_DEMONSTRATIVE = re.compile(
    r"^\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:how\s+(?P<how>[^.;:]{1,140}?)\s+"
    r"(?:describes?|described|puts?|put|explains?|explained|sees?|saw|recalls?|recalled|remembers?)\b"
    r"|(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:of|from|by)\s+(?P<of>[^.;:]{1,100}))")


def demonstrative_after(q: Quote) -> Attribution | None:
    """ "Nobody knocked on our door." Those were the first words of Marisol Vega, … / That is how X describes it."""
    if not q.around.sentence_start or not _ENDS_SENTENCE.search(q.text):
        return None
    rest = q.block_text[q.span.end + 1:q.span.end + 200]
    after = rest if rest.strip() else q.following
    match = _DEMONSTRATIVE.match(after)
    if not match:
        return None
    name = PROPER_RE.search(match.group("how") or match.group("of") or "")
    if not name or not clean(name.group()):
        return None
    return _attribute(resolve(Subject("name", name.group()), q.people, q.at, q.block), "demonstrative_after", 0.85)


_SUBJECT_AT = 50  # how far into the sentence before its subject may be named ("The former minister, X, …")
_SENTENCE_BACK = 300  # the longest opening sentence read: bounded, linear in the block


def about_before(q: Quote) -> Attribution | None:
    """Benali did not rule out further action. "If nothing changes, December is next." (a quotation that is
    its own sentence right after the paragraph's opening sentence, which opens on one person and reports no
    speech: that person's words; a new shape, marked)."""
    if q.previous is not None or not q.around.sentence_start or not _ENDS_SENTENCE.search(q.text):
        return None
    end = q.around.lead_start
    if end > _SENTENCE_BACK:
        return None  # the paragraph's opening sentence is longer than this rule reads: bounded, linear
    sentence = q.masked[:end]
    if not sentence.strip() or not _ENDS_SENTENCE.search(sentence) or \
            _SENTENCE_STOP.search(sentence, 0, len(sentence.rstrip()) - 1):
        return None  # the sentence before must open the paragraph: after someone's reported words the
        # quotation may go on with them ("…, Ines Barros said. Ruud Smit disagreed. "…"")
    start = 0
    if VERB_RE.search(sentence) or '"' in sentence or "“" in sentence:
        return None  # reported speech of its own, or another quotation: other rules' shapes
    mentions = q.people.mentions_between(q.offset + start, q.offset + end)
    people = {id(m.person): m.person for m in mentions}
    if len(people) != 1:
        return None
    person = mentions[0].person
    lead = len(sentence) - len(sentence.lstrip())
    at = mentions[0].at - q.offset - start
    if person.kind != "person" or not person.name or not person.evidence or at - lead > _SUBJECT_AT:
        return None
    for run in PROPER_RE.finditer(sentence):
        if " " in run.group() and not run.start() <= at < run.end():
            return None  # "X met Petrus Gowaseb": another name the index did not take, who may be the one
    return Attribution(person.name, "about_before", 0.6, "sentence")


def continuation_paragraph(q: Quote) -> Attribution | None:
    """A paragraph that is only "…", right after one that ended quoting X, is X's."""
    if not q.only_quote or q.carried is None:
        return None
    return Attribution(q.carried, "continuation_paragraph", 0.7, "carried")


def colon_intro(q: Quote) -> Attribution | None:
    """Park manager Yang Xiaodong put it simply: "…" (the sentence's one person, then a colon)."""
    if not q.around.lead.rstrip().endswith(":"):
        return None
    opening = _UNNAMED_OPENING.match(q.around.lead)
    return sentence_subject(q, "colon_intro") or (named_next(q, opening.group(1).split()) if opening else None)


_UNNAMED_OPENING = re.compile(r"^\s*(?:A|An|One)\s+((?:[\w\-]+\s+){0,4})")
_NAMED_AFTER = compile_lazily(rf"^\s*The\s+(?P<noun>[a-z][\w\-]*),\s+(?P<name>{PROPER}),")


def named_next(q: Quote, nouns: list[str]) -> Attribution | None:
    """A Kazakh diplomat I interviewed put it this way: "…" ¶ The diplomat, Gaukhar Beisenova, … (someone
    unnamed, or a role no one was introduced with, named in the very next sentence by the same noun)."""
    rest = q.block_text[q.span.end + 1:q.span.end + 300]
    if not q.around.sentence_end:
        end = _SENTENCE_STOP.search(rest)  # the quotation's own sentence ("…," said the minister.) first
        rest = rest[end.end():] if end else ""
    after = _NAMED_AFTER.match(rest if rest.strip() else q.following)
    if not after or after.group("noun") not in nouns:
        return None
    named = clean(after.group("name"))
    if named is None or named.kind != "person" or named.many or " " not in named.name:
        return None
    return Attribution(q.people.lookup(named.name), "named_next", 0.75, "name")


_NAMING_PARTICIPLE = re.compile(r",\s+(?:calling|describing)\b")


def named_by_someone(q: Quote) -> Attribution | None:
    """The speaker of a short phrase that is speech only if someone the article names said it (see
    ``classify.needs_speaker``): the subject of "called"/"described … as" itself, the subject of the speech
    verb a ", calling …" hangs on, or the X of "according to X"; never a group ("Runners called …")."""
    found = according_to(q) if "ccording" in q.around.sentence_lead else None
    if found is None:
        found = speech_verb_before(q)
        participle = _NAMING_PARTICIPLE.search(q.around.lead)
        wanted = "speech_verb_before" if participle else "naming_verb_before"
        if found is None or found.rule != wanted:
            return None
    if found.speaker is None:
        return None
    known = q.people.named(found.speaker)
    if known is None or not (known.kind == "org" or (known.evidence and " " in found.speaker)):
        return None
    return found


def turn_label(q: Quote) -> Attribution | None:
    """Mira Holt: Good morning. As I told the board, "we stay." (a transcript's turn, its speaker's own words)"""
    if ":" not in q.masked[:80]:
        return None  # most quotations: no turn label opens their block
    speaker = turn_speaker(q.block_text, q.masked, q.span.start, q.around.lead, _verb_after(q.around.tail) is not None)
    return Attribution(q.people.lookup(speaker), "turn_label", 0.85, "name") if speaker else None


def answer_label(q: Quote) -> Attribution | None:
    """Q: … ¶ A: As I told the board, "we stay." / Q: You once called it "…". (an interview's answerer quoting
    themself, or the question quoting them: the one person the article names before its first question, the
    interviewee; a new shape, marked)"""
    if not q.masked.lstrip().startswith(("A:", "Q:")):
        return None  # most quotations: no answer turn opens their block
    before = q.article_text[max(0, q.offset - 4000):q.offset]
    if not answer_turn(q.masked, q.span.start, q.around.lead, _verb_after(q.around.tail) is not None, before):
        return None
    return Attribution(interviewee(q), "answer_label", 0.75, "name")


def interviewee(q: Quote) -> str | None:
    """The one person named in full, with evidence, before the article's first "Q:" turn (None: none, or more);
    read once per article."""
    if q.people.interviewee is None:
        q.people.interviewee = (_interviewee(q),)
    return q.people.interviewee[0]


def _interviewee(q: Quote) -> str | None:
    first = q.article_text.find("\n\nQ:", 0, q.offset + 2)
    people = {m.person.name for m in q.people.mentions_between(0, first)
              if m.person.kind == "person" and m.person.evidence} if first > 0 else set()
    if len(people) != 1 or None in people:
        return None
    name = people.pop()
    return name if name and " " in name else None


RULES: tuple[Callable[[Quote], Attribution | None], ...] = (
    turn_label, answer_label, speech_verb_after, according_to, speech_verb_before, subject_outside, as_put_it,
    demonstrative_after, continuation_in_block, reported_before, colon_intro, continuation_paragraph, about_before,
)


def attribute(q: Quote) -> Attribution:
    for rule in RULES:
        found = rule(q)
        if found is not None:
            return found if found.speaker else NONE
    return NONE
