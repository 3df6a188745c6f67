"""The document ↔ article-text map, as pure arithmetic (no display needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qtapp.ui.article_document import DocumentMap, Segment, follow_position, segments_for
from tests.ui.conftest import hand_built, passage_at

ARTICLE = hand_built(("heading", "Glued heading"), ("paragraph", "First para."), ("paragraph", "Second."))


def doc_map() -> DocumentMap:
    # A label "XX" of two characters precedes each block; a paragraph separator (1) between blocks.
    return DocumentMap(ARTICLE, [Segment(2, 0, 13), Segment(18, 15, 11), Segment(32, 28, 7)])


def test_positions_inside_article_text_map_both_ways() -> None:
    m = doc_map()
    assert m.doc_to_text(2) == 0
    assert m.doc_to_text(15) == 13  # end of the heading
    assert m.doc_to_text(20) == 17
    for offset in (0, 5, 13, 15, 26, 28, 35):
        assert m.doc_to_text(m.text_to_doc(offset)) == offset  # type: ignore[arg-type]


def test_labels_map_to_no_offset_but_snap_for_selections() -> None:
    m = doc_map()
    assert m.doc_to_text(0) is None
    assert m.doc_to_text(16) is None
    assert m.doc_to_text(16, "forward") == 15
    assert m.doc_to_text(16, "backward") == 13
    assert m.doc_to_text(0, "backward") is None
    assert m.doc_to_text(99, "forward") is None


def test_offsets_between_blocks_go_to_the_next_shown_text() -> None:
    m = doc_map()
    assert m.text_to_doc(14) == 18  # the blank line after the heading
    assert m.text_to_doc(99) == 39


def test_a_passage_across_blocks_is_their_texts_joined_by_one_newline() -> None:
    m = doc_map()
    passage = passage_at(m, 8, 24)  # "heading" .. "First " (label and separator in between)
    assert passage == (6, 21, "heading\nFirst ")
    assert passage[2] == ARTICLE.text[6:21].replace("\n\n", "\n")
    assert passage_at(m, 0, 1) is None  # only a label: no article text
    assert passage_at(m, 24, 8) == passage  # a backwards selection is the same passage


def test_characters_beyond_the_bmp_count_twice_in_the_document() -> None:
    segments = segments_for("a😀b😀", 10, 100)
    assert segments == [Segment(10, 100, 1), Segment(11, 101, 1), Segment(13, 102, 1),
                        Segment(14, 103, 1), Segment(16, 104, 0)]
    m = DocumentMap(hand_built(("paragraph", "x" * 100 + "a😀b😀")), segments)
    assert m.text_to_doc(102) == 13  # "b", after the two-unit emoji
    assert m.text_to_doc(104) == 16  # the end, after the last emoji
    assert m.doc_to_text(13) == 102


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12),
                min_size=1, max_size=6), st.integers(0, 5))
def test_every_offset_round_trips(texts: list[str], label: int) -> None:
    """Whatever the texts (emoji included) and labels, each offset in a block comes back."""
    article = hand_built(*(("paragraph", text) for text in texts))
    segments, doc = [], 0
    for block in article.blocks:
        doc += label
        segments += segments_for(block.text, doc, block.start)
        doc += len(block.text.encode("utf-16-le")) // 2 + 1
    m = DocumentMap(article, segments)
    for block in article.blocks:
        for offset in range(block.start, block.end + 1):
            assert m.doc_to_text(m.text_to_doc(offset)) == offset  # type: ignore[arg-type]


def test_a_position_follows_its_text_when_the_lines_above_it_change_length() -> None:
    before = doc_map()
    # The same blocks rendered under a source line five characters longer.
    after = DocumentMap(ARTICLE, [Segment(7, 0, 13), Segment(23, 15, 11), Segment(37, 28, 7)])
    assert follow_position(before, after, 20) == 25  # inside the first paragraph
    assert follow_position(before, after, 16) == 21  # on the label before it: moves with the heading
    assert follow_position(before, after, 0) == 0  # above every block: the top did not move
    assert follow_position(None, after, 20) == 20  # nothing shown before
