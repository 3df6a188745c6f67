"""What each piece of the page is: the ordered block rules, and the context they read.

Pieces (paragraphs split at lost breaks) are classified one at a time, in order. A rule sees the piece
and a ``Context`` (where the headline is, whether the body has begun, whether a "Related" list is open)
and answers with the blocks it makes of the piece, or None to let the next rule try. The first answer
wins and its rule's name is kept, so ``parse --explain`` can say why a line became what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qtapp.article import frontmatter as fm
from qtapp.article.lazy_patterns import compile_lazily
from qtapp.article.rules import bylines, dates, furniture, leads, notes, piece_notes, title_doubts
from qtapp.article.rules.engine import Rule, first, rule
from qtapp.article.rules.outlets import SECTIONS, is_outlet, is_role
from qtapp.article.rules.persons import MENU_WORDS, is_person

MAX_HEADING = 120
Made = list[tuple[str, str]]  # (kind, text); kind "chrome" is dropped, "label" is dropped silently


@dataclass(slots=True)
class Piece:
    text: str
    glued_heading: bool = False


@dataclass
class Context:
    """What the rules know about the page so far; replaces positional flags such as ``seen_body``."""

    pieces: list[Piece]
    title_at: int | None = None
    index: int = 0
    made: Made = field(default_factory=list)
    seen_body: bool = False
    related_open: bool = False
    contacts_open: bool = False  # under "Media contact:" every short line is the contact's, a sign-off too
    chapters_open: bool = False  # under a podcast's "Chapters" every "03:12 Leaving port" line is its player's
    consumed: int = 0  # pieces past the current one that a rule took as well (an editor's note's tail)
    last: str | None = None  # the kind of the last block made that is not chrome or a label
    shape: str | None = None  # the rule of a shape list (chrome, caption, …) the answering rule went by
    story_end: int = -1  # the story's last prose paragraph: what follows it is the page's foot
    letters_close: bool | None = None  # the story's last paragraph is signed as a letter (asked once)
    thread_at: int = -1  # the readers' comment thread's header ("3 thoughts on “…”"): from there on, theirs
    promo: frozenset[int] = frozenset()  # the pieces between "Skip past newsletter promotion" and its end

    def __post_init__(self) -> None:
        self.thread_at = thread_start(self.pieces)
        self.promo = promo_boxes(self.pieces)
        # known before the first piece: the foot is judged by it (the readers' comments are no story)
        self.story_end = story_end(self.pieces[:self.thread_at] if self.thread_at >= 0 else self.pieces)

    @property
    def in_thread(self) -> bool:
        """At or under the header of the readers' comments, which runs to the page's end."""
        return 0 <= self.thread_at <= self.index

    @property
    def in_foot(self) -> bool:
        """After the story's last prose paragraph, where only the page's furniture and its notes stand."""
        return 0 <= self.story_end < self.index

    @property
    def text(self) -> str:
        return self.pieces[self.index].text

    @property
    def before_title(self) -> bool:
        return self.title_at is not None and self.index < self.title_at

    @property
    def right_under_title(self) -> bool:
        """The first pieces after the headline, before any prose: where bylines and date lines stand."""
        return not self.seen_body and (self.title_at is None or self.index > self.title_at)

    def last_kind(self) -> str | None:
        """Kept as blocks are made: looking back through a long run of chrome for it was quadratic."""
        return self.last


    def remaining(self, most: int = 3) -> list[str]:
        """The next few pieces' texts (never the whole rest: a rule looking ahead must stay cheap)."""
        return [piece.text for piece in self.pieces[self.index + 1:self.index + 1 + most]]


# a stop before a lowercase word or a number, or after a company's abbreviation, ends no sentence:
# "Van Rijn & Co. open …", "Rs. 240 mn"
_ABBREVIATED = r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bBros)"
_SENTENCE_PUNCTUATION = re.compile(rf"[.,;:]$|{_ABBREVIATED}[.!?][\"”]|{_ABBREVIATED}[.!?]\s(?![a-z\d])")
_SENTENCE_END = re.compile(r"[.!?:][\"”’)]?$")


def more_words_than(text: str, count: int) -> bool:
    """``len(text.split()) > count`` without splitting a whole long paragraph into words."""
    return len(text.split(maxsplit=count)) > count


_COMPANY_DOT = re.compile(r"(\s(?:Inc|Ltd|Corp))\.$")  # "About Harbour Grid Energy Inc."


def is_heading_like(text: str) -> bool:
    """Short, one phrase, no sentence punctuation: a title or subheading."""
    if text.endswith(".") and len(text) <= MAX_HEADING:
        text = _COMPANY_DOT.sub(r"\1", text)
    return (len(text) <= MAX_HEADING and 1 <= len(text.split()) <= 15 and (text[0].isupper() or
            text[0].isdigit() or text[0] in "“\"‘'") and not _SENTENCE_PUNCTUATION.search(text))


def is_prose(text: str) -> bool:
    """A sentence or more: ends like a sentence and is longer than a headline."""
    # read on the last three characters: the pattern's match is two at most, before the end or a final
    # newline (searched whole, every stop of a long block was tried)
    return _SENTENCE_END.search(text[-3:]) is not None and more_words_than(text, 5)


# A podcast episode's chapter list: "Chapters", then "00:00 Intro", "03:12 Leaving the home grounds", …
_CHAPTERS = re.compile(r"^(?:episode\s+)?chapters:?$|^in\s+this\s+episode:?$", re.IGNORECASE)
_CHAPTER_MARK = re.compile(r"^\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?\s*[-–—]?\s*[^\W\d_].{0,80}$")
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|AM|PM))?(?:\s+[A-Z]{2,4})?$")
# "9:42 p.m. — Governor: "Do not drive into water"": a live blog's entry, its clock, a dash, its headline
_ENTRY_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|AM|PM))?(?:\s+[A-Z]{2,4})?\s+[—–-]\s+(?=\S)")


def is_entry_heading(text: str) -> bool:
    """'14:58 – Grid operator: most homes back by Thursday': a clock, a dash and a headline, no sentence."""
    clock = _ENTRY_CLOCK.match(text)
    if clock is None or len(text) > MAX_HEADING:
        return False
    rest = text[clock.end():]
    return rest[:1].isupper() and not more_words_than(rest, 15) and not re.search(r"[.,;:]$", rest)
_RELATED = re.compile(r"^(?:related(?: topics| articles| stories| internet links)?|more on this story|most "
                      r"(?:read|viewed|popular|watched)|explore more on these topics|read (?:more|also|next)|"
                      r"see also|trending|you may also (?:like|be interested in)|latest (?:news|headlines|stories)|recommended|key events|media contacts?|contacts?|"
                      r"press contacts?|for further information|what we['’]re covering)\b"
                      r"|^More(?:\s+from)?(?:\s+[A-Z][\w-]*){1,4}$", re.IGNORECASE)


_BY_LABEL = re.compile(r"\b(?:provided|presented|sponsored|powered|brought to you)\s+by$", re.IGNORECASE)
_BY_OPENER = re.compile(r"(?:by|author:|written by|text:|words:)\s", re.IGNORECASE)
_INTERVIEW_TURN = re.compile(r"^[A-Z][\w .'’]{0,40}:\s.*\?$")
_CONTACTS = re.compile(r"^(?:media|press)?\s*contacts?|^for further information", re.IGNORECASE)


def find_title(pieces: list[Piece]) -> int | None:
    """Where the headline is: the headline-like piece of three or more words nearest above the byline,
    the date line or the prose, skipping the page's furniture. A site's name or tagline above it
    ("Two Wheels North", "Kestrel Bay University") is headline-like too, so the nearest wins, not the
    first. None when the page starts with prose or its byline.

    A piece's step reads its text, the next four pieces and whether a candidate was found, so steps
    are remembered by those: a page of a million tiny paragraphs that are no headline is read quickly.
    """
    best: int | None = None
    texts = [piece.text for piece in pieces]
    owners: list[str] = []  # the page's copyright owners, read at the first candidate
    steps: dict[tuple[object, ...], tuple[bool, bool]] = {}
    count, skip_to = len(texts), 0
    for index, text in enumerate(texts):
        if index < skip_to:
            continue
        after_menu = index > 0 and _menu_line(texts[index - 1])
        key = (text, best is None, after_menu, *texts[index + 1:index + 5])
        step = steps.get(key)
        if step is None:
            step = _title_step(pieces[index:index + 5], best is not None)
            if after_menu and step[0] and _deck_follows(pieces[index + 1:index + 3]):
                step = (True, True)  # the headline under the breadcrumb: the heading-like line after it is its deck
            if len(steps) >= REMEMBERED_ANSWERS:
                steps.clear()  # pieces that never repeat must not pin their keys
            steps[key] = step
        here, stop = step
        if index == 0 and here and len(text.split()) <= 8 and _INSTITUTION.match(text):
            here = stop = False  # "Ministry for Primary Industries" opening the page: the body's own site, its logo
        if stop and not here and best is None and _notice_over_headline(pieces, index):
            stop = False  # "Support us: … Donate today." over the headline and its byline: the site's appeal
        site_line = here and _names_site(text, texts, owners)
        if site_line:
            here = False  # "The Herald (Harare)" over the headline, "© 2025 The Herald" under the story
        if stop and not here and best is not None and _sentence_headline_under_site(pieces, best, index):
            here = True  # "Gravel & Grit — a cycling blog" / its menu / "They're closing the road. Here's …" / date
        if here and best == index - 1 and _deck_under(texts[best], pieces[index:index + 2]):
            here, stop = False, True  # "Edith Crane … dies at 91" / "Her campaign kept …" / "By …": its deck
        if here and best == index - 1 and _translated_headline(texts[best], text, texts[index + 1:index + 5]):
            here = False  # "Seca reduz colheita de feijão …" / "Drought cuts bean harvest …": the page's own first
        if here:
            best = index
        if stop and (not here or title_doubts.programme_name(text)) and (best is not None or site_line):
            # the date at the stop or right under it, with lines between it and the best so far (or under
            # the original outlet's line on an aggregator's page: "The Herald (Harare)", its date, its headline)
            # a programme's name right over the date ("The Morning Slot" / "9 February 2026" / the item's
            # headline): the date may be the item's, with its headline under it
            floor = index if best is None else best + (0 if title_doubts.programme_name(texts[best]) else 1)
            date_at = next((at for at in (index, index + 1) if floor < at < count and _stamp_like(texts[at])), None)
            under = None if date_at is None else _headline_under_date(pieces, date_at)
            if under is not None:
                return under
        if stop:
            return best
        if index + 4 < count and text == texts[index + 1] and key.count(text) == 5 and (not here or not key[1]):
            # a run of one piece repeated: every step in it has this key, so its answer (issue 15 item 10)
            run_end = _run_end(texts, index, 4)
            if here:
                best = run_end - 1
            skip_to = run_end
    return best


