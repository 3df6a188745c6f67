"""From a capitalised run of words to the person or organisation it names, with the role kept apart.

"Mining Minister Carla Pizarro" → person "Carla Pizarro", role "mining minister"; "President of Kazakhstan
Kassym-Jomart Tokayev" → "Kassym-Jomart Tokayev"; "Kazakhstan's Ministry of Transport" → organisation
"Ministry of Transport"; "Liang Wenbo of the Sichuan Wildlife Society" → "Liang Wenbo"; "Harbour and Ports
Minister Adaeze Okafor" → "Adaeze Okafor" (the "and" is inside the role); "Electrician Marta Kowalczyk" →
"Marta Kowalczyk"; "Norway's Coastal and Harbour Safety Agency" → the agency; "Tomasz Wierzbicki's" → the man.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from qtapp.article.quotations.given_names import given_gender
from qtapp.article.quotations.lexicon import (
    FUNCTION_WORDS,
    HONORIFIC_PAIRS,
    HONORIFICS,
    HONORIFICS_BEFORE_NAME,
    LIST_BEFORE,
    LIST_GOES_ON,
    LIST_HEAD,
    MONTHS_DAYS,
    NAME_LINKS,
    ORG_HEADS,
    PHRASE_SPLIT,
    ROLE_INITIALS,
    ROLE_TITLES,
)

_LINK = re.compile(rf"^{NAME_LINKS}$")
_POSSESSIVE = re.compile(r"['’]s$")


_AGENT = re.compile(r"(?:er|or|ist|eur|ant|ee|ician)$")  # "Technician Wang Haoran", "Physician …"
_GIVEN = frozenset("peter christopher jennifer walter oliver alexander heather esther jasper xavier hunter "
                   "victor hector trevor connor taylor skylar amber homer roger oscar nestor igor gunther "
                   "lester chester dexter foster spencer tudor elinor eleanor jaber maher samer amer omer zafer "
                   "yaser yasser nader taher zaher daher saber haider hyder munther werner rainer reiner taner "
                   "caner soner alper ender önder kader renee".split())


class Named(NamedTuple):
    kind: str  # "person" or "org"
    name: str
    role: str  # role words found inside the run, lowercase ("" when none)
    many: bool = False  # the run names several people ("Bekova and Omarov")


def _is_role(token: str) -> bool:
    low = token.lower()
    return low in ROLE_TITLES or low.rstrip(".") in ROLE_TITLES


def _is_head(token: str) -> bool:
    return token.lower() in ORG_HEADS or token.lower().rstrip(".") in ORG_HEADS


def _last_name_part(tokens: list[str]) -> list[str]:
    """The person at the end of "Kazakhstan Kassym-Jomart Tokayev": the last two words, or more when
    joined by a particle ("Khalid bin Nasser Al-Harthy")."""
    start = max(0, len(tokens) - 2)
    while start >= 2 and _LINK.match(tokens[start - 1]):
        start -= 2
    if start >= 1 and not _is_role(tokens[start - 1]) and given_gender(f"{tokens[start - 1]} {tokens[start]}"):
        start -= 1  # "Minister of Public Works Rodrigo Sosa Arismendi": a given name before a double surname
    return tokens[start:]


_ELIDED = re.compile(r"d['’][A-ZÀ-Þ]")  # "d'Entremont": an elided particle opens the family name


def _acronym(token: str) -> bool:
    return len(token) > 1 and token.isupper()


def _valid(tokens: list[str]) -> bool:
    """A name starts with a capital and is not a date ("Tian Jun" is a name; "Jun" alone, a month)."""
    if not tokens or not (tokens[0][:1].isupper() or _ELIDED.match(tokens[0])) or any(
            t.lower() in FUNCTION_WORDS and not (_acronym(t) and len(tokens) > 1) for t in tokens):
        return False
    if len(tokens) == 1:
        return tokens[0].lower().rstrip(".") not in MONTHS_DAYS
    return not any(t.lower().endswith("day") and t.lower() in MONTHS_DAYS for t in tokens)


def takes_list(run: str) -> bool:
    """ "Ministry of Agriculture", "Deputy Minister of Information": a body's or role's "of" phrase, which a
    comma may go on listing ("…, Fisheries and Water Resources"); "Ana Ruiz of Reuters" takes none."""
    head = LIST_HEAD.search(run)
    return bool(head) and any(_is_head(t) or _is_role(t) for t in run[:head.start()].split())  # type: ignore[union-attr]


def listed_end(text: str, run: str, end: int) -> int:
    """Where the run ending at ``end`` really ends: past its "of" list when it has one, else ``end``."""
    if not text.startswith(",", end) or not takes_list(run):
        return end
    more = LIST_GOES_ON.match(text, end)
    return more.end() if more else end


def listed_start(before: str) -> int | None:
    """Where in ``before`` (the words before a run) a listed name starts, when the run ends its list."""
    found = LIST_BEFORE.search(before[-160:])
    if not found:
        return None
    first = found.group().split(",", 1)[0]
    return len(before) - len(found.group()) if takes_list(first) else None


_PART_HEADS = frozenset("station division unit branch campus wing".split())  # a body's part ends its name


def _after_owning_body(tokens: list[str]) -> list[str]:
    """ "Council of Agriculture's Kaohsiung District … Station" → the station: a body's name in the possessive
    (a head word in it) before another body's name of two words or more is the owner, not part of the name."""
    for index, token in enumerate(tokens[1:-2], 1):
        if _POSSESSIVE.search(token):
            owner, rest = tokens[:index] + [token[:-2]], tokens[index + 1:]
            if any(_is_head(t) for t in owner) and (_is_head(rest[-1]) or rest[-1].lower() in _PART_HEADS):
                return rest
            return tokens
    return tokens


