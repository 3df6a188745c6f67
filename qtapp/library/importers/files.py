"""Reading an import file whole, with a message the user can act on when it cannot be read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qtapp.errors import UserError
from qtapp.library.importers.records import ImportInvalid

MAX_FOREIGN = 512 * 1024 * 1024  # foreign files are read whole: refuse what could not fit in memory


def text_of(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FOREIGN:
            raise UserError(f"{path.name} is over {MAX_FOREIGN // 2**20} MB: too large to import")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(f"cannot import {path.name}: it is not UTF-8 text (byte {error.start})") from error
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error


def json_of(path: Path) -> Any:
    try:
        return json.loads(text_of(path))
    except json.JSONDecodeError as error:
        raise ImportInvalid(f"line {error.lineno}, column {error.colno}",
                            f"it is not valid JSON ({error.msg})") from error