_CRUMB = re.compile(r"\S\s+[›»]\s+\S")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
                        r"(?P<owner>[A-Z][\w&'’-]*(?:\s+[A-Z\d][\w&'’-]*){0,4})", re.IGNORECASE)


_LEGAL_TAIL = re.compile(r"(?:\s+(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|LP|Pte|Pty|GmbH|AG|Corp|Holdings)\.?)+$")


_ROMANCE = frozenset("de do da dos das del la el los las en em no na nos nas para com con y e um una uma que "
                     "por".split())
_ENGLISH = frozenset("the of in on to for and as at with after from over is are".split())


def _language_words(text: str) -> tuple[int, int]:
    words = [w.strip(".,;:!?\"“”'’()").lower() for w in text.split()]
    return sum(w in _ROMANCE for w in words), sum(w in _ENGLISH for w in words)


def _translated_headline(original: str, line: str, after: list[str]) -> bool:
    """'Seca reduz colheita de feijão no interior da Paraíba' over 'Drought cuts bean harvest in inland Paraíba'
    over Portuguese prose: a Spanish or Portuguese page's headline and its English summary line under it. The
    headline is the page's own, as written; the English line only tells what it says."""
    romance, english = _language_words(original)
    if romance < 2 or english > 0:
        return False
    romance, english = _language_words(line)
    if english < 1 or romance > 1:
        return False
    prose = next((t for t in after if is_prose(t) and len(t.split()) >= 12), "")
    romance, english = _language_words(prose)
    return romance >= 3 and romance > 2 * english


def _names_site(text: str, texts: list[str], owners: list[str]) -> bool:
    """'The Herald (Harare)', 'KQRT 9 Staff' on a page signed '© 2025 The Herald', 'Copyright 2025 KQRT': a
    short line that opens with the name the page's copyright line gives is the site's, never its headline."""
    words = text.split()
    if len(words) > 6:
        return False
    if not owners:
        owners.append("")  # read once: a page with no copyright line costs one scan
        for line in texts:
            if len(line) <= 400 and ("©" in line or "opyright" in line or "(c)" in line.lower()):
                # "© 2026 Fenwick Rail Freight Ltd" names the logo "Fenwick Rail Freight": its legal form off
                owners.extend(_LEGAL_TAIL.sub("", m.group("owner")) for m in _COPYRIGHT.finditer(line))
    for owner in owners[1:]:
        size = len(owner.split())
        if words[:size] == owner.split() and len(words) - size <= 2 and len(owner) >= 3:
            return True
    return False


def _headline_under_date(pieces: list[Piece], index: int) -> int | None:
    """'Ala-Too Notes / Walking, weather and small towns / Home | About / Saturday, 15 March 2025 / The Ak-Sai
    trail is closed again …': a blog's or a newsletter's post title stands under its date, and what stood above
    the date, with more lines between, was the site's name and tagline. The line under the date is the
    headline when prose or a byline follows it; a news page's date line is followed by its prose."""
    for at in range(index + 1, min(index + 4, len(pieces) - 1)):
        text = pieces[at].text
        if len(text.split()) <= 2 or furniture.furniture(text):
            continue  # "To: you" under a newsletter's date
        here, _stop = _title_step(pieces[at:at + 5], False)
        after = pieces[at + 1].text
        if here and (is_prose(after) or bylines.parse_byline(after, under_headline=True)):
            return at
        return None
    return None


def _notice_over_headline(pieces: list[Piece], index: int) -> bool:
    """'We're sorry, this feature is currently unavailable.' at the page's head, a headline with its byline or
    date line a few lines under it: a short sentence of the site's own (an appeal, a widget's message) over the
    story, never the story's first paragraph (the story's prose comes under its headline)."""
    text = pieces[index].text
    if len(text) > 160 or not is_prose(text) or any(mark in text for mark in '"“”'):
        return False
    return any(is_heading_like(pieces[at].text) and len(pieces[at].text.split()) >= 4
               and not is_prose(pieces[at].text) and _titled_sentence(pieces, at)
               for at in range(index + 1, min(index + 5, len(pieces))))


def _sentence_headline_under_site(pieces: list[Piece], best: int, index: int) -> bool:
    """A headline written as sentences over its date line or byline, the best so far above it the first line
    of the page with only the site's menu between: that line is the site's name and tagline, not a headline
    this one would be the standfirst of (a standfirst stands right under its headline)."""
    if best + 1 >= index or any(not furniture.furniture(p.text) and not furniture.navigation.check(p.text)
                                for p in pieces[:best] + pieces[best + 1:index]):
        return False
    text = pieces[index].text
    return more_words_than(text, 2) and not is_heading_like(text) and _titled_sentence(pieces, index) \
        and not bylines.parse_byline(text) and not dates.date_line(text)


def _menu_line(text: str) -> bool:
    """'News › Canada › Manitoba': a breadcrumb, the site's last line above its headline."""
    return len(text) <= 80 and bool(_CRUMB.search(text))


def _deck_follows(after: list[Piece]) -> bool:
    """A heading-like line (the deck, a sentence without its full stop), then the byline or the date line."""
    if len(after) < 2 or not is_heading_like(after[0].text) or len(after[0].text.split()) < 4:
        return False
    return bool(bylines.parse_byline(after[1].text, under_headline=True) or dates.date_line(after[1].text))


def _deck_under(headline: str, after: list[Piece]) -> bool:
    """A headline of eight words or more written as a sentence (half its words lowercase, no logo's bar),
    then a line no shorter than it over the byline: the deck, where a site's name or tagline over a
    headline is the shorter line of the two."""
    words = headline.split()
    sentence = len(words) > 7 and 2 * sum(word[:1].islower() for word in words) >= len(words) and "|" not in headline
    if not (sentence and _deck_follows(after) and not more_words_than(after[0].text, 40)):
        return False
    return len(after[0].text.split()) >= len(words) or _shorter_deck(headline, after[0].text)


def _shorter_deck(headline: str, deck: str) -> bool:
    """'Harbin opens winter tourism rail link as ice festival season nears' / 'Operators expect 1.2 million
    trips in first month' / 'By …': a shorter deck of five words or more, written in lowercase as a sentence
    without its full stop, under a headline that ends on no mark of its own and holds no dash between parts
    ("Allotment Diaries — one plot, two seasons …" over a headline is the site's name and its tagline)."""
    words = deck.split()
    lowered = sum(w[:1].islower() for w in words[1:])
    return len(words) >= 5 and 2 * lowered >= len(words) - 1 and not headline.endswith((".", "?", "!")) \
        and not deck.endswith((".", ":", ",")) and not re.search(r"\s[—–-]\s", headline)


def _run_end(texts: list[str], index: int, ahead: int) -> int:
    """The first piece after ``index`` whose window (it and the ``ahead`` pieces after it) is no longer
    ``texts[index]`` repeated, when ``index``'s window is: where a run of one repeated piece ends for a
    rule that reads that far ahead."""
    text, count, last = texts[index], len(texts), index + ahead
    while last < count and texts[last] == text:
        last += 1
    return last - ahead


def _title_step(pieces: list[Piece], have_best: bool) -> tuple[bool, bool]:
    """(the first of ``pieces`` is the best headline so far, the search stops there) for the piece
    followed by up to four more: ``find_title``'s reading of one piece."""
    text = pieces[0].text
    if _one_word_passed_over(text, have_best):
        return False, False
    if _KICKER.match(text) or title_doubts.ticker(text) or _PRESENTER.match(text) or _TRANSLATION_LABEL.search(text):
        # "From the magazine", "View this email in your browser": a label over the headline; "Breaking ▸ …": a
        # ticker's strip, another story's; "With Dana Whitlock": a programme's presenter
        return False, False
    if _SECTION_NUMBER.match(text):
        return False, False  # "3.2 What people told us": a report's numbered section, never its headline
    if furniture.furniture(text) or furniture.navigation.check(text):
        # "Key events", "Related": a list under the headline, its items no headline
        return False, have_best and bool(_RELATED.match(text))
    if dates.date_line(text) or _stamp_like(text) or _credit_line(text):
        return False, have_best  # the headline's own date line, or a byline read by no rule
    if not have_best and (notes.reprint_note(text) or fm.EDITORS_LABEL.match(text)) and _headline_follows(pieces, 0):
        # "X has published an article titled …", "Editor's note: This is the third in a series …" over the
        # headline and its byline
        return False, False
    if len(text) > 300 or bylines.parse_byline(text) or fm.EDITORS_LABEL.match(text) \
            or notes.reprint_note(text):
        return False, True  # a page that opens with its byline or a note has no headline line of its own
    if _masthead_lead(text):
        return False, False  # "AFP — Agence France-Presse": a logo built like a dateline, with nothing to lead
    if have_best and _name_and_role(text):
        return False, True  # "Sajila Saseendran-Mathew, Senior Reporter" under the headline and its deck: the byline
    if not have_best and _question_headline(pieces, 0):
        return True, True
    if dates.dateline(text) or is_prose(text) and not _titled_sentence(pieces, 0):
        return False, True
    if _STAMP_FIRST.match(text) or _RELATIVE_TIME.match(text):
        return False, False  # "2024-03-05 10:21 ECNS App Download", "Updated about 14 hours ago": the page's clock
    if _site_menu(text):
        return False, False  # "Newsroom Search Subscribe to topics": a company site's menu, copied as one line
    if _site_title(text):
        return False, False  # "Daily Mirror - Sri Lanka Latest Breaking News and Headlines": the site's title
    words = len(text.split())
    caps = text.isupper() and not _caps_over_date(pieces)
    masthead = caps or is_outlet(text) or bool(_FIRM_NAME.match(text)) or bool(_COMPANY.search(text))
    # "Staff Reporter" over the date line: a byline that names no one, never a two-word headline
    masthead = masthead or bool((found := bylines.names_alone.check(text)) and not found.names) \
        or title_doubts.outlet_and_kind(text)  # "Scotsman comment" over the headline: the outlet's label
    if not masthead and (words >= 3 or _short_headline(pieces, 0)) and (
            is_heading_like(text) or _titled_sentence(pieces, 0)):
        if have_best and not is_heading_like(text):
            return False, True  # the headline's standfirst, written as a sentence, over the byline
        return True, _titled_sentence(pieces, 0)  # a byline or date line right under it
    return False, words > 25


