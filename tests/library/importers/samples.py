"""Sample files in each tool's own shape, written the way the tool writes them (not by our exporters)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

SEED_TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"
SEED_URL = "https://news.az/news/new-pragmatic-and-promising-chapter-of-china-kazakhstan-cooperation"
# Words of the seed article, as a reader would highlight them elsewhere.
SEED_PASSAGE = "The world is entering a new period of turbulence and change"
SEED_SAYING = "Success comes to those who share in one purpose."


def clipping(title: str, kind: str, where: str, added: str, text: str) -> str:
    """One Kindle clipping as the device writes it: BOM before the title, CRLF, the separator."""
    return f"\ufeff{title}\r\n- Your {kind} {where} | Added on {added}\r\n\r\n{text}\r\n==========\r\n"


def kindle(path: Path) -> Path:
    """A "My Clippings.txt": two books, an extended highlight, a duplicate, a note, a bookmark."""
    wigan = "The Road to Wigan Pier (Orwell, George)"
    parts = [
        clipping(wigan, "Highlight", "on page 5 | Location 70-72", "Monday, March 4, 2024 10:15:32 PM",
                 "The first sound in the mornings was the clumping of the mill-girls’ clogs"),
        clipping(wigan, "Highlight", "on page 5 | Location 70-74", "Monday, March 4, 2024 10:16:02 PM",
                 "The first sound in the mornings was the clumping of the mill-girls’ clogs down the "
                 "cobbled street."),
        clipping(wigan, "Note", "on page 5 | Location 74", "Monday, March 4, 2024 10:16:30 PM",
                 "Opening line: sound before sight."),
        clipping(wigan, "Bookmark", "on page 9 | Location 120", "Monday, March 4, 2024 10:20:00 PM", ""),
        clipping("Good Economics for Hard Times (Banerjee, Abhijit V.;Duflo, Esther)", "Highlight",
                 "on page 12 | Location 180-183", "Tuesday, March 5, 2024 8:01:00 AM",
                 "Migrants are not the problem."),
        clipping("Good Economics for Hard Times (Banerjee, Abhijit V.;Duflo, Esther)", "Highlight",
                 "on page 12 | Location 180-183", "Tuesday, March 5, 2024 8:01:00 AM",
                 "Migrants are not the problem."),  # synced twice
        clipping("notes-from-a-meeting.pdf", "Highlight", "at location 3-4", "Tuesday, March 5, 2024 9:00:00 AM",
                 "Nobody owns this sentence."),
    ]
    path.write_bytes("".join(parts).encode("utf-8"))
    return path


READWISE_COLUMNS = ["Highlight", "Book Title", "Book Author", "Amazon Book ID", "Note", "Color", "Tags",
                    "Location Type", "Location", "Highlighted at", "Document tags"]


def readwise(path: Path) -> Path:
    """Readwise's CSV export: every cell quoted where needed, a multi-line highlight and note."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(READWISE_COLUMNS)
    writer.writerow(["It was a bright cold day in April,\nand the clocks were striking thirteen.", "1984",
                     "George Orwell", "B003JTHWKU", "First line,\n\"famous\" one", "yellow", "opening, classic",
                     "location", "1", "2024-03-04 22:15:32+00:00", "fiction"])
    writer.writerow(["Who controls the past controls the future.", "1984", "George Orwell", "B003JTHWKU", "",
                     "blue", "", "location", "2870", "2024-03-06 09:00:00+00:00", "fiction"])
    writer.writerow([SEED_PASSAGE, SEED_TITLE, "Wang Haiyan", "", "", "orange", "", "offset", "", "", ""])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def hypothesis_rows() -> list[dict[str, object]]:
    selectors = [
        {"type": "RangeSelector", "startContainer": "/div[1]/p[2]", "startOffset": 0,
         "endContainer": "/div[1]/p[2]", "endOffset": 59},
        {"type": "TextPositionSelector", "start": 412, "end": 471},
        {"type": "TextQuoteSelector", "exact": SEED_PASSAGE, "prefix": "CGTN.\n\n", "suffix": ", and the"},
    ]
    return [
        {"id": "Jk3pV9aNEe6x", "created": "2024-07-02T10:15:00.123456+00:00",
         "updated": "2024-07-02T10:20:00.000000+00:00", "user": "acct:reader@hypothes.is",
         "uri": SEED_URL, "text": "Framing of the whole piece", "tags": ["framing", "geopolitics"],
         "group": "__world__", "permissions": {"read": ["group:__world__"]},
         "target": [{"source": SEED_URL, "selector": selectors}],
         "document": {"title": [SEED_TITLE]}, "links": {"html": "https://hypothes.is/a/Jk3pV9aNEe6x"},
         "flagged": False, "hidden": False},
        {"id": "Qq1aV9aNEe6y", "created": "2024-07-02T10:30:00+00:00", "updated": "2024-07-02T10:30:00+00:00",
         "user": "acct:reader@hypothes.is", "uri": SEED_URL, "text": "A page note: nothing highlighted",
         "tags": [], "target": [{"source": SEED_URL}], "document": {"title": [SEED_TITLE]}},
    ]


