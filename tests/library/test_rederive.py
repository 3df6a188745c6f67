"""Re-deriving stored quotes when the reading rules change: better readings flow in, the user's never lose.

On both backends (``backend``); what a team's rules add is in ``tests/team/test_rederive_team.py``.

A "new parser" here is a function from the stored source to an Article built by hand, so each test
says exactly what the better reading finds; the real parser runs in test_schema's migration test.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from qtapp.article.model import Article, Author
from qtapp.library import rederive
from qtapp.library.rederive import Report
from qtapp.library.stamps import text_hash
from qtapp.library.store import Library

SOURCE = "the stored source text"
SAYING = "Success comes to those who share in one purpose."
NEW = "v-new"


@pytest.fixture
def library(backend: Any) -> Any:
    """Every re-derivation here runs on SQLite and on a team library (``backend``): the same rules."""
    return backend


@pytest.fixture
def own_library(tmp_path: Any) -> Any:
    with Library.open(tmp_path / "own.sqlite3") as opened:
        yield opened


def reading(article: Article) -> Callable[[str], Article]:
    """A parser that reads every source as ``article``."""
    return lambda _source: dataclasses.replace(article)


def stored(library: Library, article: Article, source: str = SOURCE, path: str | None = None) -> int:
    return library.articles.add(article, source, path, parser="v-old")


def numbered(article: Article, n: int) -> Article:
    """The same article with a text of its own (articles are stored by the hash of their text)."""
    text = article.text + f" {n}"
    last = article.blocks[-1]
    blocks = [*article.blocks[:-1], dataclasses.replace(last, text=last.text + f" {n}", end=len(text))]
    return dataclasses.replace(article, text=text, blocks=blocks)


def with_speaker(article: Article, speaker: str | None) -> Article:
    quotations = [dataclasses.replace(q, speaker=speaker if q.text == SAYING else q.speaker)
                  for q in article.quotations]
    return dataclasses.replace(article, quotations=quotations)


def test_a_better_reading_gives_rule_owned_quotes_their_speaker_and_leaves_the_users(
        library: Library, sample_article: Any, span: Any) -> None:
    old = with_speaker(sample_article(), None)  # the old rules found no speaker for the saying
    article_id = stored(library, old)
    derived = library.quotes.add(article_id, *span(old, SAYING))
    chosen = library.quotes.add(article_id, *span(old, "share in one purpose"))
    library.quotes.update(chosen, speaker="Zhang San")  # the user said whose words these are
    library.articles.correct(article_id, title="A corrected title")
    assert library.quotes.get(derived).voice == "author"

    report = rederive.rederive(library, NEW, parse=reading(sample_article()))

    assert (report.articles, report.quotes_changed, report.unplaced) == (1, 1, [])
    got = library.quotes.get(derived)
    assert (got.voice, got.speaker, got.voice_by) == ("speaker", "Li Wei", "rules")
    assert got.attribution == "Li Wei (quoted by Wang Haiyan) — “A corrected title”, CGTN, reprinted by News.Az"
    assert got.who == "Li Wei"
    kept = library.quotes.get(chosen)
    assert (kept.voice, kept.speaker, kept.voice_by) == ("speaker", "Zhang San", "user")
    assert kept.attribution.startswith("Zhang San (quoted by Wang Haiyan) — “A corrected title”")
    assert library.articles.get(article_id).article.title == "A corrected title"  # the correction still wins
    assert library.articles.get(article_id).parser == NEW
    assert rederive.stale_count(library, NEW) == 0
    assert rederive.rederive(library, NEW, parse=reading(old)).articles == 0  # nothing left to do


def test_a_changed_text_moves_quotes_to_where_their_words_now_are(library: Library, build_article: Any,
                                                                  span: Any) -> None:
    chrome = build_article([("paragraph", "Share this article"), ("paragraph", "Rivers run to the sea."),
                            ("paragraph", "The guide smiled and walked on.")])
    clean = build_article([("paragraph", "Rivers run to the sea."),
                           ("paragraph", "The guide smiled and walked on.")])
    article_id = stored(library, chrome)
    quote_id = library.quotes.add(article_id, *span(chrome, "smiled and walked"), note="keep me")
    report = rederive.rederive(library, NEW, parse=reading(clean))
    assert report.unplaced == []
    quote = library.quotes.get(quote_id)
    assert clean.text[quote.start:quote.end] == quote.exact == "smiled and walked"
    assert (quote.prefix, quote.note) == (clean.text[max(0, quote.start - 32):quote.start], "keep me")
    assert quote.start == span(chrome, "smiled and walked")[0] - len("Share this article\n\n")
    record = library.articles.get(article_id)
    assert record.hash == text_hash(clean.text) and record.article.text == clean.text
    assert library.articles.by_hash(text_hash(clean.text)).id == article_id  # reopening finds it
    assert [q.id for q in library.quotes.find(search="smiled")] == [quote_id]


def test_a_quote_the_new_reading_cannot_place_keeps_everything_and_is_reported(
        library: Library, build_article: Any, span: Any) -> None:
    old = build_article([("paragraph", "Photo: Ana Ruiz/Agency"), ("paragraph", "Rivers run to the sea.")],
                        title="Rivers")
    article_id = stored(library, old)
    lost = library.quotes.add(article_id, *span(old, "Ana Ruiz/Agency"))
    before = library.quotes.get(lost)
    new = build_article([("paragraph", "Rivers run to the sea.")], title="Rivers of Asia")
    report = rederive.rederive(library, NEW, parse=reading(new))
    assert [(u.quote_id, u.exact) for u in report.unplaced] == [(lost, "Ana Ruiz/Agency")]
    assert "1 could not be placed" in report.summary()
    after = library.quotes.get(lost)
    assert dataclasses.replace(after, article=before.article) == before  # anchor, voice, attribution kept
    assert library.articles.get(article_id).article.title == "Rivers of Asia"  # the article moved on


def test_each_article_is_its_own_transaction_and_an_interrupted_run_resumes(
        library: Library, sample_article: Any, span: Any) -> None:
    olds = [numbered(with_speaker(sample_article(), None), n) for n in range(3)]
    ids = [stored(library, article, source=f"source {n}") for n, article in enumerate(olds)]
    quotes = [library.quotes.add(i, *span(article, SAYING)) for i, article in zip(ids, olds, strict=True)]

    def crash(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt  # the process dies after two articles were committed

    with pytest.raises(KeyboardInterrupt):
        rederive.rederive(library, NEW, parse=reading(sample_article()), progress=crash)
    assert [library.quotes.get(q).speaker for q in quotes] == ["Li Wei", "Li Wei", None]
    assert rederive.stale_count(library, NEW) == 1
    seen: list[tuple[int, int]] = []
    report = rederive.rederive(library, NEW, parse=reading(sample_article()),
                               progress=lambda *p: seen.append(p))
    assert (report.articles, seen) == (1, [(1, 1)])
    assert [library.quotes.get(q).speaker for q in quotes] == ["Li Wei"] * 3


def test_a_failure_inside_an_article_rolls_it_back_whole(library: Library, sample_article: Any, span: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    old = with_speaker(sample_article(), None)
    article_id = stored(library, old)
    quote_id = library.quotes.add(article_id, *span(old, SAYING))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(rederive, "refresh_quotes", broken)
    with pytest.raises(RuntimeError):
        rederive.rederive(library, NEW, parse=reading(sample_article()))
    assert library.articles.get(article_id).parser == "v-old"
    assert library.articles.get(article_id).parsed.quotations[0].speaker is None
    assert library.quotes.get(quote_id).voice == "author"


def test_a_parser_that_fails_on_one_article_leaves_it_as_it_was_and_goes_on(
        library: Library, sample_article: Any) -> None:
    bad = stored(library, numbered(sample_article(title="Bad"), 1), source="bad")
    good = stored(library, numbered(sample_article(title="Good"), 2), source="good")

    def parse(source: str) -> Article:
        if source == "bad":
            raise ValueError("a rule tripped")
        return sample_article(title="Good, better read")

    report = rederive.rederive(library, NEW, parse=parse)
    assert report.articles == 1 and report.failed == [(bad, "ValueError: a rule tripped")]
    assert library.articles.get(bad).parser == "v-old"  # tried again next time
    assert library.articles.get(good).article.title == "Good, better read"
    assert "could not be re-read" in report.summary()


def test_an_old_quote_whose_voice_differs_from_the_old_reading_is_the_users(
        library: Library, sample_article: Any, span: Any) -> None:
    """Quotes saved before schema v4 have no record of who chose: the first re-derivation decides."""
    old = with_speaker(sample_article(), None)
    article_id = stored(library, old)
    plain = library.quotes.add(article_id, *span(old, SAYING))
    changed = library.quotes.add(article_id, *span(old, "The future is bright."), voice="speaker",
                                 speaker="Old guide")
    library.db.execute("UPDATE quotes SET voice_by = NULL")
    rederive.rederive(library, NEW, parse=reading(sample_article()))
    assert (library.quotes.get(plain).speaker, library.quotes.get(plain).voice_by) == ("Li Wei", "rules")
    assert (library.quotes.get(changed).speaker, library.quotes.get(changed).voice_by) == ("Old guide", "user")


def test_undoing_a_reattribution_gives_the_voice_back_to_the_rules(library: Library, sample_article: Any,
                                                                   span: Any) -> None:
    article_id = stored(library, sample_article())
    quote_id = library.quotes.add(article_id, *span(sample_article(), SAYING))
    library.quotes.update(quote_id, speaker="Someone")
    assert library.quotes.get(quote_id).voice_by == "user"
    library.quotes.update(quote_id, voice="speaker", speaker="Li Wei", voice_by="rules")
    assert library.quotes.get(quote_id).voice_by == "rules"
    library.quotes.update(quote_id, voice=None)  # "back to the derived voice"
    assert library.quotes.get(quote_id).voice_by == "rules"


def test_a_new_reading_equal_to_a_stored_article_joins_it(library: Library, build_article: Any,
                                                          span: Any) -> None:
    """The window stored the file's new reading (a quote was saved) before the old one was re-derived."""
    old = build_article([("paragraph", "Menu"), ("paragraph", "Rivers run to the sea.")])
    new = build_article([("paragraph", "Rivers run to the sea.")])
    stale = stored(library, old, path="/a/rivers.txt")
    library.articles.correct(stale, date="2024-05-01", title="Old title")
    moved = library.quotes.add(stale, *span(old, "run to the sea"))
    fresh = library.articles.add(new, SOURCE, "/a/rivers.txt", parser=NEW)
    library.articles.correct(fresh, title="Rivers")
    report = rederive.rederive(library, NEW, parse=reading(new))
    assert report.unplaced == []
    quote = library.quotes.get(moved)
    assert (quote.article_id, new.text[quote.start:quote.end]) == (fresh, "run to the sea")
    assert [a.id for a in library.articles.all()] == [fresh]  # the emptied old version is gone
    assert library.articles.get(fresh).corrections == {"title": "Rivers", "date": "2024-05-01"}


