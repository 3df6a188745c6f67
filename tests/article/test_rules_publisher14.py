"""The publisher rules of pub14: where an outlet's name ends, which name a page goes by, and the vote's
body signal. Each test would fail if the rule it names were taken out."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules import bylines, dates, notes
from qtapp.article.rules.outlet_names import in_page_case
from qtapp.article.rules.outlet_vote import Witnesses, body_mention_signal, vote
from qtapp.article.rules.outlets import canonical


def test_a_reprint_note_ends_where_its_grammar_goes_on() -> None:
    found = notes.reprint_note("This article first appeared in Alpine Ledger and has been republished here with "
                               "permission.")
    assert found is not None and found.publisher == "Alpine Ledger"


def test_the_outlet_a_note_is_republished_on_reprints_it() -> None:
    found = notes.reprint_note("This article was originally published by Coastal Free Press (CFP) and is "
                               "republished on Harbour Voices under a content-sharing agreement.")
    assert found is not None
    assert found.reprinted_by == "Harbour Voices"
    assert found.publisher.startswith("Coastal Free Press")


def test_the_following_article_then_reprinted_here() -> None:
    found = notes.reprint_note("The following article was published today by The Coastal Herald. It is "
                               "reprinted here in full with the publisher's permission.")
    assert found is not None and found.publisher == "The Coastal Herald"


def test_a_role_or_a_desk_glued_to_the_outlet_is_not_its_name() -> None:
    assert bylines.outlet_alone("Kestrel Post, Staff Writer") == "Kestrel Post"
    assert bylines.outlet_alone("MC News Desk") == "MC"
    assert bylines.outlet_alone("Kestrel Post") == "Kestrel Post"


def test_press_wire_between_dashes() -> None:
    before = dates.dateline("VALDORA - Tidemark Newswire - 3 March 2026 - Kestrel Batteries today opened …")
    assert before is not None and before.wire and before.agency == "Tidemark Newswire"
    assert before.date == "2026-03-03"
    bracket = dates.dateline("HARBOURTON, May 4, 2026 - (Lantern Newswire) - The following article …")
    assert bracket is not None and bracket.wire and bracket.agency == "Lantern Newswire"
    assert bracket.text.endswith("(Lantern Newswire) -")


def test_a_town_and_a_dash_is_no_wire() -> None:
    found = dates.dateline("VALDORA - The council met on Monday to discuss the budget.")
    assert found is None or not found.wire


def test_two_legal_forms_come_off() -> None:
    assert canonical("Kestrel Batteries Pte Ltd") == "Kestrel Batteries"


def test_one_word_in_capitals_takes_the_logo_lines_case() -> None:
    assert in_page_case("TUSKER", "Tusker\nEditorial\nCopyright TUSKER.") == "Tusker"
    assert in_page_case("TASR", "TASR\nBratislava, May 2 (TASR) -") == "TASR"


def test_the_body_naming_the_site_is_a_vote_signal() -> None:
    page = Witnesses(["Danube Weekly | Culture | Books"], [], [
        ("paragraph", "\"I grew up by the river,\" Szerémi told Danube Weekly after the ceremony.")])
    assert body_mention_signal.check(page) == ["Danube Weekly"]
    agreed = vote(page)
    assert agreed is not None and agreed[0] == "Danube Weekly"


def test_a_body_mention_alone_elects_nobody() -> None:
    page = Witnesses([], [], [("paragraph", "The mayor told Danube Weekly that the bridge would open.")])
    assert vote(page) is None


def _publisher(text: str) -> str | None:
    return parse_text(text).publisher


def test_a_desk_of_initials_under_a_logo_spelling_them() -> None:
    text = ("Meridian Courier\nIndia | World | Cities | Sport\nFlooded rail line reopens after three days\n"
            "By MC News Desk\n\nTrains ran again on Thursday after engineers rebuilt the embankment.\n\n"
            "The railway said it would inspect three other embankments.\n")
    assert _publisher(text) == "Meridian Courier"


def test_an_agencys_mark_in_the_sign_off_stays_the_initials() -> None:
    text = ("Ghanaian Wire Service\nTamale derby ends level\nBy Ama Owusu, GWS\n\n"
            "The two clubs drew 1-1 on Saturday.\n\nBoth sides finished with ten men.\n\nGWS\n")
    assert _publisher(text) == "GWS"


def test_a_copyright_owner_under_a_logo_of_its_initials() -> None:
    text = ("RBC News\nNews | Sport | Weather\nRovers win the island cup\n\n"
            "Valmont Rovers won the island cup on Saturday.\n\nPort Sera had led until the 84th minute.\n\n"
            "Copyright © 2026 Ruritania Broadcasting Corporation\n")
    assert _publisher(text) == "RBC News"


def test_a_logo_of_initials_alone_leaves_the_owner() -> None:
    text = ("RBC\nRovers win the island cup\n\nValmont Rovers won the island cup on Saturday.\n\n"
            "Port Sera had led until the 84th minute.\n\n© 2026 Ruritania Broadcasting | Privacy | Contact\n")
    assert _publisher(text) != "RBC"


def test_logo_and_body_agreeing_outweigh_a_parent_companys_copyright() -> None:
    text = ("7Coast\nLatest | Regions | Weather\nStorm cuts power on the east cape\n\n"
            "About ten thousand homes were without power on Tuesday.\n\n"
            "\"Crews are out,\" the company's spokeswoman, Aroha Kemp, told 7Coast.\n\n"
            "Copyright © 2026 Meridian Broadcasting Holdings\n")
    assert _publisher(text) == "7Coast"


def test_a_copyright_alone_stands_without_a_body_mention() -> None:
    text = ("7Coast\nLatest | Regions | Weather\nStorm cuts power on the east cape\n\n"
            "About ten thousand homes were without power on Tuesday.\n\n"
            "Copyright © 2026 Meridian Broadcasting Holdings\n")
    assert _publisher(text) != "7Coast"