def _name_and_role(text: str) -> bool:
    """'Sajila Saseendran-Mathew, Senior Reporter': a writer's name, a comma and a role ending on a role's word
    (a byline read only under a headline), never a headline of its own."""
    if len(text) > 100 or "," not in text:
        return False
    found = bylines.parse_byline(text, under_headline=True)
    return bool(found and found[1] == "byline.name_comma_role" and found[0].names and found[0].role
                and is_role(found[0].role))


def _one_word_passed_over(text: str, have_best: bool) -> bool:
    """'p12', 'Advertisement': a piece of one word that no branch of ``_title_step`` stops at or takes, asked
    only those branches' own tests (every other branch, and the fall-through, answers (False, False))."""
    if more_words_than(text, 1) or len(text) > 300:
        return False
    if have_best and (_RELATED.match(text) or dates.date_line(text) or _stamp_like(text) or _credit_line(text)):
        return False
    return not (bylines.parse_byline(text) or fm.EDITORS_LABEL.match(text) or notes.reprint_note(text)
                or dates.dateline(text))


def _caps_over_date(pieces: list[Piece]) -> bool:
    """'ALLOTMENTS AND GREEN SPACES SUB-COMMITTEE' right over 'Tuesday, 11 February 2025, Committee Room 2': a
    heading in capitals with its own date line under it is the headline (minutes, notices), not a masthead."""
    text = pieces[0].text
    return len(pieces) > 1 and len(text.split()) >= 3 and not is_outlet(text) and bool(dates.date_line(pieces[1].text))


_COMPANY = re.compile(r"\s(?:Inc|Ltd|LLC|plc|B\.V|N\.V|GmbH|S\.A|AG|Corp)\.?$")  # "Hollandse Warmte B.V."
# "Daily Mirror - Sri Lanka Latest Breaking News and Headlines": the site's name, a dash, what the site is
_SITE_TITLE = re.compile(r"^(?P<site>[A-Z][\w.&'’ ]{1,40}?)\s+[-|–—]\s+(?P<what>[A-Z][\w&'’ ,]{3,80}?)\s*$")
_SITE_WHAT = frozenset({"news", "headlines", "stories", "updates"})


_SITE_MENU_WORDS = MENU_WORDS | SECTIONS | frozenset({"about", "events", "give", "admissions", "research", "topics",
                                                       "alumni", "study", "campus", "shop", "donate",
                                                       "shows", "episodes", "support", "us", "archive", "listen"})


# Lines a page shows above its headline that read like one: a section's label, a newsletter's web link
_KICKER = re.compile(r"^(?:from\s+the\s+(?:magazine|archives?|print\s+edition)|view\s+(?:this\s+(?:email|"
                     r"newsletter|message)|it)\s+(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser|"
                     r"(?:click|tap)\s+here\s+to\s+view\s+.{0,30}(?:browser|online))\.?$", re.IGNORECASE)


_PRESENTER = re.compile(r"^(?i:with|presented\s+by|hosted\s+by)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}"
                        r"(?:\s+(?:and|&)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})?$")
# "Summary in English", "English summary:", "… (English summary)": a translation's label, or a translated line
_TRANSLATION_LABEL = re.compile(r"^\(?(?:(?:english|in\s+english)\s+(?:summary|translation|version)|"
                                r"summary\s+in\s+english|resumen\s+en\s+ingl[eé]s|resumo\s+em\s+ingl[eê]s)\)?\s*:?$|"
                                r"\s\((?:english\s+)?(?:summary|translation)\)$", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")  # "3.2 What people told us", "4.1. Methods"


def _site_menu(text: str) -> bool:
    """'Products Sustainability Investors Newsroom Careers': three or more words, every one a site menu's
    (or a linking word between them), so no headline."""
    words = [w.strip(",.").lower() for w in text.split()]
    items = [w for w in words if w not in ("to", "and", "&", "of", "in")]
    return 3 <= len(items) <= 10 and len(text) <= 100 and all(w in _SITE_MENU_WORDS for w in items)


# "Gravel & Grit — a cycling blog from the Pennines": a name, a dash, and what kind of site it is
_SITE_TAGLINE = re.compile(r"^[A-Z][\w.&'’ ]{1,40}?\s+[-|–—]\s+(?:an?|the|your)\s+(?:[\w'’-]+\s+){0,4}?"
                           r"(?:blog|newsletter|magazine|website|webzine|zine|podcast|journal)\b[^.!?]{0,60}$")


def _site_title(text: str) -> bool:
    """'Daily Mirror - Sri Lanka Latest Breaking News and Headlines': an outlet's name and a tagline that ends
    on what it carries, every word capitalised: the page's site title, never the story's headline; and
    'Gravel & Grit — a cycling blog from the Pennines', a site's name and the kind of site it is."""
    if len(text) <= 130 and _SITE_TAGLINE.match(text):
        return True
    found = _SITE_TITLE.match(text) if len(text) <= 130 else None
    if not found or not is_outlet(found.group("site")):
        return False
    what = found.group("what").split()
    return what[-1].lower() in _SITE_WHAT and all(w[:1].isupper() or w in ("and", "&", "of", "the") for w in what)
# "Ministry for Primary Industries", "Department of Lands and Survey": a public body's name, every word capitalised
# but its linking words: on the page's first line, the logo line of its own site
_INSTITUTION = re.compile(r"^(?:The\s+)?(?:Ministry|Department|Office|Agency|Bureau|Directorate|Secretariat|"
                          r"Commission|Authority|University|Institute|Museum|Library)\s+(?:of|for)\s+(?:the\s+)?"
                          r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|&|of|the|for))*$")
# "Arts & Culture", "Marsh & Parsons": a name joined by "&", a few capitalised words and nothing else. A
# headline may hold "&" too ("Bread & butter: the small bakeries …"), but it reads on in lowercase.
_FIRM_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,1}$")
# A line that opens with a date stamp or tells the time relative to now is the page's clock, not its headline
_STAMP_FIRST = re.compile(r"^(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)\b")
_RELATIVE_TIME = re.compile(r"^(?:(?:last\s+)?updated|posted|published)?\s*(?:about\s+|over\s+|almost\s+)?"
                            r"(?:an?|\d+)\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago$", re.IGNORECASE)


_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}(?::\d{2}|h\d{2})(?![\d%])")
_BY_NAME = re.compile(r"^(?i:by):?\s+[A-ZÀ-Ý]")


# "Foreword by Dr Mairéad Ní Bhriain, Chair of Trustees", "Transcribed by Aishath Nazaha": a credit line
# that names a person after a lowercase phrase and "by" (the whole line: a headline goes on after a name)
_CREDIT_LINE = re.compile(r"^[A-Z][a-z]+(?:\s+(?:[a-z]+|&)){0,3}\s+by:?\s+(?P<names>[^,;|()]{3,80}?)\s*"
                          r"(?:[,;|].{0,100})?$")
_AND = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _credit_line(text: str) -> bool:
    """'Live coverage by Itzel Moreno-Baptiste and Daniel Okafor': who did the page's work, never its headline."""
    if len(text) > 200 or " by" not in text:
        return False
    found = _CREDIT_LINE.match(text.strip())
    if found is None:
        return False
    return all(is_person(name) for name in _AND.split(found.group("names")) if name)


def _stamp_like(text: str) -> bool:
    """'By Sok Chanthy for RFA Khmer', 'Last updated: 03/09 - 14:21', 'Elif Karaca | 17.11.2025': a line that
    opens like a byline or carries a clock or a full date is never the headline, even when no rule reads it."""
    if len(text) > 300:
        return False  # no headline candidate is this long, and a search over a huge line would hold the GIL
    return bool(_BY_NAME.match(text) or _CLOCK.search(text) or dates.parse_date(text) or _POSTED_BY.match(text))


# "Posted on 03/05/2026 by Corporate Communications": a post's stamp, its date in a form no rule reads
_POSTED_BY = re.compile(r"^(?:posted|published)\s+(?:on\s+)?[\w/.,-]*\d[\w/.,: -]{0,30}?\s+by\s+\S", re.IGNORECASE)


def _short_headline(pieces: list[Piece], index: int) -> bool:
    """'Smog, again' right over its date line or byline: a headline of two words (never a section's name)."""
    text = pieces[index].text
    return len(text.split()) == 2 and is_heading_like(text) and not text.isupper() \
        and not all(w.strip(",").lower() in SECTIONS for w in text.split()) and _titled_sentence(pieces, index)


