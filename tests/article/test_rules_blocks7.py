"""The block-kind and chrome rules sets 7 and 8 shaped: datelines marked by an agency no list knows, the
site's calls to act, relative clocks, reuse terms, bare addresses and star widgets. Each case is invented;
the b7- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import dates, furniture, notes


@pytest.mark.parametrize("lead, dateline", [
    ("Pärnu (BCA) – The ferry will draw power from the shore.", "Pärnu (BCA) –"),
    ("Sibiu, Sep 22 /Rompres/ - The company opened a workshop.", "Sibiu, Sep 22 /Rompres/ -"),
    ("Kaunas, Jan. 22 (BNA) The port will convert its yard.", "Kaunas, Jan. 22 (BNA)"),
])
def test_a_town_and_an_agencys_mark_lead_the_story(lead: str, dateline: str) -> None:
    found = dates.dateline_rule(lead)
    assert found is not None and found[1] == "dateline.town_mark"
    assert found[0].text == dateline
    assert found[0].agency is None  # a mark no list knows splits the block and names no publisher


def test_a_known_agencys_mark_is_still_named() -> None:
    found = dates.town_mark.check("Porto, Mar 3 /EFE/ - The city opened a depot.")
    assert found is not None and found.agency == "EFE"
    found = dates.town_mark.check("Zug (Keystone-SDA) - The railway reopened its line.")
    assert found is not None and (found.text, found.agency) == ("Zug (Keystone-SDA) -", "Keystone-SDA")


def test_a_town_with_its_full_date_and_a_mark_is_read_by_the_full_date_rule() -> None:
    """The mark after a town's full date is the agency that filed it, as a reader would say ("(ETAG)")."""
    found = dates.dateline_rule("Tartu, Jan. 9, 2025 (ETAG). Service resumed on Thursday.")
    assert found is not None
    assert (found[0].text, found[0].date, found[0].agency) == ("Tartu, Jan. 9, 2025 (ETAG).", "2025-01-09", "ETAG")


@pytest.mark.parametrize("text", [
    "Apple (AAPL) shares rose on Monday.",  # no dash, no day: a company's ticker, not a dateline
    "Paris (France) - the talks went on.",  # a bracketed word that is no acronym
    "The Agency (Acme) - said nothing.",
])
def test_a_bracketed_word_is_not_an_agencys_mark(text: str) -> None:
    assert dates.town_mark.check(text) is None


def test_the_dateline_is_split_from_its_paragraph_under_the_headline() -> None:
    article = parse_text("Harbour ferry to run on shore power this winter\n\nBy Liis Kask\n\n"
                         "Pärnu (BCA) – The ferry will draw its power from the shore while it waits.\n\n"
                         "The work cost 1.2 million euros, a third of it from a regional fund.\n")
    assert [(b.kind, b.text) for b in article.blocks][2:4] == [
        ("dateline", "Pärnu (BCA) –"), ("paragraph", "The ferry will draw its power from the shore while it waits.")]


@pytest.mark.parametrize("line, rule_name", [
    ("Is there a story in your village we should look into? Get in touch.", "chrome.call_to_action"),
    ("Get the Valley Herald app for local news on the go", "chrome.call_to_action"),
    ("Valley Herald is now on WhatsApp. Click here to join.", "chrome.call_to_action"),
    ("To view or add a comment, sign in", "chrome.call_to_action"),
    ("Want to join the conversation? Please sign in to comment.", "chrome.call_to_action"),
    ("Be the first to know. Sign up for breaking news alerts.", "chrome.call_to_action"),
    ("email us here", "chrome.call_to_action"),
    ("Posted 2h ago", "chrome.relative_clock"),
    ("Published 3 hours ago", "chrome.relative_clock"),
    ("Reprinting materials requires a hyperlink to the source.", "chrome.reuse_terms"),
    ("standardmedia.co.ke", "chrome.bare_domain"),
    ("Rating: ★★★★☆", "chrome.star_rating"),
    ("Japanese version", "chrome.language_switch"),
    ("Valley Herald © 2025 · Reprinting materials requires a hyperlink", "chrome.copyright"),
    ("All rights to materials published in the Harbour Newsroom are reserved.", "chrome.copyright"),
    ("1,204 Followers", "chrome.copyright"),
    ("4 thoughts on “Gunnislake bridge to close for six weeks”", "chrome.copyright"),
    ("Leave a Reply", "chrome.phrase"),
    ("Report an error", "chrome.phrase"),
    ("Reading time: 3 minutes", "chrome.phrase"),
    ("continued on page 2", "chrome.phrase"),
    ("We'll send you the latest news updates. You can manage them any time in settings.", "chrome.site_notice"),
])
def test_the_sites_own_lines_are_furniture(line: str, rule_name: str) -> None:
    assert furniture.furniture(line) == rule_name