def _head_after_and(pieces: list[str], links: list[str]) -> bool:
    """ "Maritime and Port Authority of Singapore": the words before the body's head are joined to it by a
    bare "and" (no "the", no "of"), so they are the body's name too, not a person's name before it."""
    for index, piece in enumerate(pieces):
        if any(_is_head(t) for t in piece.split()):
            return index > 0 and all(link.strip() in ("and", "&") for link in links[:index])
    return False


@lru_cache(maxsize=8192)  # pure, and an article names the same people again and again
def clean(run: str) -> Named | None:
    """The person or organisation a capitalised run names, or None when it names neither."""
    tokens = run.split()
    while tokens and (tokens[0].lower() in FUNCTION_WORDS or tokens[0].endswith("-based")) \
            and not _acronym_opening(tokens):
        tokens.pop(0)  # "the Geneva-based Digital Cooperation Forum": the forum
    while len(tokens) > 2 and len(tokens[0]) > 2 and tokens[0].isupper() and _POSSESSIVE.search(tokens[1]):
        tokens.pop(0)  # "ANKARA Türkiye's … Ministry": a dateline run into the paragraph is no part of the name
    while len(tokens) > 1 and _POSSESSIVE.search(tokens[0]) and _is_head(tokens[1]):
        tokens.pop(0)  # "Kazakhstan's Ministry of Transport" → the ministry itself
    if len(tokens) > 2 and _POSSESSIVE.search(tokens[0]) and any(_is_head(t) for t in tokens[2:]):
        tokens.pop(0)  # "Turkmenistan's Maritime and River Transport Agency": the owner is not in the name
    if not tokens or len(tokens) == 1 and tokens[0].isupper() and tokens[0].lower().rstrip(".") in ROLE_INITIALS:
        return None  # "…," the CM said': a role's initials name no one
    owned = _after_owning_body(tokens)
    if owned is not tokens:
        return Named("org", " ".join(owned), "")  # what a body owns is a body
    text = " ".join(tokens)
    pieces = PHRASE_SPLIT.split(text)
    links = PHRASE_SPLIT.findall(text)
    heads = [i for i, t in enumerate(tokens) if _is_head(t)]
    roles_at = [i for i, t in enumerate(tokens) if _is_role(t) and i < len(tokens) - 1]
    person_after_org = bool(heads and roles_at and roles_at[-1] > heads[-1])  # "Assembly Speaker X"
    if _is_role(tokens[0]) and len(pieces) == 1 and heads and heads[-1] == len(tokens) - 1 and len(tokens) > 2:
        return Named("org", " ".join(tokens[1:]), "")  # "Developer Brackenfield Homes": the firm
    if _civic_body(pieces, links):
        return Named("org", text, "")
    # "Country Director of the Asian Development Bank for Uzbekistan X": a role ends the first piece, a person follows
    role_then_person = _is_role(pieces[0].split()[-1]) and heads[-1:] < [len(tokens) - 3] and len(pieces) > 1
    if not _is_role(tokens[0]) and heads and not person_after_org and not role_then_person:
        first = pieces[0].split()
        if any(_is_head(t) for t in first) or all(link.strip() in ("and", "&") for link in links) \
                or _head_after_and(pieces, links):
            return Named("org", text, "")
        pieces = pieces[:1]  # "Liang Wenbo of the Sichuan Wildlife Society": the person, not the society
        links = []
    # "Vice Minister of Tourism and Sports X", "Minister of Information, Culture and Tourism X": the "and" is in
    # the role's place, not between two people (a middle piece as long as "Transport Ana Ruiz" may hold one)
    place = (len(pieces) > 2 and links[0].strip() == "of" and _is_role(pieces[0].split()[-1])
             and all(len(piece.split()) <= 2 for piece in pieces[1:-1]))
    shared = _shared_role(pieces, links)
    if shared is not None:
        return shared
    if any(link.strip() == "and" for link in links) and not _is_role(tokens[0]) and not place:
        parts = [p for p in (clean(piece) for piece in pieces) if p]
        if len(parts) > 1:
            return Named("person", parts[0].name, "", many=True)
    if person_after_org:
        pieces = [" ".join(tokens)]
    first = pieces[0].split()
    if _is_role(first[-1]) and len(pieces) > 1:
        # "President of Kyrgyzstan Almazbek Toktorov": the role's place, then the person
        last = pieces[-1].split()
        name = _last_name_part(last)
        if len(name) < 2:
            return None  # "Deputy Minister of Information": a role with no one named
        role = " ".join([pieces[0]] + [p for p in pieces[1:-1]] + last[:len(last) - len(name)])
        return _person(name, role)
    # a title word after a name's particle is the name's ("Khalid bin Sultan Al Falasi")
    roles = [i for i, t in enumerate(first) if _is_role(t) and i < len(first) - 1
             and not (i and _LINK.match(first[i - 1]))]
    if not roles and len(first) >= 3:
        roles = _agent_at(first) or _acronym_role_at(first)  # "Restaurateur Paolo Bianchi", "District Prosecutor Imelda Okonkwo-Hart"
    if roles:
        cut = roles[-1] + 1
        return _person(first[cut:], " ".join(first[:cut]))
    return _person(first, "")


