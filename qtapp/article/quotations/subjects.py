"""Who a speech verb's subject is: the words right before the verb ("Fischer said", "the mayor added",
"she told"), or right after it when the order is inverted ("said board chair Elena Fischer").

Each parse returns a ``Subject``: a name, a pronoun, a role noun ("the minister"), an organisation's
voice ("a spokesperson for Air Astana"), or someone unnamed ("an executive"). ``resolve`` turns it
into the speaker's name with the article's people index, or None when it cannot be sure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.quotations.lexicon import (
    FUNCTION_WORDS,
    PREPOSITIONS,
    PROPER,
    PROPER_RE,
    REPORT_VERBS,
    ROLE_TITLES,
    TOKEN,
)
from qtapp.article.quotations.names import clean, listed_start
from qtapp.article.quotations.people import _ROLE_NOUN_WORD, _VOICE, People, is_firm, speaks_for_person

_ADVERBS = (r"(?:also|later|then|again|previously|has|had|have|once|separately|simply|further|repeatedly|"
            r"publicly|earlier|recently|quickly|bluntly|flatly|firmly|only|never|would|will|did|does|used\s+to|"
            r"[a-z]+ly)")
_WORD = r"[a-z][\w'’\-]*"
_AGE = r"\d{1,3}-year-old"  # "said 71-year-old Astrid Hansen"
# "the Senate chairman", "the UNE general director": a body's name, then the role of its person
_ROLE_WORD = r"(?:" + "|".join(sorted((w for w in ROLE_TITLES if w.isalpha()), key=len, reverse=True)) + r")\b"
# "his office said", "her lawyer told": someone who speaks for a person named before, not that person
_OWNED = (r"(?:office|spokes(?:person|man|woman)|lawyers?|attorneys?|aides?|representatives?|team|campaign|family|"
          r"staff|wife|husband|partner|son|daughter|mother|father|brother|sister|agent|manager|adviser|advisor)")
_CORE = (rf"(?:(?P<pron>\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I))"
         rf"|(?P<poss>{PROPER}['’]s\s+(?:spokes(?:person|man|woman)|representative|office))"
         rf"|(?P<owned>\b(?:[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?{_OWNED})"
         rf"|(?P<unit>\b[Tt]he\s+{PROPER}\s+(?:office|branch|bureau|unit|team|division|press\s+office)"
         rf"(?:\s+in\s+{PROPER})?)"
         rf"|(?P<gov>(?:\b[Tt]he\s+)?{PROPER}\s+(?:government|authorities|police|ministry|embassy))"
         rf"|(?P<the>\b[Tt]he\s+(?:{_WORD}\s+){{0,3}}?{_WORD}(?:\s+of\s+state)?)"
         rf"|(?P<body_role>\b[Tt]he\s+(?:{TOKEN}\s+){{1,3}}(?:{_WORD}\s+)?{_ROLE_WORD})"
         rf"|(?P<anon>\b(?:[Aa]n?|[Oo]ne)\s+[^.,;:\"“”]{{1,70}}?)"
         rf"|(?P<name>{PROPER})(?:\s+of\s+(?:an?|the)\s+[\w'’\-]+(?:\s+[\w'’\-]+){{0,4}}?)?)"
         rf"(?P<app>(?:,[^,\"“”.;:]{{1,120}}){{1,3}},)?")
SUBJECT_END = re.compile(rf"{_CORE}\s+(?:{_ADVERBS}\s+){{0,3}}$")
# The whole prefix before the verb is the subject (after a quotation: "…," race director Inês Carvalho said).
SUBJECT_WHOLE = compile_lazily(rf"^[\s,—–-]*(?:(?:{_WORD}|{TOKEN})\s+){{0,4}}?{_CORE}\s+(?:{_ADVERBS}\s+){{0,3}}$")
# Inverted: "said board chair Elena Fischer", "said Dr. Kwame Mensah-Bonsu, a …", "said the spokesperson".
SUBJECT_AFTER = compile_lazily(
    rf"^\s+(?:(?P<the>the\s+(?:(?:{_WORD}|{_AGE})\s+){{0,2}}?{_WORD})(?=\s*(?:,(?!\s*{PROPER}\s*[.,])|[.;:!?]|$)|\s+(?:at|in|on|after|before|"
    rf"during|as|when|while|who|of)\b)"
    rf"|(?P<role>(?:(?:{_WORD}|{_AGE}|{TOKEN}['’]s)\s+){{0,4}}?(?:{_WORD},\s+)?)(?:,\s*)?(?P<name>{PROPER})(?<!['’]s)(?![\w'’\-])"
    rf"(?:\s+(?P<middle>(?:{_WORD}\s+){{1,3}})(?P<name2>{PROPER}))?)")
# one capitalised word in the plural of a noun for people: "Officials", "Residents", "Critics", "Farmers"
_PLURAL_NOUN = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ists|ysts|ents|ants|ians|als|ees|ies|ics|ives|erts)$")
_AGE_OPENS = re.compile(_AGE + r"\s")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+$")
_LOCATED = compile_lazily(rf"(?:^|[\s,])(?:[Tt]he\s+)?(?P<body>{PROPER})\s+(?:in|at|from|near)\s+$")
_POSSESSOR_TAIL = re.compile(r"['’]s\s+\S+$")
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_PURE_NAME = compile_lazily(rf"^,\s*(?:the\s+)?(?P<name>{PROPER})\s*,$")
# "A labor lawyer in Beijing, Cui Manli, said": the name between commas right before the verb
_NAME_APPOSITIVE = compile_lazily(rf",\s+(?P<name>{PROPER}),\s+(?:{_ADVERBS}\s+){{0,3}}$")
_RELATIVE = compile_lazily(rf"(?P<name>{PROPER}),\s+(?:which|who)\s+$")
# "an arrangement Kazakh engineer Daniyar Seitkali described": a role noun, then the person
_ROLE_THEN_NAME = compile_lazily(rf"\b(?P<role>[a-z][\w\-]*)\s+(?P<name>{PROPER})$")


class Subject(NamedTuple):
    kind: str  # "name", "pronoun", "role", "voice", "unnamed"
    text: str


def _from_match(match: re.Match[str]) -> Subject | None:
    groups = match.groupdict()
    app = groups.get("app")
    if app:
        pieces = app.split(",")
        pure = _PURE_NAME.match(app) or _PURE_NAME.match("," + pieces[1] + ",") or _PURE_NAME.match(
            "," + pieces[-2] + ",")  # "a workshop in Urumqi last autumn, a Chinese engineer, Ma Zhiqiang,"
        if pure:  # "The forum's organiser, the China Institute …," / "The diplomat, Gaukhar Beisenova, who …,"
            return Subject("name", pure.group("name"))
    if groups.get("pron"):
        return Subject("pronoun", groups["pron"])
    if groups.get("owned"):
        return Subject("unnamed", groups["owned"])
    if groups.get("poss"):
        return Subject("voice", _POSSESSOR_TAIL.sub("", groups["poss"]))
    if groups.get("unit"):
        return Subject("name", PROPER_RE.search(groups["unit"][4:]).group())  # type: ignore[union-attr]
    if groups.get("gov"):
        rest = _LEADING_THE.sub("", groups["gov"])
        return Subject("name" if rest[:1].isupper() else "role", rest)
    if groups.get("body_role"):
        return Subject("role", " ".join(groups["body_role"].split()[1:]))
    if groups.get("the"):
        words = groups["the"].split()[1:]
        if len(words) == 2 and words[1] in _VOICE_NOUNS and words[0][-2:] in ("'s", "’s"):
            return Subject("body_voice", words[0][:-2])  # "the corporation's spokesman": the body's voice
        if any(w.lower() in FUNCTION_WORDS and w.lower() != "of" for w in words):
            return None  # "the amendment but": not a noun phrase
        return Subject("role", " ".join(words))
    if groups.get("anon"):
        voice = _VOICE.search(match.group(0))
        if voice:
            return Subject("voice", voice.group("org"))
        if groups["anon"].split()[-1].lower() in FUNCTION_WORDS:
            return None  # "an email that it would submit comments … and": a clause, not a noun phrase
        named = _ROLE_THEN_NAME.search(groups["anon"])
        if named and _ROLE_NOUN_WORD.search(named.group("role")) and _one_person(named.group("name")):
            return Subject("name", named.group("name"))
        return Subject("unnamed", groups["anon"])
    if groups.get("name"):
        return Subject("name", groups["name"])
    return None


@lru_cache(maxsize=4096)  # pure, and asked again of the same words before each verb of a repeated lead
def subject_before(text: str) -> Subject | None:
    """The subject ending ``text`` (which ends right before a speech verb)."""
    tail = text[-160:]
    appositive = _NAME_APPOSITIVE.search(tail) if "," in tail[-80:] else None
    if appositive and _one_person(appositive.group("name")):
        return Subject("name", appositive.group("name"))
    relative = _RELATIVE.search(tail) if "which" in tail[-8:] or "who" in tail[-6:] else None
    if relative:  # "a report from the Municipal Property Office, which describes …"
        return Subject("name", relative.group("name"))
    match = SUBJECT_END.search(tail)
    if not match:
        return None
    if match.group("name") and not match.group("app") and tail[match.start() - 2:match.start()] == ", ":
        listed = listed_start(tail[:match.start()])  # "The Ministry of Food, Agriculture and Light Industry"
        if listed is not None:
            return Subject("name", tail[listed:match.end("name")])
    if match.group("name") and _PLACE_BEFORE.search(tail[:match.start()]):
        # "The Genetic Resources Institute in Baku said": Baku is where, not who; the body before it speaks
        located = _LOCATED.search(tail[:match.start()])
        return Subject("name", located.group("body")) if located else None
    found = _from_match(match)
    if found is None and match.group("the"):  # "the delay on what he": no noun phrase; the subject is nearer
        again = SUBJECT_END.search(tail, match.start() + 3)
        return _from_match(again) if again and (again.group("pron") or again.group("name")) else None
    return found


_CONJUNCTION = re.compile(r"\s(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$")
_PREDICATE_WORDS = 8


def subject_coordinated(text: str) -> Subject | None:
    """The subject of a verb after "but"/"and" ("Cui Manli, welcomed the move but called it"): the subject
    of the clause it joins, found past that clause's lowercase words; a name or he/she only."""
    conjunction = _CONJUNCTION.search(text, max(0, len(text) - 20))
    if not conjunction:
        return None
    words = text[:conjunction.start()].split(" ")
    for back in range(1, min(_PREDICATE_WORDS, len(words) - 1) + 1):
        word = words[-back]
        if not word[:1].islower() or word.endswith((",", ";", ".")):
            return None  # the clause's words are plain lowercase ones
        before = " ".join(words[:-back])
        if before.endswith(","):  # "…, Cui Manli, welcomed …"
            found = subject_before(before + " ")
            return found if found and found.kind in ("name", "pronoun") else None
        subject = subject_before(before + " ")
        if subject and subject.kind in ("name", "pronoun") and _PROPER_OR_PRONOUN_END.search(before):
            return subject
    return None


