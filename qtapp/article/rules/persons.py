"""Whether a few words name a person: the check bylines, taglines and speakers share."""

from __future__ import annotations

import re

from qtapp.article.names import normal_case
from qtapp.article.rules.engine import per_line
from qtapp.article.rules.outlets import NO_PERSON, is_outlet, is_role

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_TOKEN = rf"[{_UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*\.?"
# Words that name a body or a page's widget, never a person: "Loughmore University", "ECNS App Download"
INSTITUTION_WORDS = frozenset("""
university college institute school academy ministry department council committee commission association
foundation agency authority corporation company bureau federation organisation organization app download
""".split())
# Words that end an operator's, a club's or a charity's name, never a person's: "Harbourline Ferries — Service
# Updates" over a service page is the operator's masthead, no byline naming "Harbourline Ferries"
OPERATOR_WORDS = frozenset("""
ferries airways airlines railways rail buses transport services holdings industries group club society trust
library museum hospital centre center international
""".split())
TEAM_WORDS = frozenset("""
information operations team desk support communications relations updates services newsroom office division
unit department affairs marketing
""".split())
# "FACT CHECK", "EXPLAINER", "Wednesday": what the page is or the day it was filed, never a name's word; nor a
# share bar's or a video player's ("Facebook X LINE Pocket", "Video PlayerClose"), nor a park's ("… National Park")
_NEVER_NAME_WORDS = frozenset("""
fact check factcheck explainer analysis obituary editorial commentary opinion verdict
monday tuesday wednesday thursday friday saturday sunday
national video facebook twitter instagram youtube whatsapp linkedin telegram weibo wechat tiktok
""".split())
# "Products  Sustainability  Investors  Newsroom  Careers": a company site's menu, never a person's name
MENU_WORDS = frozenset("""
products sustainability investors newsroom careers services solutions subscribe login search menu contact
resources podcasts newsletters
""".split())
# "PRESS RELEASE", "Media Statement": what a page is, never who wrote it
_LINKING = frozenset({"and", "the", "of", "for", "or", "with"})
_DOCUMENT_WORDS = frozenset({"release", "statement", "statements", "briefing", "notice", "advisory", "publication"})
# "Zainab al-Musawi", "Ahmed el-Sayed": an Arabic family name after its lowercase article
_ARTICLED = rf"(?:al|el|ad|ar|as|ash|at|az|an)-{_TOKEN}"
_PARTICLES = "de|da|del|du|la|le|van|von|der|bin|ibn|al|ó|ní|mac|ap|ab|nic|mc"  # Welsh "ap", Irish "Nic", "du Plessis"
_REGION_WORDS = frozenset("""
north south east west central northern southern eastern western southeast south-east northeast north-east
southwest south-west northwest north-west asia asia-pacific africa europe america americas pacific atlantic
caribbean arctic oceania mideast middle latin
""".split())
_ENDLESS = frozenset(_PARTICLES.split("|")) | {"Ní", "Nic", "Ó"}
_PERSON = re.compile(rf"^{_TOKEN}(?:\s+(?:{_TOKEN}|{_ARTICLED}|{_PARTICLES}))*$")


def is_team(text: str) -> bool:
    """'Kelso Trams Customer Information', 'the Operations Team': a body's team or desk, named by what it does."""
    words = text.split()
    return bool(words) and words[-1].lower().strip(".,") in TEAM_WORDS


@per_line
def is_person(text: str) -> bool:
    """'Jane Doe', 'Margaret O'Neill', 'LI XIAOMEI' — two to five name words, not an outlet or a role."""
    text = text.strip()
    words = text.split()
    if not 2 <= len(words) <= 5 or is_outlet(text) or is_role(text) or NO_PERSON.match(text):
        return False
    if words[0].casefold() == "by":
        return False  # "By Lisbon": a byline's word is no given name, whatever follows it
    if all(word.lower().strip(".,") in _REGION_WORDS for word in words):
        return False  # "Asia Pacific", "South Asia" over a headline: a region's section, no person
    if words[-1] in _ENDLESS:
        return False  # "Anneliese du", "Aoibheann Ní": a name cut short before its family name
    if words[-1].lower().strip(".,") in OPERATOR_WORDS or is_team(text) or any(
            w.lower().strip(".,:") in _NEVER_NAME_WORDS for w in words):
        return False
    if any(word.lower().strip(".,") in INSTITUTION_WORDS or word.lower() in _DOCUMENT_WORDS
           or word.lower() in MENU_WORDS for word in words):
        return False
    # "SUB-COMMITTEE", "ALLOTMENTS AND GREEN SPACES": a body's part, or a linking word no name has
    if any(part in INSTITUTION_WORDS for word in words for part in word.lower().split("-")[1:]) \
            or any(word.casefold() in _LINKING for word in words):
        return False
    return bool(_PERSON.match(normal_case(text)))