_FAMILY_PARTICLES = frozenset("van von de da di du del della der den le la bin ibn al el ben ould abu".split())


def _agent_at(tokens: list[str]) -> list[int]:
    """Where a word for what someone does ("Restaurateur", "Prosecutor", "Passenger") ends the role words
    before a name of two words or more: no given name before it or in it (the index of the last such word,
    in a list, or none). A role the lexicon does not know is still a role by its ending."""
    found: list[int] = []
    for index, token in enumerate(tokens[:-2]):
        if given_gender(f"{token} X") is not None or token.lower() in _GIVEN:
            break  # "Anna Walker Smith", "Jaber Nasser al-Hashimi": the name has begun
        if _LINK.match(tokens[index + 1]) or tokens[index + 1].lower() in _FAMILY_PARTICLES:
            break  # "Pieter Van den Broeck": a family name's particle after it makes the word a given name
        if len(token) > 3 and _AGENT.search(token) and token.lower() not in _GIVEN and token[:1].isupper() \
                and given_gender(f"{token} {tokens[index + 1]}") is None:
            found = [index]
    return found


_CIVIC = frozenset("city town county municipality borough shire port".split())


def _acronym_opening(tokens: list[str]) -> bool:
    """ "IT Operations Team": a run opening on a capitalised acronym that is also a small word keeps it."""
    return len(tokens) > 1 and _acronym(tokens[0]) and tokens[1][:1].isupper()


def _civic_body(pieces: list[str], links: list[str]) -> bool:
    """ "City of Cape Town", "County of Hallam": a town's or county's own body, named whole by its place."""
    return (len(pieces) == 2 and links[0].strip() == "of" and pieces[0].lower() in _CIVIC
            and pieces[1][:1].isupper())


