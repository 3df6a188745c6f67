"""The block mechanisms sets 10-12 showed missing, each read by where a line stands or by its parts rather
than by one site's wording: a dateline run into the first paragraph whatever its parts' order (a place, a
region, a date in any calendar, an agency's name or capitals; a dash, a colon or the agency's full stop),
a transcript's speaker turns that only look like one, and a short line carrying a full date between the
headline and the body. Each case is invented; the c13- corpus articles hold the same shapes in context.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules import furniture, leads, notes, piece_notes

HEAD = "Rail freight rises on the southern line\n\n"
STORY = (" The state railway carried a fifth more freight in November than a year earlier, its operator said"
         " on Monday, after a new loop line opened near the border.\n\n"
         "Passenger services were not affected, the operator said.\n")
# the same story ending on a long paragraph: a line put before "Passenger" stands in the story's middle
LONGER = STORY.replace("affected, the operator said.", "affected, the operator said, and the loop line will"
                       " carry its first passenger train in the spring if the signals are finished.")


def kinds_of(line: str, where: str) -> list[str]:
    """The kinds ``line`` is read as, put in the story's middle or after it."""
    text = (HEAD + "The state railway" + (LONGER.replace("Passenger", line + "\n\nPassenger") if where == "middle"
                                          else LONGER + "\n" + line + "\n"))
    return [b.kind for b in parse_text(text).blocks if b.text == line]


@pytest.mark.parametrize("lead", [
    "Mersin, Nov 14, AA --",
    "QUETTA:",
    "SUKKUR (PPI):",
    "Mashhad, Rabi' al-Thani 2, 1447, November 24, 2025, IRNA --",
    "AL AIN, 3rd March, 2025 (WAM) --",
    "Lahore, Mar 3 (APP):",
    "VANADZOR, APRIL 2, ARMENPRESS.",
    "Sendai, Feb. 9 (Jiji Press)--",
    "St. Louis, Nov 3 (AP) -",
])
def test_a_lead_read_by_its_parts_is_split_from_its_paragraph(lead: str) -> None:
    blocks = parse_text(HEAD + lead + STORY).blocks
    assert (blocks[1].kind, blocks[1].text) == ("dateline", lead)
    assert blocks[2].kind == "paragraph" and blocks[2].text.startswith("The state railway")


@pytest.mark.parametrize("opening", [
    "Ana Ruiz (host): The",   # a speaker's turn, a person and her role in brackets
    "Mr. Smith said: The",    # a sentence with a colon
    "On Tuesday, the minister said - The",
    "The minister, 45, said: The",
    "CLAIM: “The",            # a fact box's field
    "TARIQ MEHMOOD, HOST: The",  # a transcript's label in capitals, with the speaker's role
])
def test_what_only_looks_like_a_lead_is_none(opening: str) -> None:
    assert leads.lead_rule(opening + " railway carried a fifth more freight in November.") is None


def test_a_transcript_in_capitals_keeps_its_speaker_turns_in_their_paragraphs() -> None:
    text = (HEAD + "SAIMA NOOR: The state railway carried a fifth more freight in November than a year earlier"
            " and the loop line is why.\n\nBILAL KHAN: And the passengers did not notice at all, which is the"
            " point of building it.\n\nSAIMA NOOR: That was Bilal Khan on the new loop line near Chaman.\n")
    blocks = parse_text(text).blocks
    assert [b.kind for b in blocks[1:]] == ["paragraph"] * 3
    assert blocks[1].text.startswith("SAIMA NOOR: The state railway")


def test_a_lead_runs_on_to_the_dash_after_its_date() -> None:
    blocks = parse_text(HEAD + "SUVA, Fiji – 3 June 2025 –" + STORY).blocks
    assert (blocks[1].kind, blocks[1].text) == ("dateline", "SUVA, Fiji – 3 June 2025 –")


@pytest.mark.parametrize("line", [
    "Publication date 14 November 2025 | 18:20 ICT",
    "Report date: 2025-11-18",
    "4 Dec 2025 · 38 min",
    "2025-07-30 14:06 sent from the app",
])
def test_a_short_line_with_a_full_date_under_the_headline_is_its_date_line(line: str) -> None:
    article = parse_text(HEAD + line + "\n\nThe state railway" + STORY)
    assert (article.blocks[1].kind, article.blocks[1].text) == ("dateline", line)
    assert article.date is not None and article.date.startswith("2025-")


def test_a_deck_with_a_date_in_it_is_no_date_line() -> None:
    article = parse_text(HEAD + "Ministers meet on 4 March 2025 to decide whether the loop line stays open\n\n"
                         "The state railway" + STORY)
    assert article.blocks[1].kind != "dateline"


@pytest.mark.parametrize("note, rule_name", [
    ("This article first appeared in the Ararat Courier, a weekly, on 4 May 2025.", "piece_note.piece_published"),
    ("The following commentary was first carried by CGTN. The Steppe Review republishes it with permission.",
     "piece_note.piece_published"),
    ("This essay was written for the Kestrel Institute and is carried here with its permission.",
     "piece_note.piece_published"),
    ("The following opinion column by Dr. Aroha Tane, a fellow of the Reef Trust, was published today by the "
     "Island Times.", "piece_note.piece_published"),
    ("Harbour Light News publishes below the full text of a statement issued on Monday by the ministry.",
     "piece_note.outlet_publishes"),
    ("Forwarded from Ministry of Water of the Republic", "piece_note.forwarded"),
])
def test_a_note_about_the_piece_is_read_by_its_grammar(note: str, rule_name: str) -> None:
    assert piece_notes.piece_note_rule(note) == (True, rule_name)


