"""``python -m qtapp.ui.shortcuts_table --markdown``: the window's shortcut table, for the README.

Apart from ``help`` so the Help menu does not import the window that imports it: this tool builds a
window, in a throwaway folder, only to read its actions.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence

from PySide6.QtGui import QKeySequence

from qtapp import paths
from qtapp.ui.app import application
from qtapp.ui.help import markdown_table, shortcut_rows


def _sandbox(folder: str) -> None:
    """Point every data and settings path at ``folder``: printing a table must not touch the user's files."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(folder, var.lower())
    os.environ[paths.LIBRARY_ENV] = os.path.join(folder, "library.sqlite3")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qtapp.ui.help",
                                     description="Print the window's keyboard shortcuts.")
    parser.add_argument("--markdown", action="store_true", help="as a Markdown table (for the README)")
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        _sandbox(folder)
        from qtapp.ui.main_window import MainWindow  # not for start-up: it reads settings when built, after the sandbox

        app = application()
        window = MainWindow()
        sys.stdout.write(markdown_table(shortcut_rows(window, QKeySequence.SequenceFormat.PortableText)))
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
