"""The people (and organisations) an article introduces, in reading order, for resolving later mentions.

Built once per article from the prose outside quotation marks: each capitalised run is cleaned to a
name (``names.clean``); a person is kept when the text gives evidence it is one (a title or role
before it, an appositive after it, a speech verb, a he/she that follows it). Surname-only mentions
join the full name introduced earlier; pronouns after a mention, or "Ms"/"chairwoman", give the person's
gender, and where the article says nothing the given name may (``given_names``; a pronoun against it
leaves the gender in doubt); role words ("the mining minister", "Mayor …") let "the minister" find them
later. A name with a list in its "of" phrase ("Ministry of Agriculture, Fisheries and Water Resources")
stays whole across its commas. Unnamed speakers ("An executive
…, who asked not to be named, said") are kept too, so that a later "he said" is not given to someone
else.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from qtapp.article.names import author_from_name
from qtapp.article.quotations.given_names import given_gender
from qtapp.article.quotations.lexicon import (
    COMPANY_NOUNS,
    FUNCTION_WORDS,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    ORG_HEADS,
    ORG_NOUNS,
    PARTICIPLES,
    PREPOSITIONS,
    PROPER,
    REPORT_VERBS,
    ROLE_TITLES,
    VERB_PATTERN,
    VERB_RE,
    proper_names,
)
from qtapp.article.quotations.names import Named, clean, listed_end

LOOKBACK_BLOCKS = 2  # a pronoun refers to someone named in its paragraph or the two before
LOOKBACK_MENTIONS = 12  # … and among the last few people named, however long the paragraph
_NEAR_MENTIONS = 16  # how many of the latest mentions ``People._latest_first`` reads before the rest
ROLE_LOOKBACK = 400  # a role noun ("the minister") looks this many mentions back at most
# The lookahead restates the letters a pronoun starts with: the engine skips to them at C speed instead of
# trying the boundary at every character (the gender pass searches after every mention).
_PRONOUN = re.compile(r"(?=[hsi])\b(?:(he|him|his|himself)|(she|her|hers|herself)|(its|itself))\b", re.IGNORECASE)
_APPOSITIVE_AFTER = re.compile(r"^,\s+(?:(?:the|a|an)\s+([^,.;:\"“”]{2,120})|(\d{1,3})|who\b|whose\b)")
# "Marcela Jiménez Arce, regional director of the conservation area, …": a role in apposition with no article,
# its last word a title the lexicon knows, then its place or the appositive's end
_BARE_ROLE_AFTER = re.compile(r"^,\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)(?=\s+(?:of|at|for|with|in|from)\s|,)")
# "…, the county's auditor, Imke Vos,", "tries from their captain, Junior Leavasa,": a role in apposition before it
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.,;:]\s+|\b(?:and|from|by|with|for|to|against|under|behind)\s+"
                                r"|\s(?=[\w.’']+(?:['’]s|s['’])\s))"  # "Fischer's", "Sands'"
                                r"(?:(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Oo]ne)\s+"
                                r"|[\w.’']+(?:['’]s|s['’])\s+)"
                                r"((?:[\w\-’']+\s+){0,5}[\w\-]+),\s*$")
# "Councillor for the area, Niamh Byrne, said": a sentence that opens on a title the lexicon knows (no article
# before it, capitalised as the sentence's first word), its place after it, then the name in apposition
_SENTENCE_ROLE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+)([A-Z][a-z\-]+(?:\s+[A-Za-z][\w\-]*)?"
                                   r"(?:\s+(?:for|of|in|at)\s+(?:the\s+)?[^,.;:\"“”]{1,60})?),\s*$")
# … and with no commas, its place in lowercase words: "Councillor for the area Niamh Byrne said"
_SENTENCE_ROLE_GLUED = re.compile(r"(?:^|[.!?][\"”’']?\s+)([A-Z][a-z\-]+(?:\s+[A-Za-z][\w\-]*)?"
                                  r"\s+(?:for|of|in)\s+the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+$")
_SUBJECT_OF_SPEECH = re.compile(r"^(?:,[^,.;\"“”]{1,100},|\s+of\s+[^,.;\"“”]{1,60}?)?\s*(?:also\s+|later\s+)?(?:"
                                + "|".join(sorted(REPORT_VERBS)) + r")\b")
_PURE_NAME_NEXT = re.compile(rf"^,\s+{PROPER}\s*,")
_ROLE_END = re.compile(r"\s+(?:who|whose|which|that|with|at|in|from|for|on|since|based|and)\b.*$")
_KIN = "husband wife son daughter brother sister mother father widow widower partner friend colleague boss".split()
_ROLE_NOUN_WORD = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ary|ive|ief|ch|ess|ent|ic|ner|al)$|^(?:"
                             + "|".join(sorted(w for w in ROLE_TITLES | set(_KIN) if w.isalpha())) + ")$")
_PAST_VERB_AFTER = re.compile(r"^\s+(?:also\s+)?(?:[a-z]+ed|won|ran|took|came|went|led|left|began|spoke|gave|made|put|"
                              r"met|paid|saw|became|brought|kept|held|sat|stood|thought|felt|drove|flew|built|"
                              r"lost|sold|bought|taught|fought|grew|knew|rode|swam|threw|wore|broke|chose)\b")
# "jams on Anna Salai", "a shop in Rosa Parks": a given name after these words, with nothing else saying it is
# someone, names a street or a place, and a later "she" means the sentence's subject
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|along|near|across|via|onto|into|off|outside|opposite)\s+$")
_IN_THE_BEFORE = re.compile(r"\b(?:in|near|across|along|off|outside)\s+the\s+$")
_NAME_PARTICLES = frozenset("von van de da di du del della der den le la bin ibn al el ter".split())
_ARTICLE_JOINED = re.compile(r"^(?:(?:al|el|ad|as|ash|at|ar)-|d['’])[A-Z]")
_ROLE_AFTER = re.compile(r"^\s+([a-z][a-z\-]*)(?:\s+([a-z][a-z\-]*))?\b(?!['’])")


def _role_after(after: str) -> str | None:
    """The role noun (one or two lowercase words) right after a name: "[the Senate] chairman", "[the UNE]
    general director"; None when the words after are not a role."""
    found = _ROLE_AFTER.match(after)
    if found is None:
        return None
    if found.group(1) in ROLE_TITLES:
        return found.group(1)
    return f"{found.group(1)} {found.group(2)}" if found.group(2) in ROLE_TITLES else None
# A common noun for a body right before a name: the name is the body's ("state carrier Air Astana")
_ORG_KINDS = frozenset("agency carrier airline company firm regulator utility lender insurer broadcaster "
                       "conglomerate watchdog charity startup start-up retailer manufacturer automaker carmaker "
                       "chipmaker shipper railway airport group lobby coalition union alliance".split())