def _headline_follows(pieces: list[Piece], index: int) -> bool:
    """A reprint note over a headline-like line with its byline or date line right under it."""
    after = [p.text for p in pieces[index + 1:index + 5] if not furniture.furniture(p.text)][:2]
    # "Why parents still cannot find a daycare place at 7 p.m.": a headline of one sentence may end on its stop
    one_sentence = len(after) == 2 and after[0].endswith(".") and is_heading_like(after[0][:-1])
    return len(after) == 2 and (is_heading_like(after[0]) or one_sentence) and len(after[0].split()) >= 3 and bool(
        bylines.parse_byline(after[1], under_headline=True) or dates.date_line(after[1]))


def _question_headline(pieces: list[Piece], index: int) -> bool:
    """'The last winter of the eagle hunters?' over a standfirst and the byline: a headline asking, not the
    lead's first question (a lead has no byline under its next paragraph)."""
    text = pieces[index].text
    if not text.endswith("?") or not is_heading_like(text[:-1]) or len(text.split()) < 4:
        return False
    return any(bylines.parse_byline(p.text, under_headline=True) for p in pieces[index + 2:index + 4]) \
        and is_prose(pieces[index + 1].text) if index + 2 < len(pieces) else False


def _masthead_lead(text: str) -> bool:
    """'GREAT PLAINS DIGEST — news from around the region': a dateline's shape leading no sentence."""
    found = dates.dateline(text)
    if found is None or found.agency and not text[len(found.text):].strip():
        return False
    rest = text[len(found.text):].strip()
    return bool(rest) and not _SENTENCE_END.search(rest) and len(rest.split()) <= 14


def _titled_sentence(pieces: list[Piece], index: int) -> bool:
    """A headline written as sentences ("Vote yes. The buses need it"): short, with a byline or date after it."""
    text = pieces[index].text
    if len(text) > 200 or len(text.split()) > 22 or index + 1 >= len(pieces) or (
            text.endswith((".", ":")) and len(text) > 90):
        return False
    # Furniture between is skipped: "Home About Routes Contact" is a menu, not four names under a headline,
    # and a "—" between a headline and its byline must not decide what the clean text (without it) reads.
    following = next((p.text for p in pieces[index + 1:index + 4] if not furniture.furniture(p.text)), "")
    # a wire release's headline stands right over its dateline lead ("SINGAPORE, Sept. 10, 2024 (GLOBE NEWSWIRE) --")
    # or a bare stamp ("17.04.2025 | 11:30") under a headline too long to be heading-like
    return bool(_names_byline(following) or dates.date_line(following)
                or fm.EDITORS_LABEL.match(following) or _wire_lead(following)
                or len(following) <= 30 and bool(_CLOCK.search(following)) and bool(dates.parse_date(following)))


def _names_byline(text: str) -> bool:
    """A byline under a headline; 'Staff Reporter' alone names no one, and under a site's name ('The Namibian')
    it makes no headline of it."""
    found = bylines.parse_byline(text, under_headline=True)
    return bool(found) and (bool(found[0].names) or found[1] != "byline.names_alone")


def _wire_lead(text: str) -> bool:
    found = dates.dateline(text)
    return bool(found and found.agency and found.date)


# --- the rules, in the order they are tried -------------------------------------------------------

# A comment thread's header: its count and what it answers ("3 thoughts on “Title”", "One response to
# “Title”", "4 thoughts on this post"), or a bare count ("12 Comments") whose next line is a commenter's
_THREAD_NAMED = re.compile(r"^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|comments?|"
                           r"responses?|replies|reactions?)\s+(?:on|to)\s+(?:[“\"‘«].{1,200}[”\"’»]|"
                           r"this\s+(?:post|article|story|entry|piece))\s*$", re.IGNORECASE)
_THREAD_COUNT = re.compile(r"^(?:\d[\d,]*\s+)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d[\d,]*\))?:?$",
                           re.IGNORECASE)
# "Helen R. says: September 9, 2026 at 8:14 pm", "January 14, 2026 at 9:12 am": a comment's head, the
# commenter's name saying, or the day and the clock it was posted at
_COMMENTER = re.compile(r"^[^\s.!?].{0,40}?\s+(?:says|said|wrote|commented)\s*:|"
                        r"^(?=.*\d{4}).{4,40}?\s+(?:at|@)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$|"
                        # "AireValleyJo 3 Dec 2026 17:22": a commenter's handle (one word), the day and the clock
                        r"^[\w.-]{3,30}\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s+\d{1,2}[:.]\d{2}$", re.IGNORECASE)


def thread_start(pieces: list[Piece]) -> int:
    """The index of the header of the readers' comments under the story, or -1: one named by what it
    answers, or a bare count whose next line or the one after it heads a comment."""
    seen_prose = False
    for index, piece in enumerate(pieces):
        text = piece.text
        if not seen_prose:
            seen_prose = is_prose(text) and more_words_than(text, 15)
            continue
        if len(text) > 260 or not (text[:1].isdigit() or text[:1] in "OoTtFfSsEeNnCcRrDd"):
            continue
        if _THREAD_NAMED.match(text) or _THREAD_COUNT.match(text) and any(
                _COMMENTER.match(later.text) for later in pieces[index + 1:index + 3]):
            return index
    return -1


# A promotion box the page lets the reader skip, and the mark where it ends: "Skip past newsletter promotion",
# the box's sign-up text and privacy notice, "after newsletter promotion"
_PROMO_OPENS = re.compile(r"^skip\s+past\s+(?:[\w-]+\s+){0,2}promotion$", re.IGNORECASE)
_PROMO_CLOSES = re.compile(r"^after\s+(?:[\w-]+\s+){0,2}promotion$", re.IGNORECASE)
PROMO_MOST = 6  # a box holds a few lines; an opener without its close nearby marks nothing


def promo_boxes(pieces: list[Piece]) -> frozenset[int]:
    """The indexes of the pieces inside skippable promotion boxes, their opener and close included."""
    inside: set[int] = set()
    for index, piece in enumerate(pieces):
        if len(piece.text) > 60 or not _PROMO_OPENS.match(piece.text.strip()):
            continue
        for end in range(index + 1, min(len(pieces), index + 2 + PROMO_MOST)):
            if _PROMO_CLOSES.match(pieces[end].text.strip()):
                inside.update(range(index, end + 1))
                break
    return frozenset(inside)


@rule("block.promo_box")
def promo_box(ctx: Context) -> Made | None:
    """'Skip past newsletter promotion' / the box's lines / 'after newsletter promotion': the site's promotion."""
    return [("chrome", ctx.text)] if ctx.index in ctx.promo else None


@rule("block.comment_thread")
def comment_thread(ctx: Context) -> Made | None:
    """'3 thoughts on “…”', then 'Helen R. says: …', the comment, 'Reply': the readers' words, not the page."""
    return [("chrome", ctx.text)] if ctx.in_thread else None


_COUNTED_BUTTONS = frozenset({"share", "shares", "comments", "comment"})
_BARE_COUNT = re.compile(r"^\d[\d,.]{0,6}[kKmM]?$")


@rule("block.furniture")
def page_furniture(ctx: Context) -> Made | None:
    """'Skip to content', 'Share - WeChat', '© 2024 X. All rights reserved.': dropped as chrome."""
    label = ctx.pieces[ctx.index - 1].text if ctx.index > 0 else ""
    if len(label) <= 60 and label.endswith(" by") and _BY_LABEL.search(label) and furniture.furniture(label) \
            and not more_words_than(ctx.text, 6) and not is_prose(ctx.text):
        return [("chrome", ctx.text)]  # "News provided by" / "Hollandse Warmte B.V.": the label's object
    if label.strip().lower() in _COUNTED_BUTTONS and _BARE_COUNT.match(ctx.text.strip()):
        return [("chrome", ctx.text)]  # "Share" / "312": the share or comment button's count under it
    shape = furniture.furniture(ctx.text)
    if shape:
        ctx.shape = shape
        # "Key events Show key events only Please turn on JavaScript …" is a widget, not a list's label
        if _RELATED.match(ctx.text) and not more_words_than(ctx.text, 8):
            ctx.related_open = True
            ctx.contacts_open = bool(_CONTACTS.match(ctx.text))
        return [("chrome", ctx.text)]
    return None


@rule("block.related_list")
def related_list(ctx: Context) -> Made | None:
    """After 'More on this story' or 'Related:', the headlines listed under it are chrome."""
    if ctx.chapters_open and _CHAPTER_MARK.match(ctx.text):
        return [("chrome", ctx.text)]  # "03:12 Leaving the home grounds": a mark in the episode's player
    ctx.chapters_open = False
    if _CHAPTERS.match(ctx.text):
        ctx.chapters_open = True
        return [("chrome", ctx.text)]
    if _RELATED.match(ctx.text) and len(ctx.text.split()) <= 8:
        ctx.related_open = True
        return [("chrome", ctx.text)]
    if ctx.related_open and (_TIME_ONLY.match(ctx.text) or is_entry_heading(ctx.text)
                             or notes.is_credit_line(ctx.text) or notes.is_caption(ctx.text)):
        ctx.related_open = ctx.contacts_open = False  # a live blog's next entry, or the release's SOURCE line
        return None
    if ctx.related_open and not (is_prose(ctx.text) and not ctx.text.endswith("?")):
        closing = sum(not furniture.furniture(t) for t in ctx.remaining(8)) <= 1
        if not ctx.contacts_open and closing and is_outlet(ctx.text.strip(" —–-.")):
            ctx.related_open = False  # the list is over: the outlet's name closing the page signs it off
            return None
        return [("chrome", ctx.text)]
    ctx.related_open = False
    return None


