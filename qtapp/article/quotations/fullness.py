"""Is a speaker's name provably the whole name? The doubts ``trust`` asks of a person before it leaves
their name unmarked.

Fresh articles (sets 7 and 8) had the right person saved under a wrong name with no mark: a title the
rules did not know kept on ("Togbe", "Doña", "Hajjat", "Old"), a role or body glued on ("Gulu City Town
Clerk …", "Committee Tran Quoc Hung"), a name cut short ("Loureiro Simões" for "Marta Loureiro Simões",
"Meridian Marine" for "Meridian Marine & Cargo"). No word list can know every title, so a name stays
unmarked only when the article itself gives no sign that it is longer or shorter than the rules read it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from qtapp.article.quotations.given_names import given_gender
from qtapp.article.quotations.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    HONORIFICS_BEFORE_NAME,
    MONTHS_DAYS,
    ORG_HEADS,
    ROLE_TITLES,
    TITLES_BEFORE_NAME,
)
from qtapp.article.quotations.people import People, Person, appositive_after

_PARTICLES = frozenset("bin ibn bint binti de da di do dos das del della van von der den le la du al el ter zu "
                       "ben abu ould y e".split())
_NOT_NAMES = ROLE_TITLES | ORG_HEADS | HONORIFICS | HONORIFICS_BEFORE_NAME | TITLES_BEFORE_NAME
_LOOKED_AT = 40  # occurrences of a name read for a longer run around it (a name said 20,000 times: 40)
_MOST_WORDS = 4  # more words than this (particles aside) and the run has taken in a role or a place
_GLUED_AFTER = re.compile(r"[ \t]+(?:(?P<amp>&)[ \t]+(?P<next>[A-Z][\w’'\-]*)|(?P<word>[A-Z][\w’'\-]*))")
# "Minister of Energy and Minerals Khalid …", "Mayor of Boretto Stefano …": the words before the name end a
# role's "of"/"for" phrase, not a longer name
_ROLE_OF = re.compile(r"\b(?:of|for)\s+(?:(?:[A-Z][\w’'\-]*|and|of|the|&)\s+)*$")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<word>[^\s(]+)[ \t]+$")


class Unproven(NamedTuple):
    """Why a name may not be the whole one, and the likelier form, if the article gives one: the fuller
    form the index knows ("Marta Loureiro Simões"), or the name without the title ("Frank Delaney")."""

    doubt: str
    better: str | None = None


def unproven(people: People, person: Person, text: str) -> Unproven | None:
    """Read once a person (``People.whole``): the sign in ``text`` that ``person.name`` is not their
    whole name, or None when the name is proven whole."""
    key = id(person)
    cache = people.whole
    if key not in cache:
        cache[key] = _read(people, person, text)
    return cache[key]


def _read(people: People, person: Person, text: str) -> Unproven | None:
    name = person.name or ""
    tokens = name.split()
    if not tokens:
        return None
    if person.kind == "person":
        found = _title_inside(person, tokens, text)
    else:
        found = _person_after_body(tokens)
        if found is not None and found.better:  # "Board Field Warden Martin …": the rest may hold a role too
            inner = _title_inside(person, found.better.split(), text)
            found = found if inner is None or inner.better is None else found._replace(better=inner.better)
    return (found or _title_used_alone(people, person, tokens, text) or _opening_word(people, person, tokens, text)
            or _longer_in_text(people, person, name, text)
            or _other_first_word(people, person, tokens))


def _opening_word(people: People, person: Person, tokens: list[str], text: str) -> Unproven | None:
    """ "Substitute Kelvin Owusu rose highest …" … "Owusu said": a name of three words or more that the
    article writes in full only where a sentence opens, its first word no given name the table knows. A
    sentence's first word takes a capital whatever it is, so that word may be a role or an ordinary word
    the lexicon does not know, or a given name the table does not ("Jaber Nasser al-Hashimi"): the name is
    kept as read, for the user to check."""
    name = " ".join(tokens)
    if _SUFFIX.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Rodolfo Macaraeg Jr.": a generation's mark is no word of the name's count
    if person.kind != "person" or len(tokens) < 3 or _given(tokens[0]) or \
            {tokens[0].lower(), tokens[1].lower()} & _PARTICLES:
        return None
    index, seen = text.find(name), 0
    while index >= 0 and seen < _LOOKED_AT:
        if not _opens(text, index) or appositive_after(text[index + len(name):index + len(name) + 130]):
            return None  # written in full inside a sentence too, or followed by its appositive role
        seen += 1
        index = text.find(name, index + len(name))
    return Unproven("title_in_name") if seen else None  # "Jaber Nasser al-Hashimi" is one too: no better


_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")


def _opens(text: str, at: int) -> bool:
    """A sentence, a paragraph or a dateline's text opens at ``at`` ("GNA – Substitute …")."""
    head = text[max(0, at - 3):at]
    return _sentence_start(text, at) or head.rstrip(" \t")[-1:] in ("–", "—") or head.endswith(" - ")