def _word_before(before: str) -> str:
    """The word right before a name, as written ("" when a mark or nothing is there)."""
    if not before[-1:].isspace():
        return ""
    words = before[-40:].split()
    return words[-1] if words else ""
_INVERTING = frozenset("said says added adds wrote writes continued explained recalled".split())
_SPACE = re.compile(r"\s")
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:!?]|$)")
_PLAIN_WORD = re.compile(r"^[\w\-]+$")
_VOICE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(spokes(?:person|man|woman)|representative|official|source)s?\s+"
                    rf"(?:for|from|at|of|with)\s+(?:the\s+)?(?P<org>{PROPER})")
_ANONYMOUS = re.compile(r"(?=[AOao])\b(?:A|An|One|a|an|one)\s+(?:[a-z][\w\-]*\s+|[A-Z][\w]*-[a-z]+\s+){0,5}?"
                        r"[a-z][\w\-]*(?:\s+(?:at|in|from|with)\s+[^,.;:\"“”]{1,50}?)?(?:,[^.;\"“”]{1,80},)?"
                        r"\s+(?:also\s+|once\s+|later\s+)?(?:" + VERB_PATTERN + ")")
# "\b[Tt]he": the boundary is asked after the letter, so the pattern starts with a letter the engine skips
# to at C speed instead of trying every position (half the time of a block's scan)
_ROLE_NOUN = re.compile(r"[Tt](?<!\w[Tt])he\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")
_SYNONYMS = {"head of state": HEAD_OF_STATE, "head of government": HEAD_OF_GOVERNMENT,
             "chief executive": frozenset({"chief executive", "ceo"}),
             "spokesperson": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
             "judge": frozenset({"judge", "justice"})}  # "Justice Miriam Tovue" … "the judge told the court"


# "The developer, Fjordgas, said": a one-word name given as what a firm is called is the firm's whole name
_FIRM_ROLES = COMPANY_NOUNS | frozenset("developer manufacturer producer maker supplier contractor builder "
                                        "retailer regulator".split())


def is_firm(role: str) -> bool:
    """The role words say a firm ("developer", "operator"), not a person."""
    return any(word in _FIRM_ROLES for word in role.split())


DOUBTFUL = "?"  # the gender of someone whose pronoun and given name disagree


@dataclass(eq=False)
class Person:
    """One person or organisation; ``name`` is the fullest form the article gives (None: unnamed)."""

    name: str | None
    kind: str = "person"
    roles: set[str] = field(default_factory=set)
    gender: str | None = None  # "m", "f" as the article says (a pronoun, "Ms"); "it" organisations; DOUBTFUL
    evidence: bool = False
    guess: str | None = None  # "m", "f" from the given name alone, when the article does not say

    @property
    def sex(self) -> str | None:
        """The gender a he/she is matched against: the article's word first, else the name's guess."""
        return self.gender or self.guess


class Mention(NamedTuple):
    """One place a person is named. A tuple: a page of names makes one per name (a frozen dataclass's
    ``__init__`` set each field through ``object.__setattr__``, three times the cost)."""

    at: int  # offset in the article's text
    block: int
    person: Person