_PROPER_OR_PRONOUN_END = compile_lazily(rf"(?:{PROPER}|\b(?:[Hh]e|[Ss]he))$")


def _one_person(run: str) -> bool:
    named = clean(run)
    return named is not None and named.kind == "person" and not named.many and " " in named.name


# "…," Harbour Watch's head of dredging, Olga Brandt, said: a body's role, its person in apposition, the verb
_OWNER_ROLE_APPOSED = compile_lazily(rf"^[\s,—–-]*(?:the\s+)?(?:{PROPER}['’]s|[Tt]he|[Ii]ts)\s+(?:{_WORD}\s+){{0,5}}"
                                     rf"{_WORD},\s+(?P<name>{PROPER}),\s+(?:{_ADVERBS}\s+){{0,3}}$")


def subject_whole(text: str) -> Subject | None:
    """The subject when ``text`` is nothing but it (the words between a quotation and its verb)."""
    if len(text) > 160:
        return None
    owned = _OWNER_ROLE_APPOSED.match(text)
    if owned:
        return Subject("name", owned.group("name"))
    match = SUBJECT_WHOLE.match(text)
    return _from_match(match) if match else None


# "says (the) Harbour Watch’s chief engineer, Olga Brandt.": a body’s role, then its person in apposition
_OWNER_ROLE_NAMED = compile_lazily(rf"^\s+(?:the\s+)?{PROPER}['’]s\s+(?:{_WORD}\s+){{0,4}}{_WORD},\s+(?P<name>{PROPER})"
                                   rf"(?=\s*(?:[.,;!?]|$))")
