"""Kindle's "My Clippings.txt": highlights and notes, one clipping per "==========" block.

A clipping is a title line "Title (Last, First)", a line "- Your Highlight on page 4 | Location 120-125 |
Added on Monday, March 4, 2024 10:15:32 PM", a blank line and the text. Kindle only ever appends: an
edited or extended highlight is a second clipping over the same locations, so one that overlaps an earlier
one of the same book and contains it (or is contained by it) replaces it, and the same text twice is one.
A note is attached to the highlight it was typed on (the one ending at, else covering, its location).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from qtapp.library.importers.records import Highlight, Parsed, Source, clean_text, people

SEPARATOR = "=========="
_TITLE = re.compile(r"^(?P<title>.*?)\s*\((?P<authors>[^()]*)\)\s*$")
_KIND = re.compile(r"^-\s*(?:Your\s+)?(?P<kind>Highlight|Note|Bookmark|Clip(?:ping)?)\b", re.IGNORECASE)
_LOCATION = re.compile(r"\b(?:Location|Loc\.)\s+(?P<start>\d+)(?:-(?P<end>\d+))?", re.IGNORECASE)
_PAGE = re.compile(r"\bpage\s+(?P<start>[\w]+)(?:-(?P<end>[\w]+))?", re.IGNORECASE)
_ADDED = re.compile(r"Added on\s+(?P<when>.+)$", re.IGNORECASE)
_WHEN = ("%A, %B %d, %Y %I:%M:%S %p", "%A, %d %B %Y %H:%M:%S", "%A, %B %d, %Y, %I:%M %p")


@dataclass(frozen=True)
class _Clip:
    number: int
    line: int
    kind: str
    source: Source
    text: str
    start: int | None  # Kindle locations, else pages when they are numbers
    end: int | None
    where: str | None
    created: str | None


def looks_like(head: str) -> bool:
    """Kindle's separator line and a "- Your Highlight ... |" line near the start."""
    return SEPARATOR in head and bool(re.search(r"^-\s.*\|", head, re.MULTILINE))


def parse(text: str) -> Parsed:
    parsed = Parsed("kindle")
    highlights = _Highlights()
    notes: list[_Clip] = []
    for clip in _clips(text, parsed):
        if clip.kind == "note":
            notes.append(clip)
        elif clip.kind == "highlight":
            highlights.merge(clip, parsed)
        else:
            parsed.skip("bookmarks" if clip.kind == "bookmark" else "clippings Kindle did not say the kind of")
    kept = highlights.kept()
    attached = _attach(highlights, notes, parsed)
    for clip in kept:
        key = f"kindle|{clip.source.group_key()}|{clip.where or ''}|{clip.text}"
        parsed.highlights.append(Highlight(clip.source, clip.text, key, f"clipping {clip.number} (line {clip.line})",
                                           note=attached.get(id(clip), ""), created=clip.created,
                                           location=clip.where))
    return parsed


def _clips(text: str, parsed: Parsed) -> list[_Clip]:
    clips: list[_Clip] = []
    sources: dict[str, Source] = {}  # one object per title line: comparing books is then an identity test
    lines = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    block: list[str] = []
    first = 1
    for number, line in enumerate(lines, 1):
        if line.strip() == SEPARATOR:
            clip = _clip(block, len(clips) + 1, first, sources)
            if clip is not None:
                clips.append(clip)
            elif any(part.strip() for part in block):
                parsed.skip("clippings in a form not understood")
            block, first = [], number + 1
        else:
            block.append(line)
    if any(part.strip() for part in block):  # a last clipping cut off before its separator
        clip = _clip(block, len(clips) + 1, first, sources)
        if clip is not None:
            clips.append(clip)
    return clips


def _clip(block: list[str], number: int, first: int, sources: dict[str, Source]) -> _Clip | None:
    while block and not block[0].strip():
        block, first = block[1:], first + 1
    if len(block) < 2:
        return None
    kind_match = _KIND.match(block[1].strip())
    if kind_match is None:
        return None
    kind = kind_match["kind"].lower()
    meta = block[1]
    found = _LOCATION.search(meta) or _PAGE.search(meta)
    start = end = None
    where = None
    if found is not None:
        where = found.group(0)
        if found["start"].isdigit():
            start = int(found["start"])
            end = int(found["end"]) if found["end"] and found["end"].isdigit() else start
            if end < start:  # "Loc. 1170-72": Kindle's short form of 1170-1172
                end = int(str(start)[: len(str(start)) - len(str(end))] + str(end))
    added = _ADDED.search(meta)
    if block[0] not in sources:
        sources[block[0]] = _source(block[0])
    return _Clip(number, first, "clip" if kind.startswith("clip") else kind, sources[block[0]],
                 clean_text("\n".join(block[2:])), start, end, where, _when(added["when"]) if added else None)


