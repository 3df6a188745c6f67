"""The reader's document is built from the article's blocks: checked through its structure and formats."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextBlock, QTextDocument, QTextFrame

from qtapp.article import load_article
from qtapp.article.model import Author
from qtapp.ui.document_builder import BLOCK_KIND_PROPERTY, ROLE_PROPERTY, build_document, source_line
from qtapp.ui.reader_style import ReaderStyle
from tests.ui.conftest import hand_built, passage_at


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def kind(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(BLOCK_KIND_PROPERTY)


def px(block: QTextBlock) -> int:
    return block.charFormat().font().pixelSize()


def frame(document: QTextDocument, role: str) -> QTextFrame:
    frames = [f for f in document.rootFrame().childFrames()
              if f.frameFormat().stringProperty(ROLE_PROPERTY) == role]
    assert len(frames) == 1, role
    return frames[0]


def frame_text(document: QTextDocument, f: QTextFrame) -> list[str]:
    return [b.text() for b in blocks(document) if f.firstPosition() <= b.position() < f.lastPosition()]


def build_seed(seed_path: object, qapp: object, size: int = 16) -> tuple[QTextDocument, object]:
    article = load_article(seed_path)  # type: ignore[arg-type]
    document = QTextDocument()
    style = ReaderStyle.from_palette(QPalette(), size)
    return document, build_document(document, article, style)


def test_the_seed_reads_as_an_article_not_as_raw_text(seed_path, qapp) -> None:
    document, _ = build_seed(seed_path, qapp)
    shown = blocks(document)
    assert shown[0].text() == "New pragmatic and promising chapter of China-Kazakhstan cooperation"
    assert kind(shown[0]) == "title" and px(shown[0]) > 1.5 * 16
    assert shown[1].text() == "CGTN · reprinted by News.Az"
    assert "+ ↺ − 16 px" not in document.toPlainText()  # page chrome is gone
    heading = next(b for b in shown if kind(b) == "heading")
    assert heading.text() == "Innovation in cooperation: Leading the Belt and Road collaboration"
    assert heading.charFormat().font().bold()
    assert shown[-1].text() == "News.Az" and kind(shown[-1]) == "signature"


def test_the_byline_card_names_the_author_affiliation_and_series(seed_path, qapp) -> None:
    document, _ = build_seed(seed_path, qapp)
    card = frame(document, "byline")
    lines = frame_text(document, card)
    assert lines[0] == "Wang Haiyan"
    assert lines[1].startswith("director of the Center for Kazakhstan Studies")
    assert lines[2] == "Series: Shanghai Spirit in a Chaotic World"
    assert card.frameFormat().border() > 0
    assert card.frameFormat().background().color() != QPalette().color(QPalette.ColorRole.Base)


def test_the_editors_note_is_framed_labelled_with_its_disclaimer_apart(seed_path, qapp) -> None:
    document, _ = build_seed(seed_path, qapp)
    note = frame(document, "editors_note")
    fmt = note.frameFormat()
    assert fmt.border() > 0 and fmt.padding() > 0
    assert fmt.background().color() != QPalette().color(QPalette.ColorRole.Base)
    inside = [b for b in blocks(document) if note.firstPosition() <= b.position() < note.lastPosition()]
    assert [kind(b) for b in inside] == ["label", "editors_note", "disclaimer"]
    assert inside[0].text() == "Editor's note"
    assert inside[1].text().startswith("The world is entering a new period")
    assert inside[2].text() == "The article reflects the author's opinions and not necessarily the views of CGTN."
    assert px(inside[2]) < px(inside[1]) and inside[2].charFormat().font().italic()


def test_every_block_is_shown_where_the_map_says(seed_path, qapp) -> None:
    document, doc_map = build_seed(seed_path, qapp)
    article = doc_map.article
    text = document.toPlainText()
    for block in article.blocks:
        start, end = doc_map.text_to_doc(block.start), doc_map.text_to_doc(block.end)
        shown = text[start:end].replace("\u2029", "\n")
        if block.kind == "editors_note":  # shown as note + disclaimer paragraphs
            assert shown.replace("\n", " ") == block.text
        else:
            assert shown == block.text
        assert passage_at(doc_map, start, end)[2] == block.text


def test_labels_and_header_map_to_no_article_text(seed_path, qapp) -> None:
    document, doc_map = build_seed(seed_path, qapp)
    label = document.find("Editor's note")
    assert doc_map.doc_to_text(label.selectionStart()) is None
    # The title comes from the reprint note, not a block: it maps to its words there, as the headline.
    title = document.find("New pragmatic and promising chapter of China-Kazakhstan cooperation")
    assert title.selectionStart() == 0
    start = doc_map.doc_to_text(0)
    assert start is not None and doc_map.shown_as(0, title.selectionEnd()) == "title"
    assert doc_map.article.text[start:doc_map.doc_to_text(title.selectionEnd())] == doc_map.article.title
    assert doc_map.doc_to_text(0, plain=True) is None  # as body text, the headline is no article text
    card = frame(document, "byline")
    assert passage_at(doc_map, card.firstPosition(), card.lastPosition()) is None


def test_a_text_with_its_own_title_byline_date_and_link(qapp) -> None:
    article = hand_built(("title", "Glaciers in retreat"), ("byline", "By Ana Lima"),
                         ("paragraph", "Ice 🧊 melts."), publisher="Example Times", date="2024-07-03",
                         url="https://example.org/glaciers", authors=[Author("Ana Lima")])
    document = QTextDocument()
    doc_map = build_document(document, article, ReaderStyle.from_palette(QPalette(), 20))
    shown = blocks(document)
    assert shown[0].text() == "Glaciers in retreat" and doc_map.doc_to_text(0) == 0  # mapped title
    assert shown[1].text() == "Example Times · 3 July 2024 · example.org"
    link = document.find("example.org")
    assert link.charFormat().isAnchor() and link.charFormat().anchorHref() == "https://example.org/glaciers"
    assert frame_text(document, frame(document, "byline")) == ["By Ana Lima"]
    end = doc_map.text_to_doc(len(article.text))
    assert passage_at(doc_map, doc_map.text_to_doc(article.blocks[2].start), end)[2] == "Ice 🧊 melts."


def test_a_parsed_articles_title_and_byline_are_shown_once(qapp) -> None:
    """A parsed article's blocks are a BlockList, which makes a new Block each time: the header's title
    and byline were shown again, small and grey, above the first paragraph."""
    from qtapp.article.parser import parse_text

    article = parse_text("Harbour cranes idle as port workers vote\n\nBy Ingrid Solheim\n\nThe port of Vestby "
                         "stood quiet on Tuesday as dock workers voted on a new shift pattern.")
    assert [b.kind for b in article.blocks][:2] == ["title", "byline"]
    document = QTextDocument()
    build_document(document, article, ReaderStyle.from_palette(QPalette(), 16))
    texts = [b.text() for b in blocks(document)]
    assert texts.count("Harbour cranes idle as port workers vote") == 1
    assert sum("Ingrid Solheim" in text for text in texts) == 1


def test_source_line_uses_only_what_is_known() -> None:
    assert source_line(hand_built(("paragraph", "x"))) == ""
    assert source_line(hand_built(("paragraph", "x"), reprinted_by="News.Az")) == "reprinted by News.Az"


def test_a_date_line_that_states_the_date_is_not_said_twice_in_the_source_line(qapp) -> None:
    """"UPI · 4 May 2026 · May 4, 2026 / 9:15 AM": the page's date line is the date, shown once."""
    article = hand_built(("title", "Fire forces 11,000 from homes"), ("dateline", "May 4, 2026 / 9:15 AM"),
                         ("paragraph", "A brush fire spread."), publisher="UPI", date="2026-05-04")
    document = QTextDocument()
    build_document(document, article, ReaderStyle.from_palette(QPalette(), 16))
    assert "UPI · May 4, 2026 / 9:15 AM" in [b.text() for b in blocks(document)]
    other = hand_built(("title", "Fire forces 11,000 from homes"), ("dateline", "Updated 9:15 AM"),
                       ("paragraph", "A brush fire spread."), publisher="UPI", date="2026-05-04")
    build_document(document, other, ReaderStyle.from_palette(QPalette(), 16))
    assert "UPI · 4 May 2026 · Updated 9:15 AM" in [b.text() for b in blocks(document)]


