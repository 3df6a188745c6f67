"""``python -m qtapp`` does exactly what the ``quoteclip`` command does."""

from qtapp.cli import main

raise SystemExit(main())
