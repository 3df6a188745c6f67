"""The reader window driven as a user drives it: actions, keys, drops and the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from qtapp.ui.dialogs import OpenDialog
from qtapp.ui.document_builder import ROLE_PROPERTY
from qtapp.ui.main_window import MainWindow, recent_label
from tests.ui.conftest import passage_at, select, write

TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"
# The offscreen platform warns that it cannot propagate size hints, raise or grab (for every main
# window and popup it shows): limits of the test platform, not of the window.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing)")


def test_opens_on_the_seed_the_first_time(reader_window: MainWindow) -> None:
    assert reader_window.reader.objectName() == "reader"
    assert reader_window.reader.isReadOnly()
    assert reader_window.article is not None and reader_window.article.title == TITLE
    assert reader_window.article_path is not None and reader_window.article_path.name.startswith("000_")
    assert reader_window.reader.document().firstBlock().text() == TITLE
    assert TITLE in reader_window.windowTitle()


def test_shell_actions_have_their_names_keys_and_tips(reader_window: MainWindow) -> None:
    for name, key in (("actionOpen", QKeySequence.StandardKey.Open), ("actionFind", QKeySequence.StandardKey.Find),
                      ("actionZoomIn", QKeySequence.StandardKey.ZoomIn),
                      ("actionZoomOut", QKeySequence.StandardKey.ZoomOut)):
        action = reader_window.action(name)
        assert action.shortcut() == QKeySequence(key) and action.statusTip()
    assert reader_window.action("actionZoomReset").shortcut().toString() == "Ctrl+0"
    assert reader_window.action("actionNewFromClipboard").shortcut().toString() == "Ctrl+Shift+V"
    assert {m.title().replace("&", "") for m in reader_window.menuBar().findChildren(QMenu)} >= {
        "File", "Edit", "View", "Help", "Open Recent", "Theme"}
    assert reader_window.menu("Edit") is reader_window.menu("&edit")


def test_zoom_changes_the_text_size_and_is_remembered(make_reader_window: Callable[..., MainWindow],
                                                     qtbot) -> None:
    window = make_reader_window()
    label = window.toolbar.findChild(object, "zoomLabel")
    body = window.reader.document().findBlock(window.document_map.text_to_doc(973))
    assert body.charFormat().font().pixelSize() == 16 and label.text() == "16 px"
    window.action("actionZoomIn").trigger()
    window.action("actionZoomIn").trigger()
    body = window.reader.document().findBlock(window.document_map.text_to_doc(973))
    assert body.charFormat().font().pixelSize() == 20 and label.text() == "20 px"
    assert window.action("actionZoomReset").isEnabled()
    window.close()
    again = make_reader_window()
    assert again.reader.font_px == 20
    again.action("actionZoomReset").trigger()
    assert again.reader.font_px == 16 and not again.action("actionZoomReset").isEnabled()
    for _ in range(20):
        again.action("actionZoomOut").trigger()
    assert again.reader.font_px == 10 and not again.action("actionZoomOut").isEnabled()


def test_zoom_keeps_the_selection(reader_window: MainWindow) -> None:
    select(reader_window, 400, 420)
    before = reader_window.reader.textCursor().selectedText()
    reader_window.action("actionZoomIn").trigger()
    assert reader_window.reader.textCursor().selectedText() == before


def test_a_line_holds_about_seventy_characters(reader_window: MainWindow) -> None:
    reader_window.reader.document().documentLayout().blockBoundingRect(reader_window.reader.document().lastBlock())
    block = reader_window.reader.document().findBlock(reader_window.document_map.text_to_doc(1770))
    layout = block.layout()
    lengths = [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
    assert lengths and 58 <= sum(lengths) / len(lengths) <= 82


@pytest.mark.parametrize("size", [(1200, 800), (1000, 2400), (560, 700)])
def test_the_column_is_centred_in_what_is_visible(make_reader_window: Callable[..., MainWindow],
                                                   tmp_path: Path, size: tuple[int, int]) -> None:
    """Centred between the left edge and the scroll bar when there is one, the page's whole width when
    the article fits (a tall window, a short article), and a small gutter in a narrow window."""
    short = write(tmp_path, "short.txt", "A short note.\n\nIt fits on one screen.\n")
    for file in (None, short):
        window = make_reader_window(file)
        window.resize(*size)
        QApplication.processEvents()
        reader = window.reader
        reader.document().documentLayout().blockBoundingRect(reader.document().lastBlock())
        frame = reader.document().rootFrame().frameFormat()
        visible = reader.viewport().width()
        assert abs(frame.leftMargin() - frame.rightMargin()) < 0.5
        expected = max(reader.style_now().em(1.5), (visible - reader.style_now().column_width()) / 2)
        assert abs(frame.leftMargin() - expected) < 1, (file, size, visible)


def test_find_selects_the_next_match_and_esc_closes(reader_window: MainWindow, qtbot) -> None:
    reader_window.action("actionFind").trigger()
    bar = reader_window.find_bar
    assert bar.isVisible()
    QTest.keyClicks(bar.field, "SCO summit")
    cursor = reader_window.reader.textCursor()
    assert cursor.selectedText() == "SCO summit"
    first = cursor.selectionStart()
    bar.field.clear()
    QTest.keyClicks(bar.field, "Astana")
    assert bar.count.text() == "1 of 2"
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert reader_window.reader.textCursor().selectionStart() > first
    assert bar.count.text() == "2 of 2"
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "1 of 2"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_keyboard_only_selection_saves_the_article_text(reader_window: MainWindow) -> None:
    reader, doc_map = reader_window.reader, reader_window.document_map
    heading = next(b for b in reader_window.article.blocks if b.kind == "heading")
    start = doc_map.text_to_doc(heading.end - len("collaboration"))
    select(reader_window, start, start)  # the caret, as after a click
    reader.setFocus()
    for _ in range(6):
        QTest.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.textCursor().selectedText() == "collab"
    for _ in range(4):  # word by word, across the end of the heading into the next paragraph
        QTest.keyClick(reader, Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        if "Kazakhstan" in reader.textCursor().selectedText():
            break
    cursor = reader.textCursor()
    passage = passage_at(doc_map, cursor.selectionStart(), cursor.selectionEnd())
    assert passage is not None
    assert passage[2].rstrip() == "collaboration\nKazakhstan"  # two blocks: joined by one newline
    assert passage[0] == heading.end - len("collaboration")


def test_open_loads_an_article_and_announces_it(reader_window: MainWindow, tmp_path: Path, qtbot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "other.txt", "A short article.\n\nIts second paragraph.\n")
    monkeypatch.setattr(OpenDialog, "ask", classmethod(lambda cls, parent, folder: path))
    with qtbot.waitSignal(reader_window.articleChanged):
        reader_window.action("actionOpen").trigger()
    assert reader_window.article_path == path.resolve()
    assert "Its second paragraph." in reader_window.reader.toPlainText()
    assert TITLE not in reader_window.reader.toPlainText()
    reader_window.menu("recent").aboutToShow.emit()
    labels = [a.text() for a in reader_window.menu("recent").actions()][:2]
    assert labels[0] == "other.txt"  # no headline found: its file name
    assert labels[1] == recent_label(TITLE, Path("seed"))  # the bundled article by its headline


def test_dropping_a_file_opens_it(reader_window: MainWindow, tmp_path: Path, qtbot) -> None:
    path = write(tmp_path, "dropped.md", "Dropped text arrives here.\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = reader_window.reader.viewport()
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # the drop target is chosen on enter, as in a real drag
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(reader_window.articleChanged):
        QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert reader_window.article_path == path.resolve()


def test_paste_uses_the_clipboards_html_with_its_paragraphs(reader_window: MainWindow, qtbot) -> None:
    mime = QMimeData()
    mime.setHtml("<meta charset='utf-8'><div><p>First pasted paragraph.</p><p>Second <b>pasted</b> "
                 "paragraph.</p></div>")
    mime.setText("First pasted paragraph. Second pasted paragraph.")
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(reader_window.articleChanged):
        reader_window.action("actionNewFromClipboard").trigger()
    assert [b.text for b in reader_window.article.blocks] == ["First pasted paragraph.",
                                                             "Second pasted paragraph."]
    assert reader_window.article_path.parent.name == "clippings"  # kept, so it reopens next time


def test_paste_falls_back_to_plain_text(reader_window: MainWindow, shown_errors) -> None:
    QGuiApplication.clipboard().setText("Only plain text.\n\nTwo paragraphs of it.")
    assert reader_window.new_from_clipboard()
    assert [b.text for b in reader_window.article.blocks] == ["Only plain text.", "Two paragraphs of it."]
    QGuiApplication.clipboard().clear()
    assert not reader_window.new_from_clipboard()
    assert shown_errors and "clipboard holds no text" in shown_errors[-1][1]
    assert reader_window.article.blocks[0].text == "Only plain text."


@pytest.mark.parametrize("name, data", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20),
    ("bad.txt", b"\xef\xbb\xbfvalid start \xff\xfe\xfa broken"),
    ("empty.md", b"  \n\n "),
    ("missing.txt", None),
])
def test_an_unreadable_file_says_why_and_keeps_the_article(reader_window: MainWindow, tmp_path: Path,
                                                           shown_errors, name: str, data: bytes | None) -> None:
    path = write(tmp_path, name, data) if data is not None else tmp_path / name
    before = reader_window.article
    assert not reader_window.open_article(path)
    assert len(shown_errors) == 1 and shown_errors[0][0] == "Cannot open article"
    assert name in shown_errors[0][1]
    assert reader_window.article is before
    assert reader_window.reader.document().firstBlock().text() == TITLE


def test_themes_recolour_the_page_and_the_system_palette_is_followed(reader_window: MainWindow, qtbot,
                                                                    qapp) -> None:
    def note_background() -> float:
        frame = next(f for f in reader_window.reader.document().rootFrame().childFrames()
                     if f.frameFormat().stringProperty(ROLE_PROPERTY) == "editors_note")
        return frame.frameFormat().background().color().lightnessF()

    assert note_background() > 0.5
    reader_window.action("actionThemeDark").trigger()
    qtbot.waitUntil(lambda: note_background() < 0.3)
    assert reader_window.session.theme == "dark"
    reader_window.action("actionThemeSystem").trigger()
    qtbot.waitUntil(lambda: note_background() > 0.5)
    from qtapp.ui.themes import palette_for

    original = qapp.palette()
    try:
        qapp.setPalette(palette_for("dark"))  # the desktop switches to dark mode
        qtbot.waitUntil(lambda: note_background() < 0.3)
    finally:
        qapp.setPalette(original)
    qtbot.waitUntil(lambda: note_background() > 0.5)


def test_context_menu_lists_the_shared_actions(reader_window: MainWindow, qtbot) -> None:
    extra = QAction("Extra", reader_window)
    reader_window.context_actions().append(extra)
    names = [a.objectName() for a in reader_window.context_actions() if a is not None]
    assert names[:3] == ["actionCopy", "actionSelectAll", "actionFind"] and extra in reader_window.context_actions()
    reader_window.reader.contextMenuRequested.emit(QPoint(10, 10))
    menu = next(m for m in reader_window.reader.findChildren(QMenu))
    qtbot.waitUntil(menu.isVisible)
    assert extra in menu.actions()
    menu.close()


def test_no_resource_is_loaded_and_links_open_only_on_click(reader_window: MainWindow, qtbot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    reader = reader_window.reader
    with qtbot.waitSignal(reader.resourceRefused):
        assert reader.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                   QUrl("https://example.com/x.png")) is None
    with qtbot.waitSignal(reader.resourceRefused):
        reader.document().setHtml('<img src="https://example.com/tracker.png">')
        reader.document().documentLayout().blockBoundingRect(reader.document().lastBlock())
    assert reader.openLinks() is False and reader.openExternalLinks() is False
    reader.anchorClicked.emit(QUrl("https://example.com/article"))
    reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == [QUrl("https://example.com/article")]


def test_a_saved_web_page_opens_with_its_metadata(reader_window: MainWindow, tmp_path: Path) -> None:
    page = write(tmp_path, "page.html", "<html><head><title>Site | Rivers run dry</title>"
                 '<meta name="author" content="Bo Chen"><meta name="date" content="2023-08-01">'
                 '<img src="https://example.com/pixel.gif"></head><body><article>'
                 "<p>The river fell to its lowest level in fifty years this week.</p>"
                 "<p>Barges stopped at the border.</p></article>"
                 "<footer>(c) 2024 Site</footer></body></html>")
    assert reader_window.open_article(page)
    assert [b.text for b in reader_window.article.blocks][-1] == "Barges stopped at the border."
    assert reader_window.article.title == "Rivers run dry"
    assert reader_window.reader.document().firstBlock().text() == "Rivers run dry"
    assert "Bo Chen" in reader_window.reader.toPlainText()
    assert "1 August 2023" in reader_window.reader.toPlainText()
    assert "(c) 2024" not in reader_window.reader.toPlainText()


def test_ctrl_wheel_changes_the_text_size(reader_window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(QPointF(100, 100), QPointF(100, 100), P(0, 0), P(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(reader_window.reader.viewport(), event)
    assert reader_window.reader.font_px == 18
    assert reader_window.toolbar.findChild(object, "zoomLabel").text() == "18 px"


def test_a_find_match_off_screen_is_brought_to_the_middle(reader_window: MainWindow, qtbot) -> None:
    reader = reader_window.reader
    reader_window.action("actionFind").trigger()
    QTest.keyClicks(reader_window.find_bar.field, "multipolar world order")  # far below the first screen
    rect = reader.cursorRect(reader.textCursor())
    height = reader.viewport().height()
    assert reader.verticalScrollBar().value() > 0
    assert height * 0.3 <= rect.center().y() <= height * 0.7, (rect, height)  # not on the bottom edge
