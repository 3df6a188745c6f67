"""Invisible characters cannot disguise a name or title, and never reach a terminal raw."""

from __future__ import annotations

import json

from qtapp.article import parse_text
from qtapp.article.invisible import clean_label, strip_invisible
from qtapp.article.model import Article, Author
from qtapp.commands.terminal import visible
from qtapp.library.citation import cite

SPOOF = "Jo\u200dhn \u202eeoD\u202c"
PROSE = "\n\n".join(f"Paragraph {i} is ordinary prose about rivers and towns." for i in range(30))


def test_bidi_overrides_and_zero_width_characters_leave_names_and_titles():
    assert clean_label(SPOOF) == "John eoD"  # shown as its letters really are, not as "John Doe"
    assert clean_label("A\u200b \u2066Title\u2069\ufeff") == "A Title"
    assert clean_label("Plain Title") == "Plain Title"


def test_joiners_that_shape_scripts_and_emoji_stay():
    assert strip_invisible("क्\u200dष") == "क्\u200dष"  # Devanagari half form
    assert strip_invisible("میخواهم\u200cم") == "میخواهم\u200cم"  # Persian non-joiner
    assert strip_invisible("👨\u200d👩") == "👨\u200d👩"
    assert strip_invisible("Jo\u200dhn x\u200c y") == "John x y"


def test_a_spoofed_byline_and_speaker_are_read_as_the_plain_names():
    text = (f"Rivers of Asia\n\nBy Ja\u200bne Ro\u200de\n\n\u201cWe will win,\u201d said Jo\u200dhn Sm\u202dith. "
            f"More words follow.\n\n{PROSE}")
    article = parse_text(text)
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert [q.speaker for q in article.quotations if q.speaker] == ["John Smith"]
    assert "\u200b" not in article.text and "\u202d" not in article.text


def test_citations_never_carry_the_hidden_characters():
    article = Article(title="T\u202eitle", authors=[Author(name="Jo\u200dhn Roe", family="Ro\u200de",
                                                             given="Jo\u200dhn")])
    from qtapp.article.invisible import clean_labels

    data = clean_labels(article).to_json()
    citation = cite({"text": "words", "article": data}, "apa")
    assert all(c not in citation.plain() + citation.rich() for c in "\u202e\u200d")
    assert "Roe, J." in citation.plain()


def test_visible_escapes_controls_and_keeps_json_valid():
    raw = "red \x1b[31m text \x9b2J and \r over \u202e"
    shown = visible(raw)
    assert "\x1b" not in shown and "\x9b" not in shown and "\r" not in shown and "\u202e" not in shown
    assert "\\u001b[31m" in shown
    assert json.loads(visible(json.dumps({"t": raw}, ensure_ascii=False)))["t"] == raw
    assert visible("tab\tand\nnewline stay") == "tab\tand\nnewline stay"