class People:
    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self._by_name: dict[str, Person] = {}
        self._by_token: dict[str, list[Person]] = {}
        # Names of three words or more whose family name may itself be two words ("Tomás Ó Flaithearta"):
        # splitting them needs nameparser, whose import alone is ~80 ms, so it waits until a lookup could
        # need one of them (``_spaced_families``); a two-word name's whole self is already in ``_by_name``.
        self._unsplit: list[Person] = []
        self._unsplit_tails: set[str] = set()
        self._starts: list[int] = []
        self._who: list[Person] = []  # each mention's person, so a look back dedupes at C speed (``role``)
        # last words of known roles and organisations' words ("the company" may mean any firm introduced)
        self.role_heads: set[str] = set(_SYNONYMS) | COMPANY_NOUNS
        self._firsts: dict[int, list[int]] | None = None  # ``first_mentions``, made when first asked
        self._firsts_of = 0
        self._bodies: list[Person] = []  # organisations of more than one word, in the order introduced
        self._initials: dict[str, set[int]] = {}  # each such body's initials ("WHO"): the ids of those bodies
        self.notes: dict[int, str | None] = {}  # what ``trust`` read of each person, by id: asked once each
        self.whole: dict[int, Any] = {}  # what ``fullness`` read of each person's name, by id: asked once each
        self.longer: dict[int, set[str]] = {}  # each speaking body's longer forms in the text (``trust``), by id
        self._last_before: tuple[tuple[int, int, int], list[Mention]] = ((-1, -1, -1), [])
        self.resolved: dict[tuple[str, str], Any] = {}  # whom each name a rule reads means (``subjects.resolve``)
        self.objects: set[int] = set()  # where "X called him" was read as one person named before (``trust``)
        self.interviewee: tuple[str | None] | None = None  # whom a Q&A's "A:" turns are (``rules.interviewee``)

    # --- building -------------------------------------------------------------------------------
    def person(self, named: Named) -> Person:
        """The one Person for ``named``: a short form ("Fischer", "Liu") joins the full name it belongs to."""
        key = named.name
        known = self._by_name.get(key)
        if known is None and named.kind == "org":
            known = self._body_of_kind(key)  # "the Navy" after "the Brazilian Navy"
        if known is None:  # "Fischer", or a surname of two words: "Ó Flaithearta", "Fernández Ortega"
            candidates = self._tokens(key) or []
            known = candidates[-1] if candidates else self._containing(key)
        if known is None and named.kind == "person":
            known = self._particle_opening(key)
        if known is None and key.isupper() and 2 <= len(key) <= 8:
            known = self._by_initials(key)
        if known is None:
            known = Person(key, named.kind, guess=given_gender(key) if named.kind == "person" else None)
            self._by_name[key] = known
            if named.kind == "person" and " " in key:
                tokens = key.split()
                for token in tokens:
                    if token[:1].isupper() or _ARTICLE_JOINED.match(token):  # "al-Harthy", "d'Entremont" too
                        self._by_token.setdefault(token, []).append(known)
                if len(tokens) > 2:
                    self._unsplit.append(known)
                    self._unsplit_tails.update(" ".join(tokens[i:]) for i in range(1, len(tokens) - 1))
        if named.role:
            self.add_role(known, named.role)
        if named.kind == "org":
            self.role_heads.update(t.lower() for t in key.split())
            if known.name == key and " " in key:
                self._bodies.append(known)
                self._initials.setdefault(initials(key), set()).add(id(known))
        return known

    def _by_initials(self, short: str) -> Person | None:
        """ "the RTA said" after "the Roads and Transport Authority": the one body introduced whose initials
        the short form spells (two such bodies: neither)."""
        ids = self._initials.get(short)
        if ids is None or len(ids) != 1:
            return None
        wanted = next(iter(ids))
        body = next(b for b in self._bodies if id(b) == wanted)
        self._by_name[short] = body
        return body

    def _particle_opening(self, key: str) -> Person | None:
        """ "Von Hallerstein said" after "Friederike von Hallerstein", "Al-Harthy said" after "Salim bin Hamad
        al-Harthy": a family name's particle takes a capital when it opens a sentence."""
        lowered = key[:1].lower() + key[1:]
        if key.split()[0].lower() not in _NAME_PARTICLES and not _ARTICLE_JOINED.match(lowered):
            return None
        candidates = self._tokens(lowered) or []
        return candidates[-1] if candidates else self._by_name.get(lowered) or self._containing_any(lowered)

    def _containing_any(self, short: str) -> Person | None:
        """``_containing`` for a short form whose first word may be a lowercase particle ("von Hallerstein")."""
        tokens = short.split()
        if len(tokens) < 2:
            return None
        found = {p for p in self._by_token.get(tokens[-1], []) if p.name and p.name != short
                 and f" {short} " in f" {p.name} "}
        return found.pop() if len(found) == 1 else None

    def _body_of_kind(self, key: str) -> Person | None:
        """ "the Navy", "the Court": a body named by its kind alone is the one body of that kind the article
        introduced in full ("the Brazilian Navy"); with two of them ("High Court", "Court of Appeal"), none."""
        if " " in key or key.lower() not in ORG_HEADS:
            return None
        found = {id(body): body for body in self._bodies if key in (body.name or "").split()}
        return next(iter(found.values())) if len(found) == 1 else None

    def _tokens(self, key: str) -> list[Person] | None:
        """``_by_token[key]``, splitting the waiting names first when ``key`` may be one's family name."""
        if key in self._unsplit_tails:
            self._spaced_families()
        return self._by_token.get(key)

    def _spaced_families(self) -> None:
        """'Tomás Ó Flaithearta' goes by 'Ó Flaithearta': the waiting names' two-word family names, in
        the order the names came (such keys have a space, so no one-word token's list is reordered)."""
        for person in self._unsplit:
            key = person.name or ""
            family = author_from_name(key).family or ""
            if " " in family and key.endswith(family):
                self._by_token.setdefault(family, []).append(person)
        self._unsplit.clear()
        self._unsplit_tails.clear()

    def alias(self, short: str, body: Person) -> None:
        """ "ZUS" after "the Social Insurance Institution (ZUS)": the short form names the same body (unless
        the article gave it to someone else first)."""
        if body.kind == "org" and body.name and short not in self._by_name:
            self._by_name[short] = body

    def add_role(self, person: Person, role: str) -> None:
        if role in person.roles:
            return  # named so before: its words are known already
        person.roles.add(role)
        words = role.split()
        self.role_heads.update(words)
        if person.gender is None and person.kind == "person":
            person.gender = _gender_of_role(words)
        if any(word in role.split() for word in HEAD_OF_STATE):
            self.role_heads.add("state")
        if any(word in role.split() for word in HEAD_OF_GOVERNMENT):
            self.role_heads.add("government")

    def _containing(self, short: str) -> Person | None:
        """The one person whose longer full name holds the words of ``short`` in order ("Wan Azlan" of
        "Wan Azlan Ismail"); None when no one, or more than one, does."""
        tokens = short.split()
        if len(tokens) < 2 or not all(t[:1].isupper() for t in tokens):
            return None
        found = {p for p in self._by_token.get(tokens[0], []) if p.name and p.name != short
                 and f" {short} " in f" {p.name} "}
        return found.pop() if len(found) == 1 else None

    def known(self, short: str) -> list[Person]:
        """The people a one-word mention may be: those whose full name holds it, or who go by it."""
        found = self._by_token.get(short) or []
        alone = self._by_name.get(short)
        return found + [alone] if alone is not None else list(found)

    def vouched(self, short: str, evidence: bool) -> bool:
        """A one-word mention is someone when a person it may be had evidence, or it has its own and
        may be someone named before (``known`` without building the list)."""
        found = self._by_token.get(short)
        alone = self._by_name.get(short)
        if not found and alone is None:
            return False
        known = self.known(short)
        return any(p.evidence for p in known) or evidence

    def add(self, at: int, block: int, person: Person) -> None:
        """Mentions arrive in reading order, block by block (``merge`` keeps one block's in order)."""
        self.mentions.append(Mention(at, block, person))
        self._starts.append(at)
        self._who.append(person)

    def add_all(self, offset: int, block: int, found: list[tuple[int, int, Person]]) -> None:
        """``add`` for each of a block's mentions, (start in the block, end, person) in reading order: one
        call for the block, not one for each of its names (a block may name someone 40,000 times)."""
        starts = [offset + start for start, _end, _person in found]
        who = [person for _start, _end, person in found]
        self.mentions.extend(map(tuple.__new__, repeat(Mention), zip(starts, repeat(block), who)))  # at C speed
        self._starts.extend(starts)
        self._who.extend(who)

    def merge(self, first: int, extra: list[Mention]) -> None:
        """Put ``extra`` mentions of the current block (from ``first`` on) into reading order."""
        if not extra:
            return  # the block's own mentions arrived in order
        tail = sorted(self.mentions[first:] + extra, key=lambda m: m.at)
        del self.mentions[first:]
        self.mentions.extend(tail)
        self._starts[first:] = [m.at for m in tail]
        self._who[first:] = [m.person for m in tail]

    # --- resolving ------------------------------------------------------------------------------
    def lookup(self, name: str) -> str:
        """The fullest form of ``name`` the article gives ("Fischer" → "Elena Fischer")."""
        named = self._by_name.get(name) or self._body_of_kind(name)
        if named and named.name:
            return named.name
        found = self._tokens(name)
        if found:
            return found[-1].name or name
        longer = self._containing(name) or self._particle_opening(name)
        return longer.name or name if longer is not None else name

    def named(self, name: str) -> Person | None:
        return self._by_name.get(name) or self._body_of_kind(name)

    def before(self, at: int, block: int) -> list[Mention]:
        """The mentions a pronoun at ``at`` may mean, latest first (``_before``)."""
        return self._before(at, block)

    def _before(self, at: int, block: int) -> list[Mention]:
        """Mentions before ``at``, latest first, back to ``LOOKBACK_BLOCKS`` blocks earlier (the last answer is
        kept: a quotation's rules and doubts ask it three times or more; callers only read the list)."""
        key = (at, block, len(self.mentions))
        if self._last_before[0] == key:
            return self._last_before[1]
        out = []
        end = bisect.bisect_left(self._starts, at)
        for index in range(end - 1, max(-1, end - 1 - LOOKBACK_MENTIONS), -1):
            mention = self.mentions[index]
            if mention.block < block - LOOKBACK_BLOCKS:
                break
            out.append(mention)
        self._last_before = (key, out)
        return out

    def first_mentions(self, person: Person, count: int = 3) -> list[int]:
        """Where ``person`` is first mentioned (up to ``count`` offsets): where the article introduced them."""
        if self._firsts is None or self._firsts_of != len(self.mentions):
            firsts: dict[int, list[int]] = {}
            for mention in self.mentions:
                seen = firsts.setdefault(id(mention.person), [])
                if len(seen) < count:
                    seen.append(mention.at)
            self._firsts, self._firsts_of = firsts, len(self.mentions)
        return self._firsts.get(id(person), [])

    def latest(self, at: int, count: int = ROLE_LOOKBACK) -> list[Person]:
        """The people of the last ``count`` mentions before ``at``, latest first, each once."""
        end = bisect.bisect_left(self._starts, at)
        return list(dict.fromkeys(reversed(self._who[max(0, end - count):end])))

    def _latest_first(self, end: int, count: int) -> Iterator[Person]:
        """``latest``'s people of the ``count`` mentions before mention ``end``, made as they are asked for:
        the nearest few first, the whole look-back only when the caller goes on past them (most stop at
        the first or second person; deduping 400 mentions for each quotation was a tenth of the engine)."""
        near = dict.fromkeys(reversed(self._who[max(0, end - min(count, _NEAR_MENTIONS)):end]))
        yield from near
        if count > _NEAR_MENTIONS and end > _NEAR_MENTIONS:
            for person in dict.fromkeys(reversed(self._who[max(0, end - count):end - _NEAR_MENTIONS])):
                if person not in near:
                    yield person

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def pronoun(self, word: str, at: int, block: int, besides: Person | None = None) -> Person | None:
        """he/she/it → the most recent compatible mention before ``at`` (other than ``besides``); unsure → None."""
        word = word.lower()
        if word == "it":
            for mention in self._before(at, block)[:6]:
                if mention.person.kind == "org":
                    return mention.person
            return None
        gender = {"he": "m", "she": "f"}.get(word)
        if gender is None:
            return None
        mentions = [m for m in self._before(at, block) if m.person.kind == "person" and m.person is not besides]
        for mention in mentions:
            person = mention.person
            if person.sex == gender:
                return None if person.name is None else person
            if person.sex == DOUBTFUL:
                return None  # named last, of a gender the article leaves in doubt: could be either
            if person.sex is None and person.evidence:
                # an unknown gender is compatible only when no one else could be meant, named just before
                # (for someone named in the pronoun's own paragraph: in it or the one before)
                floor = block - 1 if mention.block == block else -1
                others = {m.person.name for m in mentions if m.person is not person
                          and m.person.sex in (gender, None, DOUBTFUL) and m.block >= floor}
                return person if not others and person.name and mention.block >= block - 1 else None
        return None

    def only_person(self, at: int, block: int) -> Person | None:
        """The one person named in this paragraph or the one before, before ``at``; None when several are."""
        people = {m.person for m in self._before(at, block) if m.block >= block - 1 and m.person.kind == "person"}
        person = people.pop() if len(people) == 1 else None
        return person if person is not None and person.name and person.evidence else None

    def issuer(self, at: int, block: int) -> Person | None:
        """Who issued "the statement": the body that opens this paragraph ("The Authority said in a statement
        that it had cancelled every permit Kila issued"), else the one person or body it names before ``at``;
        a paragraph naming no one hands the question to the one before. None when unsure."""
        for wanted in (block, block - 1):
            named = [m.person for m in reversed(self._before(at, block)) if m.block == wanted]
            if named:
                first = named[0]
                one = first if first.kind == "org" or all(p is first for p in named) else None
                return one if one is not None and one.name else None
        return None

    def role(self, words: str, at: int) -> Person | None:
        """ "the minister", "the head of state", "the company" → the most recent one introduced so."""
        parts = words.lower().split()
        if parts[-1] not in self.role_heads:
            return None  # most asks: a capitalised word no role or body ends on ("…," Costa said)
        head = parts[-1]
        words = " ".join(parts)
        wanted = _SYNONYMS.get(words, frozenset({words}))
        company = head in COMPANY_NOUNS and parts[0] in COMPANY_NOUNS
        end = bisect.bisect_left(self._starts, at)
        # latest first, each person once (named again, they give the same answer)
        for person in self._latest_first(end, ROLE_LOOKBACK):
            if person.kind == "org":
                if company:
                    name_words = _lower_words(person.name or "")
                    if ((person.gender == "it" or name_words & _COMMERCIAL or any(map(is_firm, person.roles)))
                            and not _PUBLIC_BODY.intersection(name_words)):
                        return person
                    continue
                if all(w in _lower_words(person.name or "") for w in parts) or ("spokesperson" in wanted and
                                                                                "spokesperson" in person.roles):
                    return person
                continue
            for role in person.roles:
                if any(_has_words(role, want) for want in wanted):
                    return person if person.name else None
        return None


