"""Is a quoted span a quotation, or a scare quote, title, term or nickname?

A reader tells them apart by length, by the words around the marks and by capitals: a quotation is
reported speech (long, or a short phrase in a sentence with a speech verb); a title is Title Case or
follows "titled"/"under the headline"; a term or nickname is short and follows "called", "known as",
"so-called", or sits before a noun like an adjective ("38 "living heritage" businesses").
"""

from __future__ import annotations

import re

from qtapp.article.quotations.context import Around
from qtapp.article.quotations.lexicon import REPORT_VERBS, VERB_PATTERN

SHORT = 4  # words; a quoted phrase this short needs a speech verb to count as speech
_SMALL = frozenset("a an the of in on at to for and or but nor by with from as vs via per de la le du "
                   "da del van von into over".split())
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_TITLE_CUE = re.compile(r"(?:\btitled|\bentitled|\bheadlined|\bunder\s+the\s+(?:title|headline|name|slogan|banner)"
                        r"|\bheadline|\bthe\s+(?:book|film|novel|series|song|album|play|poem|programme|program"
                        r"|campaign|slogan|motto|hashtag|column|documentary|exhibition|show))\s*[,:]?\s*$",
                        re.IGNORECASE)
# A work named in apposition ("The study, "Pioneer soils as …," appears"), a report cited by its headline and
# date ("(“Night buses face the axe”, October 9)"), a slogan said to be it ("the slogan … has been "…""):
# titles and terms, whatever their case.
_APPOSED_WORK = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?:new\s+|latest\s+)?(?:study|paper|report|article|"
                           r"essay|book|thesis|survey)\s*,\s*$", re.IGNORECASE)
_CITED_DATE = re.compile(r"^[,\s]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                         r"(?:,\s*\d{4})?\)")
_SLOGAN_IS = re.compile(r"\bthe\s+(?:slogan|motto|watchword|catchphrase)\b(?:\s+[\w'’\-]+){0,6}?\s+"
                        r"(?:is|was|has\s+been|had\s+been|became|remains)\s*$", re.IGNORECASE)


def _named_work(text: str, around: Around) -> bool:
    """A title or slogan by where it stands, not by its case (see the patterns above)."""
    lead = around.lead
    last = lead.rstrip()[-1:]  # cheap tests first: tens of thousands of quotations pass through here
    if last == ",":
        return bool(_APPOSED_WORK.search(lead)) and (text.endswith(",") or around.tail.lstrip().startswith(","))
    if last == "(":
        return bool(_CITED_DATE.match(around.tail))
    return ("slogan" in lead or "motto" in lead or "watchword" in lead or "catchphrase" in lead) \
        and bool(_SLOGAN_IS.search(lead))


_NAMING_CUE = re.compile(r"(?:\bso-called|\bknown(?:\s+\w+)?\s+as|\bdubbed|\bnicknamed|\bbranded(?:\s+\w+){0,4}"
                         r"|\bmarkets?\s+as|\b(?:calls?|called|calling)(?!\s+for\b)|\bterm(?:ed|s)?|\blabell?ed"
                         r"|\bdescribes?(?:\s+[\w'’\-]+){0,6}\s+as|\bdescribed(?:\s+[\w'’\-]+){0,6}\s+as"
                         r"|\bwhat\s+(?:[\w'’\-]+\s+){0,3}(?:call|calls|called|term|terms|describe)"
                         r"|\bthe\s+word|\bthe\s+phrase|\bthe\s+term|\bthe\s+label)"
                         r"(?:\s+(?:it|them|him|her|this|that|itself|[\w'’\-]+(?:\s+[\w'’\-]+){0,4}?))?\s*(?:an?|the)?\s*$",
                         re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those)|\d)\s*$",
                                re.IGNORECASE)
