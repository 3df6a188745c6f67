"""The editor's note's own readers: the disclaimer and the outlet it names, the series, the author it
introduces (in invented wordings of the shapes the corpus has)."""

from __future__ import annotations

from qtapp.article.frontmatter import EDITORS_LABEL, authors_from_note, find_disclaimer, find_series, outlet_name


def test_the_outlet_is_the_name_before_its_description() -> None:
    assert outlet_name("CGTN, a Chinese news TV channel.") == "CGTN"
    assert outlet_name("the Harbour Gazette") == "Harbour Gazette"


def test_a_disclaimer_gives_its_sentence_and_the_outlet_it_names() -> None:
    text = ("Mira Osei is a lecturer in ports. The article reflects the author's opinions and not "
            "necessarily the views of Coastline Daily. More below.")
    found = find_disclaimer(text)
    assert found is not None
    sentence, outlet = found
    assert sentence.startswith("The article reflects") and sentence.endswith("Coastline Daily.")
    assert outlet == "Coastline Daily"
    assert find_disclaimer("The views of the board are not necessarily shared by all.") is None


def test_the_series_is_the_quoted_name_after_series() -> None:
    assert find_series("Editor's note: This is part of the series “Rivers in Transit,” on barges.") == \
        "Rivers in Transit"
    assert find_series("Editor's note: a commentary on rail.") is None


def test_the_author_the_note_introduces_with_a_description() -> None:
    authors = authors_from_note("Editor's note: Tomas Lindqvist, a senior fellow at the Baltic Institute, "
                                "looks at ferry fares.")
    assert [a.name for a in authors] == ["Tomas Lindqvist"]
    assert authors[0].description == "a senior fellow at the Baltic Institute"
    unnamed = authors_from_note("The author is a professor of geography at a northern university.")
    assert [a.name for a in unnamed] == [""] and unnamed[0].description


def test_the_editors_labels() -> None:
    assert EDITORS_LABEL.match("Editor's Note: the piece below")
    assert EDITORS_LABEL.match("Correction: an earlier version")
    assert not EDITORS_LABEL.match("Editors met on Tuesday")