def test_a_saved_web_page_keeps_what_its_metadata_gave(library: Library, build_article: Any) -> None:
    """A page's stored source is its extracted text: the <head>'s title, byline and date are not in it."""
    old = build_article([("paragraph", "Rivers run to the sea.")], title="Rivers of Asia", date="2024-05-01",
                        authors=[Author("Ana Ruiz", "Ruiz", "Ana")])
    page = stored(library, old, path="/saved/rivers.html")
    other = build_article([("paragraph", "Rivers run to the ocean.")], title="Rivers, again")
    text = stored(library, other, source="other", path="/saved/rivers.txt")

    def parse(source: str) -> Article:
        return build_article([("paragraph", "Rivers run to the " + ("ocean." if source == "other" else "sea."))])

    rederive.rederive(library, NEW, parse=parse)
    kept = library.articles.get(page).article
    assert (kept.title, kept.date, [a.name for a in kept.authors]) == ("Rivers of Asia", "2024-05-01",
                                                                       ["Ana Ruiz"])
    assert library.articles.get(text).article.title is None  # a text file says all it has: unknown is unknown


def test_refreshing_a_parse_of_the_same_text_brings_the_quotes_along(library: Library, sample_article: Any,
                                                                     span: Any) -> None:
    old = with_speaker(sample_article(), None)
    article_id = library.articles.add(old, SOURCE)
    quote_id = library.quotes.add(article_id, *span(old, SAYING))
    assert library.articles.add(sample_article(), SOURCE) == article_id
    assert library.quotes.get(quote_id).speaker == "Li Wei"


