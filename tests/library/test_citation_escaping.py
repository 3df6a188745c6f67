"""Copy Citation's HTML: page metadata is text, never markup a word processor would act on."""

from __future__ import annotations

import re

import pytest

from qtapp.library.citation import cite

HOSTILE = "<img src=http://evil.example/x.png>"
RECORD = {"text": f"words {HOSTILE}", "voice": "speaker", "speaker": f"Jo {HOSTILE}",
          "article": {"title": f"T {HOSTILE}", "authors": [{"family": f"Roe{HOSTILE}", "given": "Ann"}],
                      "publisher": f"P{HOSTILE}", "reprinted_by": f"R{HOSTILE}", "date": "2024-01-02",
                      "url": f"http://a.example/?q={HOSTILE}"}}


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date"])
def test_every_field_is_escaped_in_the_html_and_whole_in_the_plain_text(style):
    citation = cite(RECORD, style)
    rich = citation.rich()
    assert set(re.findall(r"</?([a-zA-Z]+)", rich)) <= {"p", "i", "b", "span"}, rich
    assert "&lt;img src=http://evil.example/x.png&gt;" in rich
    assert HOSTILE in citation.plain()  # the plain text says what the page said


def test_ampersands_are_escaped_once():
    citation = cite({"text": "a & b", "article": {"title": "Fish & Chips", "publisher": "A&B",
                                                  "authors": [{"family": "O'Brien", "given": "Ann"}]}})
    assert "Fish &amp; Chips" in citation.rich() and "&amp;amp;" not in citation.rich()
    assert "Fish & Chips" in citation.plain() and "A&B" in citation.plain()