_FEMININE = frozenset("ms ms. mrs mrs. miss madam dame lady queen princess duchess countess baroness sister "
                      "mother wife widow daughter grandmother aunt niece actress waitress "
                      "datin puan hajah hjh hjh. ibu bu smt smt. shrimati tmt sheikha sayyida ustazah alhaja "
                      "mme mme. madame frau señora sra sra. srta srta.".split())
_MASCULINE = frozenset("mr mr. sir lord king prince duke count baron brother father husband widower son "
                       "grandfather uncle nephew encik tuan haji hj hj. bapak pak shri thiru sheikh shaikh "
                       "shaykh sayyid ustaz alhaji herr monsieur señor".split())


def _gender_of_role(words: list[str]) -> str | None:
    """ "Ms", "Mrs", "chairwoman", "Sir": the gender a role word says, the article's own cue."""
    female = any(w in _FEMININE or w.endswith("woman") for w in words)
    male = any(w in _MASCULINE for w in words)
    return "f" if female and not male else "m" if male and not female else None


_PUBLIC_BODY = frozenset(("ministry", "department", "government", "bureau", "agency"))
# Words that make an organisation a firm "the company" may mean, even before an "its" says it is one
_COMMERCIAL = frozenset("homes holdings corporation corp corp. company inc inc. ltd ltd. limited industries llc plc "
                        "airlines airways "
                        "shipping robotics analytics logistics".split())


@lru_cache(maxsize=4096)
def _lower_words(name: str) -> frozenset[str]:
    """A name's words in lowercase: what a role noun ("the ministry") is matched against."""
    return frozenset(t.lower() for t in name.split())