_POSSESSIVE_GOES_ON = compile_lazily(rf"\s+{TOKEN}['’]s\s")


def subject_after(text: str) -> Subject | None:
    """The subject right after an inverted verb ("said the mayor", "said Mayor X")."""
    owned = _OWNER_ROLE_NAMED.match(text[:200])
    if owned:
        return Subject("name", owned.group("name"))
    match = SUBJECT_AFTER.match(text[:200])
    if not match:
        return None
    if match.group("name") and _POSSESSIVE_GOES_ON.match(text, match.end("name")):
        return None  # "said Harbour Watch's chief engineer": a body's role, no one named; not "Harbour"
    role = (match.group("role") or "").split()
    if any(_blocks(w) for w in role):
        return None
    middle = (match.group("middle") or "").split()
    if match.group("name2") and not any(_blocks(w) for w in middle):
        # "said Scottish Grid Networks operations director Callum Strachan": the person, not the firm
        return Subject("name", match.group("name2"))
    return _from_match(match)


def _blocks(word: str) -> bool:
    low = word.lower()
    return low in PREPOSITIONS or (low in FUNCTION_WORDS and low != "the") or low in REPORT_VERBS


class Resolved(NamedTuple):
    speaker: str | None
    how: str  # "name", "pronoun", "role", "voice"; "unsure" when the cue is there but nobody fits
    named: str = ""  # the name or role as the cue wrote it ("Fischer", "company"), when it gave one