_LINKS = frozenset("of for and on & the in".split())


def _person_after_body(tokens: list[str]) -> Unproven | None:
    """ "People's Committee Tran Quoc Hung": a body's word with two or more capitalised words after it, no
    link between ("Committee for …") and none of them a body's word: a person's name glued to the body."""
    for index, token in enumerate(tokens[:-2]):
        if token.lower() in ORG_HEADS:
            rest = [t.lower() for t in tokens[index + 1:]]
            if not set(rest) & (_LINKS | ORG_HEADS):
                return Unproven("title_in_name", _rest(tokens, index + 1))
    return None


def _title_inside(person: Person, tokens: list[str], text: str) -> Unproven | None:
    """A word before the last that is a title, role or body the lexicon knows ("Committee", "Hajjat"), that
    the article also writes as a lowercase word of its own ("the town" beside "Town Clerk …"), or that
    the article drops where it writes the rest of the name alone ("Togbe Adzo Dzokoto" … "Adzo Dzokoto"):
    the run has taken in more than the person's name. The words after it are offered as the name."""
    words = [t for t in tokens if t.lower() not in _PARTICLES]
    too_long = len(words) > _MOST_WORDS
    if too_long:  # "Gulu City Town Clerk Richard Ojara Onen": from its first given name
        given = next((i for i, t in enumerate(tokens[1:-1], 1) if _given(t)), None)
        if given is not None:
            return Unproven("title_in_name", _rest(tokens, given))
    for index, token in enumerate(tokens[:-1]):
        low = token.lower().rstrip(".")
        if low in _PARTICLES or _given(token) or (index and tokens[index - 1].lower() in _PARTICLES):
            continue  # "bin Sultan": a word after a particle is a father's or family name
        known_sex = person.gender in ("m", "f") or (index == 0 and len(tokens) >= 3)
        if low in _NOT_NAMES or _compound_role(low) or _hyphenated_role(low) \
                or (known_sex and written_lowercase(text, low)):
            return Unproven("title_in_name", _rest(tokens, index + 1))
    if len(tokens) >= 3 and _ABBREVIATION.fullmatch(tokens[0]) and _given(tokens[1]):
        return Unproven("title_in_name", _rest(tokens, 1))  # "Cr Siobhan O'Dwyer", "Cllr Aled Rhys"
    given = next((i for i, t in enumerate(tokens[:-1]) if _given(t)), None)
    if given is not None and given >= 2 and not any(_given(t) or t.lower() in _PARTICLES for t in tokens[:given]) \
            and not all(_INITIAL_WORD.fullmatch(t) for t in tokens[:given]):  # "W. M. Sunil …": initials are his
        return Unproven("title_in_name", _rest(tokens, given))  # "Town Clerk Richard Onen": two words before
    if len(tokens) >= 3 and not _given(tokens[0]) and tokens[0].lower() not in _PARTICLES \
            and tokens[1].lower() not in _PARTICLES:  # "Hedi Ben Romdhane" … "Ben Romdhane": the family name
        rest = " ".join(tokens[1:])
        if text.count(rest) > text.count(f"{tokens[0]} {rest}"):
            if any(t.lower() in _PARTICLES for t in tokens[2:-1]):
                return None  # "Zanchetta De Rossi" alone: a double family name, the first word its given name
            if _called_by_rest(text, rest) or _role_before(text, " ".join(tokens)):
                return Unproven("title_in_name")  # the first word is a name's own: kept, for the user to check
            return Unproven("title_in_name", rest)
    return Unproven("title_in_name") if too_long else None


_INITIAL_WORD = re.compile(r"[A-Z]\.")
_HONORIFIC_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")


