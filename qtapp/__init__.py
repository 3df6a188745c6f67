"""QuoteClip: a reader that saves quotations with correct attribution.

The core (``qtapp.article``, ``qtapp.library``) imports no Qt so the command line starts fast and the
rules can be tested without a display; ``qtapp.ui`` only shows and edits what the core provides.
"""

__version__ = "0.1.0"
APP_NAME = "QuoteClip"
APP_ID = "io.github.quoteclip.QuoteClip"  # reverse-DNS id of the desktop entry, metainfo and icon
