"""Bytes to text: by BOM, then UTF-8, then a legacy encoding, refusing what is not text at all.

A copy-paste saved by an old editor is often Windows-1252; anything else is left to charset-normalizer,
loaded only when UTF-8 fails. A guess is always reported so the UI can say "check accented letters".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from qtapp.errors import UserError
from qtapp.translatable import N_

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def _plausible(text: str) -> bool:
    """A legacy guess must read like text: few control characters and some spacing between words."""
    if _CONTROL.search(text):
        return False
    return len(text) <= 40 or any(ch.isspace() for ch in text)


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article file; raise UserError with a message a reader understands when it can't."""
    if not data.strip():
        raise UserError(N_("Article", "the file is empty: there is no article to read"))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_normalise_newlines(data[len(bom):].decode(encoding)), encoding)
            except UnicodeDecodeError as error:
                raise UserError(N_("Article", "the file starts with a {encoding} marker but is not valid "
                                              "{encoding} text (byte {start})")
                                .format(encoding=encoding, start=error.start)) from error
    if _looks_binary(data):
        raise UserError(N_("Article", "this looks like a binary file, not text: open a .txt, .md or .html article"))
    try:
        return Decoded(_normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252",):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return Decoded(_normalise_newlines(text), encoding,
                           f"not UTF-8; read as {encoding} (a guess): check accented letters and quotes")
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None and _plausible(str(best)):
        return Decoded(_normalise_newlines(str(best)), best.encoding,
                       f"not UTF-8; read as {best.encoding} (a guess): check accented letters and quotes")
    raise UserError(N_("Article", "the file's characters could not be decoded as text (not UTF-8 nor a known legacy "
                    "encoding): save it as UTF-8 and open it again"))
