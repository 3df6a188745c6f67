"""Page furniture: what a copy-paste drags along from the site around the article.

Three kinds, checked on one line at a time: widget text (share bars, text-size controls, "Advertisement"),
navigation (menus and breadcrumbs: "Home | World | Opinion", "News › World"), and the site's legal and
contact lines (copyright, ICP numbers, "Media contact:"). Where a line sits (before the headline, after
"Related:") is judged by the block rules, which know the context.
"""

from __future__ import annotations

import re

from qtapp.article.chrome import WIDGET_WORDS
from qtapp.article.chrome import is_chrome as is_widget
from qtapp.article.rules.dates import is_time_or_date_words
from qtapp.article.rules.engine import Rule, first, per_line, rule
from qtapp.article.rules.outlets import is_outlet
from qtapp.article.rules.persons import is_person

# Whole lines that are site furniture wherever they stand (compared lowercased, end punctuation dropped).
PHRASES = frozenset("""
skip to content|skip to main content|skip to site index|skip to navigation|menu|main menu|search|sign in|
log in|login|register|sign in | register|subscribe|subscribe now|donate|advertisement|skip advertisement|
advertisement · scroll to continue|scroll to continue|read more|read next|related|related topics|
related articles|related stories|related internet links|more on this story|most read|most viewed|
most popular|most watched|trending|explore more on these topics|share|share this|share this article|
share this story|share on facebook|share on twitter|share on x|share or comment on this article|
link copied|watch|listen|live tv|live|gift article|gift this article|comments|leave a comment|
post a comment|reuse this content|republish this story|sign up here|topics|tags|key events|
print|email|save|contacts|contact|media contact|media contacts|press contact|back to top|
download images|view comments|show comments|newsletter|follow us|print version|printer-friendly version|
leave a reply|report an error|report a typo|journalistic standards|follow|short link|permalink|
search keywords|☰||||中文|english|global edition|related news|related content|related links|
▶ play episode|play episode|▶ play|listen to this episode|latest news|latest headlines|latest stories|
you may also be interested in|you may also like|advertising|media files|start the conversation|search the web|
search this site|search the site|search news|search site|video player|video playerclose|video player close|
make a donation|make a donation today|loading|loading…|popular stories|articles in this story
""".replace("\n", "").split("|"))
_PHRASE_PREFIXES = re.compile(
    r"^(?:sign up (?:for|to)|subscribe to|follow (?:us|\w+) on|we use cookies|this (?:site|website) uses "
    r"cookies|by continuing to|accept (?:all )?cookies|read more:|related:|see also:|more:|also read:|"
    r"watch:|listen:|share:|share on |share - |download |for further information|for more information,? "
    r"(?:please )?contact|media(?: contact)?s?:|press(?: office)?:|investor relations|editor:|web editor:|"
    r"responsible editor:|our standards:|purchase licensing|do you have an opinion|submit a letter|"
    r"letters to the editor(?!\s*[:|–—-]\s*[A-Z][^@]{15,}$)|a version of this article appears in print|"
    r"all rights reserved|"
    r"neither the tsx|the local democracy reporting service|this item is provided for|"
    r"exclusive news, data and analytics|"
    r"comments \(\d+\)|updated (?:about |over )?\d+ (?:min|mins|minutes|hours?) ago|\d+ (?:min|mins|minutes) read|"
    r"news provided by|fund independent journalism|republish our (?:content|stories|articles|journalism)\b|support (?:us|the \w+)$|view image in fullscreen|"
    r"listen to this article|sponsored$|save \d+% on|also from this source|read also|follow [\w .'’-]{2,40} on "
    r"(?:telegram|x|twitter|facebook|instagram|whatsapp)|\(if you want to contribute|\d{1,2}:\d\d / \d{1,2}:\d\d$|"
    r"subscribe now|comments are closed|comments (?:have been|are) disabled|load (?:earlier|more|older|newer) "
    r"(?:updates|posts|entries|stories)$|share on:|photos? with this release|tags?:|topics:|"
    r"what we['’]re covering|if you have a specific expertise|send us your writing|"
    r"share this live blog|show key events|copylink|search trends|most read:|read next:|labels?:|keywords:|"
    r"this (?:article|story) was (?:amended|corrected|updated) on|want more local news|support (?:independent|"
    r"local) [\w ]*journalism|get the [\w' ]{0,40}newsletter|\S.{0,40} profile picture$|"
    r"(?:the\s+)?(?:story|article)\s+continues\b|filed under:|posted in:|categor(?:y|ies):|tagged:|\[?font size\b|"
    r"version for the visually impaired|(?:reading time|time to read):?\s*\d+\s*(?:min|mins|minutes)\b|"
    r"continued (?:on|from) (?:page|p\.)\s*\d+$|more (?:from [^:]{2,40}|letters|stories|news|in [^:]{2,30}|"
    r"on [^:]{2,30}|reviews|videos|"
    r"articles|features|columns|podcasts|opinion|analysis|coverage):|related (?:news|stories|articles|content|"
    r"coverage|reading|links|story|stories|releases?|posts?|videos?):|sort by:|edited by:|about us:|"
    # the topic links under the story, a reader-funded site's appeal and its reminder button
    r"explore more on these topics:|(?:…|\.\.\.)?\s*we have a small favour to ask\b|remind me (?:in|next|later)\b|"
    # a box's label with nothing after it ("More from Features") and a wire's link back to its release
    r"more from [\w .&'’-]{2,40}$|view original content\b|"
    # a letters page's terms under its last letter: "Have your say: email …", "Letters should be under 200 words …"
    # (only longer than a wrapped line: a short one may be the tail of a notice wrapped at 72 columns)
    r"have your say:|letters (?:should|must) (?:be|include|not)\b.{56,}|"
    # a skip link glued to a box's label; an Australian site's acknowledgement of country at its foot
    r"skip (?:next|previous) section\b|"
    r"(?:we|[A-Z][\w&' ]{1,40}) acknowledges? (?:the )?"
    r"(?:[^\"“”]{0,250}\s)?Traditional (?:Owners|Custodians)\b[^\"“”]{0,120}$|"
    # a story's one topic label, the page's link to itself, a paywall's notice: "Topic: Infrastructure"
    r"topic:\s*[A-Z][^.!?:]{0,50}$|(?:short\s+)?link:\s*https?://\S+$|"
    r"this (?:post|article|story|episode) is (?:only )?for (?:paid |paying )?(?:subscribers|members)(?: only)?\.?$)",
    re.IGNORECASE)
