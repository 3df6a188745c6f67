"""From a found outlet mention to the outlet's NAME, the one place every publisher rule's answer passes.

A page writes its outlet's name with what the name is not: the edition or section it shows
("Observador — English edition", "TASR English"), an expansion in brackets ("ABI (Agencia Boliviana de
Información)"), the logo's capitals ("DAILY NEWS"), or only its initials where the page also spells them out
("KPL" beside "Lao News Agency (KPL)"). Each step here is a closed class of words or the page's own pairing;
a name none applies to passes unchanged.
"""

from __future__ import annotations

import re

from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.names import normal_case
from qtapp.article.rules.outlets import is_outlet

# What a logo or a mention adds to a name: the language, the edition, a section. Closed: a word outside it
# may be the name's own ("Al Jazeera English" keeps its last word: no separator, and no acronym before it)
LANGUAGES = frozenset("""
english français francais french español espanol spanish português portugues portuguese deutsch german
italiano italian arabic chinese russian english-language
""".split())
EDITION_WORDS = LANGUAGES | frozenset("""
edition editions version digest international global online web site service
culture opinion opinions business sport sports news live world politics economy lifestyle letters comment
editorial editorials features analysis home latest magazine entertainment science tech technology travel
health local national region regions society video podcasts blog blogs
""".split())
_LINKING = frozenset({"of", "the", "and", "&", "de", "in", "for"})
_ROMANCE_ARTICLES = frozenset({"la", "las", "los", "le", "les", "lo"})
_SEPARATOR = compile_lazily(r"\s+[—–·|•-]\s+|\s+[›»>]\s+")
_ACRONYM = compile_lazily(r"[A-ZÀ-Ý]{2,6}")


def _edition_only(words: list[str]) -> bool:
    return bool(words) and all(w.strip(".,()").lower() in EDITION_WORDS | _LINKING for w in words)


def without_edition(name: str) -> str:
    """'Observador — English edition', 'El Espectador · English', 'TASR English' → the outlet alone."""
    head = name.strip()
    cuts = [m.start() for m in _SEPARATOR.finditer(head)]
    # "Midi Madagasikara — Culture", "The UB Post | Opinion | Letters"; a line that is all sections
    # ("Home — Nation") is a breadcrumb, no outlet's
    while cuts and _edition_only(head[cuts[-1]:].strip(" —–·|•->›»").split()):
        head = head[:cuts.pop()].rstrip()
    if _edition_only(head.split()):
        return name
    words = head.split()
    # no separator: only a language after initials ("TASR English"); "Al Jazeera English" is a channel's name
    if len(words) == 2 and _ACRONYM.fullmatch(words[0]) and words[1].lower() in LANGUAGES:
        return words[0]
    return head


_FIRST_SEPARATOR = compile_lazily(r"\s+[—–·|•-]\s+")
# a name written in no Latin letter: Chinese, Japanese, Korean, Cyrillic, Arabic, Persian
_OTHER_SCRIPT = compile_lazily(r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff]"
                               r"[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff\s]{0,30}")


def logo_head(line: str) -> str:
    """'BNS | Baltic News Service', 'KNR · Kalaallit Nunaata Radioa' → the initials the logo leads with;
    'The New Times | Rwanda's Leading Daily', 'IPN News Agency | Moldova' → the outlet before what the site
    says of itself. A line of two parts only, with the edition already off; any other line as it is."""
    line = without_edition(line)
    parts = _FIRST_SEPARATOR.split(line.strip())
    if len(parts) != 2:
        return line
    head, tail = parts
    if _ACRONYM.fullmatch(head) and initials_in_order(head, tail):
        return head
    if english_beside(head, tail):
        return tail
    if _OTHER_SCRIPT.fullmatch(tail.strip()) and re.search(r"[A-Za-z]", head):
        return head  # "China.org.cn | 中国网", "TASS | ТАСС": the same name in the country's script
    # "Rwanda's Leading Daily": what the site says of itself
    described = re.match(r"^[A-ZÀ-Ý][\w-]*['’]s\s", tail) is not None
    if len(head.split()) >= 2 and is_outlet(head) and (described or not is_outlet(tail)) \
            and not _ACRONYM.fullmatch(tail):
        return head
    return line


# "Ministry of Climate", "Office for Statistics": a body's name in English, its kind first
_ENGLISH_BODY = compile_lazily(r"^(?:The\s+)?(?:Ministry|Department|Office|Agency|Authority|Council|Board|Embassy|"
                               r"Directorate|Bureau|Commission|Inspectorate|Service)\s+(?:of|for)\s+(?:the\s+)?"
                               r"[A-Z][\w-]+(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w-]+){0,4}$")


def english_beside(head: str, tail: str) -> bool:
    """'Kliimaministeerium | Ministry of Climate': a logo of one long word in the country's language beside
    the body's English name; an English page is cited under the English name its site gives."""
    return " " not in head and len(head) >= 8 and not is_outlet(head) and bool(_ENGLISH_BODY.match(tail))


_EXPANSION = compile_lazily(r"^(?P<first>[^()]{2,60}?)\s*\((?P<second>[^()]{2,80}?)\)?\s*$")


def initials_in_order(acronym: str, name: str) -> bool:
    """'ABI' in 'Agencia Boliviana de Información': each capital starts one of the name's words, in order."""
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    letters = iter(capitals)
    return len(acronym) >= 2 and all(any(c == letter for c in letters) for letter in acronym)


