"""Title and author mechanisms set 13 showed missing, read by where a line stands and what it is made of: a
public body's name (and its name in a second language) as the page's logo, a short appeal over the headline,
an outlet's "View" as an editorial's byline, a team's "Posted by", an editor's note over a one-sentence
headline, a profession before the writer's name, and a name alone under a wide headline on a page of
unwrapped lines. Each case is invented; the f14 corpus articles hold the same shapes in context.
"""

from __future__ import annotations

from qtapp.article import parse_text
from qtapp.article.rules import bylines, lines

BODY = ("\n\nThe council will close the harbour ramps for two weeks from Monday while the lower slipway is relaid"
        " after the winter storms, its engineers said on Friday.\n\n"
        "Boat owners can use the ramp at Tregarrick during the closure, the council said.\n")


def test_a_profession_before_the_name_is_the_writers_role() -> None:
    found = bylines.parse_byline("Compiled by Barrister Ama Owusu-Ansah")
    assert found is not None
    assert found[0].names == ["Ama Owusu-Ansah"]
    assert found[0].role == "Barrister"


def test_a_plain_name_keeps_its_first_word() -> None:
    found = bylines.parse_byline("By Amara Solicitor-Bello")  # a profession's word inside a name is the name's
    assert found is not None and found[0].names == ["Amara Solicitor-Bello"]


def test_a_team_posting_names_no_one() -> None:
    found = bylines.parse_byline("Posted by the Harbour Operations Team")
    assert found is not None and found[0].names == []


def test_an_outlets_view_is_a_byline_without_a_person() -> None:
    found = bylines.parse_byline("The Ledger's View", under_headline=True)
    assert found is not None and found[0].names == [] and found[1] == "byline.outlet_view"
    assert bylines.outlet_view.check("Maria's View") is None  # a person's name is no outlet


def test_a_public_bodys_two_logo_lines_are_no_headline_and_no_author() -> None:
    text = ("Ministry for Coastal Affairs\nY Weinyddiaeth Arfordir\nHome | Harbours | News | Contact\n"
            "Harbour launch ramps at Penhallow closed for two weeks\n9 March 2026" + BODY)
    article = parse_text(text)
    assert article.title == "Harbour launch ramps at Penhallow closed for two weeks"
    assert article.authors == []


def test_a_headline_that_names_a_ministry_is_still_a_headline() -> None:
    text = "Ministry of Health opens two night clinics in Penhallow\nBy Delyth Morgan-Rees\n9 March 2026" + BODY
    assert parse_text(text).title == "Ministry of Health opens two night clinics in Penhallow"


def test_an_appeal_over_the_headline_is_furniture() -> None:
    text = ("The Lakeside Ledger\nSupport us: The Ledger is funded by its readers. Give today.\n"
            "The county cannot keep patching the Marsh Road bridge\nBy Ruth Abernathy-Cole\nApril 14, 2026" + BODY)
    article = parse_text(text)
    assert article.title == "The county cannot keep patching the Marsh Road bridge"
    assert [a.name for a in article.authors] == ["Ruth Abernathy-Cole"]


def test_a_page_that_opens_with_its_story_has_no_headline() -> None:
    text = ("The council said on Friday that the ramps would close for two weeks.\n\n"
            "Harbour users were told by letter.\n\nThe work starts on Monday.\n")
    assert parse_text(text).title is None


def test_an_editors_note_over_a_one_sentence_headline() -> None:
    text = ("Editor's note: This summary is part of our weekly series on rulings.\n\n"
            "High Court orders night buses to run past 11 p.m.\nBy Ama Owusu-Ansah\nPosted: 12 May 2026" + BODY)
    article = parse_text(text)
    assert article.title == "High Court orders night buses to run past 11 p.m."
    assert article.editors_note == "This summary is part of our weekly series on rulings."


def test_a_name_under_a_wide_headline_is_its_own_line_on_an_unwrapped_page() -> None:
    head = "No, Apia's new market stalls are not kept for overseas traders — post misreads tender"
    text = f"{head}\nTavita Leiataua-Sione\nPublished on 2 July 2026" + BODY
    out = lines.paragraphs(text, lambda line: False, names_alone=lambda line: line == "Tavita Leiataua-Sione")
    assert out[:2] == [head, "Tavita Leiataua-Sione"]
    article = parse_text(text)
    assert article.title == head and [a.name for a in article.authors] == ["Tavita Leiataua-Sione"]


def test_a_name_ending_a_headline_wrapped_for_reading_stays_its_tail() -> None:
    text = ("A conversation with the harbour master who kept the port open, the archivist\n"
            "Yesenia Almonte\n\nShort line.\n")
    out = lines.paragraphs(text, lambda line: False, names_alone=lambda line: line == "Yesenia Almonte")
    assert out[0].endswith("archivist Yesenia Almonte")


def test_an_agency_lead_under_a_headline_opens_its_own_paragraph_when_wrapped() -> None:
    head = "Oman opens tender for a third wind farm on the Duqm coast this spring"
    lead = "Duqm, Apr. 8 (ONA): The Energy Ministry today opened a tender for the farm"
    article = parse_text(f"{head}\n{lead}\nwith bids due by the end of June, the ministry said.\n\nMore follows.\n")
    assert article.title == head


def test_a_wrapped_line_that_goes_on_is_no_lead() -> None:
    text = ("The ministry opened a tender for a third wind farm on the coast near the\n"
            "town of Duqm, with bids due by the end of June and turbines in 2029.\n")
    out = lines.paragraphs(text, lambda line: False, agency_lead=lambda line: False)
    assert len(out) == 1


def test_a_role_and_its_town_is_a_byline_naming_no_one() -> None:
    found = bylines.names_alone.check("Staff Correspondent, Nuwara Eliya")
    assert found is not None and found.names == [] and found.role == "Staff Correspondent"
    assert bylines.names_alone.check("Heavy rain, Nuwara Eliya") is None  # no role: no byline
