"""QuoteClip: a reader that saves quotations with correct attribution.

The core (``qtapp.article``, ``qtapp.library``) imports no Qt so the command line starts fast and the
rules can be tested without a display; ``qtapp.ui`` only shows and edits what the core provides.

The start-up rule, written here once: the window and the quick ``quotes list`` start fast (the
figures are in ``benchmarks/README.md``), so a module that start-up does not need is imported inside
the function that first needs it, and so is a Qt class only some sessions use (PySide sets a class up,
with its enums, the first time Python names it). That is what a function-local import in this package
means, and it carries no comment saying so; one that is local for another reason (an import cycle, an
order Qt requires) says ``# not for start-up: <why>``. Modules the quick listing loads write
``TYPE_CHECKING = False`` instead of importing ``typing``, for the same reason. ``tests/test_startup_rule.py``
holds the code to it; the benchmarks measure it.
"""

__version__ = "0.1.0"
APP_NAME = "QuoteClip"
APP_ID = "io.github.quoteclip.QuoteClip"  # reverse-DNS id of the desktop entry, metainfo and icon