# "The paper, "Rapid carbon recovery in …", is available": a work named in apposition to its noun
_WORK_BEFORE = re.compile(r"\b(?:paper|study|report|article|essay|thesis|dissertation|bill|strategy|plan|"
                          r"programme|program|document|policy|proposal|manifesto)\s*,\s*$", re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s*$", re.IGNORECASE)
_FUNCTION_AFTER = frozenset("""
and or but in on at by with for to from of during as that which who when while since after before until
than if is was were are be been has had have will would could should can may might because so then
said says told added including into over under about against through between among without per
""".split())
_TWO_SENTENCES = re.compile(r"[.!?]\s+\S")
_ENDS_SENTENCE = re.compile(r"[.!?]['’]?\s*$")
_ENDS_PUNCTUATED = re.compile(r"[,.!?;:]$")
_LOWER_WORDS = re.compile(r"[a-z]+")
_LOWER_AFTER = re.compile(r"^\s*([a-z][\w'’\-]*)")
# A short phrase someone is said to have called a thing ("He called flat fees "an invitation to waste."",
# "the agency said, calling the launch "a complete success."") is their words, if the article names them;
# "what villagers call", "neighbours started calling" give a term. "According to X, … "perhaps eight months""
_CALLED_BY = re.compile(r"(?:\bcalled|,\s+calling)(?!\s+for\b)(?:\s+[\w'’\-]+){0,6}?\s*$"
                        r"|(?:\bdescribed|\bdescribes?|,\s+describing)(?:\s+[\w'’\-]+){0,6}?\s+as\s*$", re.IGNORECASE)
_LABEL_WORDS = 8  # a longer phrase after "sometimes described as" is speech more often than a label
_NAMED_BY_NOBODY = re.compile(r"\b(?:is|are|was|were|be|been|being|sometimes|often|widely|commonly|usually)\s+"
                              r"(?:described|called|termed|labell?ed|dubbed|known|referred\s+to)\s+(?:as\s+)?$",
                              re.IGNORECASE)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?[A-Z]")
_VERB_AFTER = re.compile(r"^[\s,—–-]*(?:[\w'’.,\-]+\s+){0,6}?(?:" + VERB_PATTERN + r")")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_title_case(text: str, found: list[str] | None = None) -> bool:
    """ "Bright Road", "Shanghai Spirit in a Chaotic World", "Old Walls, New Minds." (``found``: the
    words of ``text`` when the caller has them already)"""
    found = words(text) if found is None else found
    if not found or _TWO_SENTENCES.search(text.strip()):
        return False  # more than one sentence
    big = [w for w in found if w.lower() not in _SMALL]
    if not big or not all(w[0].isupper() or w[0].isdigit() for w in big):
        return False
    if len(found) == 1:
        return not _ENDS_SENTENCE.search(text)  # "Yes." is speech; "Northgate" is a name
    return True


def _has_speech_verb(lead: str, tail: str) -> bool:
    if any(word in REPORT_VERBS for word in _LOWER_WORDS.findall(lead)):
        return True
    return bool(_VERB_AFTER.match(tail))


def needs_speaker(quoted: str, around: Around) -> bool:
    """A short phrase ``is_quotation`` turned down that is speech only if its rule names who said it:
    after "X called it" / "X described it as" (not a present "they call it", a habit of naming) or in a
    sentence that opens "According to X"."""
    text = quoted.strip()
    found = words(text)
    if not found or len(found) > SHORT or is_title_case(text, found) or _TITLE_CUE.search(around.lead) \
            or _named_work(text, around):
        return False
    lead = around.lead
    if _DETERMINER_BEFORE.search(lead):
        return False  # a "dark terminal", the "tap tax": a term
    if _ACCORDING.search(around.sentence_lead) and not _NAMING_CUE.search(lead):
        return True
    return bool(_CALLED_BY.search(lead))


def is_quotation(quoted: str, around: Around, whole_block: bool) -> bool:
    """True for reported words; False for scare quotes, titles, terms and nicknames."""
    text = quoted.strip()
    found = words(text)
    if not found:
        return False
    lead = around.lead
    if _TITLE_CUE.search(lead) or is_title_case(text, found) or _named_work(text, around):
        return False
    if (around.tail.startswith(",") and lead.endswith((", ", ",")) and not _ENDS_PUNCTUATED.search(text)
            and _WORK_BEFORE.search(lead, max(0, len(lead) - 40))):
        return False  # the paper, "…", is: its title
    short = len(found) <= SHORT
    if (short and text[:1].islower() and not _ENDS_PUNCTUATED.search(text)
            and _INDEFINITE_BEFORE.search(lead, max(0, len(lead) - 8))):
        return False  # announced a "resilient connectivity plan": a name for a thing, not words said
    if not short:
        # "That principle, sometimes described as "digital sovereignty with open doors,"": named by no one
        return not (len(found) <= _LABEL_WORDS and _NAMED_BY_NOBODY.search(lead) and not _ENDS_SENTENCE.search(text))
    if _NAMING_CUE.search(lead):
        return False
    after = _LOWER_AFTER.match(around.tail)
    if (after and after.group(1).lower() not in _FUNCTION_AFTER and _DETERMINER_BEFORE.search(lead)
            and not _ENDS_PUNCTUATED.search(text)):
        return False  # used as an adjective: 38 "living heritage" businesses
    if whole_block:
        return True
    sentence = bool(_ENDS_SENTENCE.search(text)) and found[0][0].isupper()
    return sentence or _has_speech_verb(around.sentence_lead, around.tail)
