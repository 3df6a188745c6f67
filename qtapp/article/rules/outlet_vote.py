"""A vote among a page's independent signals for who published it, when no strong rule says so.

A logo line alone, a copyright line alone or a site's e-mail address alone each names an outlet only
sometimes (a logo may be a section, a copyright a parent company, an address a host). Where two of them,
read independently, name the same outlet (names compared loosely: case, accents, "The", a legal form, an
edition), the page agrees with itself and the name is trusted; where they name different outlets or only one
speaks, the vote says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.names import plain_letters
from qtapp.article.rules import notes
from qtapp.article.rules.engine import Rule, rule
from qtapp.article.rules.furniture import furniture
from qtapp.article.rules.outlet_names import SOCIAL_PLATFORMS, logo_head, without_edition
from qtapp.article.rules.outlets import canonical


@dataclass(frozen=True)
class Witnesses:
    """What the signals read: the lines above the headline, the dropped chrome, the blocks."""

    masthead: Sequence[str]
    dropped: Sequence[str]
    blocks: Sequence[tuple[str, str]]


_NAME = r"[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:of|the|and|de|du|da|del|&|[A-ZÀ-Ý][\w&'’.-]*)){0,5}"


@rule("vote.logo")
def logo_signal(page: Witnesses) -> list[str] | None:
    """'Kuensel Online | Bhutan's National Newspaper' as the first line above the headline → Kuensel Online."""
    line = next((t.strip() for t in page.masthead[:2] if t.strip() and not furniture(t)), "")
    if not line:
        return None
    head = logo_head(line)
    return [re.split(r"\s+[|›»·•—–-]\s+", head)[0].strip()]


_COPYRIGHT = compile_lazily(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?"
                                r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
                                rf"(?P<owner>{_NAME})", re.IGNORECASE)


@rule("vote.copyright")
def copyright_signal(page: Witnesses) -> list[str] | None:
    """'© Kuensel Corporation Ltd. 2025' in the page's chrome → Kuensel Corporation."""
    found = [canonical(m.group("owner")) for m in map(_COPYRIGHT.search, page.dropped) if m]
    return [f for f in found if f] or None


_ADDRESS = compile_lazily(r"(?:@|\b(?:https?://)?(?:www\.))(?P<host>[a-z0-9-]{3,40})\.[a-z]{2,10}\b|"
                          r"\bhttps?://(?P<bare>[a-z0-9-]{3,40})\.[a-z]{2,10}\b", re.IGNORECASE)
_MAIL_HOSTS = frozenset({"gmail", "yahoo", "outlook", "hotmail", "proton", "protonmail", "icloud", "mail", "live"})


@rule("vote.domain")
def domain_signal(page: Witnesses) -> list[str] | None:
    """'Write to letters@harbourpost.example' or 'https://www.harbourpost.com/…' → harbourpost (a key only)."""
    lines = [*page.masthead, *page.dropped, *(t for kind, t in page.blocks if kind == "signature")]
    hosts = [(m.group("host") or m.group("bare")).lower() for line in lines for m in _ADDRESS.finditer(line)]
    return [h for h in hosts if h not in _MAIL_HOSTS and h not in SOCIAL_PLATFORMS] or None


@rule("vote.sign_off")
def sign_off_signal(page: Witnesses) -> list[str] | None:
    """'LE SOLEIL' closing the page as its sign-off → LE SOLEIL."""
    found = [notes.credit_outlet(t) for kind, t in page.blocks if kind == "signature"]
    return [f for f in found if f] or None


_ABOUT = compile_lazily(rf"^About\s+(?:the\s+)?(?P<name>{_NAME})\s*:?\s*$")
_APPEAL = compile_lazily(rf"^(?:Subscribe\s+to|Read\s+more\s+from|Support|Sign\s+up\s+for|Follow)\s+(?:the\s+)?"
                         rf"(?P<name>{_NAME})(?:['’]s)?\b")
_RIGHTS = compile_lazily(rf"^(?P<name>{_NAME}?)(?:['’]s)?\s+content\s+may\s+not\b")


@rule("vote.self_mention")
def self_mention_signal(page: Witnesses) -> list[str] | None:
    """'About Harbour Post', 'Subscribe to Harbour Post English', 'HNS content may not be reproduced' → the
    site naming itself in its boilerplate."""
    lines = [*page.dropped, *(t for kind, t in page.blocks if kind == "heading")]
    found = [m.group("name") for line in lines for m in (p.match(line.strip()) for p in (_ABOUT, _APPEAL, _RIGHTS))
             if m]
    return found or None


_OUTLET_NAME = r"(?:[A-ZÀ-Ý]|\d+[A-Z])[\w&'’.-]*(?:\s+(?:of|the|and|from|de|du|&|[A-ZÀ-Ý][\w&'’.-]*)){0,5}"
# "… SACT president Khalid Benali told The Brussels Times.", "He spoke to OC Media in Omalo."; a photo credit
# "Photo: Sardor Yusupov / Gazeta.uz": the page naming itself as the one who asked or photographed
_TOLD = compile_lazily(rf"\b(?:told|spoke\s+to|said\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+)?"
                       rf"(?P<name>{_OUTLET_NAME})")
_PHOTO_BY = compile_lazily(rf"\b(?:Photo|Image|Picture)s?\s*:\s*[^/:]{{2,60}}/\s*(?P<name>{_OUTLET_NAME})\s*$")


