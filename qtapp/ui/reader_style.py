"""Reading typography and colours, derived from the text size and the widget's palette.

Nothing here is a fixed colour: tints, borders and muted text are blends of the palette's own roles,
so the light, dark, sepia and system palettes all give a readable page with the same code.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from qtapp.ui.contrast import readable

SERIF = ["Charter", "Georgia", "Source Serif 4", "Noto Serif", "Literata", "DejaVu Serif", "serif"]
SANS = ["Inter", "Segoe UI", "Noto Sans", "Helvetica Neue", "Arial", "DejaVu Sans", "sans-serif"]
MEASURE = 70  # characters a line: the comfortable measure for running text
DEFAULT_PX, MIN_PX, MAX_PX, STEP_PX = 16, 10, 32, 2
SAMPLE = "the quick brown fox jumps over the lazy dog, and Kazakhstan SCO 2024 "


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def clamp_px(px: int) -> int:
    return max(MIN_PX, min(MAX_PX, int(px)))


@dataclass(frozen=True)
class ReaderStyle:
    """Everything the document builder needs to know about looks, computed once per render."""

    px: int
    text: QColor
    base: QColor
    muted: QColor
    accent: QColor
    tint: QColor
    note_tint: QColor
    border: QColor
    note_border: QColor
    link: QColor
    family: str = ""  # the reading font chosen in Preferences; "" = the serif stack below

    @classmethod
    def from_palette(cls, palette: QPalette, px: int = DEFAULT_PX, family: str = "") -> ReaderStyle:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightnessF() < 0.5
        tint, note_tint = blend(base, text, 0.05), blend(base, accent, 0.14 if dark else 0.08)
        # Secondary text sits on the page, the byline card and the editor's note: pull it (and the
        # note's label) towards the body text just far enough to meet WCAG AA on all three.
        grounds = (base, tint, note_tint)
        return cls(
            px=clamp_px(px), text=text, base=base,
            muted=readable(blend(text, base, 0.38), grounds, text),
            accent=readable(blend(accent, text, 0.25 if dark else 0.1), grounds, text),
            tint=tint,
            note_tint=note_tint,
            border=blend(base, text, 0.18),
            note_border=blend(base, accent, 0.45),
            link=palette.color(QPalette.ColorRole.Link),
            family=family,
        )

    def font(self, scale: float = 1.0, *, bold: bool = False, italic: bool = False,
             sans: bool = False) -> QFont:
        font = QFont()
        # Headings and labels stay in the sans stack: the chosen font is for reading.
        font.setFamilies(SANS if sans else ([self.family, *SERIF] if self.family else SERIF))
        font.setPixelSize(max(1, round(self.px * scale)))
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def em(self, amount: float) -> float:
        return self.px * amount

    def column_width(self) -> float:
        """Pixel width of a line of about ``MEASURE`` characters of body text."""
        metrics = QFontMetricsF(self.font())
        return metrics.horizontalAdvance(SAMPLE) / len(SAMPLE) * MEASURE