# A post's neighbours and the blog engine's credit: "← Previous post: The ice on Lock 6", "Proudly powered by WordPress"
_POST_NAVIGATION = re.compile(r"^(?:[←«‹<]\s*)?(?:previous|next|older|newer)\s+(?:post|article|story|entry)\b"
                              r"(?:\s*:.{0,100})?(?:\s*[→»›>])?$|^proudly\s+powered\s+by\s+\S+(?:\s+\S+){0,2}$|"
                              # the engine credited by its verb, "Published with Ghost", "Built with Hugo" (never
                              # "Published by X", which names a publisher), and the pager "Newer Post Older Post Home"
                              r"^(?:published|built|made|created)\s+with\s+\S+(?:\s+\S+)?$|"
                              r"^(?:(?:newer|older)\s+(?:posts?|entries)|home)(?:\s+(?:(?:newer|older)\s+(?:posts?|"
                              r"entries)|home)){1,2}$|"
                              r"^powered\s+by\s+(?:wordpress|blogger|ghost|substack|medium|drupal|squarespace|wix|"
                              r"tumblr|jekyll|hugo)(?:\.com)?$",
                              re.IGNORECASE)
# A comment form's button opening the line: "Leave a Reply Your email address will not be published."
_COMMENT_FORM = re.compile(r"^(?:leave a (?:reply|comment)|add (?:a |your |new )?comments?|post a comment|"
                           r"write a comment)"
                           r"\b(?!\s+(?:on|about|to)\b)|"
                           # "Comments — Use the comment form below …": the form's label, then how to use it
                           r"^comments?\s*[—–:-]\s*(?:use|leave|add|post|write|join|be the first)\b", re.IGNORECASE)
_BRACKETED = re.compile(r"^\[(.{2,80})\]$")  # square: "(Web editor: …)" in round ones is a sign-off
_STAFF_CREDIT = re.compile(r"^(?:(?:(?:web|chief|responsible|duty)\s+)?editors?\s*:|edited\s+by)\s*[A-Z]",
                           re.IGNORECASE)
_SHARE_THIS = re.compile(r"^share this (?:[a-z-]+ ){0,2}[a-z-]+$")
_RESPONSES = re.compile(r"^\d[\d,]*\s+(?:thoughts?|comments?|responses?|replies|reactions?)"
                        r"(?:\s+on\s+(?:[\w “”\"']{1,60}|[“\"‘][^“”\"]{1,80}[”\"’]))?$",
                        re.IGNORECASE)  # "4 thoughts on this post"
_COUNTER = re.compile(r"^\d[\d ,.]*\s*[kKmM]?\s+(?:views|reads|comments|shares|likes|followers|subscribers|claps)$|"
                      r"^(?:views|reads)\s*:\s*\d[\d ,.]*\s*[kKmM]?$",
                      re.IGNORECASE)  # "1 245 views", "214 Followers"
