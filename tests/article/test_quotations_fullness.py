"""A speaker stays unmarked only when the name is provably whole (``quotations.fullness``): a title, role
or body inside it, or a longer run around it elsewhere in the article, marks it, and the likelier form
is offered; the plain names next to them stay as they were. Written in new words, not sets 7 and 8's."""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT, DOUBTS
from qtapp.article.model import Quotation

LEAD = "The orchard growers met on Friday to settle the price of this year's apples.\n\n"


def _quote(*paragraphs: str, index: int = -1) -> Quotation:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations[index]


def _marked(quote: Quotation) -> bool:
    return quote.speaker is None or quote.confidence < CONFIDENT


def test_the_new_reasons_have_sentences() -> None:
    assert {"fuller_name", "title_taken_off", "title_in_name", "partial_name"} <= set(DOUBTS)


@pytest.mark.parametrize("paragraphs, speaker", [
    (["“We will pick in September,” said grower Annika Lindqvist."], "Annika Lindqvist"),
    (["Mayor Tomasz Wrona said: “The market opens at six.”"], "Tomasz Wrona"),
    (["Minister of Agriculture and Rural Affairs Petra Novak told reporters: “Prices will hold.”"],
     "Petra Novak"),
    (["Yusuf bin Khalid Al Rawahi, who grows pears, said the frost came late. “We lost a third,” he said."],
     "Yusuf bin Khalid Al Rawahi"),
])
def test_whole_names_stay_unmarked(paragraphs: list[str], speaker: str) -> None:
    quote = _quote(*paragraphs)
    assert quote.speaker == speaker
    assert not _marked(quote), quote.doubt


def test_an_honorific_the_reader_keeps_is_taken_off_and_marked() -> None:
    quote = _quote("Mallama Hauwa Danjuma Bello told the growers that “the cold store pays for itself.”")
    assert quote.speaker == "Hauwa Danjuma Bello"
    assert _marked(quote) and quote.doubt == "title_taken_off"


def test_a_word_the_article_also_writes_in_lowercase_is_no_part_of_the_name() -> None:
    quote = _quote("Cox Lukas Brandt Oberhauser, who has rowed the fruit barge for years, spoke first. "
                   "“The ladders are too old,” he said. Every cox agreed.")
    assert quote.speaker == "Lukas Brandt Oberhauser"
    assert _marked(quote) and quote.doubt == "title_taken_off"


def test_a_first_word_the_article_drops_later_is_read_as_a_title() -> None:
    quote = _quote("Kgosi Tebogo Molefe opened the meeting. Tebogo Molefe said the co-operative would buy "
                   "two presses. “We press our own juice now,” he said.")
    assert quote.speaker == "Tebogo Molefe"
    assert _marked(quote) and quote.doubt == "title_taken_off"


def test_a_name_run_into_a_long_role_is_cut_to_the_person_and_marked() -> None:
    quote = _quote("Valley Orchard Board Field Warden Martin Egger Huber said the trees were "
                   "“healthier than in any year since the flood.”")
    assert quote.speaker == "Martin Egger Huber"
    assert _marked(quote)


def test_a_body_run_into_its_member_s_name_gives_the_member_marked() -> None:
    quote = _quote("The Growers Committee Ilse Marie Vogt, a retired teacher, called the price "
                   "“the fairest in a decade.”")
    assert quote.speaker == "Ilse Marie Vogt"
    assert _marked(quote) and quote.doubt == "title_taken_off"


def test_a_name_cut_short_is_given_its_fuller_form_marked() -> None:
    quote = _quote("“We heard the buyers,” said the firm's chief executive, Ingrid Solheim Dahl, at a news "
                   "conference.",
                   "Solheim Dahl said the buyers had been patient. “Patience has a price,” she said.")
    assert quote.speaker == "Ingrid Solheim Dahl"
    assert _marked(quote) and quote.doubt == "fuller_name"


def test_a_body_s_name_joined_by_an_ampersand_is_given_whole() -> None:
    quote = _quote("The buyer, Alpine Fruit & Juice, later wrote that the crop was “the sweetest on record.”")
    assert quote.speaker == "Alpine Fruit & Juice"
    assert _marked(quote)


def test_two_words_no_table_knows_before_a_given_name_are_read_as_a_role() -> None:
    quote = _quote("Grove Yard Martin Egger said the ladders were “older than the trees.”")
    assert quote.speaker == "Martin Egger"
    assert _marked(quote) and quote.doubt == "title_taken_off"


