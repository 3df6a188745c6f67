"""Bytes to text: BOMs, UTF-8, legacy guesses, and clear refusals for what is not text."""

from __future__ import annotations

import codecs

import pytest

from qtapp.article.decoding import decode_bytes
from qtapp.errors import UserError

TEXT = "Café “quoted” — naïve\r\nsecond line\rthird"


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_decides_and_newlines_are_normalised(bom: bytes, codec: str) -> None:
    decoded = decode_bytes(bom + TEXT.encode(codec))
    assert decoded.text == "Café “quoted” — naïve\nsecond line\nthird"
    assert decoded.warning is None


def test_windows_1252_is_read_with_a_warning() -> None:
    decoded = decode_bytes("Café “quoted” — naïve".encode("cp1252"))
    assert decoded.text == "Café “quoted” — naïve"
    assert decoded.encoding == "cp1252" and decoded.warning and "guess" in decoded.warning


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(40)), "binary"),
    (b"text with a NUL\x00 inside", "binary"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid utf-16-le"),
])
def test_refusals_say_why(data: bytes, message: str) -> None:
    with pytest.raises(UserError, match=message):
        decode_bytes(data)


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(UserError, match="could not be decoded"):
        decode_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)