def test_a_byline_with_more_than_names_shows_the_names_then_the_line_as_written(qapp) -> None:
    line = "By FANG QINGYU | China Daily | Updated: 2025-01-14 07:52"
    article = hand_built(("title", "Small museums"), ("byline", line), ("paragraph", "They open late."),
                         authors=[Author("Fang Qingyu", description="a curator in Suzhou")])
    document = QTextDocument()
    doc_map = build_document(document, article, ReaderStyle.from_palette(QPalette(), 20))
    assert frame_text(document, frame(document, "byline")) == ["Fang Qingyu", line, "a curator in Suzhou"]
    found = document.find(line)  # the page's own line is still article text, and quotable
    assert doc_map.doc_to_text(found.selectionStart()) == article.blocks[1].start


def test_captions_and_taglines_are_set_apart_from_the_prose(qapp) -> None:
    article = hand_built(("paragraph", "The quay reopened."), ("caption", "The quay. [Photo/Xinhua]"),
                         ("tagline", "Jo Roe is a professor of geography."))
    document = QTextDocument()
    build_document(document, article, ReaderStyle.from_palette(QPalette(), 20))
    prose, caption, tagline = (document.find(t).charFormat() for t in
                               ("The quay reopened.", "The quay. [Photo/Xinhua]", "Jo Roe is a professor"))
    assert caption.fontItalic() and tagline.fontItalic() and not prose.fontItalic()
    assert caption.fontPointSize() < prose.fontPointSize() or caption.font().pixelSize() < prose.font().pixelSize()