def without_expansion(name: str) -> str:
    """'ABI (Agencia Boliviana de Información' (cut or whole) → 'ABI': the name the page leads with, when the
    bracket spells out or abbreviates it."""
    found = _EXPANSION.match(name.strip())
    if not found:
        return name
    first, second = found.group("first").strip(), found.group("second").strip()
    if _ACRONYM.fullmatch(first) and initials_in_order(first, second):
        return first
    if _ACRONYM.fullmatch(second) and len(first.split()) >= 2:
        return first  # "Jordan News Agency (JNA)"
    return name


def outlet_case(name: str) -> str:
    """'THE GLOBE AND MAIL' → 'The Globe and Mail': a logo in capitals as a citation writes it, the linking
    words in lower case."""
    words = normal_case(name).split()
    # "RÍO DE LA PLATA HERALD" → "Río de la Plata Herald": an article after "de" is lower case too
    return " ".join([words[0]] + [w.lower() if w.lower() in _LINKING or (
        w.lower() in _ROMANCE_ARTICLES and words[i].lower() in ("de", "di", "da")) else w
        for i, w in enumerate(words[1:])])


def in_page_case(name: str, page_text: str) -> str:
    """'EUROPA PRESS' (a dateline's capitals) → 'Europa Press': a logo's or a mark's capitals are type, not
    the name; a page that writes the name in mixed case gives its form, else the citation case. One word of
    up to six capitals is initials ('TASR', 'ANTARA') and stays, unless it has five or more and a line of the
    page is that word alone as a name ('Punch')."""
    if not name.isupper():
        return name
    if len(name.split()) == 1 and len(name) <= 6:
        # "PUNCH" in a copyright line under the logo line "Punch": the logo writes the word as a name (four
        # capitals or fewer are initials whatever the page writes)
        alone = re.search(rf"(?m)^[ \t]*({re.escape(name[0])}{re.escape(name[1:].lower())})[ \t]*$",
                          page_text) if len(name) >= 5 else None
        return alone.group(1) if alone else name
    for found in re.finditer(re.escape(name), page_text, re.IGNORECASE):
        written = found.group(0)
        if not written.isupper() and not written.islower() and written[:1].isupper():
            return written
    return outlet_case(name) if len(name.split()) > 1 else name


def spelled_in_page(acronym: str, page_text: str) -> str | None:
    """'KPL' on a page that writes 'Lao News Agency (KPL)' → Lao News Agency: the page pairs them, full name
    first."""
    if not _ACRONYM.fullmatch(acronym) or f"({acronym})" not in page_text:
        return None  # the pairing needs the initials in brackets: a page without them is not searched
    paired = re.search(r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]*\s+)(?:(?:of|the|and|de|[A-ZÀ-Ý][\w'’-]*)\s+){0,5}"
                       rf"[A-ZÀ-Ý][\w'’-]*)\s+\({re.escape(acronym)}\)", page_text)
    if not paired:
        return None
    name = re.sub(r"^(?:The|This|By|From|In|At|Of)\s+(?=[A-Z])", "", paired.group("name"))
    return name if len(name.split()) >= 2 else None


def outlet_name(mention: str, page_text: str) -> str:
    """A found mention as the outlet's name: edition off, expansion split, capitals as the page writes them."""
    name = without_expansion(without_edition(mention))
    return in_page_case(name, page_text)


# Where posts are posted, not who posts them. Social and video platforms publish nothing of their own; a
# blog host (Medium, LinkedIn's articles, Substack) is the site a person's post appears on, cited as such
# when no organisation owns the account
SOCIAL_PLATFORMS = frozenset("""
youtube mastodon facebook x twitter instagram telegram tiktok threads bluesky vk vkontakte weibo wechat
whatsapp reddit vimeo rumble snapchat
""".split())
POST_HOSTS = frozenset({"medium", "linkedin", "substack", "blogger", "wordpress.com", "tumblr", "ghost"})

# "Mahé Reef Watch @reefwatch@mastodon.example.sc": an account's name beside its handle;
# "| Musée des Civilisations de Foumban": a video title's tail, the channel; "Kafue FC · 2.1K subscribers"
_BESIDE_HANDLE = compile_lazily(r"^(?P<name>[^@|·•]{3,60}?)\s+@[\w.]+(?:@[\w.-]+)?\s*$")
_TITLE_TAIL = compile_lazily(r"^[|·•]\s+(?P<name>[^|·•]{3,60})$")
_WITH_COUNT = compile_lazily(r"^(?P<name>[^|·•]{3,60}?)\s+[·•|]\s+[\d.,]+\s*[KkMm]?\s+(?:subscribers|followers)\s*$")


def account_owner(lines: list[str]) -> str | None:
    """'Mahé Reef Watch @reefwatch@mastodon.example.sc' among a post's chrome → Mahé Reef Watch."""
    for line in lines:
        for shape in (_BESIDE_HANDLE, _TITLE_TAIL, _WITH_COUNT):
            found = shape.match(line.strip())
            name = found.group("name").strip() if found else ""
            words = name.split()
            # every word capitalised but the linking ones: "Subscribe for more stories" is the page's appeal
            titled = all(w[:1].isupper() or w.lower() in _LINKING | {"des", "du", "la", "le", "del"} for w in words)
            if found and 1 <= len(words) <= 8 and titled and name.lower() not in SOCIAL_PLATFORMS:
                return name
    return None


def platform(name: str) -> str | None:
    """'YouTube' → 'social', 'Medium' → 'host', an outlet → None."""
    key = name.strip().lower().removesuffix(".com")
    if key in SOCIAL_PLATFORMS or key in ("x (twitter)", "x / twitter"):
        return "social"
    return "host" if key in POST_HOSTS else None
