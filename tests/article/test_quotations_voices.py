"""Another voice the words may be (``quotations.voices``): a question the reporter asked, words someone
was told by another, a second person introduced before a carried quotation, a body's acronym given a
he/she. Each is marked (or given nobody) while the plain shapes next to it stay unmarked. New words,
not sets 7 and 8's."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT
from qtapp.article.model import Quotation
from qtapp.article.quotations import voices
from qtapp.library.attribution import check_reason

LEAD = "The tram depot reopened on Monday after a year of repairs.\n\n"


def _quotes(*paragraphs: str) -> list[Quotation]:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations


def _marked(quote: Quotation) -> bool:
    return quote.speaker is None or quote.confidence < CONFIDENT


def test_a_question_the_reporter_asked_is_nobody_s_and_says_why() -> None:
    text = LEAD + ("Ingrid Solberg runs the depot. When we asked, “Would you ride it yourself?” she replied: "
                   "“Every day.”")
    article = parse_text(text)
    question, answer = article.quotations
    assert question.speaker is None and question.doubt == "question"
    assert check_reason(article, question.start, question.end, "author", None) == "question"
    assert answer.speaker == "Ingrid Solberg"


def test_a_question_someone_answered_is_not_the_answerer_s() -> None:
    [quote] = _quotes("Mira Kovač, who drives the night tram, stood at the door. “Who pays for the "
                      "repairs?” Kovač answered with a shrug.")
    assert quote.speaker is None and quote.doubt == "question"


def test_words_told_by_someone_else_get_no_speaker() -> None:
    [quote] = _quotes("Driver Elif Demir recalls her first shift and being told by an old conductor, "
                      "“Never race the bell.”")
    assert quote.speaker is None and quote.doubt == "told_by"


def test_a_second_person_named_before_a_carried_quotation_takes_it_marked() -> None:
    first, second, third = _quotes("“The seats are new,” said Piotr Zielinski, a commuter. “The brakes "
                                   "are not,” he said. Another rider, Hanne Berg, was less kind: "
                                   "“It still rattles.”")
    assert first.speaker == second.speaker == "Piotr Zielinski"
    assert third.speaker == "Hanne Berg" and _marked(third)


def test_an_acronym_given_he_is_the_officer_named_beside_it() -> None:
    quotes = _quotes("The TMB said in a statement that the depot was ready.",
                     "Pedro Alves Costa, head of works at the TMB, said the rails were relaid. "
                     "“We replaced every sleeper,” he told reporters.")
    assert quotes[-1].speaker == "Pedro Alves Costa" and _marked(quotes[-1])


def test_a_plain_pronoun_after_one_person_stays_unmarked() -> None:
    [quote] = _quotes("Pedro Alves Costa, the head of works, said the rails were relaid. "
                      "“We replaced every sleeper,” he told reporters.")
    assert quote.speaker == "Pedro Alves Costa" and not _marked(quote)



@pytest.mark.parametrize("text, opens", [
    ("Lindgren said the sheds were new. A fitter who asked not to be named said the roof leaked.", True),
    ("Lindgren called them “the best”.A fitter who asked not to be named said so.", True),  # breaks lost
    ("Lindgren spoke first. Another rider, Hanne Berg, was less kind.", True),
    ("Lindgren spoke first. A further cut in the budget would be a blow.", False),  # no one: a thing
    ("Lindgren spoke first. The fitter said the roof leaked.", False),  # someone already met
])
def test_a_sentence_bringing_in_someone_unnamed_is_found(text: str, opens: bool) -> None:
    assert bool(voices._UNNAMED_OPENS.search(text)) is opens


def test_a_question_asked_just_before_the_quotation_is_not_the_next_person_s() -> None:
    [question, answer] = _quotes("Interview by Pia Nurmi.",
                                 "When Nurmi asked, “Will the night tram come back?”, Kalle Virtanen laughed. "
                                 "“If the city pays,” he said.")
    assert question.speaker != "Kalle Virtanen" and _marked(question)
    assert answer.speaker == "Kalle Virtanen"


def test_a_he_after_someone_else_speaks_is_marked_even_when_the_index_missed_them() -> None:
    # the index reads "Depot Works Group" as nobody it knows; the he may be its spokesman, not Solberg's
    quotes = _quotes("Ingrid Solberg runs the depot and said the lines would reopen in stages.",
                     "A mechanic who has serviced the fleet since 2009, Taro Lindgren-Oyelaran, told us the "
                     "brakes were the worry. “Nobody rides a tram twice if it will not stop,” he said.")
    assert quotes[-1].speaker == "Taro Lindgren-Oyelaran"  # named in apposition as the subject of "told"
    assert not _marked(quotes[-1])


def test_a_he_is_not_doubted_for_a_place_in_the_person_s_own_sentence() -> None:
    [quote] = _quotes("Ingrid Solberg, whose sons ride to Kirtland Elementary, said the stops had moved. "
                      "“We walk now,” she said.")
    assert quote.speaker == "Ingrid Solberg" and not _marked(quote)


def test_a_he_after_a_body_speaks_between_is_marked() -> None:
    quotes = _quotes("Tomas Lindgren, who chairs the riders' forum, called the reopening overdue.",
                     "At the depot, Harbour Tram Works, told the city the brakes were worn. "
                     "“Nobody rides a tram twice if it will not stop,” he said.")
    assert quotes[-1].speaker == "Tomas Lindgren"
    assert _marked(quotes[-1]) and quotes[-1].doubt == "pronoun_ambiguous"
