"""Speaker shapes first met on holdout set 5, each written here with new words: honorifics that are not
part of a name, a body named before its person, a common noun that says a name is a body's, a role noun
with a body's name in it, a role named in the clause after it, and a subject left outside the marks.
Where two candidates compete, no speaker (or a low confidence) rather than a confident wrong one."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.model import Quotation
from qtapp.article.quotations.names import clean

LEAD = "The river port reopened on Monday after a week of repairs to its cranes and quays.\n\n"
CONFIDENT = 0.8  # below this the window marks a saved quote "Check who said this"


def _quotes(*paragraphs: str) -> list[Quotation]:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations


@pytest.mark.parametrize("run, name, honorific", [
    ("Transport Minister Datuk Seri Wan Azlan Ismail", "Wan Azlan Ismail", "datuk seri"),
    ("Tan Sri Rahimah Osman", "Rahimah Osman", "tan sri"),
    ("Dato' Sri Idris Kamal", "Idris Kamal", "dato' sri"),
    ("Haji Salleh Daud", "Salleh Daud", "haji"),
    ("Sheikh Faisal bin Hamad Al Thani", "Faisal bin Hamad Al Thani", "sheikh"),
    ("Smt. Lakshmi Raghavan", "Lakshmi Raghavan", "smt."),
    ("Shri Arvind Kulkarni", "Arvind Kulkarni", "shri"),
    ("Eng. Salim Al-Rawahi", "Salim Al-Rawahi", "eng."),
    ("Hon. Grace Wanjiru", "Grace Wanjiru", "hon."),
    ("Pak Bambang Sutrisno", "Bambang Sutrisno", "pak"),
])
def test_an_honorific_is_kept_apart_from_the_name(run: str, name: str, honorific: str) -> None:
    named = clean(run)
    assert named is not None and named.kind == "person"
    assert named.name == name
    assert named.role.endswith(honorific)


@pytest.mark.parametrize("run", ["Tan Wei Ming", "Sheikh Hasina", "Pak Budi", "Bu Xiaolin", "Toh Kim Leng"])
def test_a_word_that_is_also_a_name_stays_when_it_may_be_one(run: str) -> None:
    # "Tan" is a surname unless "Sri" follows; "Sheikh", "Pak", "Bu" go only when a full name stays behind
    named = clean(run)
    assert named is not None and named.name == run


def test_arabic_given_names_ending_like_agent_nouns_are_names() -> None:
    named = clean("Jaber Kadhim al-Saedi")
    assert named is not None and named.name == "Jaber Kadhim al-Saedi"
    restaurateur = clean("Restaurateur Paolo Bianchi")
    assert restaurateur is not None and restaurateur.name == "Paolo Bianchi"


def test_the_speaker_named_with_an_honorific_is_the_name_and_a_surname_finds_it() -> None:
    quotes = _quotes(
        "Cargo will move by barge from April, said Ports Minister Datuk Seri Wan Azlan Ismail.",
        "Wan Azlan said the cranes had been idle for a week. “We lost nine days, not nine weeks,” he said.")
    assert [q.speaker for q in quotes] == ["Wan Azlan Ismail"]


def test_according_to_a_body_s_officer_is_the_officer_s_words() -> None:
    [quote] = _quotes('According to PRA harbour director Ilse Marquardt-Lenz, "every crane is back on its rails '
                      'and every quay is open."')
    assert quote.speaker == "Ilse Marquardt-Lenz"


def test_according_to_a_body_then_a_person_in_no_role_gives_no_speaker() -> None:
    [quote] = _quotes('According to PRA ledgers kept by Ilse Marquardt-Lenz, "every crane is back on its rails '
                      'and every quay is open."')
    assert quote.speaker is None


def test_a_common_noun_before_a_name_makes_it_a_body_that_it_and_the_noun_find() -> None:
    quotes = _quotes(
        "Danube Freight Airways flies cargo to Vienna twice a week.",
        "In Linz, regional carrier AlpLink said it would add a third weekly flight. The airline said in a "
        "statement that demand had \"outgrown every plan we drew up last year.\"",
        "State port operator agency RPX said its divers had checked the quay walls. \"Every wall is sound "
        "and every berth is open,\" it said on its website.")
    assert [q.speaker for q in quotes] == ["AlpLink", "RPX"]


def test_a_role_noun_holding_a_body_s_name_is_that_body_s_officer() -> None:
    quotes = _quotes(
        "In a speech in March, Chairman of the Harbour Board of Linz Matthias Oberhuber said two cranes "
        "would be replaced.",
        '"No shipper will wait nine days for a crane," the Harbour Board chairman stressed, calling the '
        'repairs "the cheapest insurance this port can buy."')
    assert [q.speaker for q in quotes] == ["Matthias Oberhuber", "Matthias Oberhuber"]
    assert all(q.speaker != "Harbour Board" for q in quotes)


def test_a_role_named_in_the_clause_after_it_is_that_person() -> None:
    quotes = _quotes('“I sold my barge to pay the crew,” said the skipper, whose full name is Yaser Hamid '
                     'al-Tamimi. “The river gives and the river takes.”')
    assert [q.speaker for q in quotes] == ["Yaser Hamid al-Tamimi", "Yaser Hamid al-Tamimi"]
    assert quotes[0].rule == "named_in_apposition"


def test_a_body_s_words_that_open_on_their_verb_are_the_body_s() -> None:
    quotes = _quotes(
        "The Danube Port Authority of Upper Austria informs that the north quay is open again.",
        'The authority "urges skippers to keep to five knots inside the harbour until further notice."')
    assert [q.speaker for q in quotes] == ["Danube Port Authority of Upper Austria"]
    assert quotes[0].rule == "subject_outside"


def test_a_quotation_opening_on_a_noun_is_not_given_to_the_subject_before_it() -> None:
    quotes = _quotes('The authority "skippers and crews alike" had been warned for weeks.')
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize("paragraph", [
    'The ports ministry announced a "resilient river plan" for the smaller harbours.',
    'The study, "Crane fatigue in cold river ports measured by strain gauges", is free to read.',
])
def test_a_name_for_a_thing_or_a_work_s_title_is_not_a_quotation(paragraph: str) -> None:
    assert _quotes(paragraph) == []


def test_a_short_partial_quotation_after_a_person_is_still_one() -> None:
    [quote] = _quotes('Harbour master Ilse Marquardt-Lenz said the quay was "safe, for now."')
    assert quote.speaker == "Ilse Marquardt-Lenz"
    assert quote.confidence >= CONFIDENT
