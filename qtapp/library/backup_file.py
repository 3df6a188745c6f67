"""A JSON backup read as a stream: its header and articles first, then its quotes one at a time.

A backup of a million quotes is ~700 MB of JSON; ``json.loads`` made that 3.4 GB of Python objects
before the first quote was written. ``ijson`` (yajl, in C) reads it in pieces instead: one pass reads
the header and the articles (few, and needed whole: the quotes are placed in their text) and stops where
the quotes begin; a second pass hands out the quotes one by one, so memory stays flat however many.
Any layout of the JSON is read, not just the one ``write_backup`` writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import ijson

from qtapp.errors import UserError
from qtapp.translatable import N_

FORMAT = "quoteclip-backup"
VERSION = 1
USE = N_("Backup", "import takes a file written by 'quoteclip quotes export --format json'")
_STARTS, _ENDS = ("start_map", "start_array"), ("end_map", "end_array")


class BackupFile:
    """A checked backup: ``header`` and ``articles`` read, ``quotes()`` streamed from the file.

    ``total`` is the number of quotes when known without reading them all (a backup given as data).
    """

    def __init__(self, header: dict[str, Any], articles: list[Any], path: Path | None = None,
                 quotes: list[Any] | None = None) -> None:
        self.header, self.articles, self.path, self._quotes = header, articles, path, quotes
        self.total = len(quotes) if quotes is not None else 0

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> BackupFile:
        """A backup already in memory (tests, and the window's own round trips)."""
        header = {k: v for k, v in data.items() if k not in ("articles", "quotes")}
        check_header(header, "the backup", data.get("articles", []), data.get("quotes", []))
        return cls(header, data.get("articles") or [], None, data.get("quotes") or [])

    def quotes(self) -> Iterator[Any]:
        if self._quotes is not None:
            yield from self._quotes
            return
        assert self.path is not None
        with _open(self.path) as handle:
            yield from _guarded(self.path, ijson.items(handle, "quotes.item", use_float=True))


def _open(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except OSError as error:
        raise UserError(N_("Backup", "cannot read {path}: {error}")
                        .format(path=path, error=error.strerror or error)) from error


def _guarded(path: Path, items: Iterator[Any]) -> Iterator[Any]:
    """The items, with a JSON error or an unreadable file said in words."""
    try:
        yield from items
    except (ijson.JSONError, UnicodeDecodeError) as error:
        raise UserError(N_("Backup", "{path} is not a JSON file, or is cut short ({error}); {use}; nothing "
                                     "was imported")
                        .format(path=path, error=_short(error), use=USE)) from error
    except OSError as error:
        raise UserError(N_("Backup", "cannot read {path}: {error}; nothing was imported")
                        .format(path=path, error=error.strerror or error)) from error


def _short(error: Exception) -> str:
    text = error.args[0] if error.args else error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())[:120]


def check_header(header: dict[str, Any], name: str, articles: Any, quotes: Any) -> None:
    if header.get("format") != FORMAT:
        raise UserError(N_("Backup", "{name} is not a QuoteClip backup; {use}").format(name=name, use=USE))
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UserError(N_("Backup", "{name} has no backup version (found {version!r}); {use}")
                        .format(name=name, version=version, use=USE))
    if version > VERSION:
        raise UserError(N_("Backup", "{name} was written by a newer QuoteClip (backup version {version}); "
                                     "update QuoteClip to import it")
                        .format(name=name, version=version))
    for key, value in (("articles", articles), ("quotes", quotes)):
        if not isinstance(value, list):
            raise UserError(N_("Backup", "{name} is not a valid backup: '{key}' must be a list; nothing was "
                                         "imported")
                            .format(name=name, key=key))


def load(path: str | os.PathLike[str]) -> BackupFile:
    """Read and check a backup's header and articles; every problem is a UserError that says what."""
    path = Path(path)
    with _open(path) as handle:
        header, articles, quotes = _scan(path, handle)
    check_header(header, str(path), articles, quotes)
    return BackupFile(header, articles, path)


def _scan(path: Path, handle: IO[bytes]) -> tuple[dict[str, Any], Any, Any]:
    """(header fields, articles, a stand-in for the quotes' type) from the top of the file.

    Stops where the quotes begin once the articles are read (a file ``write_backup`` wrote); in any
    other order it reads on, skipping the quotes event by event.
    """
    events = _guarded(path, ijson.parse(handle, use_float=True))
    first = next(events, None)
    if first is None or first[1] != "start_map":
        if first is None:
            raise UserError(N_("Backup", "{path} is empty, not a JSON file; {use}").format(path=path, use=USE))
        raise UserError(N_("Backup", "{path} is not a QuoteClip backup; {use}").format(path=path, use=USE))
    header: dict[str, Any] = {}
    articles: Any = []
    quotes: Any = []
    seen: set[str] = set()
    for prefix, event, value in events:
        if prefix == "":
            continue  # the top level's own keys and its end
        if event in _STARTS:
            if prefix == "articles" and event == "start_array":
                articles = _items(events, "articles")
            elif prefix == "quotes" and event == "start_array":
                if {"articles", "format", "version"} <= seen:
                    return header, articles, quotes
                _skip(events)
            else:  # a container where a list or a scalar belongs: refused by check_header
                _skip(events)
                if prefix == "articles":
                    articles = {}
                elif prefix == "quotes":
                    quotes = {}
                else:
                    header[prefix] = {}
        elif prefix in ("articles", "quotes"):
            articles, quotes = (value, quotes) if prefix == "articles" else (articles, value)
        else:
            header[prefix] = value
        seen.add(prefix)
    return header, articles, quotes


def _skip(events: Iterator[tuple[str, str, Any]]) -> None:
    depth = 1
    for _, event, _ in events:
        depth += 1 if event in _STARTS else -1 if event in _ENDS else 0
        if depth == 0:
            return


def _items(events: Iterator[tuple[str, str, Any]], name: str) -> list[Any]:
    """The items of the array just opened at ``name``, built whole."""
    out: list[Any] = []
    builder: ijson.ObjectBuilder | None = None
    depth = 0
    for prefix, event, value in events:
        if builder is None:
            if prefix == name and event == "end_array":
                return out
            if event in _STARTS:
                builder, depth = ijson.ObjectBuilder(), 0
            else:
                out.append(value)
                continue
        builder.event(event, value)
        depth += 1 if event in _STARTS else -1 if event in _ENDS else 0
        if depth == 0:
            out.append(builder.value)
            builder = None
    return out
