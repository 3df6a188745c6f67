"""Set 16's and set 15's block shapes: a dateline dash glued to its paragraph, ad slot markers, a radio
programme's player lines, a letters page's sign-offs, a news site's newsletter promotion box and its foot.
Each case is invented; the corpus articles named in each test hold them in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import blocks, dates, furniture, notes

HEAD = "Harbour toll to rise for the first time in a decade\n\nBy Ana Ruiz | March 3, 2025\n\n"
MORE = "Boat owners said they would ask the board to phase the rise in over two years instead of one.\n\n"


# corpus: wire-glued-dash-reuters-andes-copper-water
@pytest.mark.parametrize(("lead", "agency"), [
    ("VALPARAÍSO, Chile, March 3 (Reuters) -", "Reuters"),
    ("GDANSK, Poland (AP) —", "Associated Press"),
    ("Cartagena (Colombia), Mar 3 (EFE).-", "EFE"),
])
def test_a_dateline_dash_glued_to_the_first_word_still_ends_the_dateline(lead: str, agency: str) -> None:
    paragraph = lead + "The harbour board voted on Monday to raise the toll for private boats by a fifth from April."
    found = dates.dateline(paragraph)
    assert found is not None and found.text == lead and found.agency == agency
    article = parse_text(HEAD + paragraph + "\n\n" + MORE)
    assert [(b.kind, b.text) for b in article.blocks][2:4] == [("dateline", lead), ("paragraph", paragraph[len(lead):])]


@pytest.mark.parametrize("paragraph", [
    "The Anglo-American board voted -Monday's meeting ran late into the night.",  # no dateline before the dash
    "Mr Ruiz said the rise was fair -Boat owners disagreed on Monday.",
    "PARIS-Based firms said on Monday that the toll would rise.",  # a hyphen inside a word
])
def test_a_glued_dash_after_no_dateline_splits_nothing(paragraph: str) -> None:
    assert dates.glued_dash.check(paragraph) is None


# corpus: chrome-ad-markers-lagosledger-ferry-jetty
@pytest.mark.parametrize("line", ["— Advertisement —", "-- Advertisement --", "Ad", "[ Anzeige ]", "PUBLICIDADE",
                                  "PT Mag Campaign AD", "Fakatau mai: Advertise with Vaka Post", "Advertise With Us",
                                  "Sponsored: Bet responsibly. 18+ only.", "Sponsored content"])
def test_an_ad_slot_marker_is_chrome(line: str) -> None:
    assert furniture.ad_marker.check(line)
    article = parse_text(HEAD + MORE + line + "\n\n" + MORE.replace("Boat", "Ferry"))
    assert line in article.dropped
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]


@pytest.mark.parametrize("line", [
    "Ad hoc committee", "ROME, 79 AD", "Bendigo Advertiser", "The ad campaign drew complaints.",
    "Advertising standards were broken, the board said.", "Sponsored by the council, the fair opened on Monday.",
    'Sponsored: "We never paid for a single post," the minister said.',
])
def test_a_line_about_ads_is_no_ad_slot(line: str) -> None:
    assert not furniture.ad_marker.check(line)


# corpus: radio-player-lines-coastfm-harbour-dredging
@pytest.mark.parametrize("line", ["Listen duration 5′ 12″", "Add to playlist", "Download: Ogg MP3 ( 4.8 MB )",
                                  "Play audio 03:21", "Morning Report Episodes", "Listen again on the Kestrel app",
                                  "Previous Item: Wellington water meters: what the trial found"])
def test_a_radio_players_line_is_chrome(line: str) -> None:
    assert furniture.audio_player.check(line)
    article = parse_text(HEAD + MORE + line + "\n\n" + MORE.replace("Boat", "Ferry"))
    assert line in article.dropped
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]


@pytest.mark.parametrize("line", ["Listen to the minister", "Add to the pile", "Download the minutes",
                                  "Listen again, the mayor said.", 'Next item: “We will vote,” she said.'])
def test_a_line_about_listening_is_no_player(line: str) -> None:
    assert not furniture.audio_player.check(line)


# corpus: letters-page-signoffs-wexfordwatch-harbour-parking
LETTERS_HEAD = "Letters: The quay, the library and the bins\n\nFriday, 9 October 2026\n\n"
FIRST = ("Dear Editor,\n\nThe new machines on the quay take cards only, and my neighbour has never owned a bank "
         "card in her life.\n\n")
SECOND = ("The library will open on Sunday afternoons from November, and the reading room should follow it "
          "soon after.\n\n")


@pytest.mark.parametrize(("between", "greeting"), [
    ("", "Sir,\n\n"), ("Advertisement\n\n", "Sir, – "), ("", "Dear Editor,\n\n")])
def test_a_letters_sign_off_over_the_next_letters_greeting_is_a_signature(between: str, greeting: str) -> None:
    page = (LETTERS_HEAD + FIRST + "Bridget Furlong, Rosslare Strand\n\n" + between + greeting + SECOND
            + "Maureen Doyle (Mrs), Castlebridge\n\nLetters should be under 250 words and include a full name, "
            "a postal address and a daytime telephone number.\n")
    article = parse_text(page)
    signed = [b.text for b in article.blocks if b.kind == "signature"]
    assert signed == ["Bridget Furlong, Rosslare Strand", "Maureen Doyle (Mrs), Castlebridge"]
    assert article.authors == []


def test_a_name_and_town_over_prose_that_greets_no_one_stays_the_storys() -> None:
    page = HEAD + "The board met on Monday.\n\nBridget Furlong, Rosslare Strand\n\n" + SECOND + MORE
    assert "Bridget Furlong, Rosslare Strand" not in [b.text for b in parse_text(page).blocks if b.kind == "signature"]


def test_a_title_in_brackets_after_the_signers_name_is_not_her_name() -> None:
    assert notes.signed_name("Irene Duckworth (Mrs), Darwen") == "Irene Duckworth"
    assert notes.signed_name("Harbour Board (Ltd), Darwen") is None


# corpus: chrome-guardian-promo-box-bristol-ferry-fares
PROMO = ("Skip past newsletter promotion\n\nSign up to The West Country Weekly, every Friday\n\n"
         "Privacy Notice: Newsletters may contain information about charities and online ads.\n\n"
         "after newsletter promotion\n\n")


def test_a_skippable_promotion_box_is_chrome_from_its_opener_to_its_close() -> None:
    article = parse_text(HEAD + MORE + PROMO + MORE.replace("Boat", "Ferry"))
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]
    assert all(line in article.dropped for line in PROMO.split("\n\n") if line)


def test_an_opener_without_its_close_nearby_marks_nothing() -> None:
    pieces = [blocks.Piece(text) for text in ["Skip past newsletter promotion", *["A paragraph of the story."] * 9,
                                              "after newsletter promotion"]]
    assert blocks.promo_boxes(pieces) == frozenset()


@pytest.mark.parametrize("line", ["Explore more on these topics: Bristol | Transport | news",
                                  "… we have a small favour to ask. Millions of readers turn to us for news.",
                                  "Remind me in May"])
def test_the_reader_funded_sites_foot_is_chrome(line: str) -> None:
    assert furniture.furniture(line) == furniture.phrase.name


def test_a_share_buttons_count_and_a_commenters_handle_with_its_clock_are_chrome() -> None:
    page = (HEAD + "Share\n\n312\n\n" + MORE + MORE.replace("Boat", "Ferry") + "Comments (48)\n\n"
            "harbourside_pete 9 Mar 2026 12:04\n\nFair enough, the boats are full of visitors anyway.\n")
    article = parse_text(page)
    assert "312" in article.dropped and "Fair enough, the boats are full of visitors anyway." in article.dropped
    assert [b.kind for b in article.blocks] == ["title", "byline", "paragraph", "paragraph"]
