"""The shapes behind set 13's wrong speakers, in new words: a role written as an acronym before a name, a
town's body ("City of …") cut to its first word, a body's possessive role with its person in apposition,
a place after "in" taken for the sentence's subject, a body opening on an acronym that is also a small
word, a chiefly title before a name, and a short given name read as a role noun."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT
from qtapp.article.model import Quotation
from qtapp.article.quotations.names import clean
from qtapp.article.quotations.subjects import subject_after, subject_whole

LEAD = "The harbour board met on Monday to set next year's mooring fees for the bay's fishing boats.\n\n"


def _quote(*paragraphs: str, index: int = -1) -> Quotation:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations[index]


@pytest.mark.parametrize("run", ["Fisheries MEC Thabo Nkwinti-Dube", "Provincial Fisheries MEC Thabo Nkwinti-Dube"])
def test_a_role_acronym_after_its_words_is_not_part_of_the_name(run: str) -> None:
    named = clean(run)
    assert named is not None and named.name == "Thabo Nkwinti-Dube" and named.role.endswith("mec")


def test_a_role_acronym_speaker_is_given_without_the_role_and_unmarked() -> None:
    quote = _quote("Fisheries MEC Thabo Nkwinti-Dube opened the meeting.",
                   "\"Nobody fishes without a licence,\" Nkwinti-Dube said.")
    assert quote.speaker == "Thabo Nkwinti-Dube"
    assert quote.confidence >= CONFIDENT


def test_an_acronym_before_a_single_word_is_not_taken_for_a_role() -> None:
    named = clean("Harbour MEC Dube")
    assert named is None or named.name != "Dube" or named.role == ""


def test_a_body_opening_on_an_acronym_that_is_a_small_word_keeps_it() -> None:
    named = clean("the IT Help Desk")
    assert named is not None and named.name == "IT Help Desk"
    assert clean("It") is None  # a sentence's "It" is still no name


@pytest.mark.parametrize("run", ["City of Port Avel", "The Municipality of Sandveld"])
def test_a_towns_body_is_named_whole(run: str) -> None:
    named = clean(run)
    assert named is not None and named.kind == "org"
    assert named.name == run.removeprefix("The ")


def test_a_towns_body_is_the_speaker_under_its_whole_name() -> None:
    quote = _quote("The City of Port Avel said it would \"clear the slipway by Friday\".")
    assert quote.speaker == "City of Port Avel"


def test_a_bodys_possessive_role_then_a_name_gives_the_person() -> None:
    subject = subject_after(" Harbour Watch's chief engineer, Olga Brandt.")
    assert subject is not None and subject.text == "Olga Brandt"
    quote = _quote("\"The breakwater will hold,\" says the Bay Harbour Trust's chief engineer, Olga Brandt.")
    assert quote.speaker == "Olga Brandt"


def test_a_bodys_possessive_role_with_no_name_is_not_the_bodys_first_word() -> None:
    assert subject_after(" Harbour Watch's chief engineer.") is None
    assert subject_after(" Olga Brandt's lawyer.") is None


def test_a_place_after_in_is_not_the_sentences_subject() -> None:
    quote = _quote("The consulate in Port Avel said in a statement that the visit was \"a fresh start\" for the two towns.")
    assert quote.speaker is None


def test_a_place_after_in_leaves_the_one_person_of_the_sentence() -> None:
    quote = _quote("Fisheries officer Lerato Mokoena-Smit, speaking in Port Avel, defended the plan, "
                   "saying the fees were \"the lowest in the province\".")
    assert quote.speaker == "Lerato Mokoena-Smit"


def test_a_chiefly_title_before_a_full_name_is_taken_off() -> None:
    named = clean("Ratu Josefa Tuiloma")
    assert named is not None and named.name == "Josefa Tuiloma" and "ratu" in named.role
    one = clean("Ratu Tuiloma")
    assert one is not None and one.name == "Ratu Tuiloma"  # taken off only when a full name stays behind


def test_a_short_given_name_ending_like_a_role_noun_stays_in_the_name() -> None:
    named = clean("Nor Hafizah Rosli")
    assert named is not None and named.name == "Nor Hafizah Rosli"
    longer = clean("Inspector Hafizah Rosli")
    assert longer is not None and longer.name == "Hafizah Rosli"


def test_a_bodys_possessive_role_then_a_name_before_the_verb_gives_the_person() -> None:
    subject = subject_whole(" Harbour Watch's head of dredging, Olga Brandt, ")
    assert subject is not None and subject.text == "Olga Brandt"
    quote = _quote("\"The channel is silting faster than we dredge,\" the Bay Harbour Trust's head of dredging, "
                   "Olga Brandt, said at a briefing.")
    assert quote.speaker == "Olga Brandt"


@pytest.mark.parametrize("later", ["d'Ormesson-Lacaze said", "D'Ormesson-Lacaze said"])
def test_a_family_name_opening_on_an_elided_particle_is_the_persons(later: str) -> None:
    quote = _quote("Harbour Minister Céline d'Ormesson-Lacaze opened the meeting.",
                   f"\"The fees stay where they are,\" {later}.")
    assert quote.speaker == "Céline d'Ormesson-Lacaze"


def test_an_elided_particle_inside_a_word_opens_no_name() -> None:
    from qtapp.article.quotations.lexicon import proper_names

    assert [m.group() for m in proper_names("Bad'Ormesson, d'Ormesson")] == ["Bad'Ormesson", "d'Ormesson"]
    assert [m.group() for m in proper_names("he didn't Say")] == ["Say"]