@rule("vote.body_mention")
def body_mention_signal(page: Witnesses) -> list[str] | None:
    """'… Khalid Benali told The Brussels Times.' or 'Photo: Ana Kovač / Harbour Post' → the outlet the page
    says asked or photographed (a body mention alone names a source as often as the site: a vote only)."""
    found = []
    for kind, text in page.blocks:
        if kind not in ("paragraph", "caption"):
            continue
        if " told " in text or " to " in text or " with " in text:
            found += [m.group("name") for m in _TOLD.finditer(text)]
        end = text[-200:]
        credit = _PHOTO_BY.search(end) if "/" in end else None
        if credit:
            found.append(credit.group("name"))
    found += [m.group("name") for m in (_PHOTO_BY.search(t) for t in page.dropped if "/" in t) if m]
    return found or None


# "Kestrel, 14 Quay Road, Tarrow": the postal line a mailing's foot must carry names who sent it
_SENDER = compile_lazily(rf"^(?P<name>{_NAME}),\s+\d{{1,5}}[A-Za-z]?\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)*,\s+"
                         rf"[A-ZÀ-Ý]")


@rule("vote.sender")
def sender_signal(page: Witnesses) -> list[str] | None:
    """'Lakeview Press, 12 Mill Street, Dunmore' closing the page (dropped, or kept as its sign-off) →
    Lakeview Press: the sender's address."""
    foot = [*page.dropped[-6:], *(t for kind, t in page.blocks[-3:] if kind == "signature")]
    found = [m.group("name") for m in (_SENDER.match(t.strip()) for t in foot) if m]
    return found or None


# a signal that never votes: it only says which outlet sends an edition the vote agreed on
EDITION_SIGNALS: tuple[Rule[list[str]], ...] = (sender_signal,)
SIGNALS: tuple[Rule[list[str]], ...] = (logo_signal, sign_off_signal, self_mention_signal, copyright_signal,
                                        domain_signal, body_mention_signal)
_NAMERS = ("vote.logo", "vote.sign_off", "vote.self_mention", "vote.copyright")  # a domain gives no name
# what a name may carry that is not the outlet: a legal form, an edition, the medium
_TAILS = frozenset("""
online corporation corp group media publishing publications holdings company co ltd limited inc llc plc digital
newspaper english edition com forum forums
""".split())


def _core(name: str) -> str:
    """'The Kuensel Online' → 'Kuensel': the name without 'The' and without the tail words above."""
    words = re.sub(r"^the\s+", "", without_edition(name).strip(" .,"), flags=re.IGNORECASE).split()
    while len(words) > 1 and plain_letters(words[-1].lower()).strip(".,") in _TAILS:
        words.pop()
    return " ".join(words)


def key(name: str) -> str:
    """'The UB Post' → 'ubpost', 'ubpost' (a domain) → 'ubpost': how two signals' names are compared."""
    return re.sub(r"[^a-z0-9]", "", plain_letters(_core(name).lower()).replace("&", "and"))


def vote(page: Witnesses) -> tuple[str, list[str]] | None:
    """(the name two independent signals agree on, the signals that agreed), or None when fewer than two
    agree or when two pairs agree on different outlets."""
    proposals: dict[str, dict[str, str]] = {}  # key → {signal: the name it wrote}
    for signal in SIGNALS:
        for name in signal.check(page) or ():
            found = key(name)
            if len(found) >= 3:
                proposals.setdefault(found, {}).setdefault(signal.name, name)
    agreed = [(k, by) for k, by in proposals.items() if len(by) >= 2 and any(s in _NAMERS for s in by)]
    if len(agreed) != 1:
        return None
    _key, by = agreed[0]
    name = next(by[s] for s in _NAMERS if s in by)  # the logo's spelling first, as written
    sender = edition_sender(name, sender_signal.check(page) or ())
    return (sender, [*by, sender_signal.name]) if sender else (name, list(by))


def edition_sender(name: str, senders: Sequence[str]) -> str | None:
    """'Kestrel Weekend' (logo, sign-up line) sent by 'Kestrel' (the foot's postal line) → Kestrel: a mailing
    named by its edition, the outlet's name and a word more, is published by the outlet that sends it."""
    words = key_words(name)
    for sender in senders:
        own = key_words(sender)
        if own and len(own) < len(words) and words[:len(own)] == own:
            return sender.strip()
    return None


def key_words(name: str) -> list[str]:
    """'The Kestrel Weekend' → ['kestrel', 'weekend']: the words key() compares, one by one."""
    return [w for w in (key(word) for word in _core(name).split()) if w]


def logo_leading_owner(logo: str, owner: str) -> str | None:
    """'Kestrel English' over '© Kestrel – Harrier Press Network' → Kestrel: a copyright owner whose
    name starts with the logo's whole name (its edition and medium words off) is the outlet's company or
    its spelled-out form, and the page's outlet is the logo's name ('PRAIRIE COURIER' over '© 2026 Prairie
    Courier Media' → Prairie Courier: the company's words after the logo's name are the company's)."""
    name = without_edition(logo).strip(" .,")
    words = name.split()
    while len(words) > 1 and plain_letters(words[-1].lower()).strip(".,") in _TAILS:
        words.pop()
    # the owner's own words, its tail words kept: "Prairie Courier Media" is longer than "PRAIRIE COURIER"
    owned = re.sub(r"^(?i:the)\s+", "", without_edition(owner).strip(" .,"))
    own, others = key_words(" ".join(words)), [w for w in (key(word) for word in owned.split()) if w]
    return " ".join(words) if own and len(own) < len(others) and others[:len(own)] == own else None
