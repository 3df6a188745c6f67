"""``quotes import`` of a malformed backup: one line naming the record and field, exit 2, nothing
imported, never a traceback; a text where a list belongs is an error, not a list of its letters
(issue 15, item 8)."""

from __future__ import annotations

import copy
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qtapp.cli import main
from qtapp.paths import LIBRARY_ENV

SAYING = "Success comes to those who share in one purpose."
Data = dict[str, Any]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Data:
    """A real backup of the seed with two quotes, written by ``quotes export --format json``."""
    from tests.conftest import SEED

    folder = tmp_path_factory.mktemp("good")
    lib, out = folder / "lib.sqlite3", folder / "backup.json"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(LIBRARY_ENV, str(lib))
        for text in (SAYING, "This visit marks his fifth trip"):
            assert main(["--library", str(lib), "quotes", "add", str(SEED), "--text", text]) == 0
        assert main(["--library", str(lib), "quotes", "export", "--format", "json", "-o", str(out)]) == 0
    data: Data = json.loads(out.read_text(encoding="utf-8"))
    return data


def _quote(**change: Any) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        for key, value in change.items():
            if value is _DROP:
                del data["quotes"][0][key]
            else:
                data["quotes"][0][key] = value
    return apply


def _selector(**change: Any) -> Callable[[Data], None]:
    return lambda data: data["quotes"][0]["selector"].update(change)


def _article(**change: Any) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        for key, value in change.items():
            if value is _DROP:
                del data["articles"][0][key]
            else:
                data["articles"][0][key] = value
    return apply


def _parsed(**change: Any) -> Callable[[Data], None]:
    return lambda data: data["articles"][0]["parsed"].update(change)


def _top(**change: Any) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        for key, value in change.items():
            if value is _DROP:
                del data[key]
            else:
                data[key] = value
    return apply


_DROP = object()

# (how to break the backup, what the message must say)
SHAPES: list[tuple[str, Callable[[Data], None], str]] = [
    ("tags-a-text", _quote(tags="abc"), r"quote 1 \(uuid .*'tags' must be a list of texts, not the text 'abc'"),
    ("tags-numbers", _quote(tags=[1, 2]), "quote 1 .*'tags' must hold only texts"),
    ("uuid-missing", _quote(uuid=_DROP), "quote 1, 'uuid' must be a text"),
    ("uuid-number", _quote(uuid=5), "quote 1, 'uuid' must be a text"),
    ("uuid-empty", _quote(uuid="  "), "quote 1 .*'uuid' must not be empty"),
    ("selector-missing", _quote(selector=_DROP), "'selector' must be an object"),
    ("selector-text", _quote(selector="abc"), "'selector' must be an object"),
    ("start-a-text", _selector(start="12"), "'start' must be a whole number"),
    ("start-negative", _selector(start=-3), "'start' must be a whole number"),
    ("end-boolean", _selector(end=True), "'end' must be a whole number"),
    ("start-fraction", _selector(start=1.5), "'start' must be a whole number"),
    ("exact-null", _selector(exact=None), "'exact' must be a text"),
    ("voice-unknown", _quote(voice="narrator"), "'voice' must be one of author, editors, speaker"),
    ("speaker-missing", _quote(voice="speaker", speaker=None), "'speaker' must name the speaker"),
    ("voice-by-unknown", _quote(voice_by="robot"), "'voice_by' must be one of rules, user"),
    ("note-number", _quote(note=5), "'note' must be a text"),
    ("created-number", _quote(created=123), "'created' must be a text"),
    ("article-null", _quote(article=None), "'article' must be a text"),
    ("quote-a-text", lambda d: d["quotes"].__setitem__(0, "abc"), "quote 1 must be an object"),
    ("second-quote-a-list", lambda d: d["quotes"].__setitem__(1, []), "quote 2 must be an object"),
    ("quotes-an-object", _top(quotes={"a": 1}), "'quotes' must be a list"),
    ("articles-a-text", _top(articles="abc"), "'articles' must be a list"),
    ("version-a-text", _top(version="1"), "no backup version"),
    ("format-missing", _top(format=_DROP), "not a QuoteClip backup"),
    ("article-a-number", lambda d: d["articles"].__setitem__(0, 7), "article 1 must be an object"),
    ("hash-wrong", _article(hash="xyz"), "article 1, 'hash' must be the article's SHA-256"),
    ("parsed-missing", _article(parsed=_DROP), "article 1, 'parsed' must be an object"),
    ("text-a-number", _parsed(text=42), "article 1, 'text' must be a text"),
    ("block-a-text", _parsed(blocks=["a"]), r"'parsed.blocks\[1\]' must be an object with kind"),
    ("block-start-a-text", lambda d: d["articles"][0]["parsed"]["blocks"][0].update(start="0"),
     r"'parsed.blocks\[1\].start' must be a whole number"),
    ("authors-texts", _parsed(authors=["Wang"]), "'parsed.authors' must be a list of objects"),
    ("correction-unknown", _article(corrections={"colour": "x"}), "'colour', which is not a correctable"),
    ("correction-authors-text", _article(corrections={"authors": "Wang"}),
     "'corrections.authors' must be a list of objects"),
    ("source-a-list", _article(source=["x"]), "article 1, 'source' must be a text"),
]


def quotes_in(lib: Path) -> int:
    if not lib.exists():
        return 0
    with sqlite3.connect(lib) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0])


def run_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> tuple[int, Path]:
    lib, path = tmp_path / "target.sqlite3", tmp_path / "broken.json"
    monkeypatch.setenv(LIBRARY_ENV, str(lib))
    path.write_text(content, encoding="utf-8")
    return main(["--library", str(lib), "quotes", "import", str(path)]), lib


@pytest.mark.parametrize(("name", "breaks", "message"), SHAPES, ids=[s[0] for s in SHAPES])
def test_a_malformed_backup_is_refused_naming_record_and_field(
        good: Data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str, breaks: Callable[[Data], None], message: str) -> None:
    data = copy.deepcopy(good)
    breaks(data)
    code, lib = run_import(tmp_path, monkeypatch, json.dumps(data, ensure_ascii=False))
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and err.count("\n") == 1
    assert re.search(message, err), err
    assert quotes_in(lib) == 0  # nothing was imported, not even the good records


@pytest.mark.parametrize("cut", [0.3, 0.9])
def test_a_backup_cut_short_imports_nothing(good: Data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], cut: float) -> None:
    text = json.dumps(good, ensure_ascii=False, indent=1)
    code, lib = run_import(tmp_path, monkeypatch, text[:int(len(text) * cut)])
    err = capsys.readouterr().err
    assert code == 2 and "cut short" in err and "Traceback" not in err
    assert quotes_in(lib) == 0


def test_the_good_backup_imports_in_any_layout(good: Data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The checks refuse only what is wrong: quotes before articles and the header last still import."""
    reordered = {"quotes": good["quotes"], "articles": good["articles"],
                 **{k: v for k, v in good.items() if k not in ("quotes", "articles")}}
    code, lib = run_import(tmp_path, monkeypatch, json.dumps(reordered, indent=3))
    assert code == 0, capsys.readouterr().err
    assert quotes_in(lib) == 2
    assert "imported 2 quotes and 1 article;" in capsys.readouterr().out
