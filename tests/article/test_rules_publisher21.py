"""The publisher and reprinter rules of pub21: reprint notes that name the agency and the site that carries
its story, and the site's logo over a note that names only who wrote it first. Each test would fail if the
rule it names were taken out."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules import notes


def test_a_story_distributed_by_an_agency_and_carried_by_a_site() -> None:
    found = notes.distributed_and_carried.check(
        "This story is distributed by Kyodo and carried by the Harbour Post under a syndication agreement.")
    assert found is not None and found.publisher == "Kyodo" and found.reprinted_by == "Harbour Post"
    assert notes.distributed_and_carried.check("This story is distributed by Kyodo.") is None  # no carrier named
    assert notes.distributed_and_carried.check("Leaflets were distributed by volunteers and carried by hand.") is None


def test_a_parsed_page_with_the_syndication_note_at_its_foot() -> None:
    text = "\n\n".join([
        "Harbour Post", "Ferry fares rise on the northern routes", "By Ola Brandt",
        "TARROW — Ferry fares on the northern routes will rise by a tenth in January, the operator said on Monday.",
        "This story is distributed by Kyodo and carried by Harbour Post under a syndication agreement."])
    article = parse_text(text)
    assert (article.publisher, article.reprinted_by) == ("Kyodo", "Harbour Post")


def test_a_credit_line_after_first_appeared_names_the_first_outlet() -> None:
    found = notes.originally_published.check("This column first appeared in The Harbour Post and is distributed by "
                                             "Northgate Features. Reprinted with permission.")
    assert found is not None and found.publisher == "The Harbour Post" and found.reprinted_by is None
    found = notes.originally_published.check("This article first appeared in Project Syndicate. Copyright: Project "
                                             "Syndicate, 2026. www.project-syndicate.org")
    assert found is not None and found.publisher == "Project Syndicate"
    spanish = "This article first appeared in Spanish. Reprinted with permission."
    assert notes.originally_published.check(spanish) is None
    assert notes.originally_published.check("This piece first appeared in print. It has been updated since.") is None


def test_a_piece_by_an_outlet_reproduced_with_permission() -> None:
    found = notes.by_with_permission.check("This article by LakePress is reproduced with permission.")
    assert found is not None and found.publisher == "LakePress"
    assert notes.by_with_permission.check("This article by Ola Brandt is reproduced with permission.") is None


_STORY = "TARROW — Ferry fares on the northern routes will rise by a tenth in January, the operator said on Monday."


def test_the_logo_over_a_note_naming_only_the_first_outlet_is_the_reprinter() -> None:
    text = "\n\n".join(["Harbour Post", "Ferry fares rise on the northern routes",
                        "This article by LakePress is reproduced with permission.", _STORY])
    article = parse_text(text)
    assert (article.publisher, article.reprinted_by) == ("LakePress", "Harbour Post")
    own = "\n\n".join(["LakePress", "Ferry fares rise on the northern routes",
                       "This article first appeared in LakePress. Reprinted with permission.", _STORY])
    assert parse_text(own).reprinted_by is None  # the logo is the note's own outlet: nobody reprints it


def test_a_logo_of_initials_spelled_out_after_a_dash_keeps_its_initials() -> None:
    text = "\n\n".join(["HARPON - Harbour Area Regional Press and Online News",
                        "Ferry fares rise on the northern routes",
                        "This story was first published by LakePress and is republished here through a partnership.",
                        _STORY])
    assert parse_text(text).reprinted_by == "HARPON"
    capitals = "\n\n".join(["HARPON", "Ferry fares rise on the northern routes",
                            "This story was first published by LakePress and is republished here.", _STORY])
    assert parse_text(capitals).reprinted_by == "Harpon"  # a name in capitals, not spelled out: the name's case


def test_a_logo_beside_its_name_in_another_script_is_the_name() -> None:
    from qtapp.article.rules.outlet_names import logo_head

    assert logo_head("Hanbit Portal | 한빛포털") == "Hanbit Portal"
    assert logo_head("TASS | ТАСС") == "TASS"
    assert logo_head("Hanbit Portal | Korea's gateway") == "Hanbit Portal | Korea's gateway"  # Latin: a tagline


def test_a_feed_note_names_the_site_that_carries_it_and_no_writer() -> None:
    found = notes.from_a_feed.check("(Except for the headline, this story has not been edited by Harbour Post staff "
                                    "and is published from a syndicated feed.)")
    assert found is not None and found.reprinted_by == "Harbour Post" and not found.publisher
    assert notes.from_a_feed.check("(Only the headline of this report has been changed by Harbour Post staff.)") is None


def test_a_feed_note_outweighs_the_logo_as_publisher() -> None:
    text = "\n\n".join(["Harbour Post", "Ferry fares rise on the northern routes", _STORY,
                        "(Only the headline of this report has been changed by Harbour Post staff; the rest is "
                        "carried unedited from an agency feed.)"])
    article = parse_text(text)
    assert (article.publisher, article.reprinted_by) == (None, "Harbour Post")  # the site named both ways carries it


def test_a_saved_page_declaring_its_site_over_a_note_naming_the_first_outlet() -> None:
    from qtapp.article.html import parse_html

    page = ('<html><head><meta property="og:site_name" content="Harbour Post"></head><body><article>'
            "<h1>Ferry fares rise on the northern routes</h1><p>{}</p><p>{}</p></article></body></html>")
    article = parse_html(page.format(_STORY, "This article first appeared on LakePress."))[0]
    assert (article.publisher, article.reprinted_by) == ("LakePress", "Harbour Post")
    own = parse_html(page.format(_STORY, "This article first appeared on Harbour Post."))[0]
    assert own.reprinted_by is None  # the site's own piece: nobody reprints it


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_an_agency_copyright_under_its_initials_logo_is_the_agency() -> None:
    text = _page("AP  AP NEWS", "Ferry fares rise on the northern routes", "By OLA BRANDT",
                 "Ferry fares on the northern routes will rise by a tenth in January, the operator said on Monday.",
                 "Copyright 2026 The Associated Press. All Rights Reserved.")
    assert parse_text(text).publisher == "Associated Press"



def test_an_imprint_footer_is_chrome_and_signs_off_no_outlet() -> None:
    from qtapp.article.rules.furniture import imprint_line

    assert imprint_line.check("Harbour Post, Tarrow Media Group, 2026")
    assert imprint_line.check("Ola Brandt, Tarrow, 2026") is None  # a person and a place: no paper's imprint
    text = _page("Harbour Post", "Ferry fares rise on the northern routes", "By Ola Brandt", _STORY,
                 "Harbour Post, Tarrow Media Group, 2026")
    article = parse_text(text)
    assert article.publisher == "Harbour Post" and "Harbour Post, Tarrow Media Group, 2026" in article.dropped


def test_a_board_under_the_paper_short_name_is_the_logo_paper() -> None:
    from qtapp.article.rules.fields import Page, _short_form_of_logo

    assert _short_form_of_logo("The Star", Page([], masthead=["Toronto Star"])) == "Toronto Star"
    assert _short_form_of_logo("The Star", Page([], masthead=["The Morning Star"])) is None  # its own "The"
    assert _short_form_of_logo("The Star", Page([], masthead=["Harbour Post"])) is None
    text = _page("Harbour Post", "Ferry fares must not rise again", "By The Post Editorial Board", _STORY)
    assert parse_text(text).publisher == "Harbour Post"
