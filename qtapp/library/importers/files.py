"""Reading an import file whole, with a message the user can act on when it cannot be read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qtapp.errors import UserError
from qtapp.library.importers.records import ImportInvalid
from qtapp.translatable import N_

MAX_FOREIGN = 512 * 1024 * 1024  # foreign files are read whole: refuse what could not fit in memory


def text_of(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FOREIGN:
            raise UserError(N_("Import", "{name} is over {megabytes} MB: too large to import")
                            .format(name=path.name, megabytes=MAX_FOREIGN // 2**20))
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(N_("Import", "cannot import {name}: it is not UTF-8 text (byte {start})")
                        .format(name=path.name, start=error.start)) from error
    except OSError as error:
        raise UserError(N_("Import", "cannot read {path}: {error}")
                        .format(path=path, error=error.strerror or error)) from error


def json_of(path: Path) -> Any:
    try:
        return json.loads(text_of(path))
    except json.JSONDecodeError as error:
        raise ImportInvalid(N_("Import", "line {lineno}, column {colno}")
                            .format(lineno=error.lineno, colno=error.colno),
                            N_("Import", "it is not valid JSON ({msg})").format(msg=error.msg)) from error
