"""Why an attribution needs the user's eye (``check_reason``), and how confirming or correcting it is kept."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from qtapp.library.attribution import CHECKS, assess, check_message, check_reason, editors_outlet
from qtapp.library.backup import load, restore, write_backup
from qtapp.library.citation import article_item, cite


@pytest.fixture
def stored(library, sample_article):
    """(library, article id, article) with the sample article stored."""
    article = sample_article()
    return library, library.articles.add(article, "source text", "/tmp/a.txt"), article


def with_confidence(article, confidence, rule="said_before_name"):
    quotes = [dataclasses.replace(q, rule=rule, confidence=confidence) if q.speaker else q
              for q in article.quotations]
    return dataclasses.replace(article, quotations=quotes)


@pytest.mark.parametrize(("passage", "confidence", "expected"), [
    ("share in one purpose", 0.95, None),  # a rule vouches for the speaker
    ("share in one purpose", 0.79, "unsure_speaker"),
    ("share in one purpose", 0.0, "unsure_speaker"),  # today's parser gives no confidence at all
    ("Trade between the two countries", 0.95, None),  # the named author's own paragraph
    ("Looking ahead", 0.95, "heading"),  # author's or outlet's: the text cannot tell
    ("saying, “Success comes", 0.95, "mixed_voices"),  # runs into Li Wei's words
    ("The series looks at trade", 0.95, None),  # the editor's note: the editors, and the outlet is known
    ("A bright chapter", 0.95, "unnamed_speaker"),  # a quotation nobody is named for
])
def test_reasons_follow_the_rules(sample_article, span, passage, confidence, expected):
    article = with_confidence(sample_article(), confidence)
    voice, speaker, reason = assess(article, *span(article, passage))
    assert reason == expected
    assert check_reason(article, *span(article, passage), voice, speaker) == expected


def test_a_speaker_rules_own_doubt_is_the_reason_the_user_reads(sample_article, span):
    quotes = [dataclasses.replace(q, rule="speech_verb_after", confidence=0.6, doubt="partial_name")
              if q.speaker else q for q in sample_article().quotations]
    article = dataclasses.replace(sample_article(), quotations=quotes)
    voice, speaker, reason = assess(article, *span(article, "share in one purpose"))
    assert (voice, reason) == ("speaker", "partial_name")
    assert check_message(reason) == "Check who said this: the speaker's name may be longer than the rules read it."
    unknown = [dataclasses.replace(q, doubt="no such code") for q in quotes]
    odd = dataclasses.replace(article, quotations=unknown)
    assert assess(odd, *span(odd, "share in one purpose"))[2] == "unsure_speaker"  # an unknown code: the old reason


def test_defaults_without_an_author_or_an_outlet_are_reasons(sample_article, span):
    article = sample_article(authors=[])
    assert assess(article, *span(article, "Trade between"))[2] == "no_author"
    article = sample_article(publisher=None, reprinted_by=None)
    assert assess(article, *span(article, "The series looks"))[2] == "no_outlet"


def test_a_speaker_the_user_names_is_not_questioned(sample_article, span):
    article = sample_article()
    assert check_reason(article, *span(article, "share in one purpose"), "speaker", "Zhang San") is None


def test_the_headline_is_the_publishers_and_not_a_quotation(sample_article, span):
    article = sample_article()
    start, end = span(article, "A bright chapter")  # its words in the reprint note, shown as the headline
    assert assess(article, start, end, "title") == ("editors", None, None)
    assert editors_outlet("CGTN", "News.Az", "title") == "CGTN"
    assert editors_outlet("CGTN", "News.Az", "reprint_note") == "News.Az"


def test_every_reason_reads_as_a_sentence():
    for code in CHECKS:
        message = check_message(code)
        assert message and message.startswith("Check who said this: ") and message.endswith(".")
    assert check_message(None) is None


def test_save_marks_confirm_clears_and_none_withdraws(stored, span):
    library, article_id, article = stored
    quote_id = library.quotes.add(article_id, *span(article, "share in one purpose"))
    quote = library.quotes.get(quote_id)
    assert quote.needs_check and quote.to_json()["needs_check"] is True
    confirmed = library.quotes.update(quote_id, confirmed=True)
    assert not confirmed.needs_check and confirmed.confirmed and confirmed.check_reason == "unsure_speaker"
    assert confirmed.to_json()["needs_check"] is False
    assert library.quotes.update(quote_id, confirmed=None).needs_check
    assert [q.id for q in library.quotes.find(needs_check=True)] == [quote_id]
    assert library.quotes.count(needs_check=True) == 1


def test_a_correction_confirms_and_going_back_to_the_rules_brings_the_doubt_back(stored, span):
    library, article_id, article = stored
    quote_id = library.quotes.add(article_id, *span(article, "share in one purpose"))
    corrected = library.quotes.update(quote_id, voice="speaker", speaker="Zhang San")
    assert (corrected.speaker, corrected.needs_check, corrected.check_reason) == ("Zhang San", False, None)
    library.articles.correct(article_id, title="A brighter chapter")  # re-derives the line, not the speaker
    again = library.quotes.get(quote_id)
    assert (again.speaker, again.needs_check) == ("Zhang San", False)
    assert "A brighter chapter" in again.attribution
    derived = library.quotes.update(quote_id, voice=None)
    assert (derived.speaker, derived.needs_check) == ("Li Wei", True)


def test_a_voice_chosen_at_save_time_is_the_users(stored, span):
    library, article_id, article = stored
    quote_id = library.quotes.add(article_id, *span(article, "Looking ahead"), voice="editors")
    assert library.quotes.get(quote_id).confirmed is not None and not library.quotes.get(quote_id).needs_check
    same = library.quotes.add(article_id, *span(article, "Looking"), voice="author")  # what the rules say
    assert library.quotes.get(same).needs_check


def test_naming_an_author_settles_no_author(library, sample_article, span):
    article = sample_article(authors=[])
    article_id = library.articles.add(article, "source")
    quote_id = library.quotes.add(article_id, *span(article, "Trade between"))
    assert library.quotes.get(quote_id).check_reason == "no_author"
    library.articles.correct(article_id, authors=[{"family": "Lee", "given": "Ann"}])
    assert library.quotes.get(quote_id).check_reason is None


def test_backup_keeps_the_confirmation(stored, span, tmp_path):
    from qtapp.library.store import Library

    library, article_id, article = stored
    sure = library.quotes.add(article_id, *span(article, "share in one purpose"))
    library.quotes.add(article_id, *span(article, "Looking ahead"))
    library.quotes.update(sure, confirmed=True)
    out = io.StringIO()
    write_backup(library, out)
    path = tmp_path / "backup.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    with Library.open(tmp_path / "other.sqlite3") as other:
        restore(other, load(path))
        marks = {q.exact: q.needs_check for q in other.quotes.find()}
    assert marks == {"share in one purpose": False, "Looking ahead": True}


def test_the_citation_of_an_editors_passage_names_the_outlet_the_line_names(stored, span):
    library, article_id, article = stored
    note = library.quotes.get(library.quotes.add(article_id, *span(article, "News.Az reprints it.")))
    assert note.attribution.startswith("Reprint note, News.Az") and note.who == "News.Az"
    assert "News.Az Editors" in cite(note, "apa").text and "CGTN Editors" not in cite(note, "apa").text
    series = library.quotes.get(library.quotes.add(article_id, *span(article, "The series looks")))
    assert "CGTN Editors" in cite(series, "apa").text
    assert article_item(series.article.to_json(), voice="editors")["author"] == [{"literal": "CGTN Editors"}]


def test_quotes_list_json_carries_needs_check(stored, span, capsys, monkeypatch):
    from qtapp.cli import main

    library, article_id, article = stored
    library.quotes.add(article_id, *span(article, "share in one purpose"))
    library.quotes.add(article_id, *span(article, "Trade between"))
    monkeypatch.setenv("QUOTECLIP_LIBRARY", str(library.path))
    library.close()
    assert main(["quotes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {q["text"]: q["needs_check"] for q in listed} == {"share in one purpose": True,
                                                             "Trade between": False}


def test_words_in_quotation_marks_that_no_rule_attributes_are_marked(build_article, span):
    """A partial quotation the rules read as nobody's (BVG called the strike "disproportionate") is
    saved as the author's words only with a check, never silently."""
    article = build_article([("paragraph", 'The company called the strike "disproportionate" and said more.'),
                             ("paragraph", "Drivers walked out at dawn.")], authors=[], publisher="dpa")
    start, end = span(article, "disproportionate")
    assert assess(article, start, end) == ("author", None, "quoted")
    assert assess(article, start - 1, end + 1)[2] == "quoted"  # the marks selected too
    # The sentence around it is the author's own, and so is a passage outside any marks.
    assert assess(article, *span(article, "The company called the strike"))[2] == "no_author"
    assert assess(article, *span(article, "Drivers walked out"))[2] == "no_author"


def test_a_headline_that_quotes_someone_is_theirs_or_marked(build_article, span):
    """“…”: NAME on … — the headline's own quotation is the speaker's when a rule names them, and is
    marked when none does; the rest of the headline stays the editors'."""
    title = "“The steppe is patient”: director Ana Roe on her film"
    named = with_confidence(build_article([("title", title), ("paragraph", "Body.")],
                                          [("The steppe is patient", "Ana Roe")],
                                          title=title, publisher="The Astana Times"), 0.95)
    start, end = span(named, "The steppe is patient")
    assert assess(named, start, end, "title") == ("speaker", "Ana Roe", None)
    assert assess(named, *span(named, "director Ana Roe"), "title") == ("editors", None, None)
    unnamed = build_article([("title", title), ("paragraph", "Body.")], [("The steppe is patient", None)],
                            title=title, publisher="The Astana Times")
    assert assess(unnamed, start, end, "title") == ("editors", None, "unnamed_speaker")