_WEATHER = re.compile(r"-?\d{1,3}\s?°\s?[FC]\b")  # "Tuesday, April 8, 2025 | 54°F Cloudy": a masthead's widget
# Two patterns, not one "^…|…$": a search for the alternation tried the opener at every offset.
_COPYRIGHT_OPENER = re.compile(r"\(?\s*(?:copyright\b|©)|\(c\)\s+\d{4}", re.IGNORECASE)  # "(©NTB)" too
_RIGHTS_RESERVED = re.compile(r"(?:all|some) rights reserved\.?$|^all rights to\b.{0,80}\breserved\.?$", re.IGNORECASE)
_MARK_AND_YEAR = re.compile(r"(?:©|\(c\))\s*(?:19|20)\d\d\b", re.IGNORECASE)  # "Steppe Observer © 2025 · …"
_ICP = re.compile(r"ICP(?:备|\s*(?:license|证))|京公网安备", re.IGNORECASE)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ()-]{7,}\d")
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”]?\s+[A-Za-z]")  # a lowercase address may follow a sentence too
_BY = re.compile(r"by\s", re.IGNORECASE)
_NAV_MARK = re.compile(r"[|›»>]|\s[/·]\s")
_ITEM_END = re.compile(r"[.!?,;]$")
_BYLINE_OPENER = re.compile(r"^(?:by|written by)\b", re.IGNORECASE)
_CREDIT_LABEL = re.compile(r"^(?:by|text|words|story|report|reporting)\s*:?\s+[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý]",
                           re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s+(?:\||›|»|>>|>|/|·)\s+|\s*\|\s*")
_ALL_CAPS_NAV = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*[A-Z]{2,}$")  # "Global EditionASIA"
_BREADCRUMB = re.compile(r"\s(?:>|›|»|>>)\s")
_DATEISH = re.compile(r"\b\d{4}\b|\b\d{1,2}:\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
                      r"\.?\s+\d")


def _key(line: str) -> str:
    return " ".join(line.lower().split()).strip(" .:!»›")


@rule("chrome.widget")
def widget(line: str) -> bool | None:
    """'+ ↺ − 16 px', 'Share Tweet Email': widget symbols and share-bar words only."""
    return True if is_widget(line) else None


@rule("chrome.phrase")
def phrase(line: str) -> bool | None:
    """'Skip to content', 'Advertisement', 'Sign up for our newsletter', 'Comments (12)'."""
    if len(line) > 400:
        return None
    key = _key(line)
    if key in PHRASES or (len(line) <= 400 and _PHRASE_PREFIXES.match(line.strip())):
        return True
    inner = _BRACKETED.match(line.strip())
    if inner and _STAFF_CREDIT.match(inner.group(1)):
        return True  # "[Editor: Qiao Mengxi]", "[Edited by Ana Ruiz]": the desk's bracketed credit
    if _SHARE_THIS.match(key):
        return True  # "Share this fact check", "Share this page": the share button, whatever it shares
    return None


@rule("chrome.post_navigation")
def post_navigation(line: str) -> bool | None:
    """'← Previous post: The ice on Lock 6', 'Published with Ghost', 'Newer Post Older Post Home': a blog's links."""
    text = line.strip()
    return True if len(text) <= 120 and _POST_NAVIGATION.match(text) else None


# "u/glenelg_gull · 4 hr. ago: Surprised …", "@kiri_w · 3h — …": a reader's comment under its handle and age
_COMMENT_HEADER = re.compile(r"^(?:u/|@)[\w.-]{2,30}\s*[·•|]\s*\d{1,3}\s*"
                             r"(?:hr|hrs|h|min|mins|m|d|days?|hours?|minutes?)\.?(?:\s+ago)?\b")


@rule("chrome.reader_comment")
def reader_comment(line: str) -> bool | None:
    """'u/glenelg_gull · 4 hr. ago: Surprised absolutely nobody': a reader's comment, its handle and age first."""
    return True if len(line) <= 400 and _COMMENT_HEADER.match(line.strip()) else None


@rule("chrome.comment_form")
def comment_form(line: str) -> bool | None:
    """'Leave a Reply Your email address will not be published.', 'Add comment | Comments will be edited …'."""
    text = line.strip()
    if len(text) > 400 or any(mark in text for mark in "\"“”"):
        return None  # a quotation about comments is news, not the form
    return True if _COMMENT_FORM.match(text) else None


# The reader told how to use the page: addressed to them (or an imperative opening), about the page's own
# controls (the comment box, logging in, a click, a key), one sentence
_TO_READER = re.compile(r"^(?:you|your|if you|please|click|tap)\b", re.IGNORECASE)
_PAGE_CONTROL = re.compile(r"\b(?:comments?|log(?:ged)?\s+in|sign(?:ed)?\s+in|click|tap|ctrl\s*\+\s*\w+)\b",
                           re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|according)\b")


@rule("chrome.page_instruction")
def page_instruction(line: str) -> bool | None:
    """'You must be logged in to post a comment.', 'Click to read the article in Finnish': the page's how-to."""
    text = line.strip()
    if len(text) > 120 or any(mark in text for mark in "\"“”") or _SENTENCE_INSIDE.search(text):
        return None  # a quotation, or a paragraph of more than one sentence, is the story's
    if not _TO_READER.match(text) or _REPORTED.search(text):
        return None
    return True if _PAGE_CONTROL.search(text) else None


# The page speaking of the article as its product: "This article is part of our …", "This archived news story
# is available only for …" — the subject is the page's own piece, the predicate what the site makes of it
_OWN_PIECE = re.compile(r"^This\s+(?:[a-z]+\s+){0,2}(?:article|story|piece|page|content|fact\s+check)\s+is\s+"
                        r"(?:part\s+of\s+(?:our\b|[A-Z][\w.&'’ -]{1,40}?['’]s\s)|available\s+only\b)")


@rule("chrome.own_piece")
def own_piece(line: str) -> bool | None:
    """'This article is part of Ledger Europe's Pro Energy service.': the site about its product, one sentence."""
    text = line.strip()
    if len(text) > 200 or any(mark in text for mark in "\"“”"):
        return None
    return True if _OWN_PIECE.match(text) else None


@rule("chrome.copyright")
def copyright_line(line: str) -> bool | None:
    """'© 2024 Northern Star Media. All rights reserved.', '京ICP备13028878号-6'."""
    text = line.strip()
    if len(text) <= 400 and (_COPYRIGHT_OPENER.match(text) or _RIGHTS_RESERVED.search(text) or _ICP.search(text)
                             or len(text) <= 160 and "©" in text and _MARK_AND_YEAR.search(text)
                             or len(text) <= 80 and (_weather_widget(text) or _COUNTER.match(text)
                                                     or _RESPONSES.match(text))):
        return True
    return None


_IMPRINT = re.compile(r"^(?P<outlet>[A-Z][^,]{1,50}?),\s+[A-Z][^,]{1,50}?,\s+(?:19|20)\d\d\.?$")


@rule("chrome.imprint")
def imprint_line(line: str) -> bool | None:
    """'Limerick Leader, Iconic Media, 2026' at a page's foot: the site's imprint (the paper, its owner, the
    year), a copyright line without its sign."""
    text = line.strip()
    found = _IMPRINT.match(text) if len(text) <= 110 and text[-1:].isdigit() else None
    return True if found and is_outlet(found.group("outlet")) else None


def _weather_widget(text: str) -> bool:
    """'Tuesday, April 8, 2025 | 54°F Cloudy', 'Dubai 32°C partly cloudy': a temperature among a few names,
    never 'Räsänen takes surprise Ruka podium as home crowd braves -24°C', a headline that reads on in
    lowercase words."""
    return bool(_WEATHER.search(text)) and sum(w[:1].islower() for w in text.split()) <= 2


@rule("chrome.contact")
def contact(line: str) -> bool | None:
    """'Investor Relations | ir@example.com | +1 416 555 0190': a contact line, no sentence."""
    text = line.strip()
    # An address has an @ and a phone number a +: a line with neither is not searched at every offset.
    if len(text) <= 160 and ("@" in text or "+" in text) and _CONTACT.search(text) \
            and not _SENTENCE_INSIDE.search(text) and not _BY.match(text):
        return True
    return None


def bare_contact(line: str) -> bool:
    """'+255 700 000 111', 'Tel: +44 20 7946 0000', 'press@x.org': an address or a number, a label at most
    ('Send your letters to letters@…' is the site's invitation, not a contact's card)."""
    return len(line) <= 80 and bool(_CONTACT.search(line)) and len(_CONTACT.sub(" ", line).split()) <= 2


# The site speaking to its reader about the site itself: a topic of the site's (cookies, the newsletter,
# the comment form, the letters page, the print edition) and a choice offered (accept, sign up, send).
_SITE_TOPIC = re.compile(r"\b(?:cookies?|partners|consent|privacy|newsletters?|inbox|your email address|"
                         r"subscri(?:be|ption|bers?)|print edition|letters?|comments?|javascript|notifications?|"
                         r"news updates)\b", re.IGNORECASE)
_SITE_CHOICE = re.compile(r"\b(?:accept(?: all)?|manage (?:choices|preferences|settings|them)|reject all|i agree|"
                          r"sign(?:ing)? (?:me )?up|required fields|turn on javascript|enable javascript)\b|"
                          r"(?:^|[.!?—]\s+)(?:send|include|subscribe|write to|email|submit|join|get|enter)\b|"
                          # "— enter your email [Subscribe]": the sign-up box and its button, copied as text
                          r"\benter your e-?mail\b|\[(?:subscribe|sign up|join|submit|send|go)\]", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:you|your|we|our|us|me|please)\b|(?:^|[.!?—]\s+)(?:send|include|subscribe)\b",
                        re.IGNORECASE)


@rule("chrome.site_notice")
def site_notice(line: str) -> bool | None:
    """'We use cookies … Accept all | Manage choices', 'Letters may be edited. Write to letters@x.example'."""
    text = line.strip()
    if len(text) > 300 or "\"" in text or "“" in text:
        return None  # a quotation about cookies is news, not the banner
    if _SITE_TOPIC.search(text) and _SITE_CHOICE.search(text) and (_ADDRESSED.search(text) or "@" in text and
                                                                   _CONTACT.search(text)):
        return True  # "Letters may be edited for length. Write to letters@…": the address speaks to the reader
    return None


# "Anadolu Agency website contains only a portion of the news stories …": the site describing itself
SITE_SELF = re.compile(r"^(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)['’]?s?\s+(?:website|web site|site|app)\s+"
                       r"(?:contains|offers|"
                       r"publishes|provides|uses|is)\b")


@rule("chrome.site_self")
def site_self(line: str) -> bool | None:
    """'Anadolu Agency website contains only a portion of the news stories offered to subscribers …'."""
    found = SITE_SELF.match(line.strip())
    return True if found and len(line) <= 300 and is_outlet(found.group("outlet")) else None


_WIDGET_LEAD = re.compile(r"^(?:share|print|email)\s+(?P<rest>.+)$", re.IGNORECASE)


@rule("chrome.widget_stamp")
def widget_stamp(line: str) -> bool | None:
    """'Share Updated at 16.05 BST': a share button glued to the page's clock."""
    lead = _WIDGET_LEAD.match(line.strip())
    return True if lead and len(line) <= 60 and is_time_or_date_words(lead.group("rest")) else None


# Words a share bar's label uses for the page it shares and the way back from it: a closed class
_PAGE_WORDS = frozenset("this the article story post page it on via to back list republish with friends "
                        "your our and or".split())
