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


_PORTAL = ["Lanternfly News", "Home | Mail | News | Money | Sport", "Nordic Wire Service",
           "Ferry operators on the northern fjords add winter sailings after road closures",
           "Sigrun Halvorsen-Baptiste",
           "Two ferry companies on the northern fjords will add extra winter sailings from Monday, the office said.",
           "Recommended stories", "© 2026 Lanternfly. All rights reserved."]


def test_a_portal_page_names_the_outlet_over_the_headline_and_the_portal_that_carries_it() -> None:
    article = parse_text("\n\n".join(_PORTAL))
    assert article.publisher == "Nordic Wire Service"
    assert article.reprinted_by == "Lanternfly News"


def test_a_copyright_of_another_owner_than_the_logo_keeps_the_usual_answer() -> None:
    article = parse_text("\n\n".join([*_PORTAL[:-1], "© 2026 Harrier Media Ltd. All rights reserved."]))
    assert article.publisher != "Nordic Wire Service" and article.reprinted_by is None


def test_a_kind_of_piece_over_the_headline_is_no_carried_outlet() -> None:
    article = parse_text("\n\n".join(["Lanternfly News", *_PORTAL[1:2], "Match Report", *_PORTAL[3:]]))
    assert article.publisher != "Match Report"


def test_a_press_centre_breadcrumb_is_no_publisher() -> None:
    text = "\n\n".join([
        "Official Website of the Ministry of Coastal Affairs of the Tarrow Region", "Ministry | Press Centre | News",
        "Press Centre › News", "Ministry opens tender for two new breakwaters at Port Sela",
        "04 December 2026, 09:30",
        "The Ministry of Coastal Affairs has opened a tender for two breakwaters at Port Sela, it said on Friday."])
    assert parse_text(text).publisher != "Press Centre"
