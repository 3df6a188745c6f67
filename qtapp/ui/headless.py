"""Runs with nobody at the screen (``--screenshot``): a message box there would wait forever.

While ``active``, the window's dialogs (the library's questions and warnings, error boxes, the crash
report) do not open: questions get the safe answer, "No", and every message is kept here, so the run
prints the first one on the command line and exits 2 instead (after its one short event loop).
"""

from __future__ import annotations

active = False
messages: list[str] = []


def start() -> None:
    global active
    active = True
    messages.clear()


def stop() -> None:
    global active
    active = False


def intercept(text: str) -> bool:
    """Keep ``text`` and return True when no dialog may open (the caller then shows nothing)."""
    if not active:
        return False
    messages.append(text)
    return True