def hypothesis(path: Path, *, shape: str = "export") -> Path:
    """Annotations as Hypothesis gives them: its client's Export file (what a user downloads), its API's
    search result, or a bare list."""
    rows = hypothesis_rows()
    data: object = rows
    if shape == "export":
        data = {"export_date": "2024-07-03T08:00:00.000Z", "export_userid": "acct:reader@hypothes.is",
                "client_version": "1.1479.0", "annotations": rows}
    elif shape == "api":
        data = {"total": len(rows), "rows": rows}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def zotero_ris(path: Path) -> Path:
    """Zotero's RIS export of a newspaper article with two child notes: annotations, and a plain note."""
    annotations = ("<div data-schema-version=\"8\"><p>Annotations<br>(7/2/2024, 10:00:00 AM)</p>"
                   f"<p>“{SEED_PASSAGE}” (<a href=\"zotero://open-pdf/library/items/ABCD\">Wang, 2024</a>)</p>"
                   "<p>The opening claim &amp; its frame</p>"
                   f"<p>“{SEED_SAYING}” (Wang, 2024)</p></div>")
    lines = ["TY  - NEWS", f"TI  - {SEED_TITLE}", "AU  - Wang, Haiyan", "T2  - News.Az", "DA  - 2024/07/02/",
             "PY  - 2024", f"UR  - {SEED_URL}", "KW  - China", f"N1  - {annotations}",
             "N1  - <p>Read again before the interview.</p>", "ER  - ", "",
             "TY  - BOOK", "TI  - A book with no notes", "AU  - Nobody, Anne", "ER  - ", ""]
    path.write_text("\r\n".join(lines), encoding="utf-8")
    return path


def w3c(path: Path) -> Path:
    """A W3C Web Annotation collection as annotation tools write one (the Data Model's own examples'
    shape): a highlight with a comment and a tag, and an annotation of the whole page."""
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://notes.example/collections/reading", "type": "AnnotationCollection",
        "label": "Reading notes", "total": 2,
        "first": {"id": "https://notes.example/collections/reading/page1", "type": "AnnotationPage",
                  "startIndex": 0, "items": [
                      {"id": "https://notes.example/anno/1", "type": "Annotation", "motivation": "commenting",
                       "created": "2024-07-02T10:15:00Z", "modified": "2024-07-02T10:20:00Z",
                       "creator": {"id": "https://notes.example/users/reader", "type": "Person",
                                   "name": "A Reader"},
                       "body": [{"type": "TextualBody", "value": "Framing of the whole piece",
                                 "purpose": "commenting", "format": "text/plain"},
                                {"type": "TextualBody", "value": "geopolitics", "purpose": "tagging"}],
                       "target": {"source": SEED_URL, "selector": [
                           {"type": "TextQuoteSelector", "exact": SEED_PASSAGE, "prefix": "CGTN.\n\n",
                            "suffix": ", and the"},
                           {"type": "TextPositionSelector", "start": 412, "end": 471}]}},
                      {"id": "https://notes.example/anno/2", "type": "Annotation", "motivation": "bookmarking",
                       "created": "2024-07-02T10:30:00Z", "target": SEED_URL},
                  ]},
    }
    path.write_text(json.dumps(collection, indent=2), encoding="utf-8")
    return path