def _has_words(role: str, wanted: str) -> bool:
    """The role holds the wanted words: as written ("mining minister"), or each of them when the noun
    phrase puts its body first ("the Senate chairman" for a "chairman of the senate of kazakhstan")."""
    if wanted in role and _words_pattern(wanted).search(role) is not None:
        return True
    parts = wanted.split()
    return len(parts) > 1 and all(_words_pattern(part).search(role) for part in parts)


@lru_cache(maxsize=1024)
def _words_pattern(wanted: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(wanted)}\b")


def mask_quotes(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the words inside quotation marks blanked, offsets kept."""
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _role_words_before(before: str) -> str:
    """ "said board chair Elena Fischer": up to three words right before the name, when the last is a role
    noun ("" when none)."""
    role_words: list[str] = []
    if before[-1:].isspace():
        for word in reversed(before[-40:].split()[-3:]):
            low = word.lower()
            if not _PLAIN_WORD.match(word) or low in FUNCTION_WORDS or low in PREPOSITIONS or low in REPORT_VERBS:
                break
            role_words.insert(0, low)
    return " ".join(role_words) if role_words and _ROLE_NOUN_WORD.search(role_words[-1]) else ""


def appositive_after(after: str) -> bool:
    """The words after a name open an appositive about the person (", the harbour master,", ", 46,", ",
    regional director of …"): the run before them is the name, with no role of its own before it."""
    bare = _BARE_ROLE_AFTER.match(after)
    return bool(bare and bare.group(1).split()[-1] in ROLE_TITLES) or bool(_APPOSITIVE_AFTER.match(after))


def _evidence(named: Named, before: str, after: str) -> tuple[bool, str]:
    """Whether the text around a run says it is a person, and the role it gives them."""
    role = named.role
    words_before = before.split()
    last_word = words_before[-1].lower() if words_before else ""
    bare = _BARE_ROLE_AFTER.match(after)
    if bare and bare.group(1).split()[-1] in ROLE_TITLES:
        return True, "; ".join(filter(None, (role, bare.group(1))))  # "X, regional director of the area,"
    appositive = _APPOSITIVE_AFTER.match(after)
    if appositive and appositive.group(1):
        found = _ROLE_END.sub("", appositive.group(1).lower())
        if len(found.split()) <= 8 and any(_ROLE_NOUN_WORD.search(w) for w in found.split()):
            return True, "; ".join(filter(None, (role, found)))
    elif appositive:  # "Former energy minister Gopal Bhattarai, who …": the words before still give a role
        if _PLACE_BEFORE.search(before):
            return False, ""  # "A freight broker in Lake Charles, who asked …": the who is the broker's
        before_role = _role_words_before(before)
        return True, " ".join(filter(None, (before_role, role)))
    app_before = _APPOSITIVE_BEFORE.search(before[-90:]) if before.rstrip().endswith(",") else None
    if app_before and any(_ROLE_NOUN_WORD.search(w) for w in app_before.group(1).split()):
        return True, "; ".join(filter(None, (role, _ROLE_END.sub("", app_before.group(1).lower()))))
    opening = (_SENTENCE_ROLE_BEFORE if before.rstrip().endswith(",") else _SENTENCE_ROLE_GLUED).search(before[-90:])
    if opening and _titled(opening.group(1)):
        return True, "; ".join(filter(None, (role, _ROLE_END.sub("", opening.group(1).lower()))))
    before_role = _role_words_before(before)
    if before_role:
        return True, " ".join(filter(None, (before_role, role)))
    if role:
        return True, role
    if last_word in PREPOSITIONS:
        return False, ""
    if last_word in _INVERTING and _CLAUSE_END.match(after):
        return True, ""  # inverted: "…," said Name.
    if _SUBJECT_OF_SPEECH.match(after):
        return True, role  # "Viktor Morozov, said …" / "Umida Karimova of a … group told"
    verb = VERB_RE.match(after.lstrip())
    said = bool(verb and verb.group() in REPORT_VERBS and verb.group() not in PARTICIPLES)
    if before.rstrip().endswith(",") and after.startswith(",") and _PAST_VERB_AFTER.match(after[1:]):
        return True, ""  # "A retired judge I worked before for years, Eleanor Castañeda, put it bluntly"
    if before.rstrip().endswith(",") and after.startswith(",") and _SUBJECT_OF_SPEECH.match(after[1:]) \
            and _long_appositive(before):
        return True, ""  # "A freight forwarder from Urumqi who …, Ma Jianguo, told me"
    return said or bool(_PAST_VERB_AFTER.match(after)), ""


def _titled(phrase: str) -> bool:
    """ "Councillor for the area", "Deputy mayor": the phrase's last word before its place is a title."""
    head = _ROLE_END.sub("", phrase.lower()).split()
    return bool(head) and head[0] not in FUNCTION_WORDS and head[-1] in ROLE_TITLES  # not "Another rider"


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?P<phrase>(?:A|An|The|One|Another)\s[^.!?;:\"“”]{3,200}),\s*$")


def _long_appositive(before: str) -> bool:
    """The sentence so far is a noun phrase for a person, a role noun in it, set off before the name ("A
    freight forwarder from Urumqi who has moved cargo since 2018, …"): too long for the appositive rule."""
    found = _SENTENCE_BEFORE.search(before[-220:])
    if found is None:
        return False
    pieces = found.group("phrase").split(",")
    head = pieces[0].split()[1:4]
    # "The falaj's wakil, or traditional manager, …": a role glossed with "or" gives its gloss's words too
    head += [word for piece in pieces[1:] if piece.split()[:1] == ["or"] for word in piece.split()[1:4]]
    return any(_ROLE_NOUN_WORD.search(word) for word in head if word.islower())


class _Run(NamedTuple):
    """What one capitalised run's own words (and the words around it) say, before the index is asked;
    the same words give the same reading, so a block naming one person a thousand times makes one.

    ``how`` is "org", "full" (a name of several words), "one" (a single word, whose evidence also
    depends on who the article named before: ``said`` and ``firm`` are the parts that do not) or "role"
    ("the Senate chairman": a mention of whoever the article gave that role).
    """

    how: str
    named: Named
    evidence: bool = False
    role: str = ""
    rescued: bool = False  # "full": kept without evidence (a known given name, or a sentence's subject)
    said: bool = False  # "one": a speech verb follows it
    firm: bool = False  # "one": its role words say a firm
    phrase: str = ""  # "role": "Senate chairman", the role the article gave someone, asked of the index
    bare: Named | None = None  # "full", "one": the name without its role (the form the index keeps first)
    with_role: Named | None = None  # "full", "one": the name with the role its words give
    acronym: str = ""  # "org": the short form given in brackets after it ("… Institution (ZUS)")


class _Scan(NamedTuple):
    """Everything ``build`` reads from one block's masked text alone: the same text gives the same scan,
    so a page repeating its paragraphs (or a million tiny ones) is scanned once per distinct block."""

    runs: Iterable[tuple[int, int, _Run]]  # (start, end, reading); a list when the scan is remembered
    voices: list[tuple[int, int, Named]]
    anonymous: list[tuple[int, int]]
    # (start, words, the subject's role words, whether "The" opens them)
    role_nouns: list[tuple[int, list[str], list[str] | None, bool]]


_NOTHING = _Scan([], [], [], [])
REMEMBERED_SCANS = 4096
LONGEST_REMEMBERED = 2000  # a longer block is rarely repeated, and its runs read as they are made weigh less


def names_nothing(masked: str) -> bool:
    """Every name has a capital and every other pattern a space: a block with neither gives the index
    nothing (``build`` may be spared it: "a", "ok")."""
    return " " not in masked and masked.lower() == masked and not _SPACE.search(masked)


def _scan(masked: str) -> _Scan:
    if names_nothing(masked):
        return _NOTHING
    runs = _runs(masked)
    voices = []
    for voice in _VOICE.finditer(masked) if _may_voice(masked) else ():
        named = clean(voice.group("org"))
        if named:
            voices.append((voice.start(), voice.end(), named))
    anonymous = [(found.start(), found.end()) for found in _ANONYMOUS.finditer(masked)]
    role_nouns = []
    for match in _ROLE_NOUN.finditer(masked):
        words = match.group(1).split()
        opens = masked[match.start()] == "T"
        role_nouns.append((match.start(), words, _subject_role(words) if opens else _speaking_role(words), opens))
    return _Scan(list(runs) if len(masked) <= LONGEST_REMEMBERED else runs, voices, anonymous, role_nouns)


REMEMBERED_RUNS = 4096
_UNREAD = _Run("", Named("", "", ""))  # not read yet (None is an answer: a run to skip)


def _runs(masked: str) -> Iterator[tuple[int, int, _Run]]:
    """Each capitalised run of ``masked`` with what its own words and the words around it say.

    A run's reading depends only on its words, the 100 characters before and the 130 after, so a run
    seen before in the same block in the same words is not read again: one block of a megabyte that
    names the same few people tens of thousands of times reads each of them once (issue 15 item 10).
    """
    listed = 0  # the end of the last run that went on past a comma ("Ministry of Food, Agriculture and …")
    read: dict[tuple[str, int, int], _Run | None] = {}
    for match in proper_names(masked):
        start = match.start()
        if start < listed:
            continue
        end = match.end()
        if masked.startswith(",", end):  # only a comma may go on to a list
            end = listed_end(masked, match.group(), end)
        listed = end
        low = start - 100 if start > 100 else 0
        key = (masked[low:end + 130], start - low, end - low)  # the words before, the run's, the words after
        known = read.get(key, _UNREAD)
        if known is _UNREAD:
            known = _read_run(masked[low:start], masked[start:end], masked[end:end + 130])
            if len(read) >= REMEMBERED_RUNS:
                read.clear()  # runs that never repeat must not pile up
            read[key] = known
        if known is not None:
            yield start, end, known


_WORD_END = re.compile(r"[a-z]\s+$")


def _title_next(after: str) -> bool:
    """ "said Joaquín Ferrer, Vice President, Operations …": what follows the comma is a title, not a name."""
    words = _PURE_NAME_NEXT.match(after).group().strip(" ,").split()  # type: ignore[union-attr]
    return words[-1].lower() in ROLE_TITLES


def _read_run(before: str, run: str, after: str) -> _Run | None:
    """What one run says, or None to skip it."""
    named = clean(run)
    if named is None:
        return None
    word_before = _word_before(before)
    role_after = _role_after(after) if word_before in ("the", "The") else None
    if role_after is not None:
        # "the Senate chairman said": a mention of the chairman, not of the Senate
        return _Run("role", named, phrase=f"{run} {role_after}")
    if (named.kind == "person" and word_before.lower() in _ORG_KINDS and not named.many
            and given_gender(named.name) is None):
        # "low-cost carrier SkySteppe", "national water agency PUB": the word before says it is a body
        named = Named("org", named.name, word_before.lower())
    acronym = _acronym_after(named, word_before, after)
    if acronym:
        return _Run("org", Named("org", named.name, named.role), acronym=acronym)
    if named.kind == "org":
        return _Run("org", named)
    if named.many:
        return None
    if named.kind == "person" and " " in named.name and run.startswith("The ") and _WORD_END.search(before):
        return None  # "her reel The Bressay Ferry became a standard": a capital "The" mid-sentence opens a title
    if _IN_THE_BEFORE.search(before[-12:]) and not named.name.isupper():
        return None  # "growers in the Bay of Plenty say": a place after "in the", no person ("Bay")
    if _PURE_NAME_NEXT.match(after) and not role_of_body(after[1:].lstrip()) and not _title_next(after):
        return None  # "Kazakhstan's Minister of Digital Development, Marat Seitov,": the role of the next
    if role_of_body(run) and _NAME_COMMA_BEFORE.search(before) and _APPOSITION_ENDS.match(after):
        # "Dr. Mariam Al Hammadi, Director of the Biodiversity Department at the Ministry, …": the role of the
        # name before it, in apposition; no person is called "Biodiversity Department"
        return None
    if named.name.split()[-1].lower() in ROLE_TITLES and _NAME_COMMA_BEFORE.search(before) \
            and _APPOSITION_ENDS.match(after):
        return None  # "Peter Lundqvist, Chief Financial Officer, will …": his title, no person "Financial Officer"
    if after.startswith(",") and named_as_body(before):
        # "an officer with a civil society group, Harbour Relief Watch, urged": the group's own name
        return _Run("org", Named("org", named.name, ""))
    evidence, role = _evidence(named, before, after)
    bare, with_role = Named(named.kind, named.name, ""), Named(named.kind, named.name, role)
    if " " in named.name:
        rescued = bool((given_gender(named.name) or _opens_clause(before, after))
                       and not _PLACE_BEFORE.search(before))
        return _Run("full", named, evidence, role, rescued, bare=bare, with_role=with_role)
    # "the coastguard in Zeebrugge said": a word after "in" is where the subject is, not who speaks
    said = VERB_RE.match(after.lstrip()) if not _PLACE_BEFORE.search(before) else None
    return _Run("one", named, evidence, role, False, bool(said and said.group() in REPORT_VERBS),
                evidence and is_firm(role), bare=bare, with_role=with_role)


_ACRONYM = re.compile(r"\s*\((?P<short>[A-Z][A-Z0-9&]{1,7})\)")
_INITIALS_SKIP = frozenset("of and for the on in & de du des la le el y e".split())


def _acronym_after(named: Named, word_before: str, after: str) -> str:
    """ "the Social Insurance Institution (ZUS)", "World Health Organization (WHO)": a body's name with its
    short form in brackets after it, which the article then uses alone ("ZUS told …"). A body when the run
    is read as one, or "the" stands before it (no person's name takes it), or the letters are its initials;
    a person's name with a party's letters after it ("Anna Berg (SDP)") stays a person."""
    found = _ACRONYM.match(after)
    if found is None or named.many or " " not in named.name:
        return ""
    short = found.group("short")
    if named.kind == "org" or word_before in ("the", "The") or short == initials(named.name):
        return short
    return ""


def initials(name: str) -> str:
    """ "World Health Organization" → "WHO"; the link words ("of", "and", "the") are left out."""
    return "".join(word[0] for word in name.replace("-", " ").split()
                   if word.lower() not in _INITIALS_SKIP and word[:1].isupper())


_ROLE_OF_BODY = re.compile(r"(?:[A-Z][\w\-]*\s+){0,2}(?:of|for)\s")


def role_of_body(words: str) -> bool:
    """ "Director of the Biodiversity Department", "Director General of Labour Welfare": a title, then the
    body it is held in (a role's words, not a person's name)."""
    return _ROLE_OF_BODY.match(words) is not None and words.split()[0].lower() in ROLE_TITLES


_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’\-]+,\s+$")
_APPOSITION_ENDS = re.compile(r"\s*(?:,|\s(?:at|in)\s)")


_BODY_NOUN_BEFORE = re.compile(r"(?:^|\s)(?P<det>a|an|the|its|their)\s+(?:(?!of\s)[\w\-'’]+\s+){0,4}?"
                               r"(?P<noun>[a-z]+),\s*$")


def named_as_body(before: str) -> bool:
    """The words before a name in apposition end on a noun for a body ("an officer with a civil society
    group, …"), not on one for a person's place in it ("the head of the water company, …")."""
    if not before.endswith(", "):
        return False
    found = _BODY_NOUN_BEFORE.search(before[-80:])
    if found is None or found.group("noun") not in ORG_NOUNS:
        return False
    words = before[-80:][:found.start("det")].split()
    return not words or words[-1].lower() != "of"


_FIRST = itemgetter(0)


def build(blocks: Iterable[tuple[int, int, str, str]]) -> People:
    """The index for ``blocks``: (index, article offset, masked text, kind) of each prose block."""
    people = People()
    scans: dict[str, _Scan] = {}
    for number, offset, masked, _kind in blocks:
        scan = scans.get(masked)
        if scan is None:
            scan = _scan(masked)
            if len(masked) <= LONGEST_REMEMBERED:
                if len(scans) >= REMEMBERED_SCANS:
                    scans.clear()  # blocks that never repeat must not pile up
                scans[masked] = scan
        if scan is _NOTHING:
            continue
        found: list[tuple[int, int, Person]] = []
        unsure: list[Person] = []  # named like a person ("Aoife Ní Chonghaile"), kept if a he/she confirms it
        for start, end, run in scan.runs:
            how = run.how
            if how == "role":
                meant = people.role(run.phrase, offset + start)
                if meant is not None:
                    found.append((start, end, meant))
                continue
            if how == "org":
                body = people.person(run.named)
                if run.acronym:
                    people.alias(run.acronym, body)
                found.append((start, end, body))
                continue
            evidence = run.evidence
            if how == "full":
                people.person(run.bare)  # type: ignore[arg-type]  # its surname may be used alone later
            else:
                evidence = run.said or run.firm or people.vouched(run.named.name, evidence)
            if not evidence and not run.rescued:
                continue  # a place or a thing, most likely ("on Anna Salai"): not someone a pronoun could mean
            person = people.person(run.with_role)  # type: ignore[arg-type]
            person.evidence = person.evidence or evidence
            if not person.evidence:
                unsure.append(person)
            found.append((start, end, person))
        for start, end, named in scan.voices:
            if speaks_for_person(named):  # "a spokesperson for Minister Ana Kovač": not the minister's words
                found.append((end, end, Person(None, roles={"spokesperson"}, evidence=True)))
                continue
            org = people.person(Named("org", named.name, "spokesperson"))
            people.add_role(org, "spokesperson")
            found.append((start, end, org))
        if not found and not scan.anonymous and not scan.role_nouns:
            continue  # "Ok now.": a capital that named no one, nothing else to look at
        found.sort(key=_FIRST)
        if scan.anonymous:
            starts = [item[0] for item in found]
            unnamed = []
            for start, end in scan.anonymous:
                # an unnamed speaker only where no name was found inside the same words
                inside = bisect.bisect_left(starts, start)
                if inside == len(starts) or starts[inside] >= end:
                    unnamed.append((start, end, Person(None, evidence=True)))
            found = sorted(found + unnamed, key=_FIRST)
        objects = _gender(masked, found)
        if objects:
            found = sorted(found + _objects_meant(people, objects, found, offset, number), key=_FIRST)
        if unsure:  # a given name is a person's only when a pronoun of its gender follows it
            doubted = {id(p) for p in unsure if not p.evidence or (p.guess is not None and p.gender != p.guess)}
            found = [item for item in found if id(item[2]) not in doubted]
        first = len(people.mentions)
        people.add_all(offset, number, found)
        people.merge(first, _role_mentions(people, scan.role_nouns, offset, number))
    return people


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]['\"”’]?)\s*$")
# "… has spent", "… was", and a feature's present tense: "Edgars Vītols stops, presses a pole …"
_AUXILIARY_AFTER = re.compile(r"^\s+(?:(?:has|had|is|was)\s+[a-z]|[a-z]{3,}s\b(?!['’]))")


def speaks_for_person(named: Named) -> bool:
    """ "a spokesperson for Minister Ana Kovač", "Mayor Ivan Perić's spokesman": a person's title (or a given
    name) says the voice speaks for someone, whose words its words are not."""
    return named.kind == "person" and not named.many and bool(named.role or given_gender(named.name))


def _opens_clause(before: str, after: str) -> bool:
    """ "Tanvir Hossain Chowdhury has spent 25 years …", "Edgars Vītols stops …": a full name opening a
    sentence as the subject of a verb may be a person; like a given name, it is kept only if a he/she after
    it confirms it."""
    return bool(_AUXILIARY_AFTER.match(after)) and bool(_SENTENCE_OPEN.search(before))


def _may_voice(masked: str) -> bool:
    """``_VOICE`` needs one of its nouns: looking for the words is cheaper than trying the pattern."""
    return "spokes" in masked or "representative" in masked or "official" in masked or "source" in masked


def _gender(masked: str, found: list[tuple[int, int, Person]]) -> list[tuple[int, int, str, Person]]:
    """The first he/she/its after a mention, before the next mention, tells what it is; returns where an
    object pronoun in another's clause stands ("X called him": not X), its gender and X."""
    others: list[tuple[int, int, str, Person]] = []
    if not found:
        return others
    stops = [item[0] for item in found[1:]]
    stops.append(min(len(masked), found[-1][1] + 300))
    # each mention's search run by ``map`` at C speed, and only mentions a pronoun follows are read on
    # (a block naming someone 40,000 times with no he or she after them reads none)
    cues = list(map(_PRONOUN.search, repeat(masked), map(itemgetter(1), found), stops))
    for index in compress(range(len(found)), cues):
        start, end, person = found[index]
        stop, cue = stops[index], cues[index]
        if cue is None:  # never (``compress`` kept those with a cue): for the type checker
            continue
        gender = "m" if cue.group(1) else "f" if cue.group(2) else "it"
        if gender != "it" and _mixed(masked, cue.end(), stop, gender):
            continue  # "X said she had … he said": the first pronoun was about someone else
        if gender != "it" and person.kind == "person" and _object_of_own_clause(masked, end, cue):
            # "X called him": someone else of that gender, whom a later he/she may as well mean
            others.append((cue.start(), cue.end(), gender, person))
            continue
        if gender != "it" and _ANSWERS.match(masked, cue.end()) and _speaks(masked, start, end):
            continue  # "Correa asks. "…," she replies": who answers is the other one in the talk, not Correa
        if gender == "it":
            if person.kind == "person" and person.name and not person.roles and not person.guess:
                person.kind = "org"
                person.gender = "it"
            elif person.kind == "org":
                person.gender = "it"
        elif person.kind == "person" and person.gender is None:
            # a pronoun against the given name ("Ana Ruiz met Bo and called him"): either may be wrong
            person.gender = gender if person.guess in (None, gender) else DOUBTFUL
            person.evidence = True
    return others


def _objects_meant(people: People, objects: list[tuple[int, int, str, Person]], found: list[tuple[int, int, Person]],
                   offset: int, number: int) -> list[tuple[int, int, Person]]:
    """Whom each "X called him" means: the latest person of that gender other than X named before it in the
    paragraph ("Minister Ibrahim Hassan welcomed it, and Nazeeha briefed him"), else the one such person
    of the paragraphs before when they hold exactly one and no one of unknown gender. Either is kept in
    ``People.objects`` (a he/she that finds it is marked); with none, someone unnamed, so a he/she that
    finds it first gets nobody rather than X."""
    out = []
    for start, end, gender, subject in objects:
        here = [p for s, _e, p in found if s < start and p is not subject and p.kind == "person" and p.name]
        meant = next((p for p in reversed(here) if p.sex == gender), None)
        if meant is None and not here:
            near = {m.person for m in people.before(offset + start, number)
                    if m.person.kind == "person" and m.person is not subject}
            fits = [p for p in near if p.sex == gender and p.name]
            meant = fits[0] if len(fits) == 1 and all(p.sex not in (None, DOUBTFUL) for p in near) else None
        if meant is None:
            meant = Person(None, gender=gender, evidence=True)
        else:
            people.objects.add(offset + start)
        out.append((start, end, meant))
    return out


# "…," she replies: the one who answers (``_gender`` learns nothing from it of the one named before)
_ANSWERS = re.compile(r"\s+(?:replie[sd]|answer(?:s|ed)|respond(?:s|ed)|retort(?:s|ed)|counter(?:s|ed))\b")
_WORD_AFTER = re.compile(r"\s+(?:also\s+|then\s+)?([a-z]+)")
_WORD_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+$")


def _speaks(masked: str, start: int, end: int) -> bool:
    """The mention is a speech verb's subject ("Correa asks", "asked Correa"): the one who just spoke."""
    after = _WORD_AFTER.match(masked, end)
    before = _WORD_BEFORE_NAME.search(masked, max(0, start - 20), start)
    return bool(after and after.group(1) in REPORT_VERBS or before and before.group(1) in REPORT_VERBS)


# "Eyðun Poulsen called him "…"": a him/her a few words after a name, in the clause the name opens (no verb of
# saying, no "that" or conjunction starting a clause of its own between), is someone else (a clause's object is
# never its own subject unless it says "himself"); "her" only where it cannot be a possessive ("her cousin")
_OWN_CLAUSE_OBJECT = re.compile(r"\s+(?:(?!(?:that|and|but|or|who|which|when|if|because|said|says|say|"
                                r"added|adds|wrote|writes)\b)[a-z]+\s+){1,3}$")
_HER_OBJECT_NEXT = re.compile(r"(?:\s*[.,;:!?“”\"]|\s*$|\s+(?:as|to|a|an|the|for|in|on|at|with|from|after|"
                              r"before|back|again|twice|once|\s{2,}))")


def _object_of_own_clause(masked: str, end: int, cue: re.Match[str]) -> bool:
    """The pronoun after a name is an object in the clause the name opens: not the named one's ("X called him")."""
    word = cue.group().lower()
    if word not in ("him", "her") or not _OWN_CLAUSE_OBJECT.match(masked, end, cue.start()):
        return False
    return word == "him" or bool(_HER_OBJECT_NEXT.match(masked, cue.end()))


def _mixed(masked: str, start: int, stop: int, gender: str) -> bool:
    """A he and a she both follow the mention: which one is theirs is unclear ("Ana said he left; she …")."""
    other = 1 if gender == "f" else 2
    return any(cue.group(other) for cue in _PRONOUN.finditer(masked, start, stop))


_AUXILIARIES = frozenset("was were is are has had have will would could did does also then".split())


def _subject_role(words: list[str]) -> list[str]:
    """The role noun before the verb of a sentence it opens: "The ambassador was not …", "The ministry said …"."""
    for index, word in enumerate(words[1:], 1):
        if word in _AUXILIARIES or word in REPORT_VERBS:
            return words[:index]
    return words


def _speaking_role(words: list[str]) -> list[str] | None:
    """ "…," the councillor said: the role noun before a speech verb, mid-sentence too."""
    for index, word in enumerate(words[1:], 1):
        if word in REPORT_VERBS:
            return words[:index]
    return None


def _role_mentions(people: People, role_nouns: list[tuple[int, list[str], list[str] | None, bool]], offset: int,
                   number: int) -> list[Mention]:
    """ "The ambassador was not persuaded." is a mention of the ambassador introduced earlier; so is a person's
    role before a speech verb mid-sentence ("…," the councillor said), for a he/she after it."""
    found = []
    for start, words, subject, opens in role_nouns:
        speaking = not opens and subject is not None and words[-1] not in people.role_heads
        if subject is not None and words[-1] not in people.role_heads:
            words = subject  # "The ambassador was not persuaded": the role is "ambassador"
        if words[-1] not in people.role_heads:
            continue
        person = people.role(" ".join(words), offset + start)
        if person is not None and not (speaking and person.kind != "person"):
            found.append(Mention(offset + start, number, person))
    return found