@rule("block.navigation")
def navigation(ctx: Context) -> Made | None:
    """'Home | World | Opinion', 'News › World': a menu or a breadcrumb."""
    if furniture.navigation.check(ctx.text) and not bylines.parse_byline(ctx.text):
        ctx.shape = furniture.navigation.name
        return [("chrome", ctx.text)]
    return None


@rule("block.before_headline")
def before_headline(ctx: Context) -> Made | None:
    """'THE ASTANA TIMES', 'Opinion' above the headline: the site's logo and section, chrome."""
    if not ctx.before_title:
        return None
    read = bylines.parse_byline(ctx.text)
    if (not read or _logo_fields(ctx, read)) and not dates.date_line(ctx.text) and not notes.reprint_note(ctx.text):
        return [("chrome", ctx.text)]
    return None


@rule("block.editors_note")
def editors_note(ctx: Context) -> Made | None:
    """"Editor's note: … The article reflects the author's opinions …": the note runs to its disclaimer."""
    found = notes.editors_label(ctx.text)
    if not found:
        return None
    label, ctx.shape = found
    cut = label.end()
    while (again := fm.EDITORS_LABEL.match(ctx.text[cut:])) and again.end() > 0:
        cut += again.end()  # "Editor's note: Editor's note: …": a label pasted twice is still only a label
    made: Made = [("label", ctx.text[:cut].strip())]
    first = ctx.text[cut:].strip()
    end = ctx.index
    if not notes.find_disclaimer(ctx.text):
        later = ctx.remaining(3)
        end = next((ctx.index + 1 + j for j, text in enumerate(later) if notes.find_disclaimer(text)
                    and not notes.tagline(text)), ctx.index)
    if first:
        made.append(("editors_note", first))
    made.extend(("editors_note", ctx.pieces[j].text) for j in range(ctx.index + 1, end + 1))
    ctx.consumed = end - ctx.index
    return made


@rule("block.update_note")
def update_note(ctx: Context) -> Made | None:
    """'This story has been updated to correct the number of volunteers.': the editors' note, unlabelled."""
    found = first(notes.UPDATE_NOTE_RULES, ctx.text)
    if found is None:
        return None
    ctx.shape = found[1]
    return [("editors_note", ctx.text)]


@rule("block.disclaimer")
def disclaimer(ctx: Context) -> Made | None:
    """'The views don't necessarily reflect those of China Daily.' on its own: the editors' words."""
    found = notes.disclaimer_rule(ctx.text)
    if found and ctx.text.endswith(found[0][0]) and not notes.tagline(ctx.text):
        rest = ctx.text[:-len(found[0][0])].strip()
        if not rest or ctx.last_kind() == "editors_note" or not ctx.seen_body:
            ctx.shape = found[1]
            return [("editors_note", ctx.text)]
    return None


@rule("block.reprint_note")
def reprint_note(ctx: Context) -> Made | None:
    """'CGTN has published an article titled “…”. News.Az reprints the article.'"""
    read = notes.reprint_rule(ctx.text)
    if read is None:
        return None
    found, ctx.shape = read
    kind = "signature" if found.at_end_only and ctx.seen_body else "reprint_note"
    return [(kind, ctx.text)]


@rule("block.piece_note")
def piece_note(ctx: Context) -> Made | None:
    """'This article first appeared in Armenpress …' at the page's head or after the story: the editors' note
    on where the piece comes from, read by its grammar (``piece_notes``), a reprint note."""
    if ctx.seen_body and ctx.index < ctx.story_end:
        return None  # in the story's middle the same sentence is the story's ("The report was published …")
    found = piece_notes.piece_note_rule(ctx.text)
    if found is None:
        return None
    ctx.shape = found[1]
    return [("reprint_note", ctx.text)]


@rule("block.byline")
def byline(ctx: Context) -> Made | None:
    """'By Jane Doe | May 2, 2025'; a name alone only right under the headline."""
    if len(ctx.text) > 200 or furniture.menu_words(ctx.text):
        return None  # "News Sport What's On Comment Obituaries Jobs": a menu, no writer
    # "Caoimhe Brennan-Walsh" under the standfirst, with the date line right after it: still the byline
    near_top = ctx.title_at is not None and ctx.index <= ctx.title_at + 3
    dated = near_top and any(dates.date_line(t) for t in ctx.remaining(1))
    late = ctx.seen_body and near_top and _named_and_dated(ctx.text)
    if ctx.seen_body and not dated and not _BY_OPENER.match(ctx.text) and not late:
        return None
    # the editors' words may stand between the headline and its byline: a reprint note, an editor's note
    under = dated or late or ctx.right_under_title and ctx.title_at is not None and ctx.last_kind() in (
        "title", "dateline", "caption", "reprint_note", "editors_note")
    found = bylines.parse_byline(ctx.text, under_headline=under)
    if found is None or _logo_fields(ctx, found):
        return None
    ctx.shape = found[1]
    return [("byline", ctx.text)]


def _logo_fields(ctx: Context, found: tuple[bylines.Byline, str]) -> bool:
    """'Microsoft Start | MSN' on the page's first line, the headline under it: a portal's logo and its short
    name, read as 'Name | Outlet', never the writer of the story the headline heads."""
    return ctx.index == 0 and ctx.before_title and found[1] == "byline.pipe_fields" and found[0].publisher is not None


def _named_and_dated(text: str) -> bool:
    """'Sahar Ahmadzai Wednesday, 5 February 2025' under the lead: a name with its filing date is the byline,
    set by some pages after the first paragraph."""
    found = bylines.parse_byline(text, under_headline=True)
    return bool(found and found[0].names and found[0].date)


_DATE_LABEL = re.compile(r"^(?:first\s+)?published\b|^(?:last\s+)?updated\b|^posted\b", re.IGNORECASE)


@rule("block.date_line")
def date_line(ctx: Context) -> Made | None:
    """'Published: Sep 10, 2024 11:02 PM', 'Updated 18:42, 03-Apr-2025': a date on its own line."""
    found = dates.date_line(ctx.text)
    # under a byline that follows the standfirst, a long date line is still the byline's date
    # and so is one that says what its date is ("Published - January 09, 2026 06:15 pm IST" under the lead)
    if found and (not ctx.seen_body or len(ctx.text) <= 40 or ctx.last_kind() == "byline"
                  or _DATE_LABEL.match(ctx.text)):
        return [("dateline", ctx.text)]
    return None


_WORDS = re.compile(r"[^\W\d_]{2,}")


@rule("block.header_date")
def header_date(ctx: Context) -> Made | None:
    """'Publication date 14 November 2024 | 18:20 ICT', 'Report date: 2024-11-18', '2 Dec 2024 · 38 min' under
    the headline, before the body: a short line holding a full date and a few words, no sentence — the
    page's date line, whatever words its site puts around the date."""
    if ctx.seen_body or ctx.title_at is None or not 0 < ctx.index - ctx.title_at <= 4 or len(ctx.text) > 80:
        return None
    date = dates.DATE.search(ctx.text)
    if date is None or not dates.parse_date(date.group(0)) or is_prose(ctx.text) \
            or bylines.parse_byline(ctx.text, under_headline=True):
        return None
    rest = dates.DATE.sub(" ", ctx.text)
    if len(_WORDS.findall(rest)) > 4 or '"' in rest or "“" in rest:
        return None  # "Ministers meet on 4 March 2025 to decide the budget": a deck with a date in it
    return [("dateline", ctx.text)]


@rule("block.dateline_lead")
def dateline_lead(ctx: Context) -> Made | None:
    """'LIMA, May 2 (Reuters) - Workers …' → the dateline, then the paragraph it leads."""
    read = dates.dateline_rule(ctx.text) or _town_lead(ctx)
    if read is None or ctx.seen_body and not read[0].agency:
        return None
    if not read[0].agency and ctx.title_at is None and _masthead_lead(ctx.text):
        return None  # "THE EMALUS CHRONICLE — Student newspaper of …" over the headline: the site's logo line
    found, shape = read
    found = leads.with_date_after(ctx.text, found)
    rest = ctx.text[len(found.text):].strip()
    if not rest:
        ctx.shape = shape
        return [("dateline", found.text)]
    if is_heading_like(rest) and len(rest.split()) < 4:
        return None
    if not any(ch.isalnum() for ch in rest) or furniture.furniture(rest):
        # "CGTN. — —", "U.S. — — px": what follows is no paragraph when alone it would be none either
        ctx.shape = shape
        return [("dateline", found.text), ("chrome", rest)]
    ctx.seen_body, ctx.shape = True, shape
    kind = "reprint_note" if notes.reprint_note(rest) or piece_notes.piece_note_rule(rest) else "paragraph"
    return [("dateline", found.text), (kind, rest)]


def _town_lead(ctx: Context) -> tuple[dates.Dateline, str] | None:
    """'Rabat - Women's cooperatives …': a town alone leads only the story's first paragraph, written as prose
    (a headline's kicker, 'Storm Brannagh: Ferries cancelled', is no sentence; 'Claim: …' over 'Rating: …'
    is a fact box's field)."""
    if ctx.seen_body or ctx.title_at is None or ctx.index <= ctx.title_at or not is_prose(ctx.text) \
            or in_fact_box(ctx):
        return None
    read = dates.town_lead_rule(ctx.text) or leads.lead_rule(ctx.text)
    if read and read[1] == leads.lead_by_parts.name and leads.opens_turn(ctx.text) \
            and any(leads.opens_turn(text) for text in ctx.remaining(3)):
        return None  # "DANA WHITCOMBE, BYLINE: …" under "LEAH ORTIZ-MBEKI: …": a transcript's turns
    return read if read and more_words_than(ctx.text[len(read[0].text):], 8) else None


_FIELD_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}:\s+\S")