_JOINED_FAMILY = re.compile(r"(?:al|el|ad|as|ash|at|ar)-[A-Z][\w’'\-]+")


def resolve(subject: Subject, people: People, at: int, block: int) -> Resolved:
    """The speaker a subject names, at its fullest form; an unnamed or unresolved subject gives None."""
    if subject.kind == "name" or subject.kind == "voice":
        # a name's answer depends on the whole index alone, not on where it is asked (the index is built
        # before any quotation is attributed): a page quoting "Costa said" 40,000 times resolves it once
        remembered = people.resolved.get(subject)
        if remembered is None:
            if len(people.resolved) >= REMEMBERED_NAMES:
                people.resolved.clear()  # names that never repeat must not pile up
            known = _resolve_name(subject, people)
            # a capitalised word that names nobody may be a role's, which is asked where it is read (the word
            # in lowercase, to ask it of the role words first: most such words end no role)
            role_word = subject.text.lower() if (known.speaker is None and subject.kind == "name"
                                                 and subject.text.isalpha() and subject.text.istitle()) else None
            remembered = people.resolved[subject] = (known, role_word)
        known, role_word = remembered
        if role_word is not None and role_word in people.role_heads:
            return _capital_role(subject.text, people, at) or known
        return known
    if subject.kind == "pronoun":
        person = people.pronoun(subject.text, at, block)
        if person is not None and not _whole(person.name, people):
            person = None
        return Resolved(person.name if person else None, "pronoun" if person else "unsure")
    if subject.kind == "body_voice":
        return _body_voice(subject.text, people, at)
    if subject.kind == "role" and subject.text.lower() in _DOCUMENTS:
        # "The organisation said in a statement that … "…," the statement said": whoever issued it, the one
        # body or person the paragraph names before (the words are theirs; the rule is marked, unproven)
        issuer = people.issuer(at, block)
        return Resolved(issuer.name if issuer else None, "document" if issuer else "unsure", subject.text)
    if subject.kind == "role":
        person = people.role(subject.text, at)
        if person is None and _AGE_OPENS.match(subject.text):
            person = people.only_person(at, block)  # "said the 54-year-old skipper": the one just named
        return Resolved(person.name if person else None, "role" if person else "unsure", subject.text)
    return Resolved(None, "unsure")