@pytest.mark.parametrize("line", [
    "Police asked anyone with information to get in touch.",  # the story's appeal, not the site's
    "Residents can sign up for the scheme at the town hall, the council said.",
    "The company said using recycled materials is required by the new law.",
    "This article first appeared in The East African and is republished here with permission.",
    '"Click here to join," the message read, and hundreds did.',  # a quoted ask is news
    "24.kg",  # an outlet named like its domain: the logo the publisher rules read
    "The English version of the treaty was signed on Monday.",
    "Five years ago the bridge was closed for a month.",
])
def test_the_articles_own_lines_are_not_furniture(line: str) -> None:
    assert furniture.furniture(line) is None


def test_a_long_first_item_still_makes_a_breadcrumb() -> None:
    line = "Ministry of Foreign Affairs of the Republic of Kazakhstan › Press service › News"
    assert furniture.navigation.check(line)


def test_a_press_contacts_card_is_chrome_not_a_signed_name() -> None:
    article = parse_text("Harbourline Foods opens a cold store in Tanga\n\n"
                         "Harbourline Foods Ltd. today opened a solar-cooled warehouse at the Tanga fish market.\n\n"
                         "The warehouse holds 200 tonnes and runs on rooftop panels.\n\n"
                         "Baraka Kimaro-Nnko\nHarbourline Foods Ltd.\n+255 700 000 111\nemail us here\n")
    assert article.authors == []
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    assert "Baraka Kimaro-Nnko" in article.dropped


def test_an_about_heading_over_its_boilerplate_stays_a_heading() -> None:
    article = parse_text("Harbourline Foods opens a cold store in Tanga\n\n"
                         "Harbourline Foods Ltd. today opened a solar-cooled warehouse at the Tanga fish market.\n\n"
                         "About Harbourline Foods\n\n"
                         "Harbourline Foods is a cold-chain company based in Tanga. It runs three warehouses.\n\n"
                         "Media contact: press@harbourline.example\n")
    assert ("heading", "About Harbourline Foods") in [(b.kind, b.text) for b in article.blocks]


@pytest.mark.parametrize("line, rule_name", [
    ("BSA/lk", "credit.agency_desk"),
    ("AMF/JN // Lusa", "credit.agency_desk"),
    ("(END) JRV/PLQ", "credit.agency_desk"),
    ("(By Chen Mei-ling) Enditem/AW", "credit.agency_desk"),
    ("(PNA)", "credit.agency_mark"),
    ("(Translated by Tomás Rieder)", "credit.reporting_parenthesis"),
    ("(Japanese original by Haruka Sato, Akita Bureau)", "credit.reporting_parenthesis"),
])
def test_the_desks_marks_are_credit_lines(line: str, rule_name: str) -> None:
    found = notes.credit_rule(line)
    assert found is not None and found[1] == rule_name


@pytest.mark.parametrize("line", ["LUO JIE/CHINA DAILY", "(Photo)", "Yes/no", "(and more)"])
def test_a_photo_credit_or_a_word_is_no_desk_mark(line: str) -> None:
    assert notes.credit_rule(line) is None


BODY_END = ("The two ferries on the route will run on batteries from June, the operator said on Wednesday.\n\n"
            "The batteries are charged at both landings during the five minutes the ferries take to load.\n\n")


def test_an_end_mark_with_capital_initials_closing_the_page_is_a_sign_off_not_a_caption() -> None:
    article = parse_text(f"Lake ferries switch to electric power on the main route\n\n{BODY_END}(END) JRV/PLQ\n")
    assert [(b.kind, b.text) for b in article.blocks][-1] == ("signature", "(END) JRV/PLQ")


def test_a_letters_close_its_writer_and_address_are_its_signature() -> None:
    article = parse_text(f"Keep the night bus to Howth\n\n{BODY_END}– Yours, etc,\n\nAOIFE NÍ BHRIAIN,\n\n"
                         "Sutton,\n\nDublin 13.\n")
    assert [b.kind for b in article.blocks][-4:] == ["signature"] * 4
    assert [a.name for a in article.authors] == ["Aoife Ní Bhriain"]


def test_a_letter_signed_with_its_town_and_region() -> None:
    assert notes.signed_name("Harriet Brennan-Sinclair, Peterborough, Ont.") == "Harriet Brennan-Sinclair"


