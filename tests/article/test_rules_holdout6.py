"""The field rules holdout set 6 shaped: lines that look like a byline or a clock are never the headline,
bylines with a role label, a run-on date, an outlet's role or wires beside the outlet, date lines with a
place or a reading time, logos with their taglines or acronyms, Vietnamese and Khmer names. Each case is
invented; the f6- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.names import author_from_name, is_family_first
from qtapp.article.rules import bylines, dates, furniture, lines, notes
from qtapp.article.rules.fields import _institution, _logo_name
from qtapp.article.rules.outlets import is_outlet
from qtapp.article.rules.persons import is_person

BODY = ("The council will open the new depot in May, officials said on Tuesday after a long review.\n\n"
        "The work is expected to cost about four million and to finish before the winter storms arrive.\n\n")
HEADLINE = "Harbour depot to open in May after a long review"


@pytest.mark.parametrize("under", [
    "By Harriet Vance-Obi, in the field desk's words",  # opens like a byline, read by no byline rule
    "Last edited: 14/05 - 09:12",  # a clock with a day and month and no year
    "Filed 14.05.2025 from the harbour office",  # a full date in words no date rule knows
])
def test_a_line_that_looks_like_a_stamp_is_never_the_headline(under: str) -> None:
    article = parse_text(f"{HEADLINE}\n\n{under}\n\n{BODY}")
    assert article.title == HEADLINE


def test_a_headline_with_a_year_alone_is_still_a_headline() -> None:
    article = parse_text(f"Budget 2026 leaves the harbour depot unfunded\n\nBy Ana Ruiz\n\n{BODY}")
    assert article.title == "Budget 2026 leaves the harbour depot unfunded"


@pytest.mark.parametrize("line, date", [
    ("Published 23/07/2025 14h20 Updated 24/07/2025 09h05", "2025-07-23"),
    ("April 14, 2026 08:00 AM Gulf Standard Time", "2026-04-14"),
    ("May 20, 2025 09:00 AM West Africa Standard Time", "2025-05-20"),
    ("9 January 2026 · 5 min read", "2026-01-09"),
    ("Makassar ● Fri, April 4, 2025", "2025-04-04"),
    ("ANKARA Jul 08, 2025 - 5:26 pm GMT+3", "2025-07-08"),
])
def test_date_lines_of_set_6(line: str, date: str) -> None:
    found = dates.date_line(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize("line", ["LONDON, May 2, 2025 —", "Reuters May 2, 2025", "Makassar is warm on April 4, 2025"])
def test_a_dateline_an_agency_or_prose_is_no_place_then_date(line: str) -> None:
    assert dates.date_line(line) is None


@pytest.mark.parametrize("line, names, role, publisher, date", [
    ("By Tran Minh Duc November 3, 2024 | 04:10 pm GMT+7", ["Tran Minh Duc"], None, None, "2024-11-03"),
    ("Elif Karaca and Mehmet Ali Yıldırım |17.11.2025 - Update : 18.11.2025",
     ["Elif Karaca", "Mehmet Ali Yıldırım"], None, None, "2025-11-17"),
    ("By Sok Chanthy for RFA Khmer", ["Sok Chanthy"], None, None, None),
    ("By: Karl Reyes, Joanna Castillo - Philippine Daily Inquirer", ["Karl Reyes", "Joanna Castillo"], None,
     "Philippine Daily Inquirer", None),
    ("Juliana Amorim - Agência Brasil reporter", ["Juliana Amorim"], "Agência Brasil reporter", "Agência Brasil",
     None),
    ("Aigerim Nurlanqyzy, Kazinform correspondent", ["Aigerim Nurlanqyzy"], "Kazinform correspondent", "Kazinform",
     None),
    ("WRITER: NATTAPONG SRISUWAN", ["Nattapong Srisuwan"], None, None, None),
    ("Reporters: Dewi Lestari, Bayu Prasetyo", ["Dewi Lestari", "Bayu Prasetyo"], None, None, None),
    ("Posted by Ingrid Halvorsen on 14 March 2025", ["Ingrid Halvorsen"], None, None, "2025-03-14"),
])
def test_byline_shapes_of_set_6(line: str, names: list[str], role: str | None, publisher: str | None,
                                date: str | None) -> None:
    found = bylines.parse_byline(line, under_headline=True)
    assert found is not None
    assert (found[0].names, found[0].role, found[0].publisher, found[0].date) == (names, role, publisher, date)


@pytest.mark.parametrize("line, publisher", [
    ("Africanews with AFP", "Africanews"), ("DAILY SABAH WITH AA", "Daily Sabah"),
    ("Sahelnews with AFP and Reuters", "Sahelnews"),
])
def test_an_outlet_with_wires_is_the_publisher_and_no_author(line: str, publisher: str) -> None:
    found = bylines.parse_byline(line, under_headline=True)
    assert found is not None
    assert found[0].names == [] and found[0].publisher == publisher


def test_a_person_with_wires_is_still_the_writer() -> None:
    found = bylines.parse_byline("Anna-Lena Vogt with Reuters, dpa", under_headline=True)
    assert found is not None and found[0].names == ["Anna-Lena Vogt"]


def test_a_staff_role_names_no_outlet() -> None:
    assert bylines.role_outlet("Staff Writer") is None
    assert bylines.role_outlet("Senior Correspondent") is None
    assert bylines.role_outlet("Reuters correspondent") == "Reuters"


@pytest.mark.parametrize("name, family, given", [
    ("Tran Minh Duc", "Tran", "Minh Duc"), ("Nguyễn Thị Thu Hà", "Nguyễn", "Thị Thu Hà"),
    ("Sok Chanthy", "Sok", "Chanthy"),
])
def test_vietnamese_and_khmer_names_are_family_first(name: str, family: str, given: str) -> None:
    author = author_from_name(name)
    assert (author.family, author.given, author.family_first) == (family, given, True)


@pytest.mark.parametrize("name", ["Sam Chanthy", "Dang Smith-Jones", "Le Corbusier", "Ho Anne-Marie Wilson"])
def test_western_names_with_a_like_first_word_stay_western(name: str) -> None:
    assert not is_family_first(name)


def test_an_all_caps_byline_takes_the_taglines_spelling() -> None:
    article = parse_text(f"{HEADLINE}\n\nIŞIL KARADAĞ\n\n{BODY}Işıl Karadağ is a travel writer based in Nevşehir.")
    assert [(a.name, a.description) for a in article.authors] == [("Işıl Karadağ", "a travel writer based in Nevşehir")]


def test_a_bracketed_tagline_describes_the_author() -> None:
    assert notes.tagline("(The author is a research fellow at Dianchi University.)") == [
        (None, "a research fellow at Dianchi University")]
    assert notes.tagline("(Photo by Ana Ruiz)") is None


@pytest.mark.parametrize("note, publisher, reprinter, date", [
    ("This article was originally published by The Kathmandu Post on 2 February 2026 and is republished by "
     "Himalaya Wire Digest under a regional content partnership.", "The Kathmandu Post", "Himalaya Wire Digest",
     "2026-02-02"),
    ("Khaleej Times has published the feature below, which is distributed here in full on the newspaper's behalf.",
     "Khaleej Times", None, None),
    ("The story below was produced by CGTN Africa and is distributed by PR Newswire on the broadcaster's behalf.",
     "CGTN Africa", "PR Newswire", None),
])
def test_reprint_notes_of_set_6(note: str, publisher: str, reprinter: str | None, date: str | None) -> None:
    found = notes.reprint_note(note)
    assert found is not None
    assert (found.publisher, found.reprinted_by, found.date) == (publisher, reprinter, date)


def test_a_press_wire_dateline_with_a_three_word_region() -> None:
    found = dates.dateline("DUBAI, United Arab Emirates--(BUSINESS WIRE)-- Khaleej Times has published …")
    assert found is not None and (found.agency, found.wire) == ("Business Wire", True)


@pytest.mark.parametrize("line, name", [
    ("MERIDIAN · Stories from the edges of the map", "MERIDIAN"),
    ("VnExpress International – Latest news, business, travel and analysis from Vietnam", "VnExpress International"),
    ("MercoPress, South Atlantic News Agency", "MercoPress"),
    ("RFA Radio Free Asia", "Radio Free Asia"),
    ("OPINION · LETTERS", "OPINION · LETTERS"),  # a section's two names, no tagline
    ("Press release · School of Biological Sciences", "Press release · School of Biological Sciences"),
    ("Issue 14 · Spring 2025", "Issue 14 · Spring 2025"),
    ("ABC Daily News Online", "ABC Daily News Online"),  # the acronym spells no name beside it
])
def test_a_logo_and_its_tagline(line: str, name: str) -> None:
    assert _logo_name(line) == name


@pytest.mark.parametrize("name, body", [
    ("Embassy of Brazil in Nairobi", True), ("High Court in Sabah and Sarawak", True),
    ("Niger Delta University of Technology", True), ("PRESS RELEASE", False), ("Media Centre", False),
    ("Join the University newsletter today", False),
])
def test_a_body_named_under_its_logo(name: str, body: bool) -> None:
    assert _institution(name) is body


@pytest.mark.parametrize("text", ["PRESS STATEMENT", "Press Release", "Media Statement"])
def test_a_pages_kind_is_no_outlet_and_no_person(text: str) -> None:
    assert not is_outlet(text)
    assert not is_person(text)


def test_a_breadcrumb_with_a_year_is_navigation_but_a_byline_is_not() -> None:
    assert furniture.navigation.check("Home > News > 2025")
    assert not furniture.navigation.check("By Jane Doe | May 2, 2025")


def test_a_spaced_menu_is_never_half_of_a_wrapped_line() -> None:
    text = ("News in Focus  Business & Money  Science & Tech  Lifestyle & Health  Policy & Public Interest\n"
            "From Murang'a to Guangzhou: Kenyan Avocados Ride the Cold Chain East")
    assert lines.paragraphs(text, lambda line: False) == [
        "News in Focus Business & Money Science & Tech Lifestyle & Health Policy & Public Interest",
        "From Murang'a to Guangzhou: Kenyan Avocados Ride the Cold Chain East"]


def test_a_menu_keeps_an_item_broken_off_its_end() -> None:
    text = "Share on Facebook  Share on WhatsApp  Copy link  Join the conversation\n(14)"
    joined = lines.paragraphs(text, lambda line: False)
    assert joined == ["Share on Facebook Share on WhatsApp Copy link Join the conversation (14)"]


def test_sentences_with_double_spaces_are_no_menu() -> None:
    text = ("The ferry left at noon.  The crossing took an hour and the sea was calm all the way to the island.\n"
            "passengers said it was the smoothest trip of the season so far.")
    assert len(lines.paragraphs(text, lambda line: False)) == 1


@pytest.mark.parametrize("line, chrome", [
    ("Share  in  f  ✈", True), ("Share ✉ f 𝕏", True), ("Share this fact check", True), ("Share this page", True),
    ("[Editor: Qiao Mengxi]", True), ("[Edited by Aleksandra Petrović-Lind]", True),
    ("Share prices fell in Tokyo", False), ("Share this with your neighbours before the vote.", False),
    ("(Web editor: Zhang Kaiwei, Liang Jun)", False),  # a sign-off in round brackets, as the corpus has it
    ("[Photo/Xinhua]", False),
])
def test_share_bars_and_bracketed_desk_credits(line: str, chrome: bool) -> None:
    assert bool(furniture.furniture(line)) is chrome


@pytest.mark.parametrize("line, names, role", [
    ("By Pham Thu Trang, VietNam Pulse correspondent", ["Pham Thu Trang"], "VietNam Pulse correspondent"),
    ("By Ana Ruiz and Fiona MacLeod Scotland correspondent", ["Ana Ruiz", "Fiona MacLeod"], "Scotland correspondent"),
    ("Written by Ahmed Saleh for Gulf Desk", ["Ahmed Saleh"], None),
])
def test_a_role_after_the_name_is_never_a_second_author(line: str, names: list[str], role: str | None) -> None:
    found = bylines.parse_byline(line)
    assert found is not None
    assert (found[0].names, found[0].role) == (names, role)
