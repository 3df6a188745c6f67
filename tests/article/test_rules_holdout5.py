"""The field rules holdout set 5 shaped: a clock line above the headline, press offices and print
sign-offs as publishers, datelines without a dash, Malaysian and Arabic names, an institution taken for a
person. Each case is invented; the f5- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.html import parse_html
from qtapp.article.html_meta import read_meta
from qtapp.article.names import author_from_name, is_family_first
from qtapp.article.rules import bylines, dates, notes
from qtapp.article.rules.persons import is_person

BODY = ("The council will open the new depot in May, officials said on Tuesday after a long review.\n\n"
        "The work is expected to cost about four million and to finish before the winter storms arrive.\n\n")


@pytest.mark.parametrize("under", [
    "2025-04-11 09:05 Harbour App Download",  # the page's clock glued to an app banner
    "Updated about 6 hours ago",
])
def test_a_clock_line_under_the_headline_is_never_the_headline(under: str) -> None:
    article = parse_text(f"Harbour depot to open in May after a long review\n\n{under}\n\n{BODY}")
    assert article.title == "Harbour depot to open in May after a long review"


def test_a_stamp_glued_to_a_banner_gives_the_date_and_no_author() -> None:
    article = parse_text("Harbour depot to open in May after review\n\n"
                         f"2025-04-11 09:05 Harbour App Download\n\n{BODY}")
    assert article.date == "2025-04-11"
    assert article.authors == []


@pytest.mark.parametrize("headline, title", [
    ("Island ferries & the winter timetable", "Island ferries & the winter timetable"),
    ("Smog, again", "Smog, again"),  # two words right over the date line
    ("World News", None),  # a section's name is no headline, however close to the date
])
def test_headlines_an_ampersand_or_two_words_do_not_disqualify(headline: str, title: str | None) -> None:
    article = parse_text(f"{headline}\n\nPublished October 27, 2025\n\n{BODY}")
    assert article.title == title


@pytest.mark.parametrize("text", ["Loughmore University", "ECNS App Download", "Prensa Latina",
                                  "Ministry Of Works"])
def test_bodies_and_widgets_are_no_person(text: str) -> None:
    assert not is_person(text)


@pytest.mark.parametrize("name", ["Zainab al-Musawi", "Ahmed el-Sayed", "Eleni Karagiannopoulou"])
def test_new_name_shapes_are_people(name: str) -> None:
    assert is_person(name)


@pytest.mark.parametrize("name, family_first", [
    ("Ng Wei Ling", True), ("Chong Mei Xin", True), ("Tan Boon Huat", True),
    ("Lee Ann Smith", False), ("Wong Ann Marie", False), ("Ho Chi Minh", False),
])
def test_malaysian_chinese_names_in_three_parts(name: str, family_first: bool) -> None:
    assert is_family_first(name) is family_first
    if family_first:
        assert author_from_name(name).given == " ".join(name.split()[1:])


@pytest.mark.parametrize("line, names, role", [
    ("By Clémence Aubry-Lefèvre (Marseille, correspondent)", ["Clémence Aubry-Lefèvre"], "Marseille, correspondent"),
    ("By Zainab al-Musawi and Omar Haddad-Khalil", ["Zainab al-Musawi", "Omar Haddad-Khalil"], None),
])
def test_byline_shapes_of_set_5(line: str, names: list[str], role: str | None) -> None:
    found = bylines.parse_byline(line)
    assert found is not None
    assert found[0].names == names and found[0].role == role


def test_a_writer_with_agencies_names_the_writer_only() -> None:
    found = bylines.parse_byline("Anna-Lena Vogt with Reuters, dpa", under_headline=True)
    assert found is not None
    assert found[0].names == ["Anna-Lena Vogt"] and found[0].publisher is None


def test_a_wrapped_sentence_that_starts_with_by_is_no_byline() -> None:
    assert bylines.parse_byline("by Dr. Ooi Mei Ling, senior fellow of the Straits Industry Council, was") is None


@pytest.mark.parametrize("lead, agency, date", [
    ("Havana, Mar 3 (Prensa Latina) Eleven new parks were connected.", "Prensa Latina", None),
    ("Visakhapatnam, Jan 9 (PTI) The state will buy millets.", "PTI", None),
    ("(ECNS) -- Harbin received 13.8 million visitors.", "ECNS", None),
    ("Bishkek, 12 May 2025 – The Ministry informs that …", None, "2025-05-12"),
    ("Bogotá, 14 Oct 2025 (EFE).- The city council agreed …", "EFE", "2025-10-14"),
    ("BAKU, Azerbaijan, June 17. CGTN has published an article.", None, None),
])
def test_datelines_without_the_usual_dash(lead: str, agency: str | None, date: str | None) -> None:
    found = dates.dateline(lead)
    assert found is not None
    assert (found.agency, found.date) == (agency, date)


def test_a_town_in_prose_is_no_dateline() -> None:
    assert dates.dateline("Bishkek, the capital, is quiet today – for now.") is None
    assert dates.dateline("Havana, Mar 3 (a Tuesday) was quiet.") is None


@pytest.mark.parametrize("line, date", [
    ("Released 2 April 2025", "2025-04-02"),
    ("Published - January 09, 2026 06:15 pm IST", "2026-01-09"),
])
def test_date_lines_in_new_wordings(line: str, date: str) -> None:
    found = dates.date_line(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize("note, publisher, reprinter, author", [
    ("CGTN, China's international television network, has published an opinion article by Zhou Mingxuan on "
     "energy cooperation. Trend presents the article in full.", "CGTN", "Trend", "Zhou Mingxuan"),
    ("This article was originally published by Xinhua News Agency and appears on APA under a content-exchange "
     "agreement.", "Xinhua", "APA", None),
    ("This report is carried from the PTI wire as received; The Hindu has not edited the text.", "PTI",
     "The Hindu", None),
    ("The following column by Dr. Farah Idris, chief economist of the Meridian Ports Council, was published "
     "today in Nikkei Asia.", "Nikkei Asia", None, "Farah Idris"),  # the note names its writer (set 9)
])
def test_reprint_notes_of_set_5(note: str, publisher: str, reprinter: str | None, author: str | None) -> None:
    found = notes.reprint_note(note)
    assert found is not None
    assert (found.publisher, found.reprinted_by, found.author) == (publisher, reprinter, author)


@pytest.mark.parametrize("line, outlet", [
    ("Published in Dawn, October 27th, 2025", "Dawn"),
    ("Press Service of the Ministry of Emergency Situations", "Ministry of Emergency Situations"),
])
def test_sign_offs_that_name_the_publisher(line: str, outlet: str) -> None:
    assert notes.credit_outlet(line) == outlet


def test_published_in_a_place_is_no_sign_off() -> None:
    assert notes.credit_outlet("published in the city, on Monday") is None


def test_the_author_is_a_role_with_no_article() -> None:
    found = notes.tagline("The author is deputy director of the Urban Economy Research Center at Zhejiang "
                          "Gongshang University.")
    assert found == [(None, "deputy director of the Urban Economy Research Center at Zhejiang Gongshang University")]


def test_a_letter_signed_on_two_lines_names_its_writer() -> None:
    article = parse_text(f"The harbour bus should not stop at six\n\n03.02.2026 • 07:45\n\n{BODY}"
                         "Maren Solheim-Dahl\nBrattvika\n")
    assert [a.name for a in article.authors] == ["Maren Solheim-Dahl"]


@pytest.mark.parametrize("top, publisher", [
    ("Kestrel Moor University | News & Events", "Kestrel Moor University"),
    ("Footpaths & Parish Councils", "Footpaths & Parish Councils"),
    ("Q & A", None),
])
def test_mastheads_of_set_5(top: str, publisher: str | None) -> None:
    article = parse_text(f"{top}\nHarbour depot to open in May after review\n\nPublished 5 March 2024\n\n{BODY}")
    assert article.publisher == publisher


PAGE = """<html><head><title>Harbour depot to open in May after a review | Harbour Echo</title></head><body>
<div id="story"><h1>Harbour depot to open in May after a review</h1>
<div class="meta"><span class="writer">By Ana Ruiz</span> <span class="pub-date">14 March 2026</span></div>
<p>The council will open the new depot in May, officials said on Tuesday after a long review that lasted
well over a year and drew objections from residents on both sides of the harbour.</p>
<div class="promo-box"><span>Sponsored</span> <a href="#">Get the Echo app for breaking news</a></div>
<p>The work is expected to cost about four million and to finish before the winter storms arrive, the
council's engineer said, adding that the old depot would be sold.</p>
<p>Residents had asked for the depot to be moved for a decade, and the council said it would publish the
final plans in April after the consultation closes.</p></div></body></html>"""


def test_a_saved_page_keeps_its_byline_and_date_and_drops_its_promo() -> None:
    article, text = parse_html(PAGE)
    assert [a.name for a in article.authors] == ["Ana Ruiz"]
    assert article.date == "2026-03-14"
    assert article.publisher == "Harbour Echo"  # only the <title> names the site
    assert "Sponsored" not in text


def test_a_title_site_is_only_a_name_not_a_domain() -> None:
    assert read_meta("<title>Harbour depot to open in May - harbourecho.example</title>").site_in_title is None
    assert read_meta("<title>Harbour depot to open in May - Harbour Echo</title>").site_in_title == "Harbour Echo"



@pytest.mark.parametrize("tagline, description", [
    ("Dr. Farah Idris is chief economist of the Meridian Ports Council, a Singapore-based association of port "
     "operators.", "chief economist of the Meridian Ports Council"),
    ("Jo Roe is an analyst at Harbour Capital, an investment firm in Leeds.", "an analyst at Harbour Capital"),
    # a second role of the author's own stays
    ("Pu Jingxin is a special commentator for CGTN, a research fellow at the Center for Transport Economics.",
     "a special commentator for CGTN, a research fellow at the Center for Transport Economics"),
])
def test_an_apposition_about_the_body_is_not_the_authors_description(tagline: str, description: str) -> None:
    found = notes.tagline(tagline)
    assert found is not None and found[0][1] == description