@pytest.mark.parametrize("sentence", [
    "The report was published on Monday by the ministry, which said fees would rise.",  # the story's own
    "This is the story of a school that would not close.",
    "The statement was read out by the mayor at noon.",
])
def test_a_sentence_of_the_story_is_no_note_about_the_piece(sentence: str) -> None:
    assert piece_notes.piece_note_rule(sentence) is None


def test_a_piece_note_stands_at_the_head_or_after_the_story_never_in_its_middle() -> None:
    note = "This story was produced for the Ledger's rural series and is shared with community papers."
    assert kinds_of(note, "middle") == ["paragraph"]
    assert kinds_of(note, "foot") == ["reprint_note"]


@pytest.mark.parametrize("closing", ["KN/RT/0417", "Office of the Harbour Master, Port Vila", "— Tavita", "R.K.",
                                     "(end) sl.tr", "MAP: 2 June 2025"])
def test_the_pages_last_short_line_after_the_story_signs_it_off(closing: str) -> None:
    blocks = parse_text(HEAD + "The state railway" + STORY + "\n" + closing + "\n\n© 2025 The Lagoon Herald\n").blocks
    assert (blocks[-1].kind, blocks[-1].text) == ("signature", closing)


@pytest.mark.parametrize("closing", ["The verdict is due on April 23.", "Emergency line: 904",
                                     "RUNNING TIME: 112 minutes", "Vote yes on Measure 26-241."])
def test_a_last_sentence_or_a_facts_field_is_no_sign_off(closing: str) -> None:
    blocks = parse_text(HEAD + "The state railway" + STORY + "\n" + closing + "\n").blocks
    assert ("signature", closing) not in [(b.kind, b.text) for b in blocks]


@pytest.mark.parametrize("line, rule_name", [
    ("Reply Share Report Save Follow", "chrome.widget"),           # a forum's action bar: button words only
    ("Upvote Reply Award Share", "chrome.widget"),
    ("💬 212 🔁 1.4K ❤️ 6.8K", "chrome.widget"),                   # reaction counts under their icons
    ("👍 48 💬 12", "chrome.widget"),
    ("Get the Post in your inbox every morning — enter your email [Subscribe]", "chrome.site_notice"),
    ("Our weekly digest, straight to your inbox. Enter your e-mail", "chrome.site_notice"),
    ("Comments — Use the comment form below to begin a discussion about this content.", "chrome.comment_form"),
    ("Comments: be the first to share your thoughts", "chrome.comment_form"),
    ("More from Features", "chrome.phrase"),                        # a box's label, its headlines under it
    ("View original content: https://wire.example/news/release-123", "chrome.phrase"),
])
def test_furniture_classes_fresh_pages_left_in_the_article(line: str, rule_name: str) -> None:
    assert furniture.furniture(line) == rule_name


@pytest.mark.parametrize("line", [
    "2024 – 2025",                                   # years with a dash are no reaction bar
    "Report",                                        # one button word alone may be a heading
    "Share report finds most homes still unsold",    # a headline about a report
    "Readers told us what they get in their inbox, and why they keep reading.",
    "Comments from residents were mixed, the council said.",
    "More from the minister later today as talks resume over the weekend, his office said.",
])
def test_what_only_shares_their_words_is_no_furniture(line: str) -> None:
    assert furniture.furniture(line) is None


@pytest.mark.parametrize("line, name, description", [
    ("Anahit Sargsyan is Armenpress's correspondent in Lori province.", "Anahit Sargsyan",
     "Armenpress's correspondent in Lori province"),
    ("Dr. Aroha Tane is director of the Reef Trust, which runs four field stations.", "Dr. Aroha Tane",
     "director of the Reef Trust"),
    ("Orla Fennessy teaches modern fiction at the Galway School of Letters.", "Orla Fennessy",
     "teaches modern fiction at the Galway School of Letters"),
])
def test_a_tagline_gives_a_role_from_a_closed_class_or_what_the_person_does_where(
        line: str, name: str, description: str) -> None:
    found = notes.tagline_rule(line)
    assert found is not None and found[0] == [(name, description)]


def test_a_person_at_work_in_the_storys_middle_is_no_tagline() -> None:
    tagline = "Orla Fennessy teaches modern fiction at the Galway School of Letters."
    assert kinds_of(tagline, "middle") == ["paragraph"]
    assert kinds_of(tagline, "foot") == ["tagline"]


@pytest.mark.parametrize("line, credited", [
    ("Jaan Sepp at his bench. Photo: Liis Tamm / BalticWeekend.ee", True),  # the site's domain holds a dot
    ("Divers at the reef. Photo: R. ap Gwilym", True),
    ("The minister visited. Photo: Ana Ruiz. Workers then left the site.", False),  # a sentence after it
])
def test_a_photo_credit_may_name_its_site_by_its_domain(line: str, credited: bool) -> None:
    assert (notes.caption_rule(line) is not None) == credited


@pytest.mark.parametrize("row, kind", [
    ("Call received: 15:42 | Units: Lifeboat, shore team", "paragraph"),  # a log's fields, no subheading
    ("Time of call: 02:17 · Status: Closed", "paragraph"),
    ("Signals and the loop line", "heading"),                            # a subheading still is one
])
def test_a_row_of_labelled_fields_is_no_subheading(row: str, kind: str) -> None:
    assert kinds_of(row, "middle") == [kind]