_BAR_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@rule("chrome.share_bar")
def share_bar(line: str) -> bool | None:
    """'Share this article: Facebook Twitter LinkedIn', 'Print Share Back to list': buttons and their label."""
    text = line.strip()
    if len(text) > 70 or any(mark in text for mark in "\"“”"):
        return None
    words = [word.lower() for word in _BAR_WORDS.findall(text)]
    buttons = [word for word in words if word in WIDGET_WORDS]
    if len(buttons) < 2 or not any(word in ("share", "print") for word in buttons):
        return None  # "Facebook and Twitter" in a sentence names the networks, it offers no button
    others = [word for word in words if word not in WIDGET_WORDS]
    return True if len(others) <= 4 and all(word in _PAGE_WORDS for word in others) else None


def nav_items(line: str) -> list[str] | None:
    """The items of a menu or breadcrumb line, or None when the line is not built like one."""
    text = line.strip()
    if len(text) > 160 or not _NAV_MARK.search(text):
        return None
    items = [item.strip() for item in _NAV_SEPARATORS.split(text)]
    items = [item for item in items if item]
    longest = 9 if _BREADCRUMB.search(text) else 5  # "Ministry of Foreign Affairs of … › Press service › News"
    if not items or any(len(item.split()) > longest for item in items):
        return None
    if any(_ITEM_END.search(item) for item in items if not item.endswith(("U.S.", "Op-Ed"))):
        return None
    return items


_TOWN_WORD = r"[A-ZÀ-Ý][^\W\d_]+(?:[-'’][A-ZÀ-Ý][^\W\d_]+)*"  # "Saint-Denis", no "Fact-check"
_TOWN = re.compile(rf"^{_TOWN_WORD}(?:\s+{_TOWN_WORD}){{0,2}}$")
_PLAIN_WORD = re.compile(r"^[A-ZÀ-Ý][a-zß-ÿĀ-ž'’]+(?:-[A-ZÀ-Ý][a-zß-ÿĀ-ž'’]+)*$")  # "Wangmo", "Asante-Mensah"
# "Efecto Cocuyo | English": a site's name and its edition, never a writer and a town
_EDITIONS = frozenset("""
english español espanol français francais deutsch português portugues italiano русский 中文 edition en es fr de
international global
""".split())


def _writer_and_town(name: str, town: str) -> bool:
    """'Sonam Choden Wangmo', 'Thimphu': a person's name in plain capitalised words (no acronym, no 'MediaRoom'),
    then one to three capitalised words that are no menu's, no edition's and no outlet's name."""
    words = name.split() + town.split()
    if not _TOWN.match(town) or is_outlet(town) or not all(_PLAIN_WORD.match(w) for w in name.split()):
        return False
    if any(w.lower() in SECTION_WORDS or w.lower() in _EDITIONS for w in words):
        return False
    return is_person(name)


@rule("chrome.navigation")
def navigation(line: str) -> bool | None:
    """'Home | World | Opinion', 'News › World › Europe', 'Home >> Society': a menu or a breadcrumb."""
    if line.strip().startswith("|") and len(line) <= 80:
        return True  # "| Source: Harbour Grid Energy Inc.": the tail of a header bar broken at its separator
    items = nav_items(line)
    if items is None:
        return None
    if len(items) == 1:
        return True if line.strip() in ("|", "/", "»", "›") or line.strip().startswith("|") else None
    if _BREADCRUMB.search(line) and not _BYLINE_OPENER.match(line.strip()):
        return True  # "Home > News > 2025": a breadcrumb's year is an archive's, and no byline is built with ">"
    if _DATEISH.search(line) or _BYLINE_OPENER.match(line.strip()):
        return None  # "By Jane Doe | May 2, 2025" and "Jane Doe | Staff Reporter | 3 March 2024" are bylines
    if any(_CREDIT_LABEL.match(item) for item in items[1:]):
        return None  # "From the Communications Office | Text: Henrike Asmussen-Vogt": a desk and its writer
    if len(items) == 2 and _writer_and_town(*items):
        return None  # "Sonam Choden Wangmo | Thimphu": a writer and her town, no menu's words
    return True


@rule("chrome.edition_switch")
def edition_switch(line: str) -> bool | None:
    """'Global EditionASIA': a site's edition switcher glued to its label."""
    return True if _ALL_CAPS_NAV.match(line.strip()) and len(line.strip()) <= 30 else None


# A closed class: the words site menus are made of. A menu line is mostly these, capitalised, with no
# function word, verb or sentence punctuation between them ("Nation Economy Culture Opinion Interview").
SECTION_WORDS = frozenset("""
home news world nation national local region regional regions business economy markets market money finance
politics policy opinion opinions comment analysis interview interviews features feature culture arts life
lifestyle living society sport sports science tech technology sci-tech health education environment climate
energy travel food craft ideas style fashion entertainment music film films books video videos photo photos
multimedia podcasts podcast live weather obituaries jobs property e-paper epaper subscribe edition print
legal sustainability commodities breakingviews in-depth source us u.s. uk asia europe africa americas
middle east china india japan türkiye wire about routes reviews contact newsroom sign in up government
community letters puzzles games more sections search donate shop events newsletters investigations newsletter
crypto
""".split())
LANGUAGE_WORDS = frozenset("""
english eng en français fr español es deutsch de русский рус ру қаз қазақша kz 中文 简体 繁體 双语 日本語 한국어
türkçe العربية عربي português pt italiano polski українська укр
""".split())
# "Japanese version", "Russian edition": a link to the page in another language
LANGUAGE_NAMES = frozenset("""
english chinese japanese korean russian arabic french spanish german portuguese italian polish ukrainian
kazakh turkish vietnamese thai indonesian malay hindi urdu persian farsi hebrew greek dutch swedish
""".split())
_FUNCTION_WORDS = frozenset("a an of to for with from by on at as is are was were be has have will said says "
                            "that this it its their his her not no".split())


_MENU_ICONS = "☰🔍🔎⌕"  # a menu's and a search box's buttons, drawn as icons: "Menu ☰  Search 🔍  Log in"


def _menu_word(word: str) -> bool:
    return word.lower().strip(_MENU_ICONS) in SECTION_WORDS or not word.strip(_MENU_ICONS)


def menu_words(text: str) -> bool:
    """'News Sport What's On Comment Obituaries Jobs' taken for a byline: four words or more, most of them
    a site menu's, and no 'By': a menu, whose words are no writer's name nor an outlet's."""
    if len(text) > 120:
        return False
    words = [w.strip("|·.,").lower() for w in text.split()]
    if len(words) < 4 or words[0] == "by":
        return False
    return sum(w in SECTION_WORDS for w in words) >= max(3, 0.6 * len(words))


@rule("chrome.menu_run")
def menu_run(line: str) -> bool | None:
    """'News Sport What's On Comment Obituaries Jobs': a menu whose items may hold a small word ("What's On")."""
    return True if len(line) <= 120 and line.lstrip()[:1].isupper() and menu_words(line) else None


