"""Placeholder parser: paragraphs split on blank lines. Being replaced by the real rules."""

from __future__ import annotations

import re

from qtapp.article.model import BLOCK_SEPARATOR, Article, Block


def parse_text(text: str) -> Article:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    blocks: list[Block] = []
    offset = 0
    for part in parts:
        blocks.append(Block("paragraph", part, offset, offset + len(part)))
        offset += len(part) + len(BLOCK_SEPARATOR)
    return Article(text=BLOCK_SEPARATOR.join(parts), blocks=blocks)
