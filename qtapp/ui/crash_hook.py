"""The excepthook that routes unhandled exceptions to the crash report, kept apart from the report itself.

Installing it costs nothing at start-up: the report's modules (and the Qt dialog classes) are imported
only when something has actually gone wrong.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install() -> Hook:
    """Route unhandled exceptions to ``crash.handle``; return the previous hook (to restore it)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        from qtapp.ui import crash

        crash.handle(kind, error, tb)

    sys.excepthook = hook
    return previous