def _acronym_role_at(tokens: list[str]) -> list[int]:
    """ "Transport MEC Lindiwe Khoza": a role written as an acronym after the role's own words, then a name of
    two words or more (the index of the acronym, in a list, or none). A run opening on one keeps it."""
    for index in range(1, len(tokens) - 2):
        token = tokens[index]
        if 2 <= len(token) <= 5 and token.isalpha() and token.isupper():
            rest = tokens[index + 1:]
            if all(t[:1].isupper() and not t.isupper() and not _is_head(t) for t in rest):
                return [index]
            return []
    return []


def _shared_role(pieces: list[str], links: list[str]) -> Named | None:
    """ "Oceans and Fisheries Minister Kang Tae-sik": single words joined by "and" before a role title are
    the role's domain, not a second person; the person is the full name after the title (None if there is
    no full name: a surname alone there could be either of two people)."""
    if len(pieces) < 2 or any(link.strip() != "and" for link in links):
        return None
    if any(len(piece.split()) != 1 or _is_role(piece) for piece in pieces[:-1]):
        return None
    last = pieces[-1].split()
    titles = [i for i, t in enumerate(last) if _is_role(t)]
    if not titles or titles[0] == 0 or titles[-1] + 2 > len(last):
        return None  # "Bekova and Minister Omarov": two people; "Ruiz and Lobo": no title at all
    name = last[titles[-1] + 1:]
    if len(name) < 2:
        return None
    role = " and ".join(pieces[:-1]) + " and " + " ".join(last[:titles[-1] + 1])
    return _person(name, role)


def _person(tokens: list[str], role: str) -> Named | None:
    while tokens and _POSSESSIVE.search(tokens[0]) and len(tokens) > 1:
        tokens = tokens[1:]  # "Ethiopia's Getachew Alemu"
    if len(tokens) > 1 and _POSSESSIVE.search(tokens[-1]):
        tokens = tokens[:-1] + [tokens[-1][:-2]]  # "on Berik Zhaksylykov's arm": the man is Berik Zhaksylykov
    tokens, honorific = _without_honorifics(tokens)
    if not _valid(tokens) or (len(tokens) == 1 and _POSSESSIVE.search(tokens[0])):
        return None
    if len(tokens) < 2:
        honorific = ""  # "Haji Lane" may be a street: a title before one word is no evidence of a person
    elif (_SHOUTED.fullmatch(tokens[-1]) and len(tokens[-1]) > 2 and tokens[-1] not in _LEGAL_FORMS
          or len(tokens) == 2 and _SHOUTED.fullmatch(tokens[0])) and len(tokens) <= 3 \
            and sum(not t.isupper() for t in tokens) == len(tokens) - 1:
        # "ZHOU Huiqin", "Jean-Pierre DUPONT": a family name in capitals, as some papers print it, is written
        # in normal case (one such word, last or first of two, beside words in normal case)
        tokens = [t.capitalize() if _SHOUTED.fullmatch(t) else t for t in tokens]
    return Named("person", " ".join(tokens), " ".join(filter(None, (role.lower(), honorific))))


# a firm's legal form after its name ("Gaz Nord SA", "Havfjell Vind AS") stays as written
_LEGAL_FORMS = frozenset("ASA PLC LTD INC LLC LLP SRL SPA SAS SARL GMBH OYJ KFT DOO BHD PTE PTY SPZOO".split())
# a word in capitals shaped like a family name (a vowel and a consonant; no roman numeral)
_SHOUTED = re.compile(r"(?![IVX]+\b)(?=[A-Z]*[AEIOUY])(?=[A-Z]*[B-DF-HJ-NP-TV-Z])[A-Z]{2,12}")


def _without_honorifics(tokens: list[str]) -> tuple[list[str], str]:
    """The name without the honorifics before it, and those honorifics in lowercase: a title is not a name,
    and a speaker saved as "Datuk Seri Hafizuddin Abdul Wahab" is a wrong attribution."""
    cut = 0
    while cut < len(tokens) - 1:
        low = tokens[cut].lower().rstrip(".")
        rest = len(tokens) - cut - 1
        if cut + 2 < len(tokens) and (low, tokens[cut + 1].lower().rstrip(".")) in HONORIFIC_PAIRS:
            cut += 2  # "Tan Sri", "Datuk Seri": "Tan" alone is a surname
        elif low in HONORIFICS or (low in HONORIFICS_BEFORE_NAME and rest >= 2):
            cut += 1
        else:
            break
    return tokens[cut:], " ".join(tokens[:cut]).lower()