def _called_by_rest(text: str, rest: str) -> bool:
    """ "Ms Te Rangi" beside "Vanessa Te Rangi": the article puts an honorific before the rest alone, so the
    rest is the family name and the first word a given name, not a title."""
    return any(f"{word} {rest}" in text or f"{word}. {rest}" in text for word in _HONORIFIC_WORDS)


def _role_before(text: str, name: str) -> bool:
    """ "federation president Kondapalli Ramesh Babu": where the name is first written a role stands right
    before it, so its first word is not a title of its own."""
    at = text.find(name)
    before = _WORD_BEFORE.search(text, max(0, at - 40), at) if at > 0 else None
    if before is None:
        return False
    word = before.group("word").lower()
    return word in ROLE_TITLES or _compound_role(word)


# "Cr", "Cllr", "Sgt", "Dr.": a capital and a few consonants, an abbreviated title, never a given name
_ABBREVIATION = re.compile(r"[A-Z][b-df-hj-np-tv-xz]{1,3}\.?")
_LONG_ROLES = tuple(sorted(r for r in ROLE_TITLES if len(r) >= 5 and r.isalpha()))


def _hyphenated_role(low: str) -> bool:
    """ "Secretary-General", "Director-General", "Vice-Chair": a hyphened word with a known role as a part."""
    parts = low.split("-")
    return len(parts) >= 2 and all(parts) and any(part in ROLE_TITLES or part in ORG_HEADS for part in parts)


def _title_used_alone(people: People, person: Person, tokens: list[str], text: str) -> Unproven | None:
    """ "Cr Andrea Meldrum" where the article also writes "Cr Crouch" for Helen Crouch: a first word shaped
    like an abbreviated title that the article puts before another person's family name alone is a title
    here, even before a given name the table does not know (or leaves out as used for both sexes)."""
    if person.kind != "person" or len(tokens) < 3 or not _ABBREVIATION.fullmatch(tokens[0]):
        return None
    title = tokens[0]
    index, seen = text.find(title + " "), 0
    while index >= 0 and seen < _LOOKED_AT:
        seen += 1
        after = _NEXT_WORDS.match(text, index + len(title) + 1)
        if after is not None and _before_boundary(text, index) and _family_name_of_other(people, person, after):
            return Unproven("title_in_name", _rest(tokens, 1))
        index = text.find(title + " ", index + len(title) + 1)
    return None


# one capitalised word after the title and no second one: "Cr Crouch said", "Cr Crouch, who …"
_NEXT_WORDS = re.compile(r"(?P<word>[A-Z][\w’'\-]+)(?![ \t]+[A-Z])(?=[\s,.;:!?”\"')])")


def _before_boundary(text: str, at: int) -> bool:
    """The title's word is a word of its own: no letter runs into it from before."""
    return at == 0 or not text[at - 1].isalnum()


def _family_name_of_other(people: People, person: Person, after: re.Match[str]) -> bool:
    word = after.group("word")
    return any(other is not person and other.kind == "person" and other.name and len(other.name.split()) >= 2
               and other.name.split()[-1] == word for other in people.known(word))


def _compound_role(low: str) -> bool:
    """ "Undersecretary", "Subprefect", "Vicechair": a known role with a prefix glued on is a role too."""
    return len(low) >= 7 and low.isalpha() and low.endswith(_LONG_ROLES) and low not in _LONG_ROLES


def _other_first_word(people: People, person: Person, tokens: list[str]) -> Unproven | None:
    """ "Cr O'Dwyer" beside "Cr Siobhan O'Dwyer": a two-word name whose first word is an abbreviated title,
    where the index knows one person by the same family name with a given name: the index's person, without
    the title, is the likelier speaker."""
    if person.kind != "person" or len(tokens) != 2 or not _ABBREVIATION.fullmatch(tokens[0]) or _given(tokens[0]):
        return None
    fits = {_without(p.name, tokens[0]) for p in people.known(tokens[-1]) if p is not person
            and p.kind == "person" and p.name and p.name.split()[-1] == tokens[-1]}
    fits = {name for name in fits if len(name.split()) >= 2}
    return Unproven("partial_name", fits.pop()) if len(fits) == 1 else None


def _without(name: str, title: str) -> str:
    """ "Siobhan O'Dwyer" from "Cr Siobhan O'Dwyer" when "Cr" is the word read as a title."""
    return name[len(title) + 1:] if name.startswith(title + " ") else name


