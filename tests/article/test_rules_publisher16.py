"""The publisher rules of pub16: a mailing's edition named by its logo is published by the outlet its
postal line names. Each test would fail if the rule it names were taken out."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules.outlet_vote import Witnesses, edition_sender, logo_leading_owner, sender_signal, vote

_FOOT = ["Sign up for Kestrel Weekend", "Unsubscribe | Preferences", "Kestrel, 14 Quay Road, Tarrow, TR4 2AB"]


def test_the_postal_line_names_who_sent_the_mailing() -> None:
    page = Witnesses(["Kestrel Weekend"], _FOOT, [])
    assert sender_signal.check(page) == ["Kestrel"]
    assert sender_signal.check(Witnesses([], ["Kestrel, the weekend edition, is free"], [])) is None


def test_an_edition_is_published_by_the_outlet_that_sends_it() -> None:
    assert edition_sender("Kestrel Weekend", ["Kestrel"]) == "Kestrel"
    assert edition_sender("The Kestrel Weekend", ["Kestrel"]) == "Kestrel"
    assert edition_sender("Kestrel", ["Kestrel"]) is None  # the same name: no edition
    assert edition_sender("Harrier Weekend", ["Kestrel"]) is None  # another outlet: no answer from it
    assert edition_sender("Kestrelton Weekend", ["Kestrel"]) is None  # a word, never part of one


def test_the_vote_gives_the_sender_of_an_edition() -> None:
    agreed = vote(Witnesses(["Kestrel Weekend"], _FOOT, []))
    assert agreed is not None and agreed[0] == "Kestrel" and "vote.sender" in agreed[1]


def test_a_parsed_newsletter_names_the_outlet_not_its_edition() -> None:
    text = "\n\n".join([
        "Kestrel Weekend", "Three harbours reopen after the storm", "Saturday, 5 December 2026", "By Ola Brandt",
        "Good morning. Three harbours on the coast reopened on Friday after a week of repairs.",
        "That's all for this week.", *_FOOT[:2], "Kestrel, 14 Quay Road, Tarrow, TR4 2AB · +44 1632 960 412"])
    assert parse_text(text).publisher == "Kestrel"


def test_a_copyright_owner_that_starts_with_the_logo_gives_the_logo() -> None:
    assert logo_leading_owner("Kestrel English", "Kestrel – Harrier Press Network") == "Kestrel"
    assert logo_leading_owner("The Kestrel Post", "Kestrel Post & Kestrelpost.com") == "The Kestrel Post"
    assert logo_leading_owner("Kestrel Forums", "Kestrel Broadband Media") == "Kestrel"
    assert logo_leading_owner("The Kestrel Norway", "The Kestrel Europe") is None  # a sibling, not its owner
    assert logo_leading_owner("Kestrel", "Kestrel") is None


def test_a_parsed_page_names_the_logo_over_its_owner() -> None:
    text = "\n\n".join([
        "Kestrel English", "The ferry fares rise again", "By Ola Brandt",
        "Ferry fares on the northern routes will rise by a tenth in January, the operator said on Monday.",
        "© 2026 Kestrel – Harrier Press Network. All rights reserved."])
    assert parse_text(text).publisher == "Kestrel"
