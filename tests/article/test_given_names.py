"""The given-name table guesses only where a name is one gender across origins; a surname alone, a name used
for both, and names the table does not hold give no guess."""

from __future__ import annotations

import pytest

from qtapp.article.quotations.given_names import given_gender


@pytest.mark.parametrize("name, gender", [
    ("Pamela Greywolf", "f"), ("Seán Ó Donnchadha", "m"), ("Gaukhar Beisenova", "f"), ("Yerlan Seitzhanov", "m"),
    ("Kwame Mensah", "m"), ("Efua Asante", "f"), ("Jean-Pierre Roux", "m"), ("Marie-Claire Dubois", "f"),
    ("Kassym-Jomart Tokayev", "m"),
])
def test_a_given_name_the_table_knows(name: str, gender: str) -> None:
    assert given_gender(name) == gender


@pytest.mark.parametrize("name", ["Tokayev", "Nino Kvaratskhelia", "Andrea Rossi", "Jordan Pike", "Kim Lee",
                                  "Tian Jun", "Souksavanh Keoboualapha"])
def test_no_guess_for_a_surname_a_shared_name_or_one_the_table_lacks(name: str) -> None:
    assert given_gender(name) is None