def test_the_stale_check_is_one_indexed_query(own_library: Library, sample_article: Any) -> None:
    library = own_library
    for n in range(5):
        library.articles.add(numbered(sample_article(), n), SOURCE, parser=NEW if n else None)
    assert rederive.stale_count(library, NEW) == 1
    plan = " ".join(str(r[-1]) for r in library.db.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM articles WHERE parser IS NULL OR parser < ? OR parser > ?",
        (NEW, NEW)))
    assert "articles_parser" in plan and "SCAN articles" not in plan.replace("USING COVERING INDEX", "")


def test_a_stop_request_ends_between_articles(library: Library, sample_article: Any) -> None:
    for n in range(3):
        stored(library, numbered(sample_article(), n), source=f"s{n}")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1

    report = rederive.rederive(library, NEW, parse=reading(sample_article()), stop=stop)
    assert (report.articles, report.stopped) == (1, True)
    assert rederive.stale_count(library, NEW) == 2
    assert Report(articles=1).summary().startswith("re-read 1 article with")


def sure(article: Article, speaker: str | None, confidence: float) -> Article:
    """``article`` with the saying given to ``speaker`` by a rule this sure of it."""
    quotations = [dataclasses.replace(q, speaker=speaker, rule="said_before_name", confidence=confidence)
                  if q.text == SAYING else q for q in article.quotations]
    return dataclasses.replace(article, quotations=quotations)


