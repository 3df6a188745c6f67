"""The field rules set 9 shaped: bylines that say who verified or hosted a piece, a blog's handle, a name
in a place or with its role after a slash, dateline marks with an accent, a word or the day after them,
publishers named by the page's own logo (its initials, its mark, its call sign, its news office), an
agency's language desk, reprint notes naming the writer and the edition, and what a reprinter may not
be. Each case is invented; the f8- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import bylines, dates, notes
from qtapp.article.rules.fields import outlet_case
from qtapp.article.rules.outlets import canonical

BODY = ("The council will open the new depot in May, officials said on Tuesday after a long review.\n\n"
        "The work is expected to cost about four million and to finish before the winter storms arrive.\n\n")
HEADLINE = "Harbour depot to open in May after a long review"


@pytest.mark.parametrize("line, names, date", [
    ("Verified by Amira Haddad", ["Amira Haddad"], None),
    ("Fact-checked by Tomás Ferreira Lima", ["Tomás Ferreira Lima"], None),
    ("Hosted by Maren Kolstad · 42 min · Published 3 March 2025", ["Maren Kolstad"], "2025-03-03"),
])
def test_who_verified_or_hosted_a_piece_is_its_author(line: str, names: list[str], date: str | None) -> None:
    found = bylines.parse_byline(line)
    assert found is not None
    assert found[0].names == names and found[0].date == date


def test_a_blog_handle_names_no_one_but_its_date_stands() -> None:
    found = bylines.parse_byline("Posted on 12 June 2024 by kestrelrider")
    assert found is not None and found[0].names == [] and found[0].date == "2024-06-12"
    assert bylines.parse_byline("Posted on 12 June 2024 by the way of the river") is None


def test_a_name_in_a_place_and_a_name_with_its_role_after_a_slash() -> None:
    placed = bylines.parse_byline("Dolores Vance in Tonopah", under_headline=True)
    slashed = bylines.parse_byline("Ana Lucía Ferrer/Staff Writer", under_headline=True)
    assert placed is not None and placed[0].names == ["Dolores Vance"]
    assert slashed is not None and slashed[0].names == ["Ana Lucía Ferrer"] and slashed[0].role == "Staff Writer"


def test_an_institutions_own_office_is_a_role_and_names_no_outlet() -> None:
    found = bylines.parse_byline("By Aleksander Nowicki, Institute News Office")
    assert found is not None
    assert found[0].role == "Institute News Office" and found[0].publisher is None
    kept = bylines.parse_byline("By Ana Ruiz, Kazinform correspondent")
    assert kept is not None and kept[0].publisher == "Kazinform"


def test_an_agencys_language_desk_is_cited_by_the_agency() -> None:
    found = bylines.parse_byline("Compiled by the Saba English desk")
    assert found is not None and found[0].publisher == "Saba" and not found[0].names


@pytest.mark.parametrize("lead, agency, date, wire", [
    ("RECIFE (Agência Nordeste) – A message", "Agência Nordeste", None, False),
    ("PORTLAND, Ore. (PRWEB) May 6, 2025 -- The following", "PRWeb", "2025-05-06", True),
    ("BUCHAREST, Sept 4 /Agerpres/ - The plant", "Agerpres", None, False),
])
def test_dateline_marks_with_an_accent_the_day_after_or_slashes(lead: str, agency: str, date: str | None,
                                                                 wire: bool) -> None:
    found = dates.dateline(lead)
    assert found is not None
    assert (found.agency, found.date, found.wire) == (agency, date, wire)


def test_a_word_mark_makes_a_dateline_only_after_the_day() -> None:
    assert dates.dateline("Amman, Feb. 11 (Petra) -- The ministry said") is not None
    assert dates.dateline("Amman (Jordan) - The ministry said") is None


@pytest.mark.parametrize("line, date", [
    ("03/03/2025", "2025-03-03"),  # the same day and month read one way only
    ("Broadcast: Tuesday, 8 April 2025", "2025-04-08"),
])
def test_date_lines_of_a_programme_and_an_unambiguous_slashed_day(line: str, date: str) -> None:
    found = dates.date_line(line)
    assert found is not None and found.date == date
    either_way = dates.date_line("05/06/2025")
    assert either_way is not None and either_way.date is None


def test_legal_forms_are_dropped_from_a_company_name() -> None:
    assert canonical("Kim Long Ceramics JSC") == "Kim Long Ceramics"
    assert canonical("Tanjung Palm Sdn Bhd") == "Tanjung Palm"


def test_a_logo_in_capitals_keeps_the_article_after_de_in_lower_case() -> None:
    assert outlet_case("VOZ DE LA FRONTERA") == "Voz de la Frontera"
    assert outlet_case("LA NACION DIGITAL") == "La Nacion Digital"


@pytest.mark.parametrize("note, publisher, reprinted_by", [
    ("This story is republished by the Oman Observer under a content agreement with Reuters.", "Reuters",
     "Oman Observer"),
    ("This article was originally published in Spanish by El Comercio. Translated and republished by Andes "
     "Dispatch.", "El Comercio", "Andes Dispatch"),
    ("This article first appeared on Kyodo's English-language service and is republished here with permission.",
     "Kyodo", None),
])
def test_reprint_notes_name_the_original_and_the_reprinter(note: str, publisher: str, reprinted_by: str | None) -> None:
    found = notes.reprint_note(note)
    assert found is not None and (found.publisher, found.reprinted_by) == (publisher, reprinted_by)


def test_a_following_note_names_the_writer_the_role_and_the_edition() -> None:
    found = notes.reprint_note("The following editorial by Florian Brandt, managing editor, appears in the 4 April "
                               "2025 edition of the Steirische Rundschau:")
    assert found is not None
    assert (found.publisher, found.author, found.role, found.date) == (
        "Steirische Rundschau", "Florian Brandt", "managing editor", "2025-04-04")


def _page(*top: str, body: str = BODY) -> str:
    return "\n\n".join(top) + "\n\n" + body


def test_the_page_names_its_publisher_by_its_own_logo() -> None:
    station = parse_text(_page("KQRB 91.7 | Community Radio for the High Desert", HEADLINE, "By Ana Ruiz"))
    assert station.publisher == "KQRB"
    spelled = parse_text(_page("Sahel Press Agency (SPA)", HEADLINE, "By Ana Ruiz, SPA"))
    assert spelled.publisher == "Sahel Press Agency"
    unpaired = parse_text(_page("Sahel Press Agency", HEADLINE, "By Ana Ruiz, SPA"))
    assert unpaired.publisher == "SPA"  # the logo never shows the initials: the byline's word stands
    office = parse_text(_page("Lakehead Polytechnic Institute | News Office", HEADLINE, "By Ana Ruiz"))
    assert office.publisher == "Lakehead Polytechnic Institute"


def test_a_word_mark_is_the_agency_when_the_logo_carries_it() -> None:
    lead = "Baku, Jan. 14 (Khazar) -- The state shipping company will add a ferry, its board said on Tuesday."
    carried = parse_text(_page("Caspian News Agency (Khazar)", HEADLINE, "2025-01-14 16:20", body=lead + "\n\n" + BODY))
    assert carried.publisher == "Khazar"
    alone = parse_text(_page("Caspian Wire", HEADLINE, "2025-01-14 16:20", body=lead + "\n\n" + BODY))
    assert alone.publisher != "Khazar"


def test_a_source_line_under_another_sites_logo_is_a_reprint() -> None:
    article = parse_text(_page("Danube Basin Briefing", HEADLINE, "Posted September 4, 2024",
                               body=BODY + "Source: Agerpres\n"))
    assert (article.publisher, article.reprinted_by) == ("Agerpres", "Danube Basin Briefing")
    own = parse_text(_page("Agerpres", HEADLINE, "Posted September 4, 2024", body=BODY + "Source: Agerpres\n"))
    assert own.reprinted_by is None


def test_no_outlet_reprints_its_own_piece() -> None:
    article = parse_text(_page("Harbour News", HEADLINE, "This story was originally published by Harbour News and "
                               "is republished by Harbour News with permission."))
    assert (article.publisher, article.reprinted_by) == ("Harbour News", None)


def test_a_profile_line_under_the_name_is_the_authors_role() -> None:
    article = parse_text(_page(HEADLINE, "Tobias Achterberg", "Director of Operations at Nordlicht Telecom",
                               "Published Feb 4, 2025"))
    assert [(a.name, a.description) for a in article.authors] == [
        ("Tobias Achterberg", "Director of Operations at Nordlicht Telecom")]
    assert bylines.parse_byline("Director of Operations said the queues had shrunk.", under_headline=True) is None


def test_a_letters_writer_signs_with_her_role_but_an_address_is_none() -> None:
    assert notes.signed_role("MAIREAD KINSELLA, Secretary, Quay Street Residents' Association.") == (
        "Secretary, Quay Street Residents' Association")
    assert notes.signed_role("CIARÁN O'NEILL, Rathgar, Dublin 6.") is None
    letter = parse_text(_page(HEADLINE, "Tuesday, 14 January 2025",
                              body=BODY + "Yours, etc,\n\nMAIREAD KINSELLA, Secretary, Quay Street Residents' "
                              "Association.\n"))
    assert [(a.name, a.description) for a in letter.authors] == [
        ("Mairead Kinsella", "Secretary, Quay Street Residents' Association")]


def test_the_spanish_and_portuguese_long_date() -> None:
    assert dates.parse_date("2 de mayo de 2025") == "2025-05-02"
    assert dates.parse_date("14 de Março de 2024") == "2024-03-14"
    assert dates.parse_date("2 de mayonesa de 2025") is None
    found = dates.date_line("14 de marzo de 2025")
    assert found is not None and found.date == "2025-03-14"


def test_a_site_menu_on_one_line_and_a_site_title_are_never_the_headline() -> None:
    menu = parse_text(_page("Fjordline Aquatech", "Solutions Services Investors Newsroom Careers", "2025-06-03 08:00",
                            HEADLINE, "By Ana Ruiz"))
    assert menu.title == HEADLINE
    site = parse_text(_page("Malabar Courier - Kerala Latest Breaking News and Headlines", HEADLINE, "By Ana Ruiz"))
    assert site.title == HEADLINE and site.publisher == "Malabar Courier"
    headline = "Menon & Co. agree on a shared cold store at Mattancherry"
    assert parse_text(_page(headline, "By Ana Ruiz")).title == headline


def test_a_podcast_episode_page_has_its_host_date_and_no_chapter_marks() -> None:
    hosted = "Hosted by Maren Kolstad · 42 min · Published 3 March 2025"
    article = parse_text(_page("Harbourside Audio", HEADLINE, hosted, "▶ Play episode", "Chapters", "00:00 Intro",
                               "03:12 Leaving the home grounds", "1:02:45 What the quotas miss"))
    assert (article.title, [a.name for a in article.authors], article.date) == (
        HEADLINE, ["Maren Kolstad"], "2025-03-03")
    kept = [b.text for b in article.blocks]
    assert not any(text.startswith(("00:00", "03:12", "1:02:45", "Chapters", "▶")) for text in kept)
    assert any(text.startswith("The council will open") for text in kept)  # the body after the list stays