def in_fact_box(ctx: Context) -> bool:
    """'Claim: …' over 'Rating: FALSE' over 'Why we fact-checked this: …': a run of labelled fields, each line
    opening with its label and a colon — the piece and the one before or after it both do."""
    if not _FIELD_LABEL.match(ctx.text):
        return False
    before = ctx.pieces[ctx.index - 1].text if ctx.index > 0 else ""
    return any(_FIELD_LABEL.match(text) and not is_entry_heading(text) for text in (before, *ctx.remaining(1)))


@rule("block.caption")
def caption(ctx: Context) -> Made | None:
    """'Miners leave the site on Thursday. [Photo/Xinhua]', 'LUO JIE/CHINA DAILY': a photo and its credit."""
    found = notes.caption_rule(ctx.text)
    if found is None:
        return None
    if ctx.seen_body and notes.credit_rule(ctx.text) and _page_ends(ctx):
        return None  # "(END) GRM/MVB" closing the page is the desk's sign-off, though built like a credit
    ctx.shape = found[1]
    return [("caption", ctx.text)]


def _page_ends(ctx: Context) -> bool:
    """Nothing but the site's furniture after this piece."""
    return not any(not furniture.furniture(text) and not furniture.navigation.check(text)
                   for text in ctx.remaining(LOOKAHEAD))


# "Nordkyst Energi is a grid and storage company owned by …": a release's boilerplate about its issuer
_ORGANISATION_IS = re.compile(r"^[^.]{2,80}?\bis\s+(?:an?|the)\s+"
                              r"(?:(?!(?:at|of|with|for|in|on)\b)[\w-]+,?\s+){0,6}?"
                              r"(?:company|firm|developer|manufacturer|maker|co-?operative|utility|operator|provider|"
                              r"start-?up|group|organi[sz]ation|non-?profit|charity|producer|supplier|retailer)\b")


@rule("block.tagline")
def tagline(ctx: Context) -> Made | None:
    """'Jo Roe is a professor of geography at the University of Leeds.' after the body."""
    if _ORGANISATION_IS.match(ctx.text):
        return None  # an organisation is described, not the author
    if ctx.seen_body and (found := notes.tagline_rule(ctx.text)) and (
            found[1] not in notes.LATE_TAGLINE_RULES or ctx.index >= ctx.story_end):
        ctx.shape = found[1]
        return [("tagline", ctx.text)]
    address = _TRAILING_ADDRESS.search(ctx.text) if "@" in ctx.text[-80:] else None
    if ctx.seen_body and address and (found := notes.tagline_rule(ctx.text[:address.start()])):
        # "The author is … in Almaty. opinion@globaltimes.com.cn": the desk's address glued to the tagline
        ctx.shape = found[1]
        return [("tagline", ctx.text[:address.start()].strip()), ("chrome", address.group(0).strip())]
    return None


_TRAILING_ADDRESS = re.compile(r"(?<=[.!?])\s+[\w.+-]+@[\w-]+\.[\w.]+$")


# "Read full biography", "View profile": the card's link, on its own line or glued to the card's sentence
_BIO_LINK = re.compile(r"(?:^|(?<=[.!?])\s+)(?:read|see|view)\s+(?:(?:the\s+)?full\s+|more\s+)?"
                       r"(?:bio|biography|profile)$", re.IGNORECASE)


@rule("block.author_box")
def author_box(ctx: Context) -> Made | None:
    """'Ana Ruiz' / 'Reporter' / 'Ana covers the port.' after the story, Ana Ruiz in the byline: the site's
    card about its writer, repeated under every story — chrome, as the author-photo's alt text is."""
    name = ctx.text.strip()
    if not ctx.in_foot or len(name) > 40 or not is_person(name) or not any(
            kind == "byline" and name in text for kind, text in ctx.made):
        return None
    first_word = name.split()[0]
    taken = 0
    for text in ctx.remaining(3):
        text = text.strip()
        role = not more_words_than(text, 3) and not _SENTENCE_END.search(text) and not any(
            c.isdigit() for c in text) and not taken
        sentence = _BIO_LINK.sub("", text)
        bio = text.startswith((name, first_word + " ")) and _SENTENCE_END.search(sentence) and len(text) <= 240 \
            and not any(mark in text for mark in _QUOTE_MARKS)
        if not (role or bio or taken and _BIO_LINK.match(text)):
            break
        taken += 1
    if not taken:
        return None  # the name alone may sign the piece off: only a card has a role or a sentence under it
    ctx.consumed = taken
    made: Made = []
    for text in (ctx.text, *ctx.remaining(taken)):
        link = _BIO_LINK.search(text)
        if link and link.start() > 0:
            made.append(("chrome", text[:link.start()].strip()))  # the sentence, then its glued link
        made.append(("chrome", text[link.start():].strip() if link and link.start() > 0 else text))
    return made


_VALEDICTION = re.compile(r"^[—–-]?\s*Yours(?:,?\s+(?:etc|sincerely|faithfully|truly))?\.?,?$", re.IGNORECASE)
_ADDRESS_LINE = compile_lazily(r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}[,.]?$")


_SALUTATION = re.compile(r"^(?:Sir|Madam|Sir\s+or\s+Madam|Dear\s+(?:Sir|Madam|Editor))\s*,?\s*[–—-]?$")


@rule("block.salutation")
def salutation(ctx: Context) -> Made | None:
    """'Sir, –' / 'Dear Editor,' alone over a letter's first paragraph: the writer's greeting, the letter's first
    paragraph (as 'Sir, – I read …' glued to its text is), never a heading or the page's furniture."""
    if ctx.title_at is None or ctx.index <= ctx.title_at or not _SALUTATION.match(ctx.text.strip()):
        return None
    return [("paragraph", ctx.text)] if any(is_prose(text) for text in ctx.remaining(1)) else None


@rule("block.valediction")
def valediction(ctx: Context) -> Made | None:
    """'– Yours, etc,' / 'JANE DOE,' / 'Rathgar,' / 'Dublin 6.': a letter's close, its writer and address."""
    if not ctx.seen_body or not _VALEDICTION.match(ctx.text):
        return None
    later = ctx.remaining(4)
    lines: list[str] = []
    for text in later:
        # "RÓNÁN O'NEILL, Chair, Dunmore Road Residents' Association.": the writer's name and what she signs as
        signed_as = not lines and notes.signed_role(text) and notes.valediction_signature([ctx.text, text])
        if not (_ADDRESS_LINE.match(text) or signed_as) or furniture.furniture(text):
            break
        lines.append(text)
    ctx.consumed = len(lines)
    return [("signature", text) for text in (ctx.text, *lines)]


@rule("block.contact_card")
def contact_card(ctx: Context) -> Made | None:
    """'Achieng Otieno' / 'Frostline Logistics Ltd.' / '+254 700 000 000': a press contact's card, not a sign-off."""
    if not ctx.seen_body or _card_line(ctx.text) is False or notes.sign_off_rule(ctx.text):
        return None  # "— The Harbour Times" over "Have your say: write to letters@…" signs the page off
    for text in ctx.remaining(2):
        if furniture.bare_contact(text):
            ctx.shape = furniture.contact.name
            ctx.related_open = ctx.contacts_open = True  # the card's other lines are the contact's too
            return [("chrome", ctx.text)]
        if not _card_line(text):
            return None  # a paragraph between: "About Verdant Cells" over its boilerplate is a heading
    return None


def _card_line(text: str) -> bool:
    """A line a contact card is made of: a name, a company, a title — a few words, no sentence."""
    return not more_words_than(text, 6) and not is_prose(text) and "@" not in text


@rule("block.sign_off")
def sign_off(ctx: Context) -> Made | None:
    """'(Reporting by …; Editing by …)', 'SOURCE CGTN', an outlet's name alone at the end."""
    if not ctx.seen_body:
        return None
    if (credit := notes.credit_rule(ctx.text)):
        ctx.shape = credit[1]
        return [("signature", ctx.text)]
    if notes.signed_name(ctx.text) and (_only_foot(ctx.remaining(3)) or ctx.last_kind() == "paragraph"
                                         and _next_salutation(ctx.remaining(4))):
        ctx.shape = notes.SIGNED_NAME.name
        return [("signature", ctx.text)]  # "Margaret Pell, Ashby Parva" closing a letter, or one of a page's letters
    later = ctx.remaining(4)
    letter = notes.valediction_signature([ctx.text, *later])  # "– Yours, etc," / "NAME," / "Rathgar," / …
    if letter and len([t for t in ctx.remaining(letter[1] + 2)[letter[1] - 1:] if not furniture.furniture(t)]) <= 1:
        ctx.consumed = letter[1] - 1
        ctx.shape = notes.VALEDICTION.name
        return [("signature", ctx.text), *(("signature", t) for t in later[:letter[1] - 1])]
    # little but the page's furniture after (a letters page may add one line of its own)
    if later and ctx.last_kind() == "paragraph" and notes.signed_on_two_lines(ctx.text, later[0]) and (len(
            [t for t in later[1:] if not furniture.furniture(t)]) <= 1 or _next_letter(later[1:])):
        ctx.consumed = 1  # "Gwenllian Price-Jones" / "Pencader": the name, then the town
        ctx.shape = notes.SIGNED_ON_TWO_LINES.name
        return [("signature", ctx.text), ("signature", later[0])]
    if later and ctx.last_kind() == "paragraph" and not ctx.in_foot and _letters_close(ctx):
        return _earlier_letter_signed(ctx, later)
    # an outlet's name, or its press office's ("Press Service of the Ministry of …")
    outlet = notes.sign_off_rule(ctx.text)
    if not outlet or not outlet[0]:
        return _signed_by_site(ctx)
    later = [text for text in ctx.remaining(8) if not furniture.furniture(text)
             and not furniture.navigation.check(text)]
    if len(later) <= 2:
        ctx.shape = outlet[1]
        return [("signature", ctx.text)]
    return None