def test_a_confirmation_goes_when_the_rules_now_name_someone_else(library: Library, sample_article: Any,
                                                                   span: Any) -> None:
    """The user vouched for Li Wei; a reading that gives the words to another speaker was never checked."""
    old = sure(sample_article(), "Li Wei", 0.5)
    article_id = stored(library, old)
    quote_id = library.quotes.add(article_id, *span(old, SAYING))
    assert library.quotes.get(quote_id).check_reason == "unsure_speaker"
    library.quotes.update(quote_id, confirmed=True)  # Confirm Attribution: the rules keep the voice
    assert (library.quotes.get(quote_id).voice_by, library.quotes.get(quote_id).needs_check) == ("rules", False)
    rederive.rederive(library, NEW, parse=reading(sure(sample_article(), "Zhang San", 0.5)))
    got = library.quotes.get(quote_id)
    assert (got.speaker, got.voice_by, got.confirmed, got.check_reason) == ("Zhang San", "rules", None,
                                                                            "unsure_speaker")
    assert [q.id for q in library.quotes.find(needs_check=True)] == [quote_id]


def test_a_confirmation_stays_while_the_rules_name_the_same_speaker(library: Library, sample_article: Any,
                                                                     span: Any) -> None:
    old = sure(sample_article(), "Li Wei", 0.5)
    article_id = stored(library, old)
    quote_id = library.quotes.add(article_id, *span(old, SAYING))
    stamp = library.quotes.update(quote_id, confirmed=True).confirmed
    rederive.rederive(library, NEW, parse=reading(sure(sample_article(), "Li Wei", 0.95)))
    got = library.quotes.get(quote_id)
    assert (got.speaker, got.confirmed, got.check_reason) == ("Li Wei", stamp, None)  # now a sure rule


def test_re_derivation_settles_or_raises_the_rules_doubts(library: Library, sample_article: Any,
                                                          span: Any) -> None:
    old = with_speaker(sample_article(), None)  # a quotation nobody is named for: the author's, doubted
    article_id = stored(library, old)
    quote_id = library.quotes.add(article_id, *span(old, SAYING))
    assert library.quotes.get(quote_id).check_reason == "unnamed_speaker"
    rederive.rederive(library, NEW, parse=reading(sure(sample_article(), "Li Wei", 0.95)))
    assert (library.quotes.get(quote_id).speaker, library.quotes.get(quote_id).needs_check) == ("Li Wei", False)
    rederive.rederive(library, "v-newer", parse=reading(sure(sample_article(), "Li Wei", 0.4)))
    assert library.quotes.get(quote_id).check_reason == "unsure_speaker"


def test_whose_words_is_the_users_answer_and_survives_every_reading(library: Library, sample_article: Any,
                                                                    span: Any) -> None:
    old = sure(sample_article(), "Li Wei", 0.5)
    article_id = stored(library, old)
    quote_id = library.quotes.add(article_id, *span(old, SAYING))
    chosen = library.quotes.update(quote_id, voice="speaker", speaker="Zhang San")  # Whose Words…
    assert (chosen.voice_by, chosen.needs_check) == ("user", False) and chosen.confirmed
    rederive.rederive(library, NEW, parse=reading(sure(sample_article(), "Li Wei", 0.95)))
    got = library.quotes.get(quote_id)
    assert (got.speaker, got.voice_by, got.confirmed) == ("Zhang San", "user", chosen.confirmed)


def test_an_article_that_leaves_the_library_takes_its_parsed_text_from_the_cache(library: Library,
                                                                                 build_article: Any,
                                                                                 span: Any) -> None:
    """Issue 15 item 15: the parse cache holds whole article texts; one whose article is gone is removed."""
    from qtapp.article import parse_cache

    old = parse_cache.parse_bytes(b"Rivers run to the sea, said the old guide at the mouth of the river.")
    kept_before = [p.name for p in parse_cache.folder().glob(f"*-{text_hash(old.text)[:16]}.json")]
    assert kept_before  # the opened file's parsed text is in the cache
    stale = stored(library, old, path="/a/rivers.txt")
    library.quotes.add(stale, *span(old, "run to the sea"))
    new = build_article([("paragraph", "Rivers run to the sea, said the guide.")])  # a better reading
    fresh = library.articles.add(new, SOURCE, "/a/rivers.txt", parser=NEW)
    rederive.rederive(library, NEW, parse=reading(new))
    assert [a.id for a in library.articles.all()] == [fresh]  # the old reading left the library ...
    assert list(parse_cache.folder().glob(f"*-{text_hash(old.text)[:16]}.json")) == []  # ... and the cache
