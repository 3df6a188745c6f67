"""Whose words a selection is, and the derived attribution line."""

from __future__ import annotations

import pytest

from qtapp.article.model import Author
from qtapp.library.attribution import attribution, derive_voice, display_name, who
from qtapp.library.passages import trim_marks

TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"


def test_inside_a_quotation_with_speaker_is_the_speaker(sample_article, span):
    article = sample_article()
    assert derive_voice(article, *span(article, "share in one purpose")) == ("speaker", "Li Wei")


def test_selection_with_its_quote_marks_still_counts_as_inside(sample_article, span):
    article = sample_article()
    assert derive_voice(article, *span(article, "“Success comes to those who share in one purpose.”")) \
        == ("speaker", "Li Wei")


def test_partial_overlap_with_a_quotation_is_the_author(sample_article, span):
    article = sample_article()
    assert derive_voice(article, *span(article, "saying, “Success comes")) == ("author", None)
    assert derive_voice(article, *span(article, "one purpose.” The future")) == ("author", None)


def test_quotation_without_speaker_is_the_author(build_article, span):
    article = build_article([("paragraph", "They call it the “Bright Road” policy.")],
                            quotations=[("Bright Road", None)])
    assert derive_voice(article, *span(article, "Bright Road")) == ("author", None)


@pytest.mark.parametrize("passage", ["The series looks at trade", "News.Az reprints it"])
def test_editors_and_reprint_notes_are_the_editors(sample_article, span, passage):
    article = sample_article()
    assert derive_voice(article, *span(article, passage)) == ("editors", None)


def test_body_heading_is_the_author_but_a_kicker_is_the_editors(build_article, sample_article, span):
    article = sample_article()
    assert derive_voice(article, *span(article, "Looking ahead")) == ("author", None)
    kicker = build_article([("heading", "Opinion"), ("paragraph", "Body text.")])
    assert derive_voice(kicker, *span(kicker, "Opinion")) == ("editors", None)


def test_innermost_quotation_wins(build_article, span):
    article = build_article([("paragraph", "She said “he told me ‘go home’ twice” loudly.")],
                            quotations=[("he told me ‘go home’ twice", "Ann"), ("go home", "Bob")])
    assert derive_voice(article, *span(article, "go home")) == ("speaker", "Bob")
    assert derive_voice(article, *span(article, "told me")) == ("speaker", "Ann")


def test_trim_marks_skips_blanks_and_an_enclosing_pair():
    text = "a “quoted” b"
    assert trim_marks(text, 1, 11) == (3, 9)


def test_display_name_respects_family_first():
    assert display_name(Author("x", family="Wang", given="Haiyan", family_first=True)) == "Wang Haiyan"
    assert display_name(Author("x", family="Smith", given="Jane")) == "Jane Smith"
    assert display_name(Author("Cher")) == "Cher"


def test_the_three_lines_of_the_design(sample_article):
    article = sample_article(title=TITLE + ".")
    tail = f"“{TITLE}”, CGTN, reprinted by News.Az"
    assert attribution(article, "speaker", "Xi Jinping") == f"Xi Jinping (quoted by Wang Haiyan) — {tail}"
    assert attribution(article, "author") == f"Wang Haiyan — {tail}"
    assert attribution(article, "editors", None, "editors_note") == f"Editor's note, CGTN — {tail}"
    assert attribution(article, "editors", None, "reprint_note").startswith("Reprint note, News.Az — ")


def test_missing_metadata_leaves_no_dangling_commas(sample_article):
    bare = sample_article(title=None, authors=[], publisher=None, reprinted_by=None)
    assert attribution(bare, "author") == "Unknown author"
    assert attribution(bare, "speaker", "Li Wei") == "Li Wei"
    assert attribution(bare, "editors", None, "editors_note") == "Editor's note"
    no_reprint = sample_article(reprinted_by=None)
    assert attribution(no_reprint, "author") == "Wang Haiyan — “A bright chapter”, CGTN"
    no_publisher = sample_article(publisher=None)
    assert attribution(no_publisher, "author") == "Wang Haiyan — “A bright chapter”, reprinted by News.Az"


def test_no_author_uses_the_publisher_once(sample_article):
    article = sample_article(authors=[])
    assert attribution(article, "author") == "CGTN — “A bright chapter”, reprinted by News.Az"
    assert attribution(article, "speaker", "Li Wei") == \
        "Li Wei (quoted by CGTN) — “A bright chapter”, reprinted by News.Az"
    assert who(article, "author", None) == "CGTN"


def test_several_authors_are_joined(sample_article):
    authors = [Author("Ann Lee"), Author("Bo Yang"), Author("Cy Twombly")]
    assert attribution(sample_article(authors=authors[:2], publisher=None, reprinted_by=None),
                       "author") == "Ann Lee and Bo Yang — “A bright chapter”"
    assert who(sample_article(authors=authors), "author", None) == "Ann Lee, Bo Yang and Cy Twombly"
