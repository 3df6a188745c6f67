"""The reference article must come out exactly as the product promises (issue 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qtapp.article import Article, parse_bytes, parse_text

SEED_SHA256 = "c5c10ae48c745d366eafd5e2e2e78763bd8f305cd400f1e2701aaf7b82abe6e3"
PARAGRAPH_STARTS = ["As the 24th Meeting", "For over 30 years", "China and Kazakhstan are exemplary",
                    "Between 2005 and 2023", "Within the SCO framework", "Both parties are committed",
                    "Kazakhstan has been an active", "The China-Kazakhstan (Lianyungang)",
                    "President Xi quotes", "As two friendly neighbors",
                    "Together, China and Kazakhstan will explore"]
HEADING = "Innovation in cooperation: Leading the Belt and Road collaboration"


@pytest.fixture
def seed(seed_text: str) -> Article:
    return parse_text(seed_text)


def test_seed_file_is_the_reference_copy(seed_path: Path) -> None:
    import hashlib

    assert hashlib.sha256(seed_path.read_bytes()).hexdigest() == SEED_SHA256


def test_metadata(seed: Article) -> None:
    assert seed.title == "New pragmatic and promising chapter of China-Kazakhstan cooperation"
    assert (seed.publisher, seed.reprinted_by) == ("CGTN", "News.Az")
    assert seed.series == "Shanghai Spirit in a Chaotic World"
    assert seed.date is None and seed.url is None
    [author] = seed.authors
    assert (author.name, author.family, author.given, author.family_first) == \
        ("Wang Haiyan", "Wang", "Haiyan", True)
    assert author.description == ("director of the Center for Kazakhstan Studies of East China Normal "
                                  "University and a special commentator on current affairs for CGTN")


def test_editors_note_and_disclaimer(seed: Article) -> None:
    assert seed.editors_note is not None
    assert seed.editors_note.startswith("The world is entering a new period")
    assert seed.editors_note.endswith("focuses on China-Kazakhstan relations.")
    assert "Editor's note" not in seed.text
    assert seed.disclaimer == "The article reflects the author's opinions and not necessarily the views of CGTN."


def test_blocks_in_order(seed: Article) -> None:
    kinds = [block.kind for block in seed.blocks]
    assert kinds[:2] == ["reprint_note", "editors_note"]
    assert kinds[-1] == "signature" and seed.blocks[-1].text == "News.Az"
    body = seed.blocks[2:-1]
    assert [b.kind for b in body].count("heading") == 1
    heading_at = next(i for i, b in enumerate(body) if b.kind == "heading")
    assert body[heading_at].text == HEADING
    paragraphs = [b for b in body if b.kind == "paragraph"]
    assert len(paragraphs) == 11
    for block, start in zip(paragraphs, PARAGRAPH_STARTS, strict=True):
        assert block.text.startswith(start)
    assert body[heading_at + 1].text.startswith("Kazakhstan has been an active")
    assert seed.dropped == ["+ ↺ − 16 px"]


def test_only_the_saying_has_a_speaker(seed: Article) -> None:
    spoken = [q for q in seed.quotations if q.speaker]
    assert len(spoken) == 1
    assert spoken[0].speaker == "Xi Jinping"
    assert spoken[0].text.startswith("Success comes to those")
    assert spoken[0].text.endswith("in times of challenge.")
    reported = {q.text.rstrip(",.") for q in seed.quotations}
    # a policy's name, a scare quote and the series' title are not quotations at all
    assert not {"Bright Road", "shoulder to shoulder", "Shanghai Spirit in a Chaotic World"} & reported


def test_offsets_index_the_canonical_text(seed: Article) -> None:
    for block in seed.blocks:
        assert seed.text[block.start:block.end] == block.text
    for quotation in seed.quotations:
        assert seed.text[quotation.start:quotation.end] == quotation.text
        block = seed.blocks[quotation.block]
        assert block.start <= quotation.start and quotation.end <= block.end


def test_every_word_is_kept_except_chrome_and_label(seed_text: str, seed: Article) -> None:
    source = seed_text.replace("+ ↺ − 16 px", "").replace("Editor's note:", "", 1)
    assert "".join(source.split()) == "".join(seed.text.split())


def _structure(article: Article) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in article.blocks]


def test_same_structure_with_breaks_crlf_bom_and_cp1252(seed_text: str, seed: Article) -> None:
    with_breaks = "+ ↺ − 16 px\n\n" + "\n\n".join(
        ("Editor's note: " + b.text) if b.kind == "editors_note" else b.text for b in seed.blocks)
    variants = {
        "breaks intact": parse_text(with_breaks),
        "crlf": parse_bytes(seed_text.replace("\n", "\r\n").encode("utf-8")),
        "bom": parse_bytes(b"\xef\xbb\xbf" + seed_text.encode("utf-8")),
    }
    for name, article in variants.items():
        assert _structure(article) == _structure(seed), name
        assert article.authors == seed.authors, name
    legacy = parse_bytes(seed_text.encode("cp1252", errors="replace"))
    assert _structure(legacy) == _structure(seed)
    assert legacy.encoding_warning and "guess" in legacy.encoding_warning
    assert len(legacy.dropped) == 1


def test_reparsing_the_canonical_text_gives_the_same_blocks(seed: Article) -> None:
    again = parse_text(seed.text)
    assert _structure(again) == _structure(seed)
    assert json.dumps(parse_text(seed.text).to_json()) == json.dumps(again.to_json())