@rule("chrome.section_menu")
def section_menu(line: str) -> bool | None:
    """'Nation Economy Culture Opinion Interview Multimedia': a menu whose separators were lost."""
    if len(line) > 120 or not line.lstrip()[:1].isupper():
        return None
    words = line.split()
    # Four words at least: "Asia News Network" and "SOURCE China Daily" are outlets, not menus.
    if not 4 <= len(words) <= 14:
        return None
    if any(w.lower() in _FUNCTION_WORDS or re.search(r"[,;:!?\"“”]|\.$", w) and w not in ("U.S.",)
           for w in words):
        return None
    return True if sum(map(_menu_word, words)) >= 0.6 * len(words) else None


@rule("chrome.language_switch")
def language_switch(line: str) -> bool | None:
    """'Қаз Рус Eng', 'Global Edition ASIA 中文 双语 Français': the site's language switcher."""
    if len(line) > 80:
        return None
    words = line.split()
    if len(words) == 2 and words[0].lower() in LANGUAGE_NAMES and words[1].lower() in ("version", "edition"):
        return True
    if not 2 <= len(words) <= 10 or any(c.isdigit() for c in line):
        return None  # "2 de mayo de 2025" is a date line: no switcher counts
    languages = sum(w.lower() in LANGUAGE_WORDS for w in words)
    return True if languages >= 2 and languages >= 0.4 * len(words) else None


@rule("chrome.button_bar")
def button_bar(line: str) -> bool | None:
    """'READ LATER | PRINT | SHARE', 'Saturday, August 17, 2024 | Subscribe | Log in': a bar whose items,
    all but one, are the site's buttons — not a byline 'Name | Outlet', however the first item reads."""
    items = nav_items(line)
    if not items or len(items) < 3:
        return None
    return True if sum(_key(item) in PHRASES for item in items) >= len(items) - 1 else None


_BUTTON_WORDS = frozenset("menu search login subscribe share print email save donate register".split())
# "Facebook X LINE Pocket": a share bar's targets, their icons lost in the copy
_SHARE_TARGETS = frozenset("facebook x twitter line pocket whatsapp linkedin telegram reddit email print".split())


@rule("chrome.button_words")
def button_words(line: str) -> bool | None:
    """'Menu Search', 'Search Menu': two to four of a page's buttons, their separators lost in the copy; or a
    share bar's targets alone ('Facebook X LINE Pocket')."""
    if len(line) > 40:
        return None  # before the split: a long line's words would all be made at once
    words = [word.lower().strip(_MENU_ICONS) for word in line.split()]
    if 3 <= len(words) <= 6 and all(word in _SHARE_TARGETS for word in words) and "x" != words[0]:
        return True
    if not 2 <= len(words) <= 4:
        return None
    return True if all(word in _BUTTON_WORDS for word in words) else None


# "rac/jgb/lm", "ABI/wcm/lcg", "APP/ar-iq": the wire desk's initials, the agency's code before them at most
_EDITOR_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4}){2,5}$|^[A-Z]{2,6}/[a-z]{2,4}(?:[/-][a-z]{2,4}){1,4}$")
_HASHTAGS = re.compile(r"^(?:[A-Z][a-z]+:?\s+)?#\w+(?:\s+\w+){0,3}(?:\s+#\w+(?:\s+\w+){0,3})+$")
_END_MARK = re.compile(r"^\((?:END|MORE|ENDS)\)$|^-30-$|^ENDS$")


_ISSUE_LINE = re.compile(r"^(?:(?:Issue|Vol\.?|Volume|No\.?|Number)\s*\d+\s*[·,|/]?\s*)+"
                         r"(?:(?:Spring|Summer|Autumn|Fall|Winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"[a-z]*\.?\s+)?(?:19|20)\d\d$", re.IGNORECASE)


@rule("chrome.issue_line")
def issue_line(line: str) -> bool | None:
    """'Issue 14 · Spring 2025', 'Vol. 3, No. 2, 2024': a magazine's issue, the site's label, no headline."""
    return True if len(line) <= 60 and _ISSUE_LINE.match(line.strip()) else None


@rule("chrome.wire_marks")
def wire_marks(line: str) -> bool | None:
    """'(END)', 'rac/jgb/lm', 'ABI/wcm/lcg', 'Keywords #Busan port #automation': a wire's end mark, initials, tags."""
    text = line.strip()
    if len(text) <= 160 and (_END_MARK.match(text) or _EDITOR_INITIALS.match(text) or _HASHTAGS.match(text)):
        return True
    return None


# The site asking its reader to act: a call in the imperative that ends the line ("… Get in touch.",
# "… Click here to join.", "To view or add a comment, sign in"), or an app or alert offered by name.
_CALL_TO_ACT = re.compile(
    r"(?:^|[.!?,]\s+)(?:click|tap)\s+here\b|(?:^|[.!?,]\s+)(?:please\s+)?(?:get in touch|sign in|log in|sign up|visit us on|"
    r"email us|buy the issue)\b[^.!?]{0,60}[.!?]?$|"
    r"^(?:want to )?join the conversation\b|^get (?:the [\w'’ -]{1,30} app|(?:breaking )?news alerts)\b|"
    r"^(?:listen to|subscribe to|watch|download|follow)\s+(?:our|the)\s+[\w'’ .-]{0,40}?(?:podcast|newsletter|app|"
    r"channel|show|feed|player)\b[^.!?]{0,30}[.!]?$|^follow\s+(?:us|[\w'’ .-]{2,40})\s+on\s+google\s+news$|"
    r"(?:^|[.!?]\s+)(?:write to|contact|email|tell)\s+(?:us|the\s+[\w'’ -]{1,40}?\b(?:desk|team|newsroom))\b"
    r"[^.!?]{0,60}[.!?]?$|"
    r"\bis now on (?:whatsapp|telegram|instagram|"
    r"tiktok|threads|youtube|viber)\b", re.IGNORECASE)


# The site pointing its reader to its own channels: "Catch all the Business News and Updates on X.",
# "Stay tuned to X for more rugby news.", "… Follow X on WhatsApp for real-time updates.", "To comment, subscribe …"
_OWN_CHANNEL = re.compile(
    r"^(?:catch|get|read|find)\s+all\s+the\s+(?:latest\s+)?[\w'’ &-]{0,40}?\b(?:news|updates|stories|headlines)\b"
    r"[\w'’ &-]{0,40}\s+(?:on|at|from)\s+[A-Z][\w.&'’ -]{1,40}[.!]?$|"
    r"^stay\s+tuned\s+to\s+[A-Z][\w.&'’ -]{1,40}?\s+for\b[^.!?]{0,60}[.!]?$|"
    r"(?:^|[.!?]\s+)follow\s+[A-Z][\w.&'’ -]{1,40}?\s+on\s+(?:whatsapp|telegram|x|twitter|facebook|instagram|"
    r"tiktok|youtube|threads|viber|google\s+news)\b[^.!?]{0,60}[.!]?$|"
    # "To comment, subscribe to X.": what the reader may do once signed up
    r"^to\s+(?:comment|read\s+more|continue\s+reading|keep\s+reading|read\s+the\s+full\s+\w+),?\s+(?:please\s+)?"
    r"(?:subscribe|sign\s+in|log\s+in|register)\b[^.!?]{0,60}[.!]?$", re.IGNORECASE)
