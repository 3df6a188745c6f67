"""Telling outlets from people, and the names outlets go by.

A byline tail, a dateline's agency, a copyright line and a sign-off all name outlets; a role such as
"Staff Writer" names no one. These are facts about names, kept as data, used by the byline and
publisher rules.
"""

from __future__ import annotations

import re

from qtapp.article.names import plain_letters
from qtapp.article.rules.engine import per_line

# Wire agencies and the one name each is cited by, whichever form the page uses.
AGENCIES = {
    "ap": "Associated Press", "associated press": "Associated Press", "the associated press": "Associated Press",
    "reuters": "Reuters", "thomson reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "xinhua": "Xinhua", "xinhua news agency": "Xinhua", "xinhuanet": "Xinhua", "tass": "TASS",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "efe": "EFE", "ansa": "ANSA", "dpa": "dpa", "bernama": "Bernama",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu Agency", "aa": "Anadolu Agency",
    "kyodo news": "Kyodo News", "kazinform": "Kazinform",
    "trend": "Trend", "apa": "APA", "pti": "PTI", "press trust of india": "PTI",
    "prensa latina": "Prensa Latina", "efe agency": "EFE", "agencia efe": "EFE",
    "globe newswire": "GlobeNewswire", "globenewswire": "GlobeNewswire", "business wire": "Business Wire",
    "prnewswire": "PR Newswire", "pr newswire": "PR Newswire", "cision pr newswire": "PR Newswire",
    # the national agencies whose marks lead wire copy in the corpus, each by the name it is cited by (an
    # agency joins with the corpus article that needs it; never a mark that is also a given name: "Ani",
    # "Hina", "Petra")
    "lusa": "Lusa", "agência lusa": "Lusa", "agerpres": "Agerpres", "andina": "Andina", "ctk": "Czech News Agency",
    "čtk": "Czech News Agency", "czech news agency": "Czech News Agency", "vna": "Vietnam News Agency",
    "vietnam news agency": "Vietnam News Agency", "keystone-sda": "Keystone-SDA", "ritzau": "Ritzau", "tasr": "TASR",
    "ntb": "NTB", "bta": "BTA", "mti": "MTI", "pap": "PAP", "ukrinform": "Ukrinform",
    "pna": "Philippine News Agency", "aap": "AAP", "australian associated press": "AAP", "accesswire": "ACCESSWIRE",
    "einpresswire": "EIN Presswire", "einpresswire.com": "EIN Presswire", "ein presswire": "EIN Presswire",
    "prweb": "PRWeb",
}
# The press-release wires among them: they carry what a company or an outlet wrote, and publish none of it
PRESS_WIRES = frozenset({"PR Newswire", "Business Wire", "GlobeNewswire", "EIN Presswire", "ACCESSWIRE", "PRWeb"})
OUTLET_WORDS = frozenset("""
times daily news post herald tribune journal gazette sentinel courier chronicle ledger observer review press
wire network agency online media radio tv television report watch today inform insider magazine weekly express
telegraph standard mail guardian monitor dispatch bulletin star sun mirror independent economist bloomberg
newswire broadcasting channel service digest register record examiner inquirer clarion tide voice echo
advertiser argus leader citizen globe beacon banner enquirer pioneer courant eagle prensa agencia noticias
shimbun ilbo zeitung gazete gazetesi nyheter posten tidende dagblad diario jornal giornale corriere quotidien
""".split())  # the last line: the same words in other languages' mastheads ("The Asahi Shimbun", "Chosun Ilbo")
KNOWN_OUTLETS = frozenset("""
cgtn cctv bbc cnn npr abc cbs nbc pbs rte rfi dw nhk kbs sbs itv sky al jazeera euronews politico axios
news.az kazinform xinhua reuters afp ap
""".split())
ROLE_WORDS = frozenset("""
writer writers reporter reporters correspondent correspondents editor editors contributor contributors
columnist columnists staff commentator analyst producer photographer intern desk bureau team board
communications office relations officer spokesperson division coordinator adviser advisor specialist
journalist journalists
""".split())
NO_PERSON = re.compile(r"^(?:the\s+)?(?:editorial\s+board|editors?|editorial|staff|our\s+view|"
                       r"(?:\w+\s+)?staff\s+(?:reporters?|writers?)|\w+\s+reporters|opinion)$", re.IGNORECASE)


_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|AG|AS|ASA|SA|S\.A|S\.L|N\.V|B\.V|GmbH|Pty|Pte|Oy|Oyj|AB|DAC|"
                         r"JSC|PJSC|OJSC|SpA|S\.p\.A|Srl|S\.r\.l|SAS|SARL|Bhd|Sdn\s+Bhd|Tbk|Ltda|LLP|KK|K\.K)"
                         r"\.?)+$")  # "Lumora Energy Pte Ltd": two forms, one after the other


def canonical(name: str) -> str:
    """'The Associated Press' → 'Associated Press'; 'Verdant Cells S.L.' → 'Verdant Cells' (a citation names
    a company without its legal form, as APA asks); other outlets as written, trimmed."""
    name = " ".join(name.split()).strip(" ,;:|()[]—–-")
    name = re.sub(r"^the\s+(?=[A-Z])", "", name)  # "those of the Global Times": the sentence's article, not the name's
    name = _LEGAL_FORM.sub("", name).strip(" .,")
    return AGENCIES.get(name.lower(), name)


_DOCUMENT_KINDS = frozenset({"statement", "statements", "release", "releases", "briefing", "notice"})
_POSSESSIVE_S = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?")


@per_line
def is_outlet(text: str) -> bool:
    """'China Daily', 'BBC News', 'Reuters', 'The Baltic Ledger' — not 'Jane Doe' nor 'Staff Writer'."""
    if len(text) > 80:
        return False
    words = text.strip(" .,").split()
    if not words or len(words) > 7:
        return False
    lowered = [_POSSESSIVE_S.sub("", plain_letters(w.lower())).strip("'’,.") for w in words]  # "Agência" is "agencia"
    if lowered[-1] in _DOCUMENT_KINDS:
        return False  # "PRESS STATEMENT", "Press Release": what the page is, not who issued it
    lowered += [part for w in lowered if "-" in w for part in w.split("-")]
    if text.strip().lower() in AGENCIES or " ".join(lowered) in KNOWN_OUTLETS or lowered[0] in KNOWN_OUTLETS:
        return True
    if any(w in OUTLET_WORDS for w in lowered[1:]) or (len(words) > 1 and lowered[0] in OUTLET_WORDS
                                                        and lowered[0] not in ("star", "sun")):
        return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "&", "de")
                   for w in words)
    return bool(_ACRONYM.fullmatch(text.strip()))


def is_role(text: str) -> bool:
    """'Staff Writer', 'Energy Correspondent', 'Special to The Star': who the author is, not a name."""
    words = text.strip(" .,").lower().split()
    return bool(words) and len(words) <= 5 and (words[-1] in ROLE_WORDS or words[0] in ("special", "senior",
                                                                                          "chief"))


# A site's section names: "World News" or "Live Updates" above a headline names no outlet and no headline
SECTIONS = frozenset("""
live updates latest breaking top stories video watch listen podcasts newsletters
home news opinion opinions politics society world business economy sport sports culture education
china asia europe africa americas editorial editorials features science environment health tech
technology local national international regions region lifestyle travel analysis comment columnists
""".split())
