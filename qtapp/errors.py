"""Errors the user can act on, as opposed to bugs.

A ``UserError`` carries a message that says what happened and what to do; the command line prints it
on one line and exits 2, the window shows it in a dialog. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a missing file, a locked library, a bad argument."""

    exit_code = 2