# The ask for money or thanks for it, closing the line: "… Donate today.", "Thank you for donating to X."
_MONEY_ASK = re.compile(r"(?:^|[.!?:]\s+)(?:please\s+)?(?:donate|support\s+us|give)(?:\s+(?:today|now|here))?[.!]?$|"
                        r"^thank\s+you\s+for\s+(?:donating|your\s+(?:donation|support))\b", re.IGNORECASE)


@rule("chrome.own_channel")
def own_channel(line: str) -> bool | None:
    """'Stay tuned to Coast FM for more sport.', 'Help us check the facts. Donate now.': the site's ask."""
    text = line.strip()
    if len(text) > 200 or any(mark in text for mark in "\"“”"):
        return None  # a quotation asking someone to act is news, not the site's button
    return True if _OWN_CHANNEL.search(text) or _MONEY_ASK.search(text) else None


# A distributor's disclaimer under a release: "The issuer is solely responsible for the content of this announcement."
_ISSUER_TERMS = re.compile(r"^(?:the\s+)?(?:issuer|sender|company|client|organi[sz]ation)\s+(?:is|are)\s+(?:solely|"
                           r"fully|exclusively)\s+responsible\s+for\s+(?:the\s+)?content\s+of\s+this\s+"
                           r"(?:announcement|release|press\s+release|notice|news\s+release)\b", re.IGNORECASE)
# "Hashtag: #LumoraEnergy": a release's tag label, one tag or more
_TAG_LABEL = re.compile(r"^hashtags?\s*:\s*#\w+(?:[\s,]+#\w+)*$", re.IGNORECASE)


@rule("chrome.release_terms")
def release_terms(line: str) -> bool | None:
    """'The issuer is solely responsible for the content of this announcement.', 'Hashtag: #X': wire furniture."""
    text = line.strip()
    return True if len(text) <= 200 and (_ISSUER_TERMS.match(text) or _TAG_LABEL.match(text)) else None


@rule("chrome.call_to_action")
def call_to_action(line: str) -> bool | None:
    """'Is there content you would like us to check? Get in touch.', 'Get the RNZ app for …': the site's ask."""
    text = line.strip()
    if len(text) > 200 or any(mark in text for mark in "\"“”"):
        return None  # a quotation asking someone to act is news, not the site's button
    if _CALL_TO_ACT.search(text) or "?" in text and "@" in text and _ASK_THEN_ADDRESS.search(text):
        return True
    asked = _SUPPORT.match(text) or ("upport" in text or "onate" in text or "ubscribe" in text) and \
        _SUPPORT_SENTENCE.search(text)  # "Support Mexico News Daily": the button, named for the outlet
    return True if asked and is_outlet(asked.group("outlet")) else None


# a question to the reader, then where to write: "Seen a claim you want us to check? Write to desk@x.example"
_ASK_THEN_ADDRESS = re.compile(r"\?\s+(?:write to|e-?mail|contact|message)\s+(?:us\s+(?:at|on)\s+)?"
                               r"[\w.+-]+@[\w-]+\.[\w.]+?\.?$", re.IGNORECASE)
_SUPPORT = re.compile(r"^(?:support|donate to)\s+(?P<outlet>[A-Z][\w.&'’ -]{2,40})$", re.IGNORECASE)
# "… costs money. Support Times of Malta for the price of a coffee.": the ask as the notice's last sentence
_SUPPORT_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(?:[Pp]lease\s+)?(?:[Ss]upport|[Dd]onate\s+to|[Ss]ubscribe\s+to)\s+"
                               r"(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w.&'’-]*(?:\s+(?:of|the|de|[A-Z][\w.&'’-]*)){0,4}?)"
                               r"(?:\s+(?:for|from|with|today|now)\b[^.!?]{0,60})?[.!]?$")


_RELATIVE_CLOCK = re.compile(r"^(?:(?:last\s+)?updated|posted|published)?:?\s*(?:about\s+|over\s+|almost\s+)?"
                             r"(?:an?|\d+)\s*(?:s|m|h|d|w|mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago$",
                             re.IGNORECASE)


@rule("chrome.relative_clock")
def relative_clock(line: str) -> bool | None:
    """'Posted 1h ago', 'Published 3 hours ago': the site's clock, true only the day it was copied."""
    return True if len(line) <= 40 and _RELATIVE_CLOCK.match(line.strip()) else None


# The site's terms for reusing its pages: what reprinting or citing its materials requires
_REUSE = re.compile(r"\b(?:reprint(?:ing)?|reproduc(?:e|ing|tion)|republish(?:ing)?|citing|quoting|copying|"
                    r"using|use)\b[^.]{0,120}\b(?:materials?|content|information)\b", re.IGNORECASE)
# the passive, the site's content first: "BNS content may not be reproduced without …", "No republication …"
_REUSE_PASSIVE = re.compile(r"\b(?:materials?|content|information|articles?)\s+(?:may|must|can|shall)\s+not\s+be\s+"
                            r"(?:reproduced|republished|reprinted|copied|redistributed)\b|"
                            r"(?:^|[.!?]\s+)no\s+(?:reproduction|republication|redistribution)\b", re.IGNORECASE)
_REQUIRED = re.compile(r"\b(?:requires?|required|must|prohibited|forbidden|not (?:allowed|permitted)|without|"
                       r"permitted only|only with|obligatory|mandatory)\b", re.IGNORECASE)
_TERMS_OBJECT = re.compile(r"\b(?:hyper)?links?\b|\bpermission\b|\bthe source\b|\bconsent\b|\bprohibited\b|"
                           r"\breference to\b",
                           re.IGNORECASE)


@rule("chrome.reuse_terms")
def reuse_terms(line: str) -> bool | None:
    """'Reprinting materials requires a hyperlink to the source.': the site's terms, not the article."""
    text = line.strip()
    if len(text) > 400:
        return None
    passive = "not be " in text or "o re" in text.lower()  # most lines need not be searched for the passive
    return True if (_REUSE.search(text) or passive and _REUSE_PASSIVE.search(text)) and _REQUIRED.search(text) \
        and _TERMS_OBJECT.search(text) else None


# two dots at least: an outlet named like its domain ("24.kg", "News.Az") is a logo the publisher rules read
_BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,6}/?$")


@rule("chrome.bare_domain")
def bare_domain(line: str) -> bool | None:
    """'standardmedia.co.ke' alone on a line: the site's address copied with its page, no outlet's name."""
    return True if len(line) <= 60 and _BARE_DOMAIN.match(line.strip()) else None


# "Estimated read time: 3-4 minutes", "🔊 Listen to this article ⏱ 4 min read": the page's reading-time widget
_READ_TIME = re.compile(r"\b(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:min|mins|minutes?)\.?\s+(?:read|listen)\b|"
                        r"(?:read|reading|listening)\s+time\s*:?\s*(?:about\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*"
                        r"(?:min|mins|minutes?)\b)", re.IGNORECASE)


