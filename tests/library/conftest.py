"""Fixtures for the library tests: hand-built articles and an open library in a temporary folder."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qtapp.article.model import BLOCK_SEPARATOR, Article, Author, Block, Quotation
from qtapp.library.store import Library

ArticleFactory = Callable[..., Article]


def _build_article(blocks: list[tuple[str, str]], quotations: list[tuple[str, str | None]] = (),
                  **meta: Any) -> Article:
    """An Article from (kind, text) blocks; each quotation (text, speaker) is located in the text."""
    out: list[Block] = []
    offset = 0
    for kind, text in blocks:
        out.append(Block(kind, text, offset, offset + len(text)))  # type: ignore[arg-type]
        offset += len(text) + len(BLOCK_SEPARATOR)
    text = BLOCK_SEPARATOR.join(t for _, t in blocks)
    quotes = []
    for quoted, speaker in quotations:
        start = text.index(quoted)
        block = next(i for i, b in enumerate(out) if b.start <= start < b.end)
        quotes.append(Quotation(quoted, speaker, block, start, start + len(quoted)))
    return Article(text=text, blocks=out, quotations=quotes, **meta)


WANG = Author("Wang Haiyan", family="Wang", given="Haiyan", description="director", family_first=True)


def _sample_article(**meta: Any) -> Article:
    """A small invented article with all three voices."""
    values: dict[str, Any] = dict(title="A bright chapter", authors=[WANG], publisher="CGTN",
                                  reprinted_by="News.Az")
    values.update(meta)
    return _build_article(
        [("reprint_note", "CGTN has published an article titled “A bright chapter.” News.Az reprints it."),
         ("editors_note", "The series looks at trade from different perspectives."),
         ("paragraph", "Trade between the two countries grew fast in 2023."),
         ("heading", "Looking ahead"),
         ("paragraph", "The minister quotes a saying, “Success comes to those who share in one "
                       "purpose.” The future is bright."),
         ("signature", "News.Az")],
        quotations=[("Success comes to those who share in one purpose.", "Li Wei"),
                    ("A bright chapter.", None)],
        **values)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def _span(article: Article, passage: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = article.text.index(passage, start + 1)
    return start, start + len(passage)


@pytest.fixture
def build_article() -> ArticleFactory:
    return _build_article


@pytest.fixture
def sample_article() -> ArticleFactory:
    return _sample_article


@pytest.fixture
def span() -> Callable[..., tuple[int, int]]:
    """span(article, passage, occurrence=1) -> (start, end) of the passage in the canonical text."""
    return _span


# The W3C Web Annotation test suite, kept in tests/schemas so a clean clone runs it (its README says whence).
SUITE = Path(__file__).resolve().parents[1] / "schemas" / "web-annotation-tests"
BASE = "https://w3c.github.io/web-annotation-tests/"


def _schema(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    # Draft 4 ignores everything beside a root $ref, the "id" included: move the $ref into allOf.
    if "$ref" in data:
        data.setdefault("allOf", []).append({"$ref": data.pop("$ref")})
    return data


@pytest.fixture(scope="session")
def musts() -> list[tuple[str, Any]]:
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    assert SUITE.exists(), f"the W3C test-suite schemas are missing from {SUITE}"
    from referencing.jsonschema import DRAFT4

    files = list((SUITE / "definitions").glob("*.json")) + list((SUITE / "annotations").rglob("*.json"))
    schemas = {path: _schema(path) for path in files}
    registry = referencing.Registry().with_resources(
        (BASE + data["id"], DRAFT4.create_resource(data)) for data in schemas.values())
    manifest = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text(encoding="utf-8"))
    validators = []
    for name in manifest["assertions"]:
        schema = dict(schemas[SUITE / name], id=BASE + schemas[SUITE / name]["id"])
        validators.append((name, jsonschema.Draft4Validator(
            schema, registry=registry, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)))
    assert len(validators) == 54
    return validators


