"""A transcript's turn ("Name: …") holding a quotation its speaker quotes from their own words
(``quotations.transcripts``): the turn's speaker, while a turn that reports someone else's words, a turn
opening on the quotation and a label that is not a full name give it nobody by this rule. Invented words."""

from __future__ import annotations

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT
from qtapp.article.model import Quotation


def _quotes(*turns: str) -> list[Quotation]:
    opening = "Harbour master Ilse Marrow-Quint took questions from reporters on Tuesday."
    return parse_text("\n\n".join((opening,) + turns)).quotations


def test_a_quotation_inside_a_named_turn_is_the_turn_s_speaker_s() -> None:
    quotes = _quotes('Ilse Marrow-Quint: Good morning. As I told the pilots, "the channel is open at every tide."',
                     "Q: And the outer bar?",
                     'Ilse Marrow-Quint: It will be dredged. What I said was simple: "bring your ships."')
    assert [(q.speaker, q.rule) for q in quotes] == [("Ilse Marrow-Quint", "turn_label")] * 2


def test_a_turn_reporting_another_s_words_or_a_question_line_is_left_to_the_other_rules() -> None:
    quotes = _quotes('Ilse Marrow-Quint: The week was long. The auditors wrote that it was "within budget."',
                     'Q: The skippers call the works "a disaster." Fair?')
    assert all(q.rule != "turn_label" for q in quotes)
    assert quotes[0].speaker is None


def test_a_turn_opening_on_its_quotation_or_under_a_title_is_not_read_as_a_turn() -> None:
    quotes = _quotes('OC Harbour: "What changed?"', 'Minister Osk: Well. As I said, "nothing changed."')
    assert all(q.rule != "turn_label" for q in quotes)


def test_a_speech_verb_after_the_quotation_is_the_cue_not_the_turn() -> None:
    quotes = _quotes('Ilse Marrow-Quint: Listen. "We are ready," said the pilot Agnar Velt.')
    assert quotes[0].speaker == "Agnar Velt"



QA = ("Harbour pilot Torunn Aasland has guided ships into Kvalvik since 1996.\n\n"
      "Q: What is the hardest part of the job?\n\n")


def test_an_answer_turn_quoting_the_answerer_is_the_interviewees_marked() -> None:
    quotes = parse_text(QA + "A: Fog. As I told the board, \"routine is when people stop looking.\"").quotations
    assert [(q.speaker, q.rule) for q in quotes] == [("Torunn Aasland", "answer_label")]
    assert quotes[0].confidence < CONFIDENT


def test_a_question_quoting_what_you_called_it_is_the_interviewees() -> None:
    quotes = parse_text(QA + "Q: You once called the station \"the best office in Norway\". Still?").quotations
    assert [q.speaker for q in quotes] == ["Torunn Aasland"]


def test_an_answer_turn_quoting_someone_else_is_theirs() -> None:
    quotes = parse_text(QA + "A: Fog. My captain, Einar Solheim, used to tell us, \"Trust the chart.\"").quotations
    assert [q.speaker for q in quotes] == ["Einar Solheim"]


def test_a_question_quoting_a_body_is_not_the_interviewees() -> None:
    quotes = parse_text(QA + "Q: The port authority says radar makes it \"almost routine\". Is it?").quotations
    assert all(q.speaker != "Torunn Aasland" for q in quotes)


def test_an_answer_turn_with_two_people_before_the_questions_gives_nobody() -> None:
    text = QA.replace("since 1996.", "since 1996 with her deputy, Einar Solheim, who retires too.")
    quotes = parse_text(text + "A: Fog. As I told the board, \"routine is when people stop looking.\"").quotations
    assert [q.speaker for q in quotes] == [None]