# a letter opening with its salutation glued to its text: "Sir, – I read …", "Dear Editor, Your report …"
_SALUTATION_OPENING = re.compile(r"^(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor))\s*,\s*(?:[–—-]\s*)?[A-Z\"“]")


def _only_foot(later: list[str]) -> bool:
    """Nothing but the page's furniture after, up to a related list's label ('Read more') and the list under it."""
    for text in later:
        if _RELATED.match(text) and not more_words_than(text, 8):
            return True
        if not furniture.furniture(text):
            return False
    return True


def _next_salutation(later: list[str]) -> bool:
    """The next letter's greeting after the page's furniture: 'Sir,', 'Dear Editor,', 'Sir, – I read …'."""
    for text in later:
        if not furniture.furniture(text):
            return bool(_SALUTATION.match(text.strip()) or _SALUTATION_OPENING.match(text))
    return False


def _letters_close(ctx: Context) -> bool:
    """Whether the story's last paragraph is signed as a letter is ('NAME' over 'Town', or 'NAME, Town')."""
    if ctx.letters_close is None:
        end = ctx.story_end
        after = [piece.text for piece in ctx.pieces[end + 1:end + 3]] if end >= 0 else []
        ctx.letters_close = bool(after) and bool(notes.signed_name(after[0]) or (
            len(after) > 1 and notes.signed_on_two_lines(after[0], after[1])))
    return ctx.letters_close


def _earlier_letter_signed(ctx: Context, later: list[str]) -> Made | None:
    """'Maren Holt' over 'Eastbay' between two letters, on a page whose last letter is signed the same way:
    a letters page, each letter signed by its own writer before the next begins."""
    if len(later) > 1 and is_prose(later[1]) and notes.signed_on_two_lines(ctx.text, later[0]):
        ctx.consumed = 1
        ctx.shape = notes.SIGNED_ON_TWO_LINES.name
        return [("signature", ctx.text), ("signature", later[0])]
    if is_prose(later[0]) and notes.signed_name(ctx.text):
        ctx.shape = notes.SIGNED_NAME.name
        return [("signature", ctx.text)]
    return None


def _next_letter(after: list[str]) -> bool:
    """'The last bus leaves too early' / 'The last bus from the town centre …' after a letter's two-line
    signature: the next letter's heading and its prose, so the name and town closed the letter before."""
    return len(after) >= 2 and is_heading_like(after[0]) and more_words_than(after[0], 2) and is_prose(after[1])


_DESK_LETTERS = re.compile(r"^[a-z]{2,3}$")
_MASTHEAD_PARTS = re.compile(r"\s+[—–|·-]\s+|\s*\(")


# The page asks the reader to act: a sentence opening with a call verb ("Join our community", "To view
# the source, please visit …"); a closed class of what pages ask, not any one site's wording
_CALL_VERB = (r"(?:support|join|like|follow|subscribe|sign\s+(?:up|in)|log\s*in|login|watch|listen|share|get|"
              r"enter|write|tell|send|download|click|tap|visit|view|donate|become|stay|register|update|"
              r"unsubscribe|contact|comment|leave|check|read|see|find|discover|explore|try|install|submit)")
_PLEASE = rf"\b(?i:please)\s+(?i:{_CALL_VERB})\b"  # "… to comment, please log in": asked, wherever it stands
# the verb takes its object at once ("Join our", "Like us", "Support Times of Malta"), or ends the line
# ("Subscribe"); "Support for the plan fell …" opens with a noun
_CALL_OPENING = compile_lazily(rf"(?:^|[.!?]\s+|\|\s*)(?i:{_CALL_VERB})(?:\s+(?:(?i:us|our|your|you|the|this|a|an|"
                               rf"more|to|in|on|at|now|up|here|it)\b|[A-Z])|\s*(?:[|!]|$))|"
                               rf"{_PLEASE}")
# whom the call is for: the reader, the site, a name, an address; or a button's few words
_CALL_OBJECT = compile_lazily(r"\b(?i:you|your|us|our|we)\b|@|(?i:https?://|www\.)|\.[a-z]{2,4}\b|"
                              rf"\b(?i:{_CALL_VERB})\s+[A-Z]")
_QUOTE_MARKS = "\"“”«»"


@rule("foot.call_to_act")
def foot_call(text: str) -> bool | None:
    """'Like us on Facebook for more PNG sport' after the story: the page asking its reader to act."""
    return True if calls_reader(text) else None


def calls_reader(text: str) -> bool:
    """'Like us on Facebook for more PNG sport': the page asking its reader to act, no quotation in it."""
    if len(text) > 320 or more_words_than(text, 45) or any(mark in text for mark in _QUOTE_MARKS):
        return False
    call = _CALL_OPENING.search(text)
    if call is None:
        return False
    opening = _FIRST_SENTENCE.match(text)
    head = opening.group(0) if opening else text
    # the call stands in the first sentence, or that sentence already speaks to the reader ("Spotted a
    # claim? Write to …"): "Works begin on 12 May. Read the report on our website." is the story's own end
    if call.end() > len(head) and not _TO_READER.search(head):
        return False
    # a button's few words ("Join our community"); a sentence names whom it is for ("Check the council's
    # site." may be the story's own advice; "Check our site." is the page's)
    return bool(_CALL_OBJECT.search(text) or call.group(0)[:6].lower() == "please"
                or not more_words_than(text, 6) and not _SENTENCE_END.search(text)
                or call.end() > len(head) and _ELLIPTIC_QUESTION.match(head) is not None
                and not more_words_than(head, 5) and not more_words_than(text, 14))


_FIRST_SENTENCE = re.compile(r".*?[.!?](?=\s+[A-Z\d]|$)")
# "Want to respond?", "Seen a claim?": a question with its subject left out, the reader's, before a call;
# a wh-word or an auxiliary opening it ("Why did the council wait?") makes it the writer's own question
_ELLIPTIC_QUESTION = compile_lazily(r"^(?!(?i:why|what|who|whom|whose|how|when|where|which|did|do|does|is|are|"
                                    r"was|were|can|could|will|would|should|shall|may|might|must|has|had)\b)"
                                    r"[A-Z][^?]*\?$")
_TO_READER = compile_lazily(r"\b(?:you|your)\b|\?$", re.IGNORECASE)


# "3 comments:", "Watch video 01:48", "Comments 86": a widget's count or clock, a few words, no sentence
_COUNTED = compile_lazily(r"^(?=.*\d)(?=.*[a-z]{4})[^/]{1,40}$")


@rule("foot.widget_count")
def foot_widget_count(text: str) -> bool | None:
    """'3 comments:', 'Watch video 01:48' after the story: a widget's count or clock."""
    return True if _widget_count(text) else None


def _widget_count(text: str) -> bool:
    return not more_words_than(text, 4) and not _SENTENCE_END.search(text.rstrip(":")) \
        and bool(_COUNTED.match(text)) and not dates.date_line(text) and not dates.parse_date(text)


@rule("block.page_foot")
def page_foot(ctx: Context) -> Made | None:
    """'Join our community', '3 comments:' after the story's last prose paragraph: the page's foot."""
    if not ctx.in_foot:
        return None
    found = first(FOOT_RULES, ctx.text)
    if found is None:
        return None
    ctx.shape = found[1]
    return [("chrome", ctx.text)]


FOOT_RULES: tuple[Rule[bool], ...] = (foot_call, foot_widget_count)


def story_end(pieces: list[Piece]) -> int:
    """The last piece that is the story's prose (a sentence of some length that asks nothing of the
    reader), or -1: a page whose text holds none has no foot to tell apart."""
    for index in range(len(pieces) - 1, -1, -1):
        text = pieces[index].text
        if is_prose(text) and more_words_than(text, 15) and not calls_reader(text) \
                and not furniture.furniture(text):
            return index
    return -1


@rule("signature.desk_letters")
def desk_letters(ctx: Context) -> Made | None:
    """'iy' alone closing the page: the desk's initials, in lowercase, without a slash."""
    return [("signature", ctx.text)] if _DESK_LETTERS.match(ctx.text.strip(" —–-.")) else None


@rule("signature.masthead_name")
def masthead_name(ctx: Context) -> Made | None:
    """'Petra' closing a page whose logo read 'Petra — Jordan News Agency': the site signing with its own name."""
    text = ctx.text.strip(" —–-.")
    logos = [made for kind, made in ctx.made[:ctx.title_at] if kind == "chrome"] if ctx.title_at else []
    names = {_MASTHEAD_PARTS.split(logo.strip())[0].casefold() for logo in logos[:3]}
    return [("signature", ctx.text)] if text[:1].isupper() and text.casefold() in names else None


SITE_SIGN_OFF_RULES: tuple[Rule[Made], ...] = (desk_letters, masthead_name)


def _signed_by_site(ctx: Context) -> Made | None:
    """A short line with nothing but the site's furniture after it, read by ``SITE_SIGN_OFF_RULES``."""
    if len(ctx.text.strip(" —–-.")) > 40 or any(not furniture.furniture(t) and not furniture.navigation.check(t)
                                                for t in ctx.remaining(LOOKAHEAD)):
        return None
    found = first(SITE_SIGN_OFF_RULES, ctx)
    if found is None:
        return None
    ctx.shape = found[1]
    return found[0]


_WORD_STOP = re.compile(r"[a-z\d]{2}[.!?][\"”’)]?$")  # "… on Monday." ends a sentence; "M.N." ends initials
_MARK_FIELD = re.compile(r"^[A-Z]{2,5}:\s")  # "MAP: 06 March 2025": an agency's mark, not a fact box's label


