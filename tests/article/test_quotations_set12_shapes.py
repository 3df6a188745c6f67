"""The shapes behind set 12's unmarked wrong speakers, in new words: a body's short form in brackets, a
sentence whose subject the index never took for a person, a body's campus for the body, a religious title
before a name, a heading glued to the name's sentence; and a role in apposition after a preposition."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT, DOUBTS
from qtapp.article.model import Quotation

LEAD = "The water board met on Monday to set next year's tariffs for the valley's farms.\n\n"


def _quote(*paragraphs: str, index: int = -1) -> Quotation:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations[index]


def _marked(quote: Quotation) -> bool:
    return quote.speaker is None or quote.confidence < CONFIDENT



@pytest.mark.parametrize("title", ["Mawlawi", "Maulvi", "Alhaj"])
def test_a_religious_title_before_a_name_is_not_the_name(title: str) -> None:
    quote = _quote(f"Irrigation Minister {title} Nur Ahmad Sadiqi opened the sluice.",
                   "\"Water is the valley's only wealth,\" the minister said.")
    assert quote.speaker == "Nur Ahmad Sadiqi"


def test_a_short_form_in_brackets_names_the_body_introduced_before_it() -> None:
    quote = _quote("Farmers rely on figures from the National Irrigation Service (SNR) and the weather office.",
                   "SNR told the board that \"no canal will run dry before August.\"")
    assert quote.speaker == "National Irrigation Service"


def test_a_short_form_spelling_a_bodys_initials_names_that_body() -> None:
    quote = _quote("The Valley Water Authority opened the meeting.",
                   "The VWA said the new rate was \"the lowest the law allows.\"")
    assert quote.speaker == "Valley Water Authority"


def test_a_persons_name_with_a_partys_letters_after_it_stays_a_person() -> None:
    quote = _quote("Councillor Ruth Okonjo (PLD) voted against the tariff.",
                   "\"It is a tax on the smallest farms,\" Okonjo said.")
    assert quote.speaker == "Ruth Okonjo"


def test_a_sentence_opening_on_a_name_the_index_never_took_marks_the_he() -> None:
    # "Mbeki" was never introduced with a sign of a person: the he may be his, not Tomas Reyes's
    quote = _quote("The board's engineer, Tomas Reyes, presented the canal survey.",
                   "Mbeki was unconvinced. \"The survey stops where the real leaks begin,\" he said.")
    assert _marked(quote) and quote.doubt == "pronoun_ambiguous"
    assert "pronoun_ambiguous" in DOUBTS


def test_the_he_of_the_person_just_named_stays_unmarked() -> None:
    quote = _quote("The board's engineer, Tomas Reyes, presented the canal survey. Reyes was confident. "
                   "\"The survey shows where every leak is,\" he said.")
    assert quote.speaker == "Tomas Reyes" and not _marked(quote)


def test_a_role_in_apposition_after_a_preposition_makes_the_name_a_persons() -> None:
    quote = _quote("The motion passed after a speech from their chairman, Kalani Mahoe, and a short debate.",
                   "Mahoe was pleased. \"We asked for fairness and got it,\" he said.")
    assert quote.speaker == "Kalani Mahoe" and not _marked(quote)


def test_a_body_read_with_its_campus_is_given_as_the_whole_body_and_marked() -> None:
    quote = _quote("Cleaners at the University of the Andes Norte Campus walked out over unpaid overtime.",
                   "The university said it was \"working with the contractor on a solution.\"")
    assert quote.speaker == "University of the Andes"
    assert _marked(quote) and quote.doubt == "part_of_body"


def test_a_heading_glued_to_the_bodys_sentence_is_taken_off_and_marked() -> None:
    quote = _quote("RulingThe Appeals Tribunal said the tariff was \"lawful but badly explained.\"")
    assert quote.speaker == "Appeals Tribunal"
    assert _marked(quote) and quote.doubt == "glued_words"


def test_the_judge_is_the_one_introduced_by_the_title_justice() -> None:
    quote = _quote("Justice Agnes Pukari heard the water board's appeal.",
                   "\"The board has no power to charge twice,\" the judge told the court.")
    assert quote.speaker == "Agnes Pukari" and not _marked(quote)


def test_the_statement_said_is_the_body_that_issued_it_and_marked() -> None:
    quote = _quote("The Valley Water Authority said in a statement that it had refunded farmer Jonas Uiseb. "
                   "\"Every meter will be checked again,\" the statement said.")
    assert quote.speaker == "Valley Water Authority"
    assert _marked(quote)


def test_the_statement_said_with_two_people_named_and_no_body_first_gives_nobody() -> None:
    quote = _quote("Jonas Uiseb and Petrus Gowaseb said in a statement that they would appeal. "
                   "\"We were charged twice,\" the statement said.")
    assert quote.speaker is None


def test_a_role_in_apposition_after_a_possessive_ending_in_s_makes_the_name_a_persons() -> None:
    quote = _quote("\"The meter ran all winter,\" said farmer Beatrice Knowles.",
                   "Knowles’ neighbour, Ellison Rahming, was angrier. \"We were charged twice,\" he said.")
    assert quote.speaker == "Ellison Rahming" and not _marked(quote)


def test_a_quotation_of_its_own_after_a_sentence_about_one_person_is_theirs_and_marked() -> None:
    quote = _quote("Chairman Jonas Uiseb did not rule out a boycott. \"If the rate stands, we stop paying.\"")
    assert quote.speaker == "Jonas Uiseb"
    assert _marked(quote) and quote.doubt == "about_before" and "about_before" in DOUBTS


def test_a_quotation_after_a_sentence_naming_two_people_or_none_gets_nobody() -> None:
    quote = _quote("Chairman Jonas Uiseb met Petrus Gowaseb on Friday. \"If the rate stands, we stop paying.\"")
    assert quote.speaker is None
    quote = _quote("The meeting ended late. \"If the rate stands, we stop paying.\"")
    assert quote.speaker is None


@pytest.mark.parametrize("position", ["Guard", "Forward", "Striker", "Quarterback", "Winger"])
def test_a_playing_position_before_a_name_is_a_role_not_the_name(position: str) -> None:
    quote = _quote(f"{position} Kalani Mahoe, who fouled out late, watched from the bench. "
                   "\"The crowd carried us,\" Mahoe said.")
    assert quote.speaker == "Kalani Mahoe" and not _marked(quote)


def test_a_post_in_apposition_after_a_name_is_the_names_role_not_a_person() -> None:
    quote = _quote("According to Dr. Hamda Rashid Al Mazrouei, Director of the Marine Habitats Department at the "
                   "Ministry, the nurseries will grow 12,000 fragments. \"A reef we replant is a reef we keep,\" "
                   "she said.")
    assert quote.speaker == "Hamda Rashid Al Mazrouei"
    quote = _quote("Salim Nasser Al-Harthy, Director General of Coastal Affairs, said divers would be trained. "
                   "\"They know these waters,\" Al-Harthy said.")
    assert quote.speaker == "Salim Nasser Al-Harthy"