def _source(line: str) -> Source:
    line = " ".join(line.split())
    found = _TITLE.match(line)
    if found is None or not found["authors"].strip():
        return Source(title=line or None)
    return Source(title=found["title"] or None, authors=people(found["authors"], r";"))


_ENGLISH_WHEN = re.compile(r"\w+, (\w+) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d\d)(?::(\d\d))? ([AP]M)", re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}


def _when(text: str) -> str | None:
    """Kindle's "Monday, March 4, 2024 10:15:32 PM" as ISO; read by hand (strptime took 1 s per 10k)."""
    found = _ENGLISH_WHEN.fullmatch(text.strip())
    if found and found[1].lower() in _MONTHS:
        hour = int(found[4]) % 12 + (12 if found[7].upper() == "PM" else 0)
        try:
            return datetime(int(found[3]), _MONTHS[found[1].lower()], int(found[2]), hour, int(found[5]),
                            int(found[6] or 0)).isoformat()
        except ValueError:
            return None
    for form in _WHEN:
        try:
            return datetime.strptime(text.strip(), form).isoformat()
        except ValueError:
            continue
    return None  # another language's date: the quote gets the time of the import


def _overlaps(a: _Clip, b: _Clip) -> bool:
    if a.source != b.source:
        return False
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return a.where == b.where
    return a.start <= b.end and b.start <= a.end


def _contains(a: str, b: str) -> bool:
    """One passage holds the other, ignoring the punctuation a selection's edge cuts or keeps."""
    a, b = a.strip(_EDGES), b.strip(_EDGES)
    return bool(a and b) and (a in b or b in a)


_EDGES = " .,;:!?…\"'“”‘’()[]-–—"


class _Highlights:
    """A book's highlights by location, so each new clipping is compared with its neighbours only.

    Locations fall in buckets of ``SPAN``; a highlight is filed under every bucket it covers, so two that
    overlap share one. Compared with every earlier one, 10k clippings took minutes.
    """

    SPAN = 16

    def __init__(self) -> None:
        self.all: list[_Clip | None] = []
        self.buckets: dict[tuple[Source, object], list[int]] = {}
        self.texts: dict[tuple[Source, str], int] = {}

    def _keys(self, clip: _Clip) -> list[tuple[Source, object]]:
        if clip.start is None or clip.end is None:
            return [(clip.source, clip.where)]
        first, last = clip.start // self.SPAN, min(clip.end, clip.start + 100 * self.SPAN) // self.SPAN
        return [(clip.source, bucket) for bucket in range(first, last + 1)]

    def merge(self, clip: _Clip, parsed: Parsed) -> None:
        if not clip.text:
            parsed.skip("empty highlights")
            return
        if (clip.source, clip.text) in self.texts:
            parsed.merged += 1  # the same highlight twice (a device synced it again)
            return
        keys = self._keys(clip)
        near = sorted({index for key in keys for index in self.buckets.get(key, ())}, reverse=True)
        for index in near:
            old = self.all[index]
            if old is not None and _overlaps(old, clip) and _contains(old.text, clip.text):
                # Edited or extended: the later clipping is the highlight as it stands, in the old one's place.
                self.all[index] = clip
                del self.texts[(old.source, old.text)]
                self.texts[(clip.source, clip.text)] = index
                for key in keys:
                    self.buckets.setdefault(key, []).append(index)
                parsed.merged += 1
                return
        self.all.append(clip)
        self.texts[(clip.source, clip.text)] = len(self.all) - 1
        for key in keys:
            self.buckets.setdefault(key, []).append(len(self.all) - 1)

    def kept(self) -> list[_Clip]:
        return [clip for clip in self.all if clip is not None]

    def near(self, note: _Clip) -> list[_Clip]:
        """Highlights that may hold ``note``'s location, in file order."""
        found = {index for key in self._keys(note) for index in self.buckets.get(key, ())}
        return [clip for index in sorted(found) if (clip := self.all[index]) is not None]


def _attach(highlights: _Highlights, notes: list[_Clip], parsed: Parsed) -> dict[int, str]:
    """Each note on the highlight it was typed on; the latest note at a location wins (an edit)."""
    by_location: dict[tuple[Source, str | None], _Clip] = {}
    for note in notes:
        if note.text:
            by_location[(note.source, note.where)] = note
    attached: dict[int, list[str]] = {}
    for note in by_location.values():
        target = _target(highlights, note)
        if target is None:
            parsed.skip("notes without a highlight")
        else:
            attached.setdefault(id(target), []).append(note.text)
    return {key: "\n\n".join(texts) for key, texts in attached.items()}


def _target(highlights: _Highlights, note: _Clip) -> _Clip | None:
    same = [h for h in highlights.near(note) if h.source == note.source and h.end is not None
            and note.start is not None]
    ending = [h for h in same if h.end == note.start]
    covering = [h for h in same if h.start is not None and h.start <= (note.start or 0) <= (h.end or 0)]
    found = ending or covering
    return found[-1] if found else None