REMEMBERED_NAMES = 4096
_DOCUMENTS = frozenset({"statement", "press release", "release", "communiqué", "communique", "notice",
                        "circular", "written statement", "joint statement"})


_VOICE_NOUNS = frozenset("spokesperson spokesman spokeswoman representative".split())


def _body_voice(noun: str, people: People, at: int) -> Resolved:
    """ "…," the corporation's spokesman said: the body the noun means ("the corporation": the Northern
    Broadcasting Corporation), never a person named before; a shape not yet proven, so marked."""
    body = people.role(noun, at)
    if body is None or body.kind != "org" or not body.name:
        return Resolved(None, "unsure")
    return Resolved(body.name, "body_voice", noun)


def _capital_role(word: str, people: People, at: int) -> Resolved | None:
    """ "The Clerk of the National Assembly, Mr Gift Sinkamba, …" … "…," the Clerk said: one capitalised word
    that names nobody, but is a role word of a person introduced with it, is that role (``People.role``)."""
    person = people.role(word, at)
    if person is None or person.kind != "person" or not person.name or " " not in person.name:
        return None
    low = word.lower()
    if not any(low in role.replace(";", " ").split() for role in person.roles):
        return None
    return Resolved(person.name, "role", low)


def _resolve_name(subject: Subject, people: People) -> Resolved:
    """``resolve`` for a name or an organisation's voice."""
    if subject.kind == "name":
        named = clean(subject.text)
        if named is None and _JOINED_FAMILY.fullmatch(subject.text.strip()):
            full = people.lookup(subject.text.strip())  # "…," al-Hourani said: a family name with its article
            if " " in full:
                return Resolved(full, "name", subject.text.strip())
        if named is None or named.many or _PLURAL_NOUN.match(named.name) and people.lookup(named.name) == named.name:
            return Resolved(None, "unsure")  # "Officials said", "Critics called it": a group, not someone
        if named.kind == "org":
            return Resolved(people.lookup(named.name), "name", named.name)  # "the Navy": the Brazilian Navy
        full = people.lookup(named.name)
        return Resolved(full, "name", named.name) if _whole(full, people) else Resolved(None, "unsure")
    named = clean(subject.text)
    known = people.named(people.lookup(named.name)) if named is not None else None
    if named is not None and (speaks_for_person(named) or known is not None and known.kind == "person"
                              and known.evidence and "spokesperson" not in known.roles):
        return Resolved(None, "unsure")  # "a spokesman for Mayor Ivan Perić said": the spokesman's words
    return Resolved(named.name if named else None, "voice" if named else "unsure")


def _whole(name: str | None, people: People) -> bool:
    """A speaker is a full name, an organisation, or an initialism ("BVG"): a surname the article never
    gives in full ("Kang" said …, with "Kang Tae-sik" unread) is a part of a name, and a part name may be
    the wrong person's, so it gives no speaker."""
    if name is None or " " in name or name.isupper() or not name[:1].isupper():
        return name is not None
    known = people.named(name)
    return known is not None and (known.kind == "org" or any(is_firm(role) for role in known.roles))
