"""WCAG AA contrast in the light, dark and sepia themes: the numbers, and the page as actually built."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette, QTextFrame
from PySide6.QtWidgets import QApplication

from qtapp.ui import contrast
from qtapp.ui.contrast import AA_NON_TEXT, AA_TEXT, composite, contrast_ratio
from qtapp.ui.main_window import MainWindow
from qtapp.ui.quotes import colors
from qtapp.ui.reader_style import ReaderStyle
from qtapp.ui.themes import palette_for

THEMES = ("light", "dark", "sepia")
Role = QPalette.ColorRole


@pytest.fixture
def palettes(qapp: QApplication) -> dict[str, QPalette]:
    found = {name: palette_for(name) for name in THEMES}
    assert all(p is not None for p in found.values())
    return found  # type: ignore[return-value]


@pytest.fixture(autouse=True)
def default_colours() -> object:
    colors.configure({})
    yield
    colors.configure({})


def test_the_ratio_matches_wcag_reference_values(qapp: QApplication) -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # #767676 is the lightest grey that passes AA on white; #777777 just fails.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") < AA_TEXT
    assert contrast.relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_composite_paints_a_see_through_colour_on_the_page(qapp: QApplication) -> None:
    half_red = QColor(255, 0, 0, 128)
    seen = composite(half_red, QColor("#ffffff"))
    assert seen.red() == 255 and seen.green() == pytest.approx(127, abs=1)
    assert composite(QColor(0, 0, 0, 0), QColor("#123456")).name() == "#123456"


@pytest.mark.parametrize("theme", THEMES)
def test_reader_text_meets_aa_on_every_background(palettes: dict[str, QPalette], theme: str) -> None:
    style = ReaderStyle.from_palette(palettes[theme])
    pairs = {
        "body text": (style.text, style.base),
        "secondary text on the page": (style.muted, style.base),
        "secondary text in the byline card": (style.muted, style.tint),
        "editor's note text": (style.text, style.note_tint),
        "editor's note disclaimer": (style.muted, style.note_tint),
        "editor's note label": (style.accent, style.note_tint),
        "links": (style.link, style.base),
    }
    failing = {what: round(contrast_ratio(*pair), 2) for what, pair in pairs.items()
               if contrast_ratio(*pair) < AA_TEXT}
    assert not failing, f"{theme}: below 4.5:1 — {failing}"


@pytest.mark.parametrize("theme", THEMES)
def test_text_on_every_highlight_colour_meets_aa(palettes: dict[str, QPalette], theme: str) -> None:
    palette = palettes[theme]
    text, page = palette.color(Role.Text), palette.color(Role.Base)
    for name in colors.color_names():
        seen = composite(colors.highlight_color(name, palette), page)
        assert contrast_ratio(text, seen) >= AA_TEXT, f"{theme}: text on {name} highlight"
        assert colors.highlight_color(name, palette).alpha() > 40, f"{theme}: {name} is barely visible"


@pytest.mark.parametrize("theme", THEMES)
def test_a_strong_colour_the_user_picks_is_washed_until_text_reads(palettes: dict[str, QPalette],
                                                                     theme: str) -> None:
    colors.configure({"blue": "#000080", "yellow": "#ffff00"})
    palette = palettes[theme]
    for name in ("blue", "yellow"):
        tint = colors.highlight_color(name, palette)
        assert tint.rgb() == QColor(colors.COLORS[name]).rgb()
        seen = composite(tint, palette.color(Role.Base))
        assert contrast_ratio(palette.color(Role.Text), seen) >= AA_TEXT


@pytest.mark.parametrize("theme", THEMES)
def test_controls_selection_and_focus_meet_aa(palettes: dict[str, QPalette], theme: str) -> None:
    p = palettes[theme]
    assert contrast_ratio(p.color(Role.HighlightedText), p.color(Role.Highlight)) >= AA_TEXT
    assert contrast_ratio(p.color(Role.WindowText), p.color(Role.Window)) >= AA_TEXT
    assert contrast_ratio(p.color(Role.ButtonText), p.color(Role.Button)) >= AA_TEXT
    assert contrast_ratio(p.color(Role.PlaceholderText), p.color(Role.Base)) >= AA_TEXT
    assert contrast_ratio(p.color(Role.ToolTipText), p.color(Role.ToolTipBase)) >= AA_TEXT
    # The focus frame is drawn in the highlight colour, on the page and on the window background.
    for ground in (Role.Base, Role.Window):
        assert contrast_ratio(p.color(Role.Highlight), p.color(ground)) >= AA_NON_TEXT


def _frame_background(frame: QTextFrame | None, page: QColor) -> QColor:
    while frame is not None:
        brush = frame.frameFormat().background()
        if brush.style() != brush.style().NoBrush:
            return brush.color()
        frame = frame.parentFrame()
    return page


@pytest.mark.parametrize("theme", THEMES)
def test_every_run_of_the_built_seed_page_meets_aa(make_reader_window: Callable[..., MainWindow],
                                                   theme: str) -> None:
    window = make_reader_window(show=False)
    window.action({"light": "actionThemeLight", "dark": "actionThemeDark",
                   "sepia": "actionThemeSepia"}[theme]).trigger()
    window.reader.rebuild()
    document = window.reader.document()
    page = window.reader.palette().color(Role.Base)
    block, checked = document.begin(), 0
    while block.isValid():
        background = _frame_background(document.frameAt(block.position()), page)
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.text().strip():
                colour = fragment.charFormat().foreground().color()
                ratio = contrast_ratio(colour, background)
                assert ratio >= AA_TEXT, f"{theme}: {fragment.text()[:40]!r} at {ratio:.2f}:1"
                checked += 1
            iterator += 1
        block = block.next()
    assert checked > 20
