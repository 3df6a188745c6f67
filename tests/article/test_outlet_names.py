"""Issue 12, set 11's publisher misses: a found outlet mention becomes the outlet's name in one place, a
platform is never the publisher of a post, and two independent signals that agree name the publisher.
Each case is invented; the p12- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules.outlet_names import (
    account_owner,
    in_page_case,
    logo_head,
    outlet_name,
    platform,
    spelled_in_page,
    without_edition,
    without_expansion,
)
from qtapp.article.rules.outlet_vote import Witnesses, key, vote

BODY = ("The council will open the new depot in May, officials said on Tuesday after a long review.\n\n"
        "The work is expected to cost about four million and to finish before the winter storms arrive.\n\n")
HEADLINE = "Harbour depot to open in May after a long review"


@pytest.mark.parametrize("mention, name", [
    ("Gazeta Porto — English edition", "Gazeta Porto"),
    ("La Voz Andina · English", "La Voz Andina"),
    ("Tallinna Leht — Culture", "Tallinna Leht"),
    ("The Harbour Post | Opinion | Letters", "The Harbour Post"),
    ("NBA English", "NBA"),
    ("Al Jazeera English", "Al Jazeera English"),  # no separator, no initials: the language is the name's
    ("Home — Nation", "Home — Nation"),  # all sections: a breadcrumb, left for the rules that skip it
    ("Science — Interviews", "Science — Interviews"),
])
def test_an_edition_or_section_after_a_separator_is_no_part_of_the_name(mention: str, name: str) -> None:
    assert without_edition(mention) == name


@pytest.mark.parametrize("mention, name", [
    ("RNP (Radio Nacional del Paraguay", "RNP"),
    ("RNP (Radio Nacional del Paraguay)", "RNP"),
    ("Ghanaian Wire Service (GWS)", "Ghanaian Wire Service"),
    ("Daily Tribune (Lagos)", "Daily Tribune (Lagos)"),  # a place, not an expansion
])
def test_a_bracketed_expansion_is_split_off(mention: str, name: str) -> None:
    assert without_expansion(mention) == name


def test_capitals_take_the_pages_mixed_case_else_the_citation_case() -> None:
    assert in_page_case("NORTE PRENSA", "norte prensa | English\nreported by Norte Prensa on Monday") == "Norte Prensa"
    assert in_page_case("NORTE PRENSA", "norte prensa | English") == "Norte Prensa"
    assert in_page_case("TASR", "Tasr") == "TASR"  # initials stay


def test_initials_are_spelled_out_only_where_the_page_pairs_them() -> None:
    assert spelled_in_page("MNA", "This report by Mekong News Agency (MNA) is carried here.") == "Mekong News Agency"
    assert spelled_in_page("MNA", "MNA reported on Friday.") is None


@pytest.mark.parametrize("line, head", [
    ("HNS | Hellenic News Service", "HNS"),
    ("GRT · Guam Radio Television", "GRT"),
    ("The Lakeside Herald | Kenya's Oldest Weekly", "The Lakeside Herald"),
    ("Sofia Daily News | Bulgaria", "Sofia Daily News"),
    ("Opinion | The Daily Star", "Opinion | The Daily Star"),  # a section before an outlet: not the shape
])
def test_a_logo_of_two_parts_gives_the_outlet_it_leads_with(line: str, head: str) -> None:
    assert logo_head(line) == head


def test_a_platform_is_told_from_an_outlet_and_an_account_owner_is_found() -> None:
    assert platform("YouTube") == "social" and platform("Medium") == "host" and platform("Reuters") is None
    assert account_owner(["Mastodon", "Lagoa Bird Count @birds@social.example.pt"]) == "Lagoa Bird Count"
    assert account_owner(["Subscribe for more stories · 2.1K subscribers"]) is None
    assert outlet_name("EL TIEMPO LIBRE — English edition", "El Tiempo Libre said") == "El Tiempo Libre"


def test_a_posted_video_is_published_by_its_channel_not_the_platform() -> None:
    text = ("YouTube\n\nWhy the river ferry still runs | Museo del Río Paraná\n\n"
            "3,104 views · Premiered 2 Mar 2025\n\n" + BODY)
    assert parse_text(text).publisher == "Museo del Río Paraná"


def test_a_social_post_with_no_named_account_has_no_publisher() -> None:
    text = "Mastodon\n\n" + HEADLINE + "\n\n" + BODY + "4 boosts · 9 favourites · Reply\n"
    assert parse_text(text).publisher is None


def test_the_logo_edition_is_cut_from_the_published_name() -> None:
    text = "Gazeta Porto — English edition\n\n" + HEADLINE + "\n\n" + BODY
    article = parse_text(text)
    assert article.publisher == "Gazeta Porto"
    assert article.found_by["publisher"] == "publisher.masthead"


def _witnesses(masthead: list[str], dropped: list[str], blocks: list[tuple[str, str]] | None = None) -> Witnesses:
    return Witnesses(masthead, dropped, blocks or [("title", HEADLINE)])


def test_two_independent_signals_that_agree_name_the_publisher() -> None:
    found = vote(_witnesses(["Tide & Timber"], ["Write to desk@tideandtimber.example"]))
    assert found == ("Tide & Timber", ["vote.logo", "vote.domain"])
    found = vote(_witnesses(["The Harbour Ledger — Since 1921"], ["© 2025 Harbour Ledger Media Ltd."]))
    assert found is not None and found[0] == "The Harbour Ledger"


def test_one_signal_alone_or_two_that_disagree_name_no_one() -> None:
    assert vote(_witnesses(["Tide & Timber"], [])) is None
    assert vote(_witnesses(["Tide & Timber"], ["Write to desk@northwind.example"])) is None
    assert vote(_witnesses([], ["Write to desk@tideandtimber.example", "https://www.tideandtimber.example"])) is None
    two_pairs = ["© Tide & Timber", "desk@tideandtimber.example", "Subscribe to North Wind", "news@northwind.example"]
    assert vote(_witnesses([], two_pairs)) is None


def test_names_are_compared_loosely() -> None:
    assert key("The UB Post") == key("ubpost") == "ubpost"
    assert key("Kuensel Online") == key("Kuensel Corporation") == "kuensel"
    assert key("Salt & Lantern") == key("saltandlantern")


def test_explain_names_the_signals_that_agreed() -> None:
    text = ("Moss & Kettle\nPosts | Recipes | About\n\n" + HEADLINE + "\n\n" + BODY
            + "Subscribe to Moss & Kettle by email\n\nQuestions? Write to hello@mossandkettle.example\n")
    article = parse_text(text)
    assert article.publisher == "Moss & Kettle"
    assert article.found_by["publisher"] == "publisher.vote:logo+self_mention+domain"
    alone = parse_text(text.replace("Questions? Write to hello@mossandkettle.example\n", "")
                       .replace("Subscribe to Moss & Kettle by email\n\n", ""))
    assert alone.publisher is None  # the logo alone is no rule's


def test_a_logo_answer_other_signals_confirm_is_no_longer_one_signal_alone() -> None:
    text = "The Harbour Ledger\n\n" + HEADLINE + "\n\n" + BODY
    assert parse_text(text).found_by["publisher"] == "publisher.masthead"  # the window marks it for checking
    confirmed = parse_text(text + "Letters to editor@harbourledger.example\n")
    assert confirmed.publisher == "The Harbour Ledger"
    assert confirmed.found_by["publisher"] == "publisher.vote:logo+domain"
    other = parse_text(text + "Letters to editor@northwind.example\n")
    assert other.found_by["publisher"] == "publisher.masthead"


def test_a_logo_over_an_agencys_dateline_is_the_carrier_not_the_publisher() -> None:
    text = "Island Herald Online — Pacific\n\n" + HEADLINE + "\n\nSuva, Jan. 22 (FBN) - " + BODY
    assert parse_text(text).publisher is None
    assert parse_text(text.replace(" (FBN)", "")).publisher == "Island Herald Online"