@rule("chrome.read_time")
def read_time(line: str) -> bool | None:
    """'Estimated read time: 3-4 minutes': how long the page takes to read, a widget's words, no sentence."""
    text = line.strip()
    if len(text) > 60 or more_than_a_sentence(text) or _DATEISH.search(text):
        return None  # "March 5, 2025 | 4 min read" is the page's date line, its widget glued on
    items = [item for item in re.split(r"\s*[|·•]\s*", text) if item]
    return True if items and all(_READ_TIME.search(item) for item in items) else None  # "Jo Roe | 3 min read": a byline


def more_than_a_sentence(text: str) -> bool:
    """A full stop inside the line, or a verb's sentence at its end: the story's, not a widget's."""
    return bool(_SENTENCE_INSIDE.search(text)) or text.endswith((".", "!", "?"))


_BARE_HANDLE = re.compile(r"^@[A-Za-z0-9_.]{3,30}$")


@rule("chrome.bare_handle")
def bare_handle(line: str) -> bool | None:
    """'@harbourgazette' alone on a line: the site's social account under its follow button, nothing to read."""
    return True if len(line) <= 40 and _BARE_HANDLE.match(line.strip()) else None


# "*** OTS-ORIGINAL TEXT PRESS RELEASE UNDER THE SOLE CONTENT RESPONSIBILITY OF THE SENDER ***"
_STARRED_BANNER = re.compile(r"^\*{2,}\s*[^*]{3,200}?\s*\*{2,}$")


@rule("chrome.starred_banner")
def starred_banner(line: str) -> bool | None:
    """'*** OTS-ORIGINAL TEXT … OF THE SENDER ***': a distributor's banner framed in asterisks."""
    return True if len(line) <= 220 and _STARRED_BANNER.match(line.strip()) else None


# "Page 1 of 4", "p. 2/4": a PDF's page counter copied with its text
_PAGE_NUMBER = re.compile(r"^(?:page|p\.|pg\.?)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$", re.IGNORECASE)
# "VALLEY GROWERS CO-OPERATIVE · MEMBERS' BULLETIN · Issue 47", "MWBA Newsletter · Spring 2025 · 2"
_ISSUE_ITEM = re.compile(r"^(?:(?:Issue|Vol\.?|Volume|No\.?|Number)\s*\d{1,4}|(?:Spring|Summer|Autumn|Fall|Winter)\s+"
                         r"(?:19|20)\d\d)$", re.IGNORECASE)


@rule("chrome.page_header")
def page_header(line: str) -> bool | None:
    """'Page 1 of 4', 'MWBA Newsletter · Spring 2025 · 2': a printed page's counter or running header."""
    text = line.strip()
    if len(text) > 100:
        return None
    if _PAGE_NUMBER.match(text):
        return True
    items = [item.strip() for item in re.split(r"\s+[·|]\s+", text)]
    if len(items) < 2 or any(not item or len(item.split()) > 5 for item in items):
        return None
    return True if any(_ISSUE_ITEM.match(item) for item in items) and (
        _ISSUE_ITEM.match(items[-1]) or items[-1].isdigit()) else None


_STARS = re.compile(r"^(?:[A-Z][\w ]{0,20}:\s*)?[★☆✩✪⭐]{3,5}(?:\s*\(?\d(?:\.\d)?\s*/\s*(?:5|10)\)?)?$")


@rule("chrome.star_rating")
def star_rating(line: str) -> bool | None:
    """'Rating: ★★★★☆': a review's star widget (the verdict is the critic's prose, not the stars)."""
    return True if len(line) <= 40 and _STARS.match(line.strip()) else None


# The page telling its reader what state it is in: its comments closed, itself being updated, its refresh
# switched on. The subject is the page's own (comments, this page, the feed) and the predicate a state only a
# page has; nothing in it is news.
_PAGE_STATE = re.compile(
    r"^(?:reader\s+|user\s+)?(?:comments?|commenting|replies|the\s+discussion)\s+(?:(?:on|for|under)\s+this\s+"
    r"\w+\s+)?(?:are|is|has\s+been|have\s+been)\s+(?:now\s+)?(?:closed|turned\s+off|switched\s+off|disabled|"
    r"unavailable)\b|"
    r"^this\s+(?:page|live\s+blog|blog|feed|live\s+page|story|article)\s+(?:is\s+being|will\s+be|is)\s+"
    r"(?:updated|refreshed)\b|"
    r"^(?:live\s*[●•·|]?\s*)?auto-?\s?refresh(?:\s*:)?\s+(?:on|off)$|^(?:refresh|reload)\s+(?:the\s+page\s+)?for\s+(?:the\s+)?latest\b",
    re.IGNORECASE)


@rule("chrome.page_state")
def page_state(line: str) -> bool | None:
    """'Reader comments are closed for this article.', 'This page is being updated.', 'Auto-refresh ON'."""
    text = line.strip()
    if len(text) > 160 or any(mark in text for mark in "\"“”"):
        return None
    return True if _PAGE_STATE.match(text) else None


# The closed class of verbs a site's buttons ask with: each item of "Buy tickets for the final | Shop the
# 2025 jersey" is one, in the imperative, and nothing else stands in the bar
_ASK_VERBS = frozenset("buy shop order book subscribe donate download watch listen join register sign get "
                       "follow install try upgrade renew claim".split())
# A question to the reader answered by buttons: "Did you find this fact check useful? Yes | No"
_ANSWER_BAR = re.compile(r"\?\s*(?:yes\s*[|/·]?\s*no|👍\s*👎|thumbs up\s*[|/·]?\s*thumbs down)$", re.IGNORECASE)


@rule("chrome.ask_bar")
def ask_bar(line: str) -> bool | None:
    """'Buy tickets for the final | Shop the 2025 jersey', 'Was this useful? Yes | No': the site's buttons."""
    text = line.strip()
    if len(text) > 160 or not any(mark in text for mark in "|·•?") or any(mark in text for mark in "\"“”"):
        return None  # no bar's separator and no question: most lines are asked no more
    if len(text) <= 120 and "?" in text and _ANSWER_BAR.search(text):
        return True
    items = [item.strip() for item in re.split(r"\s+[|·•]\s+", text)]
    if len(items) < 2 or any(not item or len(item.split()) > 6 or _ITEM_END.search(item) for item in items):
        return None
    if not all(item.split()[0].lower() in _ASK_VERBS for item in items):
        return None
    # "Listen Live ▶ | Donate" is a menu already: the headline search reads menus apart from furniture
    return None if navigation.check(text) else True


# A promo box's button in the story's middle: an imperative from the closed class of what sites ask, and
# the site as its object: itself ("Join us", "Support us today"), what it sells in the first person
# ("Download our app", "Support our journalism") or what the reader would become ("Become a member"); a few
# words, no sentence (a button has no full stop: "… like this. Become a subscriber." wrapped is a notice's
# tail, read whole). "Join our readers' panel" may be the story's subheading: only the foot reads it by form
_ASK_OPENING = re.compile(r"^(?:become|join|support|download|get|install|subscribe\s+to|sign\s+up\s+(?:for|to)|"
                          r"follow|donate\s+to|give\s+to|upgrade|renew|try)\s+(?P<object>.+?)!?$", re.IGNORECASE)
