"""People's names: stripping titles, splitting family and given names, resolving "President Xi".

Family-first order is recognised for Chinese names written in pinyin (a common surname followed by a
given name made of pinyin syllables): "Wang Haiyan" is family Wang, given Haiyan. Users can correct it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qtapp.article.model import Author

TITLES = frozenset("""
president vice prime minister dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sen sen. senator rep rep.
gov gov. governor chairman chairwoman chair general gen gen. secretary chancellor king queen pope sir dame
judge justice ceo chief executive foreign premier ambassador mayor spokesperson spokesman spokeswoman
director minister, colonel col. captain capt. lt. lieutenant commissioner envoy deputy state
""".split())
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
NAME_TOKEN = (rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Sr|Jr)\.|[{_UPPER}][^\W\d_]+(?:['’\-][^\W\d_]+)*"
              rf"|[{_UPPER}]\.)")
NAME = rf"{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|da|van|von|bin|al-\w+|le|la|du))*"
_NAME_RUN = re.compile(NAME)

CHINESE_SURNAMES = frozenset("""
wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie
han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan
pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin
gu hou shao meng long wan duan lei qian yin yi chang qiao lai gong wen xi zhan ou ni geng mu tao
""".split())
_INITIALS = "b p m f d t n l g k h j q x zh ch sh r z c s y w".split()
_FINALS = ("a o e i u v ai ei ui ao ou iu ie ue er an en in un ang eng ing ong ia iao ian iang iong "
           "ua uo uai uan uang ueng").split()
PINYIN = frozenset([f for f in _FINALS] + [i + f for i in _INITIALS for f in _FINALS])


@lru_cache(maxsize=512)
def is_pinyin(word: str) -> bool:
    """True when ``word`` splits wholly into pinyin syllables ("Haiyan" → hai·yan)."""
    word = word.lower().replace("-", "").replace("'", "")
    if not word or not word.isascii() or not word.isalpha():
        return False
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[start] and word[start:end] in PINYIN for start in range(max(0, end - 6), end))
    return ok[-1]


def is_family_first(name: str) -> bool:
    parts = name.split()
    return (len(parts) == 2 and parts[0].lower() in CHINESE_SURNAMES and is_pinyin(parts[1])
            and len(parts[1]) >= 2)


def _is_nationality(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ese|ian|an|ish|i|ch)", word))


def strip_titles(name: str) -> str:
    """'Chinese President Xi Jinping' → 'Xi Jinping'; 'Dr. Ana Costa' → 'Ana Costa'."""
    tokens = name.split()
    while len(tokens) > 1:
        first = tokens[0].lower()
        if first in TITLES or first.rstrip(".") in TITLES:  # noqa: SIM114 - two rules, kept apart to read
            tokens.pop(0)
        elif _is_nationality(tokens[0]) and tokens[1].lower().rstrip(".") in TITLES:
            tokens.pop(0)
        else:
            break
    return " ".join(tokens)


def author_from_name(name: str, description: str | None = None) -> Author:
    name = " ".join(name.split())
    parts = name.split()
    if len(parts) == 1:
        return Author(name=name, family=name, given=None, description=description)
    if is_family_first(name):
        return Author(name, family=parts[0], given=" ".join(parts[1:]), description=description,
                      family_first=True)
    return Author(name, family=parts[-1], given=" ".join(parts[:-1]), description=description)


def full_name(short: str, text: str) -> str:
    """Resolve a short name ("Xi") to the fullest form the text uses ("Xi Jinping"), else keep it."""
    if " " in short:
        return short
    for match in _NAME_RUN.finditer(text):
        candidate = strip_titles(match.group())
        tokens = candidate.split()
        if 2 <= len(tokens) <= 4 and short in tokens and (tokens[0] == short or tokens[-1] == short):
            return candidate
    return short
