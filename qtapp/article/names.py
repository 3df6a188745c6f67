"""People's names: stripping titles, splitting family and given names, resolving "President Xi".

Family-first order is recognised for Chinese names written in pinyin (a common surname followed by a
given name made of pinyin syllables): "Wang Haiyan" is family Wang, given Haiyan. Users can correct it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from qtapp.article.model import Author

TITLES = frozenset("""
president vice prime minister dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sen sen. senator rep rep.
gov gov. governor chairman chairwoman chair general gen gen. secretary chancellor king queen pope sir dame
judge justice ceo chief executive foreign premier ambassador mayor spokesperson spokesman spokeswoman
director minister, colonel col. captain capt. lt. lieutenant commissioner envoy deputy state
""".split())
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# "O'Neill-Brady", "D'Souza": a one-letter prefix and an apostrophe before the capital
NAME_TOKEN = (rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Sr|Jr)\.|[{_UPPER}]['’][{_UPPER}][^\W\d_]+(?:['’\-][^\W\d_]+)*"
              rf"|[{_UPPER}][^\W\d_]+(?:['’\-][^\W\d_]+)*|[{_UPPER}]\.)")
NAME = rf"{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|da|van|von|bin|al-\w+|le|la|du|ap|Ó))*"  # Welsh "ap", Irish "Ó"
_NAME_RUN = re.compile(NAME)

# Chinese surnames in pinyin (the common single ones and the compound ones), and the Cantonese and other
# romanisations Hong Kong, Macao and Singapore bylines use. Facts, not code.
CHINESE_SURNAMES = frozenset("""
wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie
han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan
pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin
gu hou shao meng long wan duan lei qian yin yi chang qiao lai gong wen xi zhan ou ni geng mu tao
jiao ba bao bei bi bian bo bu cang cen chai chao che chi chu cong da dang di diao dou fei feng fu gai gan
gang ge geng gou guan gui hang hong hua huai huan ji jian jie jing ju kan ke kou kuang kui lan lang lao
le leng lian ling lou lv lyu man mei mi miao min ming mo mu nan nie ning niu nong pang pei pi ping pu qi
qiang qu quan rao rong ru ruan rui sang sha shan shang she sheng shu si sui tai teng tong tu tuo wei weng
xian xiang xin xing xuan yan yang yi yin ying yong you yue yun zang zha zhai zhan zhao zhen zhi zhuang zhuo
zi zong zu zuo ai an ao bai ban ci dou e gong hang hei huo jing ling mi qu ran sai tang wen wo xiang
ouyang sima zhuge situ shangguan dongfang huangfu yuchi gongsun xiahou zhangsun murong duanmu linghu
ho kwok chan wong cheung leung lau tsang ng yip tam lam fung mak chow choi yeung kwan lo siu tse chu chiu
ip kong tong law lui mok poon sze tsui wan yau yuen au cheng ching chung hui kam kan kwong lai lee liu
mui ngai pang shum so szeto tai tin to tsoi wai woo yim yu
tan lim goh ong teo chua yeo koh tay loh khoo chong cheong leong yap quek seah chew liew oei phua ooi
""".split())
# Korean surnames as Yonhap and the Korean press romanise them; only with a hyphenated given name
# ("Park Seo-yeon", "Kang Tae-sik") is the order certain. Facts, not code.
KOREAN_SURNAMES = frozenset("""
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin kwon
hwang ahn an song yoo yu hong jeon chun ko go moon mun yang son bae baek paik heo hur nam noh roh ha kwak
sung cha joo ju woo min ryu yoo na jin ji um eom byun pyo cheon gil
""".split())
# Vietnamese family names (written first, then a middle and a given name of one syllable each: "Tran Minh
# Duc", "Nguyễn Thị Thu Hà"), and Khmer ones (first, then one given name: "Sok Chanthy"); only the names
# that are no common Western given name ("Ho" is left to the Chinese list's two-part names). Facts, not code.
VIETNAMESE_SURNAMES = frozenset("""
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly dinh truong trinh doan luong vuong
quach kieu chau ta
""".split())
KHMER_SURNAMES = frozenset("sok chea keo meas heng hun pich prak ouk seng chhay nhem tep sorn yim khieu".split())
_VIETNAMESE_SYLLABLE = re.compile(r"[A-Z][a-z]{0,6}")


def plain_letters(word: str) -> str:
    """'Nguyễn' → 'Nguyen', 'Đặng' → 'Dang': the surname lists are kept without diacritics."""
    if word.isascii():
        return word  # every normal form of ASCII is itself: no diacritic to drop
    word = word.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _south_east_asian(parts: list[str]) -> bool:
    """'Tran Minh Duc', 'Le Van Tuan', 'Sok Chanthy': a Vietnamese or Khmer family name first."""
    plain = [plain_letters(p) for p in parts]
    if plain[0].lower() in VIETNAMESE_SURNAMES and 3 <= len(parts) <= 4:
        return all(_VIETNAMESE_SYLLABLE.fullmatch(p) for p in plain[1:])
    return len(parts) == 2 and plain[0].lower() in KHMER_SURNAMES and bool(re.fullmatch(r"[A-Z][a-z]{2,9}", plain[1]))


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


# One syllable as pinyin or the Hokkien, Hakka and Cantonese spellings write it: "Wei", "Boon", "Huat"
_SOUTHERN_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstwyz]h?|ng)?[aeiou]{1,3}(?:ng|n|m|k|t|p|h)?")


def _one_syllable(word: str) -> bool:
    lowered = word.lower()
    return word[:1].isupper() and word[1:].islower() and (
        lowered in PINYIN or bool(_SOUTHERN_SYLLABLE.fullmatch(lowered)))


_CANTONESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Lok-sang", "Wing-yan"


def is_family_first(name: str) -> bool:
    """'Wang Haiyan', 'Ouyang Lin', 'Ho Lok-sang', 'Park Seo-yeon': a Chinese or Korean surname first, then a
    given name of its own shape."""
    parts = name.split()
    if len(parts) == 3 and parts[0].lower() in CHINESE_SURNAMES and all(map(_one_syllable, parts[1:])):
        return True  # "Ng Wei Ling", "Tan Boon Huat": Malaysia's and Singapore's given name in two syllables
    if len(parts) == 2 and parts[0].lower() in KOREAN_SURNAMES and _CANTONESE_GIVEN.fullmatch(parts[1]):
        return True  # "Park Seo-yeon"
    if len(parts) >= 2 and _south_east_asian(parts):
        return True
    if len(parts) != 2 or parts[0].lower() not in CHINESE_SURNAMES:
        return False
    given = parts[1]
    return (is_pinyin(given) and len(given) >= 2) or bool(_CANTONESE_GIVEN.fullmatch(given))


_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ese|ian|an|ish|i|ch)")


def _is_nationality(word: str) -> bool:
    return bool(_NATIONALITY.fullmatch(word))


_ABBREVIATED_TITLES = frozenset({"gov.", "sen.", "rep.", "gen.", "lt.", "col.", "capt.", "amb."})


def strip_titles(name: str) -> str:
    """'Chinese President Xi Jinping' → 'Xi Jinping'; 'Dr. Ana Costa' → 'Ana Costa'."""
    tokens = name.split()
    while len(tokens) > 1:
        first = tokens[0].lower()
        if first in TITLES or first.rstrip(".") in TITLES:  # noqa: SIM114 - two rules, kept apart to read
            tokens.pop(0)
        elif _is_nationality(tokens[0]) and tokens[1].lower().rstrip(".") in TITLES:
            tokens.pop(0)
        elif len(tokens) > 3 and tokens[0][:1].isupper() and tokens[1].lower() in _ABBREVIATED_TITLES:
            del tokens[:2]  # "Oregon Gov. Marisa Delacroix-Ward", "Texas Sen. Ana Ruiz": a place, then a title
        else:
            break
    return " ".join(tokens)


# Spanish, Catalan and Portuguese given names: after one of these, two plain surnames are one family name
# ("Lucía Fernández Ortega": family "Fernández Ortega"), and a second given name stays given ("Ana María").
HISPANIC_GIVEN = frozenset("""
ana maría maria josé jose juan luis carlos carmen lucía lucia mateo álvaro alvaro joaquín joaquin jorge
javier miguel pedro pablo diego sofía sofia valentina camila isabel elena marta laura paula andrea
alejandro antonio manuel francisco rafael fernando ricardo sergio andrés andres tomás tomas rosa teresa
pilar beatriz inés ines gabriela daniela mariana victoria adriana natalia claudia patricia mercedes
dolores raúl raul rodrigo gonzalo ignacio emilio julio ramón ramon enrique felipe santiago gabriel
martín martin nicolás nicolas sebastián sebastian marcela ximena guadalupe josefina montserrat nuria
julián julian ernesto alberto eduardo arturo armando hernán hernan héctor hector óscar oscar césar cesar
wilfredo humberto gustavo alfredo orlando rubén ruben hugo mario marco agustín agustin cristián cristian
esteban ignacio leonardo lorenzo marcos mauricio octavio osvaldo rolando salvador vicente yolanda martina
lucas simón simon emiliano maximiliano benjamín benjamin florencia agustina milagros rocío rocio mariángel
andreína andreina yaima yanet yamilé dayana yesenia marisol soledad consuelo lourdes luz milagros graciela
silvia susana verónica veronica mónica monica liliana lorena carolina catalina fernanda valeria ximena
jordi pere joan josep xavier oriol arnau pau marc laia mireia meritxell núria montse roser
""".split())
# Common Spanish and Portuguese surnames, and the Quechua and Aymara ones of the Andes ("Mamani", "Quispe"):
# a given name, then two of these, is one given name and a family name of two ("Wara Condori Mamani").
# Facts, not code.
HISPANIC_SURNAMES = frozenset("""
garcía garcia rodríguez rodriguez gonzález gonzalez fernández fernandez lópez lopez martínez martinez
sánchez sanchez pérez perez gómez gomez martín díaz diaz hernández hernandez álvarez alvarez jiménez
jimenez ruiz moreno muñoz munoz romero alonso gutiérrez gutierrez navarro torres domínguez dominguez
vázquez vazquez ramos gil ramírez ramirez serrano blanco molina morales suárez suarez ortega delgado
castro ortiz rubio marín marin sanz núñez nunez iglesias medina garrido cortés cortes castillo santos
lozano guerrero cano prieto méndez mendez cruz calvo gallego vidal león leon márquez marquez herrera
peña pena flores cabrera campos vega fuentes carrasco diez caballero reyes nieto aguilar pascual santana
herrero montero lorenzo hidalgo giménez gimenez ibáñez ibanez ferrer durán duran santiago benítez benitez
mora vicente vargas arias carmona crespo román roman pastor soto sáez saez velasco moya soler parra
esteban bravo gallardo rojas pacheco rondón rondon ospina arbeláez arbelaez olivera sosa ayala acosta
aguirre benavides bustos cárdenas cardenas cáceres caceres contreras córdoba cordoba espinoza espinosa
figueroa franco fuentes galindo godoy guzmán guzman ibarra lara luna maldonado mejía mejia miranda
montoya navarrete osorio palacios paredes quintero quintana rivas rivera salazar salinas sandoval
sepúlveda sepulveda silva tapia toledo valencia valenzuela vera villalobos zamora zapata ochoa orozco
pineda ponce rosales sierra solís solis trujillo valdés valdes valdez velásquez velasquez villa
colmenares brizuela pacheco uribe restrepo londoño londono jaramillo echeverría echeverria
mamani quispe condori choque huanca flores apaza ticona limachi chambi poma cusi yupanqui huamán huaman
oliveira souza pereira costa carvalho almeida ferreira ribeiro lima gomes martins araújo araujo barbosa
""".split())
# Common Maltese surnames: Maltese writers often carry both parents' ("Kirsten Borg Camilleri": family "Borg
# Camilleri"), so a given name, then two of these, is one given name and a family name of two. Facts, not code.
MALTESE_SURNAMES = frozenset("""
borg camilleri vella farrugia zammit galea micallef grech attard spiteri azzopardi mifsud agius caruana cassar
fenech sammut schembri debono xuereb cauchi mizzi bonnici calleja buttigieg ellul gauci saliba scicluna tanti
zahra bugeja cachia chetcuti falzon formosa grima magri mallia portelli psaila sciberras tabone zerafa
""".split())
_PARTICLES = frozenset("de da del della di du la le van von der den ter bin ibn al el ó ní mac ap nic".split())


def normal_case(name: str) -> str:
    """'JANE DOE' → 'Jane Doe', "MARGARET O'NEILL" → "Margaret O'Neill"; mixed case is left as written."""
    if not name.isupper():
        return name
    def word(token: str) -> str:
        # "O'NEILL" → "O'Neill", "D'ARCY" → "D'Arcy"; but "NDUNG’U" → "Ndung’u": after an apostrophe deep in a
        # word (a glottal stop, an elision) the name goes on in lowercase
        out = re.sub(r"(^|-|(?<=^\w)['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), token.lower())
        return re.sub(r"^(Ma?c)(\w)", lambda m: m.group(1) + m.group(2).upper(), out) if len(out) > 4 else out
    return " ".join(word(token) for token in name.split())


def _two_surnames(words: list[str]) -> bool:
    """'rondón', 'pacheco': both a known Hispanic surname (or a patronymic in -ez, 'Benítez'), so the two are one
    family name whatever the given name before them."""
    return len(words) == 2 and (all(w in HISPANIC_SURNAMES or (len(w) > 4 and w.endswith("ez")) for w in words)
                                or all(w in MALTESE_SURNAMES for w in words))


def _western(name: str) -> tuple[str, str | None]:
    """(family, given) by nameparser, which knows particles ("de la Cruz") and suffixes."""
    from nameparser import HumanName

    parts = name.split()
    human = HumanName(name)
    family, given = human.last, " ".join(p for p in (human.first, human.middle) if p)
    if human.suffix:
        family = f"{family} {human.suffix}".strip()
    lowered = [p.lower() for p in parts]
    if len(parts) == 3 and not _PARTICLES & set(lowered) and (
            lowered[0] in HISPANIC_GIVEN or _two_surnames(lowered[1:]) and lowered[1] not in HISPANIC_GIVEN):
        if lowered[1] in HISPANIC_GIVEN:
            return parts[2], " ".join(parts[:2])
        return " ".join(parts[1:]), parts[0]
    if len(parts) == 4 and not _PARTICLES & set(lowered) and all(p in HISPANIC_GIVEN for p in lowered[:2]) \
            and _two_surnames(lowered[2:]):
        return " ".join(parts[2:]), " ".join(parts[:2])  # "María José Rondón Pacheco": two given, two family
    for index, token in enumerate(lowered[1:], 1):  # "Eoin Ó Ceallaigh": a particle starts the family name
        if token in _PARTICLES and index < len(parts) - 1:
            return " ".join(parts[index:]), " ".join(parts[:index])
    if not family:
        return parts[-1], " ".join(parts[:-1]) or None
    return family, given or None


def author_from_name(name: str, description: str | None = None) -> Author:
    name = normal_case(" ".join(name.split()))
    parts = name.split()
    if len(parts) == 1:
        return Author(name=name, family=name, given=None, description=description)
    if is_family_first(name):
        return Author(name, family=parts[0], given=" ".join(parts[1:]), description=description,
                      family_first=True)
    family, given = _western(name)
    return Author(name, family=family, given=given, description=description)


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
