"""Honest confidence (``quotations.trust``): a speaker stays unmarked only on a proven shape with nothing
unfamiliar around it; each doubt here is written in new words (not the holdout's) and must mark the
quotation with its own reason, while the plain shapes next to it stay unmarked."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT, DOUBTS
from qtapp.article.model import Quotation
from qtapp.article.quotations import rules
from qtapp.article.quotations.trust import PROVEN

LEAD = "The harbour board met on Tuesday to settle the dredging budget for the coming season.\n\n"


def _quote(*paragraphs: str, index: int = -1) -> Quotation:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations[index]


def _marked(quote: Quotation) -> bool:
    return quote.speaker is None or quote.confidence < CONFIDENT


def test_every_proven_shape_names_a_real_rule_and_carries_its_record() -> None:
    names = {rule.__name__ for rule in rules.RULES} | {"naming_verb_before", "named_in_apposition", "sentence_subject"}
    for (rule, how), proven in PROVEN.items():
        assert rule in names, rule
        assert how in {"name", "pronoun", "role", "voice", "carried", "sentence"}
        assert proven.example and "/" in proven.record  # right/wrong on the corpus
    assert set(DOUBTS) >= {"partial_name", "short_org", "pronoun_ambiguous", "between", "shape"}


@pytest.mark.parametrize("paragraphs, speaker", [
    (["“We will dredge in March,” said harbour master Ingrid Solberg."], "Ingrid Solberg"),
    (["Harbour master Ingrid Solberg said: “We will dredge in March.”"], "Ingrid Solberg"),
    (["Ingrid Solberg, the harbour master, spoke after the vote.",
      "“We will dredge in March,” she said."], "Ingrid Solberg"),
])
def test_the_plain_shapes_stay_unmarked(paragraphs: list[str], speaker: str) -> None:
    quote = _quote(*paragraphs)
    assert quote.speaker == speaker
    assert quote.confidence >= CONFIDENT and quote.doubt is None


def test_a_given_name_left_in_the_role_marks_the_name_as_partial() -> None:
    # "Minister of Fisheries and Coastal Affairs Tomás …": the reading keeps the last two words
    quote = _quote("“The channel will be ready by May,” Minister of Fisheries and Coastal Affairs Tomás "
                   "Echeverría Lazcano told reporters.")
    assert quote.speaker == "Tomás Echeverría Lazcano" and not _marked(quote) or (
        quote.speaker == "Echeverría Lazcano" and _marked(quote) and quote.doubt == "partial_name")


def test_a_family_name_opening_on_its_particle_is_marked() -> None:
    quote = _quote("Van Rensburg said the contract had been signed in the spring and would “pay for itself "
                   "within four years.”")
    assert quote.speaker == "Van Rensburg"
    assert _marked(quote) and quote.doubt == "partial_name"


def test_a_body_named_again_by_its_kind_is_the_one_body_of_that_kind() -> None:
    quote = _quote("The Regional Ports Tribunal heard the appeal in closed session.",
                   "The Tribunal said the board's notice had been “issued without the required consultation.”")
    assert quote.speaker == "Regional Ports Tribunal" and not _marked(quote)


def test_a_body_named_by_its_kind_alone_with_two_of_that_kind_is_marked() -> None:
    quote = _quote("The Regional Ports Tribunal heard the appeal after the Coastal Works Tribunal declined it.",
                   "The Tribunal said the board's notice had been “issued without the required consultation.”")
    assert quote.speaker == "Tribunal"
    assert _marked(quote) and quote.doubt == "short_org"


def test_a_name_in_apposition_to_a_body_is_not_given_a_persons_words() -> None:
    quote = _quote("Daniel Reyes, an officer with a civic group, Tidewater Watch, urged the board to act. "
                   "“Silence costs more than dredging,” he said.")
    assert quote.speaker == "Daniel Reyes" and not _marked(quote) or (
        quote.speaker == "Tidewater Watch" and _marked(quote) and quote.doubt == "org_as_person")


def test_a_pronoun_with_two_men_in_its_sentence_is_marked() -> None:
    quote = _quote("Peter Lindqvist, who chairs the board, thanked David Moreau for the survey. "
                   "“We could not have planned without it,” he said.")
    assert quote.speaker == "David Moreau"  # the latest man named: the rule's answer, but only a guess
    assert _marked(quote) and quote.doubt == "pronoun_ambiguous"


def test_a_clause_of_its_own_between_verb_and_quotation_is_marked() -> None:
    quote = _quote("Harbour master Ingrid Solberg said the board had offered a two-year trial, which the "
                   "pilots' union dismissed as “a delay dressed up as a plan.”")
    assert quote.speaker == "Ingrid Solberg"
    assert _marked(quote) and quote.doubt == "between"


def test_a_clause_that_closes_before_the_quotation_leaves_it_unmarked() -> None:
    quote = _quote("Harbour master Ingrid Solberg said the plan, which the pilots back, would “keep the "
                   "channel open all winter.”")
    assert quote.speaker == "Ingrid Solberg"
    assert not _marked(quote)


def test_a_listener_right_after_told_is_not_a_rival_speaker() -> None:
    quote = _quote("Harbour master Ingrid Solberg told Parliament that the dredging would “keep the channel "
                   "open all winter.”")
    assert quote.speaker == "Ingrid Solberg" and not _marked(quote)


def test_a_title_kept_on_a_name_the_article_shortens_to_mrs_is_marked() -> None:
    quote = _quote("In the old quarter, Iyalode Funke Adebayo, a fish trader, counted her losses.",
                   "“The tide came in and stayed,” Mrs Adebayo said.")
    assert quote.speaker == "Funke Adebayo" and not _marked(quote) or (
        quote.speaker == "Iyalode Funke Adebayo" and _marked(quote) and quote.doubt == "title_in_name")


def test_an_unproven_shape_is_marked_with_its_rules_reason() -> None:
    # (a colon after the sentence's one person, "colon_intro", is proven since 2026-12-02: test_quotations_turns)
    paragraph = _quote("“We will dredge in March,” said harbour master Ingrid Solberg.",
                       "“And we will pay for it from the reserve.”")
    assert paragraph.rule == "continuation_paragraph"
    assert _marked(paragraph) and paragraph.doubt == "continuation_paragraph"


def test_a_cut_between_two_words_the_name_table_does_not_know_is_marked() -> None:
    # neither "Oyunbileg" nor "Batbayar" is a given name the table knows: the cut may be a word short
    quote = _quote("“The line opens in May,” said Minister of Mines and Energy Oyunbileg Batbayar Tsend.")
    assert quote.speaker == "Batbayar Tsend"
    assert _marked(quote) and quote.doubt == "partial_name"


def test_a_word_before_the_name_that_stands_alone_elsewhere_is_not_part_of_it() -> None:
    quote = _quote("Ships from Gdansk dock here twice a week.",
                   "“The line opens in May,” said Mayor of Gdansk Bartosz Wiśniewski.")
    assert quote.speaker == "Bartosz Wiśniewski" and not _marked(quote)


def test_two_voices_reported_before_the_quotation_mark_it() -> None:
    quote = _quote("Harbour master Ingrid Solberg said pilot Jonas Berg had told her: “The silt is back.”")
    assert quote.speaker == "Jonas Berg"
    assert _marked(quote) and quote.doubt == "two_speakers"


def test_the_company_with_a_rival_named_since_is_marked() -> None:
    quote = _quote("Harbour Tugs won the towing contract. Its rival, Fjord Towage, said it would appeal.",
                   "“The tender was unfair,” the company said.")
    assert quote.speaker == "Harbour Tugs"  # the latest firm the index is sure of: the rule's guess
    assert _marked(quote) and quote.doubt == "role_ambiguous"
