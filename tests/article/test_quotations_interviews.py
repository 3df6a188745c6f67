"""Who asks an interview's questions (``quotations.interviews``): a labelled question ("Harbour Weekly:
"…?"") is the byline's one interviewer's, marked; a question labelled with someone the article introduced,
or on a page with two authors, is not given to an author."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT
from qtapp.article.model import Quotation


def _marked(quote: Quotation) -> bool:
    return quote.speaker is None or quote.confidence < CONFIDENT


def _interview(question_label: str, byline: str = "Interview by Eilidh MacAskill") -> list[Quotation]:
    return parse_text(f"A skipper on thirty years of crossings\n\n{byline}\n\n"
                      "Ruaraidh Morrison, 61, has skippered the morning ferry since 1995. He spoke to Harbour "
                      "Weekly on the quay.\n\n"
                      f"{question_label}: \"Would you do it again?\"\n\n"
                      "Morrison: \"Every morning of my life.\"").quotations


@pytest.mark.parametrize("label", ["Harbour Weekly", "Eilidh MacAskill", "HW"])
def test_a_labelled_question_in_an_interview_is_the_bylines_interviewers_and_marked(label: str) -> None:
    question, answer = _interview(label)
    assert question.speaker == "Eilidh MacAskill"
    assert _marked(question) and question.doubt == "interviewer"
    assert answer.speaker == "Ruaraidh Morrison"


def test_a_question_labelled_with_the_interviewee_or_with_two_authors_gets_no_interviewer() -> None:
    question, _ = _interview("Morrison")
    assert question.speaker != "Eilidh MacAskill"
    question, _ = _interview("Harbour Weekly", byline="By Eilidh MacAskill and Tom Reid")
    assert question.speaker is None
