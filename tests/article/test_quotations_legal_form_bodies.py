"""A body named with its legal form ("… Distribution Limited", "… Heavy Industries") is a firm that "the
company" may mean (``quotations.lexicon.ORG_HEADS``, ``people._COMMERCIAL``). Invented words."""

from __future__ import annotations

from qtapp.article import parse_text


def test_the_company_after_a_body_named_with_its_legal_form_is_that_body() -> None:
    quotes = parse_text("Power to the docks was cut on Sunday, the Halden Grid Distribution Limited said.\n\n"
                        '"Power will come back street by street," the company said.').quotations
    assert quotes[0].speaker == "Halden Grid Distribution Limited"