_SITE_OBJECT = re.compile(r"^(?:us(?:\s+(?:today|now|on\s+\S+(?:\s+\S+)?))?$|our\s+(?:free\s+|new\s+|mobile\s+|"
                          r"(?:daily|weekly|morning|evening)\s+)?(?:apps?|newsletters?|briefings?|journalism|work|"
                          r"reporting|newsroom|podcasts?|channel)(?:\s+(?:today|now))?$)|"
                          r"^(?:a|an)\s+(?:paying\s+|digital\s+|founding\s+)?(?:member|subscriber|supporter|patron|"
                          r"donor)(?:\s+(?:today|now))?$", re.IGNORECASE)


@rule("chrome.site_ask")
def site_ask(line: str) -> bool | None:
    """'Become a member', 'Download our app', 'Join us today': the site's promo button, whatever stands around it."""
    text = line.strip()
    if len(text) > 60 or len(text.split()) > 7 or text.endswith(".") or any(mark in text for mark in "\"“”,;:?"):
        return None
    found = _ASK_OPENING.match(text)
    return True if found and _SITE_OBJECT.match(found.group("object")) else None


# An ad's slot marker in the story's middle, in any of the page's languages and between any rules or brackets
# ("— Advertisement —", "-- Advertisement --", "[ Ad ]", "PUBLICIDADE", "Anzeige"), a campaign's slot named in
# capitals ("PT Mag Campaign AD"), the site's own sales button ("Advertise with Vaka Post", also after a
# label in the page's language) and a sponsor's line ("Sponsored: Bet responsibly.")
AD_WORDS = frozenset("""
ad ads advert adverts advertisement advertisements advertising anzeige werbung publicidad publicidade publicité
pubblicità reklama reklam реклама annons annonce advertentie mainos iklan patrocinado sponsored promoted 广告 広告 광고
""".split())
_AD_DECORATION = " \t-–—=*·•_~|[](){}<>«»"
_AD_PHRASE = re.compile(r"^(?:sponsored|paid|partner|promoted)\s+(?:content|post|partnership|links?|stories)$")
_CAMPAIGN_AD = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s+(?:AD|ADVERT)$")
_AD_OPENER = re.compile(r"^(?:[A-Z]+\s+)?AD:\s+\S|^sponsored\s*:\s+\S", re.IGNORECASE)
_ADVERTISE_WITH = re.compile(r"^(?:[^:]{1,30}:\s*)?advertise\s+(?:with|on|in)\s+(?:us|[A-Z][\w.&'’ -]{1,40})$",
                             re.IGNORECASE)


@rule("chrome.ad_marker")
def ad_marker(line: str) -> bool | None:
    """'— Advertisement —', 'PUBLICIDADE', 'Ad', 'PT Mag Campaign AD', 'Advertise with Vaka Post': an ad's slot."""
    text = line.strip()
    if len(text) > 120:
        return None
    bare = " ".join(text.strip(_AD_DECORATION).lower().split())
    if bare in AD_WORDS or _AD_PHRASE.match(bare):
        return True
    if _AD_OPENER.match(text) and not any(mark in text for mark in "\"“”"):
        return True  # "TEXT AD: Call …", "Sponsored: Bet responsibly. 18+ only."; a quotation is the story's
    if _CAMPAIGN_AD.match(text) and text.upper() != text:
        return True  # "PT Mag Campaign AD"; "ROME, 79 AD" or a headline in capitals is no slot
    return True if len(text) <= 60 and _ADVERTISE_WITH.match(text) else None


# A radio programme's audio player and its episode pager: the clip's length after "Listen", the queue and
# download buttons, the programme's episode list and its neighbours ("Listen duration 5′ 12″", "Add to
# playlist", "Download: Ogg MP3 ( 4.8 MB )", "Morning Report Episodes", "Next Item: Pacific leaders meet")
_PLAYER = re.compile(r"^(?:listen|play)(?:\s+(?:duration|audio|now|clip))?\s*[:·|]?\s*(?:\d{1,3}\s*(?:[′'’]|m|min)"
                     r"\s*(?:\d{1,2}\s*(?:[″\"”]|s|sec))?|(?:\d{1,2}:)?\d{1,2}:\d{2})$|"
                     r"^add\s+to\s+(?:(?:my\s+)?playlist|queue|my\s+list|library)$|"
                     r"^download\s*:?\s*(?:ogg|mp3|aac|m4a|wav)\b[\w\s|/()+.,-]{0,40}$|"
                     r"^(?:previous|next)\s+(?:item|episode|clip)\s*:\s*\S.{0,100}$|"
                     r"^listen\s+(?:again|back|live|now)\s+(?:on|in|via|with)\s+(?:the\s+)?[\w .&'’-]{2,40}?"
                     r"\s+(?:app|player|website|site|online)$",
                     re.IGNORECASE)
_EPISODE_LIST = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+(?:Episodes|Programmes)$")


@rule("chrome.audio_player")
def audio_player(line: str) -> bool | None:
    """'Listen duration 5′ 12″', 'Add to playlist', 'Download: Ogg MP3 ( 4.8 MB )', 'Next Item: …': a player."""
    text = line.strip()
    if len(text) > 120 or any(mark in text for mark in "“”"):
        return None
    return True if _PLAYER.match(text) or _EPISODE_LIST.match(text) else None


RULES: tuple[Rule[bool], ...] = (
    widget, phrase, copyright_line, imprint_line, contact, edition_switch, section_menu, menu_run, language_switch,
    site_notice, site_self, widget_stamp, share_bar, button_bar, button_words, wire_marks, issue_line, call_to_action,
    own_channel, release_terms,
    relative_clock, reuse_terms, bare_domain, bare_handle, read_time, star_rating, post_navigation, comment_form,
    page_instruction, own_piece, reader_comment, starred_banner, page_header, page_state, ask_bar, site_ask, ad_marker,
    audio_player,
)
NAVIGATION: tuple[Rule[bool], ...] = (navigation,)
# The rules whose every pattern needs a space inside the line (or that count two words or more): a line of one
# word ("p12", "Advertisement") is asked only the others, a third fewer (a page of distinct tiny paragraphs)
_TWO_WORDS_OR_MORE = frozenset({site_self, widget_stamp, section_menu, menu_run, language_switch, call_to_action,
                                button_words,
                                relative_clock, read_time, post_navigation, own_piece, page_state})
_ONE_WORD_RULES = tuple(candidate for candidate in RULES if candidate not in _TWO_WORDS_OR_MORE)


@per_line
def furniture(line: str) -> str | None:
    """The name of the furniture rule a line matches on its own, or None (navigation is separate)."""
    found = first(RULES if len(line.split(None, 1)) > 1 else _ONE_WORD_RULES, line)
    return found[1] if found else None
