"""Quotation marks and apostrophes inside a title, the way citeproc-js prints them.

citeproc-js turns a straight apostrophe into ’ ("Can't" → "Can’t") and prints a quotation inside a field
with the style's marks, flipped inside a quoted title: 'honest' in an italic title is “honest”, in a
title the style puts in quotes it is ‘honest’. Marks typed curly are kept as typed, as citeproc-js does, but
in a quoted title, where they take the marks of their level.
citeproc-py prints the field as typed. English marks are used; which straight mark opens follows the
typesetter's rule (a blank, a bracket or a dash before it).
"""

from __future__ import annotations

OUTER, INNER = ("\u201C", "\u201D"), ("\u2018", "\u2019")
_OPENS_AFTER = " \t\n([{\u2014\u2013-/\u00A0"


def smart_quotes(text: str, *, quoted: bool = False,
                 marks: tuple[tuple[str, str], tuple[str, str]] = (OUTER, INNER)) -> str:
    """``text`` with its quotations in the style's (outer, inner) ``marks``, the inner ones first when
    ``quoted``, and ’ apostrophes."""
    outer, inner = marks
    if "'" not in text and '"' not in text and "\u2018" not in text and "\u201C" not in text:
        return text
    out: list[str] = []
    stack: list[str] = []  # '"' or "'" for each open quotation
    for index, char in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if char in "\"\u201C\u201D":
            kind = '"'
        elif char in "'\u2018\u2019":
            kind = "'"
        else:
            out.append(char)
            continue
        opening = char in "\u201C\u2018" or (char in "\"'" and (not before or before in _OPENS_AFTER)
                                             and after and not after.isspace())
        if kind == "'" and not opening and (before.isalnum() and (after.isalnum() or "'" not in stack)):
            out.append("\u2019")  # an apostrophe: "can't", "Netherlands' largest"
            continue
        curly = char not in "\"'" and not quoted  # in a quoted title typed marks take their level too
        if opening:
            stack.append(kind)
            depth = len(stack) - 1 + (1 if quoted else 0)
            out.append(char if curly else (outer if depth % 2 == 0 else inner)[0])
        elif stack and stack[-1] == kind:
            depth = len(stack) - 1 + (1 if quoted else 0)
            stack.pop()
            out.append(char if curly else (outer if depth % 2 == 0 else inner)[1])
        else:
            out.append("\u2019" if kind == "'" else char)
    return "".join(out)