@pytest.mark.parametrize("line, date, publisher", [
    ("Press release · Tromsø, 2025-03-04", "2025-03-04", None),
    ("For immediate release · 2025-05-02", "2025-05-02", None),
    ("Porto, 3 June 2025 (Lusa)", "2025-06-03", "Lusa"),  # a known agency's closing mark names it
    ("October 21, 2025 (Akita Shimpo)", "2025-10-21", None),  # a mark no list knows names nobody
    ("This content was published on 03.06.2025 - 09:15", "2025-06-03", None),
])
def test_date_lines_with_a_label_a_town_or_a_closing_mark(line: str, date: str, publisher: str | None) -> None:
    found = dates.date_line(line)
    assert found is not None and found.date == date
    assert found.publisher == publisher


@pytest.mark.parametrize("line", ["Council votes, 3 March 2025", "LONDON, May 2, 2025 —",
                                  "This article was written by Ana Ruiz on 3 March 2025"])
def test_a_sentence_or_a_dateline_is_no_date_line(line: str) -> None:
    assert dates.date_line(line) is None


def test_an_issuers_boilerplate_is_no_tagline() -> None:
    article = parse_text("Nordkyst Energi to build a battery store in Hammerfest\n\n"
                         "Nordkyst Energi will build a battery store next to the substation, the company said.\n\n"
                         "About Nordkyst Energi\n\n"
                         "Nordkyst Energi is a grid and storage company owned by eleven municipalities.\n")
    assert article.authors == []
    assert article.blocks[-1].kind == "paragraph"


def test_an_authors_tagline_naming_an_association_is_still_a_tagline() -> None:
    article = parse_text("Keep the night bus running\n\nBy Jo Roe\n\n"
                         "The proposal to end the night bus will leave hospital workers with no way home.\n\n"
                         "Jo Roe is a research fellow at the Housing Association of Leeds.\n")
    assert article.blocks[-1].kind == "tagline"


@pytest.mark.parametrize("lead, dateline", [
    ("Fès - The tanneries of the old medina will send their wastewater to a shared plant from next year.", "Fès -"),
    ("Sharjah: Every public bus in Sharjah will accept bank cards and phone payments by June this year.",
     "Sharjah:"),
])
def test_a_town_alone_leads_the_first_paragraph(lead: str, dateline: str) -> None:
    article = parse_text(f"Harbour ferry to run on shore power this winter\n\nBy Liis Kask\n\n{lead}\n\n"
                         "The work cost 1.2 million euros, a third of it from a regional fund.\n")
    assert [(b.kind, b.text) for b in article.blocks][2] == ("dateline", dateline)


@pytest.mark.parametrize("headline", ["Storm Brannagh: Ferries cancelled and thousands without power",
                                      "Niger: Niamey market traders count losses after fire"])
def test_a_headlines_kicker_is_no_town(headline: str) -> None:
    article = parse_text(f"{headline}\n\nBy Liis Kask\n\nThe work cost 1.2 million euros, a third of it from a fund.\n")
    assert article.title == headline


def test_a_label_is_no_town() -> None:
    assert dates.town_lead_rule("Note: The figures were revised on Monday after the count ended.") is None


def test_place_wire_and_date_between_slashes() -> None:
    found = dates.slashed_wire.check("MOMBASA, KE / ACCESSWIRE / April 2, 2025 / The following column by …")
    assert found is not None
    assert (found.text, found.date, found.agency, found.wire) == (
        "MOMBASA, KE / ACCESSWIRE / April 2, 2025 /", "2025-04-02", "ACCESSWIRE", True)
    found = dates.dateline_rule("MOMBASA, KE / ACCESSWIRE / April 2, 2025 / The following column by …")
    assert found is not None  # in capitals the place-in-capitals rule reads it first, to the same answer
    assert (found[0].text, found[0].date, found[0].agency, found[0].wire) == (
        "MOMBASA, KE / ACCESSWIRE / April 2, 2025 /", "2025-04-02", "ACCESSWIRE", True)


@pytest.mark.parametrize("line, rule_name", [
    ("A bus at the Al Jubail station. (Gulf Evening Post file photo)", "caption.parenthesised_credit"),
    ("Above: a card reader by the driver's seat. Photo: R. Thomas-Varghese", "caption.labelled_credit"),
    ("Featured photo via MTI/Balogh Zoltán", "caption.photos_by"),
])
def test_photo_credits_in_more_shapes(line: str, rule_name: str) -> None:
    found = notes.caption_rule(line)
    assert found is not None and found[1] == rule_name


def test_a_date_line_written_with_an_at_sign() -> None:
    found = dates.date_line("@ 6:15 pm on 3 March 2025")
    assert found is not None and found.date == "2025-03-03"


def test_a_donation_button_named_for_the_outlet() -> None:
    assert furniture.furniture("Support Atlas Coast News") == "chrome.call_to_action"
    assert furniture.furniture("Support for the plan grew") is None
