"""The publisher rules of pub17: a logo line written as its link text ('X Homepage') names the outlet X.
Each test would fail if the rule it names were taken out."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules.fields import _logo_name


def test_a_homepage_link_names_the_outlet_before_it() -> None:
    assert _logo_name("Tarrow Radio News Homepage") == "Tarrow Radio News"
    assert _logo_name("Kestrel home page") == "Kestrel"
    assert _logo_name("Go to homepage") == "Go to homepage"  # no outlet's name before the link
    assert _logo_name("Back to the homepage") == "Back to the homepage"


def test_a_parsed_page_under_a_homepage_link_names_the_outlet() -> None:
    text = "\n\n".join([
        "Skip to content", "Tarrow Radio News Homepage", "Search", "Latest | Local | Sport | Weather",
        "Quay Road footbridge to reopen before the winter tides", "By Ola Brandt",
        "The footbridge over the inner harbour at Quay Road will reopen next week, the council said on Thursday."])
    assert parse_text(text).publisher == "Tarrow Radio News"


def test_a_firm_named_by_its_partners_gives_the_logo_above_it() -> None:
    text = "\n\n".join([
        "The Tarrow Evening Courier", "City | Region | Business | Sport",
        "Tarrow market hall to stay open on Sundays through the winter", "By Ola Brandt",
        "The covered market hall on Fish Street will open on Sundays from next week, the markets office said.",
        "Copyright © 2026 Harrow, Pemberton & Co. Ltd. All rights reserved."])
    assert parse_text(text).publisher == "The Tarrow Evening Courier"


def test_a_firm_named_by_its_partners_is_no_publication_without_a_logo() -> None:
    from qtapp.article.rules.fields import _FIRM
    assert _FIRM.match(", Pemberton & Co. Ltd. All rights", 0) is not None
    assert _FIRM.match(", Smith and Sons", 0) is not None
    assert _FIRM.match(", Kestrel Media. All rights", 0) is None  # a second sentence, no firm
    text = "\n\n".join([
        "The covered market hall on Fish Street will open on Sundays from next week, the markets office said.",
        "Traders had asked for the extra day after a busy autumn.",
        "Copyright © 2026 Harrow, Pemberton & Co. Ltd. All rights reserved."])
    assert parse_text(text).publisher != "Harrow"