@rule("block.closing_line")
def closing_line(ctx: Context) -> Made | None:
    """'BSS/SR/1932', 'Ministry of Foreign Affairs of Turkmenistan', '— Boitumelo' as the page's last line after
    the story, nothing but its furniture under it: a short line, no sentence, signs the page off."""
    text = ctx.text.strip()
    if not ctx.in_foot or ctx.index + LOOKAHEAD + 1 < len(ctx.pieces) or not _page_ends(ctx):
        return None
    if len(text) > 60 or more_words_than(text, 8) or _WORD_STOP.search(text) or is_prose(text) \
            or any(mark in text for mark in _QUOTE_MARKS) or in_fact_box(ctx) \
            or _FIELD_LABEL.match(text) and not _MARK_FIELD.match(text):
        return None  # "Emergency line: 904", "RUNNING TIME: 112 minutes": a fact's field, not a sign-off
    return [("signature", ctx.text)]


@rule("block.title")
def title(ctx: Context) -> Made | None:
    """The headline found before the body."""
    return [("title", ctx.text)] if ctx.index == ctx.title_at else None


LOOKAHEAD = 8  # pieces a rule may read past the current one (the answers' memory key holds as many)


@rule("block.closing_box")
def closing_box(ctx: Context) -> Made | None:
    """'Top picks in Chennai' / 'Metro Rail phase two: …' / '© …' after the body: a box of headlines
    under its label, nothing to read after it, not a subheading (a subheading has prose under it)."""
    if not ctx.seen_body or ctx.index + LOOKAHEAD < len(ctx.pieces) or _TIME_ONLY.match(ctx.text) \
            or not is_heading_like(ctx.text) or more_words_than(ctx.text, 8):
        return None  # only where the page's end is in sight: a long page's tail may still hold prose
    later = ctx.remaining(LOOKAHEAD)
    site = [furniture.furniture(text) or furniture.navigation.check(text) for text in later]
    items = [text for text, is_site in zip(later, site, strict=True) if not is_site]
    # the items are headlines (four words or more), and the site's own furniture closes the page after them
    if items and any(site[len(items):]) and not any(site[:len(items)]) and all(
            more_words_than(text, 3) and (is_heading_like(text) or _headline_with_colon(text)) for text in items):
        ctx.related_open = True
        return [("chrome", ctx.text)]
    return None


def _headline_with_colon(text: str) -> bool:
    """'Metro Rail phase two: tunnel boring reaches Porur': a headline with its kicker, no sentence."""
    return len(text) <= MAX_HEADING and not _SENTENCE_END.search(text) and not more_words_than(text, 15)


@rule("block.heading")
def heading(ctx: Context) -> Made | None:
    """'Innovation in cooperation: leading the way', '14:05' in a live blog: a subheading."""
    text = ctx.text
    if not (_TIME_ONLY.match(text) or is_entry_heading(text) or is_heading_like(text)):
        return None  # no heading's shape: the guards below need not be read
    if _INTERVIEW_TURN.match(text) or in_fact_box(ctx) or _fields_row(text):
        return None  # "Q: What did you feel?", "Rating: FALSE", "Time of call: 02:17 | Status: Closed": fields
    later = ctx.remaining(1)
    if ctx.last_kind() == "title" and later and (bylines.parse_byline(later[0], under_headline=True)
                                                 or dates.date_line(later[0])):
        return None  # the headline's deck, over its byline: body text, as a standfirst written as a sentence is
    if _TIME_ONLY.match(text) or is_entry_heading(text) or any(not furniture.furniture(t) for t in ctx.remaining(8)):
        return [("heading", text)]
    return None


_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def _fields_row(text: str) -> bool:
    """'Time of call: 02:17 | Status: Closed': a row of a log's or a fact box's labelled fields, no heading."""
    parts = _ROW_SEPARATOR.split(text) if len(text) <= MAX_HEADING else []
    return len(parts) >= 2 and all(_FIELD_LABEL.match(part) for part in parts)


@rule("block.paragraph")
def paragraph(ctx: Context) -> Made | None:
    """Anything else is the author's prose."""
    ctx.seen_body = True
    return [("paragraph", ctx.text)]


RULES: tuple[Rule[Made], ...] = (
    promo_box, comment_thread, page_furniture, related_list, navigation, editors_note, update_note, disclaimer,
    reprint_note, piece_note, before_headline, byline, date_line, header_date, dateline_lead, caption, author_box,
    tagline, salutation, valediction, contact_card, sign_off, page_foot, closing_line, title,
    closing_box, heading, paragraph,
)


REMEMBERED_ANSWERS = 4096  # a page repeating a few pieces a million times is answered from memory

# A page of more pieces than any news page has (the corpus' longest has under 50, a long live blog with its
# comments a few hundred) is a book, a log or a dump: its head and foot, where a page's headline, byline,
# notes, sign-offs and furniture stand, are read with every rule; the pieces between them only as headings
# or prose, so a million distinct tiny paragraphs are read in seconds (issue 15 item 10), not minutes.
LONG_PAGE = 3000
PAGE_EDGE = 500  # pieces read with every rule at each end of a long page


def long_page_middle(count: int) -> range:
    """The pieces of a page of ``count`` pieces read only as headings or prose: none on a news page."""
    return range(PAGE_EDGE, count - PAGE_EDGE) if count > LONG_PAGE else range(0)


_READ = Piece("")  # a piece of a long page's middle once read


def _read_middle(ctx: Context, stop: int, why: list[str]) -> None:
    """The middle of a long page, up to ``stop``: each piece a heading, by the heading rule's shapes (not
    its look at the furniture around: a menu's lines stand at a page's ends), or prose. A piece's kind
    is remembered by its text, so a million identical tiny paragraphs are read once.

    A piece read is let go (its text lives on in its block), but for the last, which the foot's first
    rules look back at, and the two after the story's last paragraph (``_letters_close``): a million
    distinct tiny pieces weighed 25 times the file at the peak."""
    made, pieces = ctx.made, ctx.pieces
    kinds: dict[str, str] = {}
    names = {"heading": heading.name, "paragraph": paragraph.name}
    kind = ctx.last
    kept = (stop - 1, ctx.story_end + 1, ctx.story_end + 2)
    for index in range(ctx.index, stop):
        text = pieces[index].text
        if index not in kept:
            pieces[index] = _READ
        kind = kinds.get(text)
        if kind is None:
            kind = "heading" if _TIME_ONLY.match(text) or is_entry_heading(text) or (
                is_heading_like(text) and not _INTERVIEW_TURN.match(text) and not _fields_row(text)) else "paragraph"
            if len(kinds) >= REMEMBERED_ANSWERS:
                kinds.clear()  # pieces that never repeat must not pin their keys
            kinds[text] = kind
            ctx.seen_body = ctx.seen_body or kind == "paragraph"
        made.append((kind, text))
        why.append(names[kind])
    ctx.last, ctx.index = kind, max(ctx.index, stop)


def classify(pieces: list[Piece]) -> tuple[Made, list[str]]:
    """(the blocks, why each one is what it is) for the page's pieces, in order.

    The why of a block is the name of the block rule that made it, followed, after a space, by the
    rule of a shape list it went by when there was one ("block.caption caption.bracketed_credit"):
    one string shared by every block of an answer, so keeping it costs a reference a block.

    A rule reads only the piece, the next eight pieces, the context's flags, the last kind made and
    where the piece stands from the headline (before it, on it, one to three pieces under it,
    further). Those make the key its answer is remembered by, so a page of a million identical tiny
    paragraphs runs the rules for a handful of them (issue 15: it took minutes). A rule that reads
    more of the context must add it to the key.
    """
    middle = long_page_middle(len(pieces))
    ctx = Context(pieces, title_at=find_title(pieces[:middle.start] if middle else pieces))
    texts = [piece.text for piece in pieces]
    made: Made = []
    why: list[str] = []
    answers: dict[tuple[object, ...], tuple[Made, str, bool, bool, bool, int, str | None]] = {}
    ctx.made = made
    count = len(pieces)
    while ctx.index < count:
        index = ctx.index
        if index in middle:
            _read_middle(ctx, middle.stop, why)
            continue
        key = (texts[index], None if ctx.title_at is None else max(-1, min(4, index - ctx.title_at)),
               ctx.seen_body, ctx.related_open, ctx.contacts_open, ctx.last, tuple(texts[index + 1:index + 9]),
               ctx.in_foot, ctx.in_thread, index in ctx.promo)
        known = answers.get(key)
        if known is None:
            ctx.consumed = 0
            for candidate in RULES:
                ctx.shape = None
                found = candidate.check(ctx)
                if found is not None:
                    break
            found = found or []
            because = candidate.name if ctx.shape is None else f"{candidate.name} {ctx.shape}"
            last = ctx.last
            for kind, _text in found:
                if kind == "paragraph":
                    ctx.seen_body = True
                if kind not in ("chrome", "label"):
                    last = kind
            known = (found, because, ctx.seen_body, ctx.related_open, ctx.contacts_open, ctx.consumed,
                     last)
            if len(answers) >= REMEMBERED_ANSWERS:
                answers.clear()  # pieces that never repeat must not pin their keys
            answers[key] = known
        found, name, ctx.seen_body, ctx.related_open, ctx.contacts_open, ctx.consumed, ctx.last = known
        made.extend(found)
        why.extend([name] * len(found))
        ctx.index = index + 1 + ctx.consumed
        if index + 8 < count and key[0] == texts[index + 1] and key[6].count(key[0]) == 8 and known[5] == 0 \
                and key[2:6] == known[2:5] + known[6:] and key[1] in (None, -1, 4):
            # a run of one piece repeated, the answer leaving the context as it found it: every piece of
            # the run has this key, so this answer (a million tiny paragraphs, issue 15 item 10)
            run_end = _run_end(texts, index, 8)
            if key[1] == -1:
                run_end = min(run_end, ctx.title_at or 0)  # before the headline only up to it
            if run_end > index + 1:
                made.extend(found * (run_end - index - 1))
                why.extend([name] * (len(found) * (run_end - index - 1)))
                ctx.index = run_end
    return made, why