@pytest.mark.parametrize("paragraph, speaker", [
    ("Comrade Tendai Moyo, who chairs the growers, said the price was low. “We pay for the sun,” he said.",
     "Tendai Moyo"),
    ("Town Clerk Richard Onen said the old market would close because it was “no longer safe.”", "Richard Onen"),
])
def test_titles_and_roles_of_many_places_are_taken_off_and_marked(paragraph: str, speaker: str) -> None:
    quote = _quote(paragraph)
    assert quote.speaker == speaker and _marked(quote)


def test_a_role_with_a_prefix_glued_on_is_a_role() -> None:
    quote = _quote("Trade Undersecretary Mirela Vukovic Stanek said the tariff was “a price, not a ban.”")
    assert quote.speaker == "Mirela Vukovic Stanek"
    assert _marked(quote) and quote.doubt == "title_taken_off"


def test_a_first_word_the_article_writes_in_lowercase_goes_even_when_the_sex_is_unknown() -> None:
    quote = _quote("The growers' counsel, Counsel Thandeka Ramaphosa Ndlovu, told the board the contracts "
                   "were “signed under pressure.”")
    assert quote.speaker == "Thandeka Ramaphosa Ndlovu"
    assert _marked(quote)


def test_an_abbreviated_title_before_a_given_name_is_taken_off() -> None:
    quote = _quote("Cr Gareth Rhys Pritchard said the orchard path would reopen “once the bank is safe.”")
    assert quote.speaker == "Gareth Rhys Pritchard"
    assert _marked(quote) and quote.doubt == "title_taken_off"


def test_a_title_and_a_family_name_later_are_the_person_introduced_with_the_title() -> None:
    quote = _quote("Deputy Mayor Cr Siobhan Keane opened the orchard path on Friday.",
                   "“The bank is safe again,” Cr Keane said.")
    assert quote.speaker == "Siobhan Keane"
    assert _marked(quote)


def test_two_people_with_one_family_name_keep_their_own_names() -> None:
    quotes = parse_text(LEAD + "The grower, Renata Kowalczyk, was away. Her sister, Halina Kowalczyk, spoke for "
                        "her. “The frost took the blossom,” she said.").quotations
    assert quotes[-1].speaker != "Renata Kowalczyk"


def test_a_name_written_whole_only_where_a_sentence_opens_is_marked_as_read() -> None:
    # "Reserve" (a sentence's first word, no given name) may be the role of someone named once
    quote = _quote("Reserve Tomek Adeyinka came on at half time and scored twice.",
                   "Adeyinka, 20, said he had been told “to run until somebody stops you.”")
    assert quote.speaker == "Reserve Tomek Adeyinka"
    assert _marked(quote) and quote.doubt == "title_in_name"


def test_a_name_written_whole_inside_a_sentence_too_keeps_its_first_word() -> None:
    quote = _quote("Kwabena Tomek Adeyinka came on at half time. The club's new signing, Kwabena Tomek "
                   "Adeyinka, scored twice.", "Adeyinka said he had been told “to run until somebody stops you.”")
    assert quote.speaker == "Kwabena Tomek Adeyinka"
    assert quote.doubt != "title_in_name"


def test_a_role_word_by_its_ending_is_taken_off_when_the_article_writes_it_as_a_word() -> None:
    quote = _quote("“The ledger was altered twice,” said County Auditor Imke Vandersloot-Aho, whom the "
                   "growers had asked to check the accounts. The auditor found no other errors.")
    assert quote.speaker == "Imke Vandersloot-Aho"
    assert not _marked(quote), quote.doubt


@pytest.mark.parametrize("text", ["the old market", "Old market", "old-market", "the oldest", "an old’s", "_old",
                                  "old", "xold old", "oldold " * 40 + "old", "oldold " * 40, "older. Old"])
def test_a_word_written_lowercase_is_found_as_the_pattern_finds_it(text: str) -> None:
    """The set of the text's words gives the pattern's answer, wherever the word stands."""
    import re

    from qtapp.article.quotations import fullness

    pattern = re.compile(r"(?<![\w\-’'])old(?![\w\-’'])")
    assert fullness.written_lowercase(text, "old") == (pattern.search(text) is not None)
