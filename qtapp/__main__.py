"""``python -m qtapp`` does exactly what the ``quoteclip`` command does."""

from qtapp.cli import entry

raise SystemExit(entry())