def _rest(tokens: list[str], start: int | None) -> str | None:
    """The name from ``start`` on, when two words or more are left to be one."""
    if start is None or len(tokens) - start < 2:
        return None
    return " ".join(tokens[start:])


def _given(token: str) -> bool:
    if given_gender(f"{token} X") is not None:
        return True
    plain = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode()
    return plain != token and given_gender(f"{plain} X") is not None


_WORD_RUN = re.compile(r"[\w\-’']+")
_WORDS_OF: list[tuple[str, frozenset[str]]] = []  # the last article's text and its words, read once


def written_lowercase(text: str, low: str) -> bool:
    """The article uses the word as an ordinary one ("the old market"): a name's word is not.

    Read from the set of the text's words (runs of word characters, hyphens and apostrophes), made once an
    article: a search of the text for each word of each name was quadratic in a long page of many people."""
    if len(low) < 3 or not low.isalpha():
        return False
    if not _WORDS_OF or _WORDS_OF[0][0] is not text:
        _WORDS_OF[:] = [(text, frozenset(_WORD_RUN.findall(text)))]
    return low in _WORDS_OF[0][1]


def _longer_in_text(people: People, person: Person, name: str, text: str) -> Unproven | None:
    """Somewhere the article writes the name with a capitalised word glued before it that is no title
    ("… chief executive, Marta Loureiro Simões"), or with "&" and a word after it ("Meridian Marine &
    Cargo"): the name the rules read is part of a longer one. The fuller form is given when the index
    knows it as someone."""
    start = 0
    own = own_role_words(person, text)
    for _ in range(_LOOKED_AT):
        at = text.find(name, start)
        if at < 0:
            return None
        start = at + len(name)
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-’'"):
            continue  # inside a longer word
        if start < len(text) and (text[start].isalnum() or text[start] == "-"):
            continue
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is not None and _name_word_before(before.group("word"), text, before.start("word")) and \
                not _ROLE_OF.search(text, max(0, at - 120), before.start("word")) and \
                before.group("word").lower() not in own:
            fuller = f"{before.group('word')} {name}"
            return Unproven("partial_name", _known(people, fuller, person))
        after = _GLUED_AFTER.match(text, start)
        if after is not None and _name_word_after(after, text):
            fuller = text[at:after.end()]  # "&" joins only names: "Meridian Marine & Cargo" is one
            return Unproven("partial_name", _known(people, fuller, person) or (fuller if after.group("amp") else None))
    return None


def own_role_words(person: Person, text: str) -> set[str]:
    """ "District Prosecutor Imelda …" … "the prosecutor": the words of the person's own roles the lexicon
    knows or the article also writes as ordinary words; before the name they open no longer name."""
    return {word for role in person.roles for word in role.split()
            if word in ROLE_TITLES or written_lowercase(text, word)}


def _name_word_before(word: str, text: str, at: int) -> bool:
    """A capitalised word that may open the same name: not a title, role or body, no possessive, not the
    first word of a sentence that is a function word ("The", "When")."""
    if not word[:1].isupper() or word.endswith((",", ";", ":", "'s", "’s", ")", ".", "!", "?", "\"", "”")):
        return False
    low = word.lower()
    if low in _NOT_NAMES or low.rsplit("-", 1)[-1] in _NOT_NAMES or low in FUNCTION_WORDS or low in MONTHS_DAYS \
            or word.isupper():
        return False  # "Vice-Chancellor Margaret …": a role's last part is a role
    return not _sentence_start(text, at) or _given(word)


def _name_word_after(after: re.Match[str], text: str) -> bool:
    if after.group("amp"):
        return True
    word = after.group("word")
    low = word.lower()
    if low in FUNCTION_WORDS or low in MONTHS_DAYS or low in _NOT_NAMES or word.isupper():
        return False
    return not re.fullmatch(r"(?:[IVX]+|Jr|Sr)\.?", word)


def _sentence_start(text: str, at: int) -> bool:
    head = text[max(0, at - 3):at].rstrip()
    return not head or head[-1] in ".!?\n:\"“”⟧"


def _known(people: People, fuller: str, person: Person) -> str | None:
    """The index's name for ``fuller`` (or a longer name ending in it), when that is someone else's entry."""
    for other in (people.named(fuller), *people.known(fuller.split()[-1])):
        if other is not None and other is not person and other.name and other.name.endswith(fuller):
            return other.name
    return None
