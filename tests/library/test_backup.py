"""The JSON backup: export → import into an empty library gives identical records; again adds nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from qtapp.article import load_article
from qtapp.errors import UserError
from qtapp.library import backup
from qtapp.library.atomic import write_atomic
from qtapp.library.records import Author
from qtapp.library.store import Library

SAYING = "Success comes to those who share in one purpose."


def _fill(library: Library, seed_path: Path, seed_text: str) -> None:
    article = load_article(seed_path)
    article_id = library.articles.add(article, seed_text, str(seed_path))
    library.articles.correct(article_id, date="2024-07-02", url="https://news.az/x",
                            authors=[Author("Wang Haiyan", "Wang", "Haiyan", "director", True)])
    start = article.text.index(SAYING)
    library.quotes.add(article_id, start, start + len(SAYING), note="RTL שלום, emoji 🎉\nline two",
                      tags=["saying", "中哈"], color="#ffcc00")
    start = article.text.index("This visit marks")
    library.quotes.add(article_id, start, start + 40, note="", tags=[], voice="speaker", speaker="Somebody")
    start = article.text.index("The world is entering")
    library.quotes.add(article_id, start, start + 30, created="2024-01-01T00:00:00Z")
    # A second article with CJK text and no metadata at all.
    other = load_article_from_text("王海燕说：“合作共赢”。\n\nشكرا جزيلا 🎉")
    other_id = library.articles.add(other, "王海燕说：“合作共赢”。\n\nشكرا جزيلا 🎉")
    library.quotes.add(other_id, 0, 5, note="中文")


def load_article_from_text(text: str) -> Any:
    from qtapp.article.parser import parse_text

    return parse_text(text)


def _records(library: Library) -> list[dict[str, Any]]:
    return [q.to_json() for q in library.quotes.find()]


def _articles(library: Library) -> list[dict[str, Any]]:
    return [dict(a.to_json(), added=None) for a in library.articles.all()]  # "added" is the import's time


def _dump(library: Library) -> dict[str, Any]:
    out = io.StringIO()
    backup.write_backup(library, out)
    return json.loads(out.getvalue())


def test_round_trip_into_an_empty_library(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        data = _dump(source)
        expected, articles = _records(source), _articles(source)
        sources = [a.source for a in source.articles.all()]
    assert data["format"] == "quoteclip-backup" and data["version"] == 1
    with Library.open(tmp_path / "b.sqlite3") as target:
        result = backup.restore(target, data)
        assert (result.articles_added, result.quotes_added, result.quotes_present) == (2, 4, 0)
        assert _records(target) == expected
        assert _articles(target) == articles
        assert [a.source for a in target.articles.all()] == sources
        again = backup.restore(target, data)
        assert (again.articles_added, again.quotes_added, again.quotes_present) == (0, 0, 4)
        assert _records(target) == expected


def test_import_keeps_the_librarys_own_corrections(tmp_path: Path, seed_path: Path,
                                                    seed_text: str) -> None:
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        data = _dump(source)
    with Library.open(tmp_path / "b.sqlite3") as target:
        article_id = target.articles.add(load_article(seed_path), seed_text)
        target.articles.correct(article_id, date="2020-01-01")
        backup.restore(target, data)
        corrected = target.articles.get(article_id)
        assert corrected.article.date == "2020-01-01"
        assert corrected.article.url == "https://news.az/x"  # filled in from the backup


def test_shifted_offsets_are_re_anchored(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        data = _dump(source)
    saying = next(q for q in data["quotes"] if q["selector"]["exact"] == SAYING)
    saying["selector"]["start"] += 7
    saying["selector"]["end"] += 7
    lost = dict(data["quotes"][1], uuid="11111111-1111-4111-8111-111111111111",
                selector={"exact": "words that are nowhere", "prefix": "", "suffix": "", "start": 0, "end": 5})
    data["quotes"].append(lost)
    with Library.open(tmp_path / "b.sqlite3") as target:
        result = backup.restore(target, data)
        assert result.quotes_unplaced == 1 and "could not be placed" in result.summary()
        [restored] = [q for q in target.quotes.find() if q.uuid == saying["uuid"]]
        assert restored.exact == SAYING


def test_a_damaged_backup_imports_nothing(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        data = _dump(source)
    data["articles"][1]["parsed"]["text"] += "tampered"
    with Library.open(tmp_path / "b.sqlite3") as target:
        with pytest.raises(UserError, match="damaged"):
            backup.restore(target, data)
        assert target.articles.all() == [] and target.quotes.find() == []


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not a JSON file"),
    ('{"format": "something-else"}', "not a QuoteClip backup"),
    ('{"format": "quoteclip-backup", "version": 99}', "newer QuoteClip"),
])
def test_load_explains_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "backup.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        backup.load(path)
    with pytest.raises(UserError, match="cannot read"):
        backup.load(tmp_path / "missing.json")


def test_one_article_only_and_progress(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        calls: list[tuple[int, int]] = []
        out = io.StringIO()
        count = backup.write_backup(source, out, article_id=2, progress=lambda d, t: calls.append((d, t)))
    data = json.loads(out.getvalue())
    assert count == 1 and len(data["articles"]) == 1 and len(data["quotes"]) == 1
    assert calls[-1] == (1, 1)


def test_backup_file_round_trip_keeps_unicode(tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        write_atomic(tmp_path / "backup.json", lambda out: backup.write_backup(source, out))
    raw = (tmp_path / "backup.json").read_text(encoding="utf-8")
    assert "שלום" in raw and "🎉" in raw and "王海燕" in raw  # UTF-8, not \u escapes
    with Library.open(tmp_path / "b.sqlite3") as target:
        backup.restore(target, backup.load(tmp_path / "backup.json"))
        notes = sorted(q.note for q in target.quotes.find())
    assert notes == sorted(["RTL שלום, emoji 🎉\nline two", "", "", "中文"])


def test_the_backup_keeps_who_chose_each_voice_what_was_confirmed_and_which_rules_read(
        tmp_path: Path, seed_path: Path, seed_text: str) -> None:
    """voice_by, confirmed and parser are the library's memory of the user's answers: none is re-guessed."""
    with Library.open(tmp_path / "a.sqlite3") as source:
        _fill(source, seed_path, seed_text)
        by_text = {q.exact[:12]: q for q in source.quotes.find()}
        vouched = source.quotes.update(by_text["The world is"].id, confirmed=True)  # Confirm Attribution
        chosen = source.quotes.update(by_text[SAYING[:12]].id, speaker="Zhang San")  # Whose Words…
        data = _dump(source)
        parsers = [a.parser for a in source.articles.all()]
    entries = {q["uuid"]: q for q in data["quotes"]}
    assert (entries[vouched.uuid]["voice_by"], entries[vouched.uuid]["confirmed"]) == ("rules", vouched.confirmed)
    assert (entries[chosen.uuid]["voice_by"], entries[chosen.uuid]["confirmed"]) == ("user", chosen.confirmed)
    with Library.open(tmp_path / "b.sqlite3") as target:
        backup.restore(target, data)
        got = {q.uuid: q for q in target.quotes.find()}
        assert (got[vouched.uuid].voice_by, got[vouched.uuid].confirmed) == ("rules", vouched.confirmed)
        assert (got[chosen.uuid].voice_by, got[chosen.uuid].speaker, got[chosen.uuid].confirmed) == (
            "user", "Zhang San", chosen.confirmed)
        assert [a.parser for a in target.articles.all()] == parsers and None not in parsers
