"""Honorifics, role initials and other set-17 speaker shapes (task spk17): a wrong speaker must at least be
marked, and where the text supports it the right one is given. New words, not the holdout sets'."""

from __future__ import annotations

from qtapp.article import parse_text
from qtapp.article.doubts import CONFIDENT
from qtapp.article.model import Quotation

LEAD = "The festival week opened in the old quarter on Saturday with music in three squares.\n\n"


def _quotes(*paragraphs: str) -> list[Quotation]:
    return parse_text(LEAD + "\n\n".join(paragraphs)).quotations


def test_maestro_before_a_name_is_an_honorific_not_part_of_it() -> None:
    quotes = _quotes("When the festival's conductor, Maestro Lorenzo Abati, came to the square, he waited for "
                     "silence and said, \"Let the bells finish first.\"")
    assert quotes[-1].speaker == "Lorenzo Abati"


def test_a_roles_initials_are_never_a_name() -> None:
    quotes = _quotes("After touring the flooded district, the chief minister said boats were ready. "
                     "\"Nobody should wait for the water to rise,\" the CM said.",
                     "\"The roads will reopen on Friday,\" the DC said.")
    assert [q.speaker for q in quotes[-2:]] == [None, None]


def test_a_dutch_particle_capitalised_in_a_short_form_is_the_person_introduced() -> None:
    quotes = _quotes("Bandleader Sanne ter Velde said the squares were full by noon.",
                     "\"We had to play the last set twice,\" Ter Velde said.")
    assert quotes[-1].speaker == "Sanne ter Velde"


def test_a_role_of_a_bank_for_a_region_before_a_name_gives_the_person() -> None:
    quotes = _quotes("Opening the stage, Country Director of the Nordic Investment Bank for Estonia "
                     "Kadri Tamm-Lindholm "
                     "said the squares were \"the best kept in the Baltics.\"")
    assert quotes[-1].speaker == "Kadri Tamm-Lindholm"


def test_a_name_followed_by_a_capitalised_title_is_still_a_person() -> None:
    quotes = _quotes("\"The squares have never been this full,\" said Annegret Vollmerhaus, President of the "
                     "Festival Board.",
                     "\"We will add a fourth stage next year,\" said Tomasz Wierzbicki Nowak, Vice President, "
                     "Programming and Venues at the Festival Board. He added that tickets would stay "
                     "\"at the price of a coffee.\"")
    assert quotes[-2].speaker == "Tomasz Wierzbicki Nowak" and quotes[-2].confidence >= CONFIDENT
    assert quotes[-1].speaker != "Annegret Vollmerhaus"


def test_a_capital_the_in_mid_sentence_opens_a_title_no_pronoun_can_mean() -> None:
    quotes = _quotes("The band's leader, Mairi Tulloch, wrote most of the set.",
                     "Her jig The Skerry Lights Reel closed the night. A recording, made by fans and mixed, "
                     "she insisted, \"with the window open\", is on sale.")
    assert quotes[-1].speaker != "Skerry Lights Reel"


def test_a_double_family_name_used_alone_keeps_the_unknown_given_name() -> None:
    quotes = _quotes("\"The bells will ring until midnight,\" the organiser of the week, Gianpaolo Bertoldi Della "
                     "Valle, told reporters.",
                     "Bertoldi Della Valle said the squares would close at one.")
    assert quotes[0].speaker == "Gianpaolo Bertoldi Della Valle"
