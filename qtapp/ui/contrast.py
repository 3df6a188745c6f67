"""WCAG 2 contrast: relative luminance, contrast ratio, and colours nudged until they are readable.

The themes, the reader's derived colours and the highlight tints are all checked against these numbers
(tests/ui/test_contrast.py), and colours computed at run time — a system palette, a highlight colour the
user picked — are pulled just far enough towards the text colour to pass, instead of trusting luck.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

AA_TEXT = 4.5       # WCAG 2.x 1.4.3: body text
AA_LARGE_TEXT = 3.0  # 1.4.3: text at least 18 pt, or 14 pt bold
AA_NON_TEXT = 3.0   # 1.4.11: focus frames, control borders
# Aim a little above the line, so rounding in the palette and the 8-bit colour channels never fails it.
MARGIN = 0.1


def _channel(value: float) -> float:
    # sRGB to linear light, as WCAG 2 defines it (0.03928 is WCAG's own threshold, kept for fidelity).
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor | str) -> float:
    """Luminance of an opaque colour, 0 (black) to 1 (white)."""
    c = QColor(color)
    return 0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF()) + 0.0722 * _channel(c.blueF())


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """The WCAG ratio of two opaque colours, 1 to 21, whichever is lighter."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def composite(over: QColor | str, under: QColor | str) -> QColor:
    """What the eye sees: a see-through colour (its alpha) painted on an opaque one."""
    top, bottom = QColor(over), QColor(under)
    a = top.alphaF()
    return QColor.fromRgbF(top.redF() * a + bottom.redF() * (1 - a),
                           top.greenF() * a + bottom.greenF() * (1 - a),
                           top.blueF() * a + bottom.blueF() * (1 - a))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``, opaque."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def worst_ratio(color: QColor, backgrounds: Iterable[QColor]) -> float:
    return min((contrast_ratio(color, bg) for bg in backgrounds), default=21.0)


def readable(color: QColor, backgrounds: Iterable[QColor], towards: QColor,
             minimum: float = AA_TEXT) -> QColor:
    """``color``, or the least change of it towards ``towards`` that reads on every background.

    ``towards`` is the theme's body text colour, which always passes: the result keeps the hue of a
    muted or accent colour as far as the contrast allows.
    """
    grounds = list(backgrounds)
    target = minimum + MARGIN
    if worst_ratio(color, grounds) >= target:
        return QColor(color)
    low, high = 0.0, 1.0
    for _ in range(16):  # bisection: 1/65536 is finer than an 8-bit channel
        middle = (low + high) / 2
        if worst_ratio(mix(color, towards, middle), grounds) >= target:
            high = middle
        else:
            low = middle
    return mix(color, towards, high)


def tint_alpha(tint: QColor, text: QColor, page: QColor, alpha: int,
               minimum: float = AA_TEXT) -> int:
    """The largest alpha up to ``alpha`` at which ``text`` still reads on ``tint`` painted over ``page``."""
    for candidate in range(alpha, -1, -5):
        probe = QColor(tint)
        probe.setAlpha(candidate)
        if contrast_ratio(text, composite(probe, page)) >= minimum + MARGIN:
            return candidate
    return 0
