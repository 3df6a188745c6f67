"""The declared rules: every rule is named and has its example, and every field says which rule found it."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest

from qtapp.article import frontmatter as fm
from qtapp.article import parse_text
from qtapp.article.rules import bylines, dates, furniture, notes
from qtapp.article.rules.engine import Rule


def _rule_modules() -> list[ModuleType]:
    import qtapp.article as package

    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")]


def rule_lists() -> dict[str, tuple[Rule[object], ...]]:
    """Every rule list in ``qtapp.article`` (the reading rules, and a saved page's own tags), found by looking
    (a module-level tuple of Rules), so a new list is checked without anyone remembering to add it here."""
    found: dict[str, tuple[Rule[object], ...]] = {}
    for module in _rule_modules():
        for name, value in vars(module).items():
            if isinstance(value, tuple) and value and all(isinstance(item, Rule) for item in value):
                found.setdefault(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value)
    return found


ALL_RULES: list[Rule[object]] = list({id(r): r for rules in rule_lists().values() for r in rules}.values())

WIRE = """Skip to content
Home | World | Business

Harbour pilots in Valparaíso vote to end a nine-day stoppage

By Inés Carvajal, Reuters | March 3, 2025

VALPARAÍSO, March 3 (Reuters) - Harbour pilots voted on Monday to return to work.

"We go back tomorrow," said union head Rodrigo Mella.

(Reporting by Inés Carvajal; Editing by Tom Hale)
"""


@pytest.mark.parametrize("candidate", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_is_named_and_shows_its_example(candidate: Rule[object]) -> None:
    assert "." in candidate.name and candidate.name == candidate.name.lower()
    assert len(candidate.example) > 10, f"{candidate.name} needs a one-line docstring example"


def test_rule_names_are_unique() -> None:
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))


def test_every_rule_list_is_found_and_every_rule_is_in_one() -> None:
    lists = rule_lists()
    assert {"blocks.RULES", "dates.DATELINE_RULES", "notes.CAPTION_RULES", "notes.TAGLINE_RULES",
            "notes.DISCLAIMER_RULES", "notes.EDITORS_NOTE_RULES", "notes.CREDIT_RULES", "notes.SIGN_OFF_RULES",
            "notes.LETTER_RULES", "editorial.SERIES", "fields.PUBLISHER", "html.PAGE_PUBLISHER"} <= set(lists)
    listed = {id(r) for rules in lists.values() for r in rules}
    loose = [f"{module.__name__}.{name}" for module in _rule_modules() for name, value in vars(module).items()
             if isinstance(value, Rule) and id(value) not in listed]
    assert not loose, f"rules no list tries: {loose}"


@pytest.mark.parametrize("text, rule_name", [
    ("Editor's note: Jo Roe is a professor at Leeds.", "editors_note.label"),
    ("EDITOR'S NOTE - The essay is part of a series.", "editors_note.label"),
    ("Note from the editors: This essay is part of our series.", "editors_note.from_the_editors"),
    ("Correction: An earlier version misstated the date.", "editors_note.correction"),
    ("Clarification: The mayor spoke on Monday.", "editors_note.correction"),
    ("Editors say the note was late.", None),
    ("Corrections were made on Monday.", None),
])
def test_the_editors_note_labels_are_the_headline_searchs_label(text: str, rule_name: str | None) -> None:
    found = notes.editors_label(text)
    assert (found[1] if found else None) == rule_name
    assert bool(fm.EDITORS_LABEL.match(text)) == (rule_name is not None)
    if found:
        assert found[0].end() == fm.EDITORS_LABEL.match(text).end()  # type: ignore[union-attr]


@pytest.mark.parametrize("text, rule_name", [
    ("Miners leave the site on Thursday. [Photo/Xinhua]", "caption.bracketed_credit"),
    ("The ferry leaves Lerwick harbour. Picture: Courier", "caption.labelled_credit"),
    ("Smoke rises over the town on Monday. (Submitted by Leah Tootoosis)", "caption.parenthesised_credit"),
    ("Crews load the barge at dawn. REUTERS/Oliver Trask", "caption.agency_photographer"),
    ("LUO JIE/CHINA DAILY", "caption.capitals_credit"),
    ("(Reporting by Inés Carvajal; Editing by Tom Hale)", "credit.reporting_parenthesis"),
    ("Additional reporting by Megan Hale.", "credit.reporting_by"),
    ("The views don't necessarily reflect those of China Daily.", "disclaimer.not_necessarily"),
    ("Jo Roe is a professor of geography at the University of Leeds.", "tagline.is_described"),
    ("The author is deputy director of the Urban Economy Research Center at Zhejiang University.",
     "tagline.author_is_role"),
    ("SOURCE Halberd Analytics", "credit.source"),
])
def test_a_shape_says_which_rule_read_it(text: str, rule_name: str) -> None:
    found = (notes.caption_rule(text) or notes.credit_rule(text) or notes.disclaimer_rule(text)
             or notes.tagline_rule(text))
    assert found is not None and found[1] == rule_name


@pytest.mark.parametrize("text, outlet, rule_name", [
    ("SOURCE Halberd Analytics", "Halberd Analytics", "signature.source"),
    ("— The Prairie Gazette Editorial Board", "The Prairie Gazette", "signature.editorial_board"),
    ("Published in Dawn, October 27th, 2025", "Dawn", "signature.printed_in"),
    ("News.Az", "News.Az", "signature.outlet_name"),
    ("Thanks for reading", None, None),
])
def test_a_sign_off_says_which_rule_named_its_outlet(text: str, outlet: str | None, rule_name: str | None) -> None:
    assert notes.sign_off_rule(text) == ((outlet, rule_name) if outlet else None)
    assert notes.credit_outlet(text) == outlet


def test_every_field_found_names_the_rule_that_found_it() -> None:
    article = parse_text(WIRE)
    assert article.title == "Harbour pilots in Valparaíso vote to end a nine-day stoppage"
    assert [a.name for a in article.authors] == ["Inés Carvajal"]
    assert (article.publisher, article.date) == ("Reuters", "2025-03-03")
    assert article.found_by == {"title": "title.headline", "authors": "authors.byline",
                                "publisher": "publisher.byline_tail", "date": "date.byline"}
    known = {r.name for r in ALL_RULES}
    assert set(article.found_by.values()) <= known
    assert article.dropped[:2] == ["Skip to content", "Home | World | Business"]
    assert [b.kind for b in article.blocks] == ["title", "byline", "dateline", "paragraph", "paragraph",
                                                "signature"]


def test_an_unsupported_field_stays_unknown_and_unexplained() -> None:
    article = parse_text("The river rose two metres overnight, and the ferry stopped running.\n\n"
                         "Residents moved their cars to higher ground before dawn.")
    assert (article.title, article.publisher, article.date, article.authors) == (None, None, None, [])
    assert article.found_by == {}


@pytest.mark.parametrize("line, date", [
    ("Published: 25/06/2025 13:21", "2025-06-25"),  # day first: 25 is no month
    ("Published: 06/25/2025", "2025-06-25"),  # month first
    ("Published: 05/06/2025 13:21", None),  # either: unknown, never guessed
])
def test_a_slashed_date_is_a_date_line_and_a_date_only_when_it_can_be_only_one(line: str, date: str | None) -> None:
    found = dates.date_line(line)
    assert found is not None and found.date == date


@pytest.mark.parametrize("line", [
    "The ferry leaves Lerwick harbour. Picture: Courier",
    "Smoke rises over the town on Monday. (Submitted by Leah Tootoosis)",
    "Crews load the barge at dawn. REUTERS/Oliver Trask",
    "A ferry crosses the lagoon. Image source: Getty Images",
])
def test_photo_credits_make_captions(line: str) -> None:
    assert notes.is_caption(line)


@pytest.mark.parametrize("line", ["1 245 views", "Tuesday, April 8, 2025 | 54°F Cloudy"])
def test_counters_and_weather_widgets_are_furniture(line: str) -> None:
    assert furniture.furniture(line)


def test_a_byline_with_a_role_after_the_name_and_no_separator() -> None:
    found = bylines.parse_byline("By Fiona MacLeod Scotland correspondent")
    assert found is not None
    assert (found[0].names, found[0].role) == (["Fiona MacLeod"], "Scotland correspondent")


def test_a_live_blogs_next_entry_closes_its_key_events_list() -> None:
    article = parse_text("Storm live: ferries cancelled across the isles\n\nKey events\n\n"
                         "10:42 BST Ferries cancelled\n\n10:42 BST\n\n"
                         "All sailings from the north harbour are cancelled until Thursday, the operator said.")
    assert [b.kind for b in article.blocks] == ["title", "heading", "paragraph"]
    assert article.dropped == ["Key events", "10:42 BST Ferries cancelled"]


def test_a_sites_relative_clock_glued_to_the_date_line_is_dropped() -> None:
    article = parse_text("Lithium royalty cut after talks\n\nJune 3, 2025 4:15 PM GMT-4Updated 2 hours ago\n\n"
                         "Chile lowered its proposed royalty on Tuesday after weeks of talks with producers.")
    assert [b.kind for b in article.blocks] == ["title", "dateline", "paragraph"]
    assert article.dropped == ["Updated 2 hours ago"] and article.date == "2025-06-03"


def test_a_name_alone_under_the_standfirst_is_the_byline_when_its_date_follows() -> None:
    article = parse_text("Rail fares rise again in the north\n\nRegulated fares will climb 6.8% in March.\n\n"
                         "Caoimhe Brennan-Walsh\n\nPublished: 12 November 2024, 07.00 GMT\n\n"
                         "Commuters on the busiest routes will pay the most, operators said on Tuesday.")
    assert [a.name for a in article.authors] == ["Caoimhe Brennan-Walsh"]
    assert [b.kind for b in article.blocks][:4] == ["title", "paragraph", "byline", "dateline"]


def test_a_reported_from_line_is_a_sign_off() -> None:
    assert notes.is_credit_line("Marcus Bell reported from Bend, Ore., and Yuki Tanaka from Salem, Ore.")


@pytest.mark.parametrize("raw, name", [
    ("Verdant Cells S.L.", "Verdant Cells"), ("Solvane Robotics Inc.", "Solvane Robotics"),
    ("Northgate Minerals Ltd.", "Northgate Minerals"), ("AeroLine Nordic AS", "AeroLine Nordic"),
    ("The Associated Press", "Associated Press"), ("The Baltic Ledger", "The Baltic Ledger"),
])
def test_an_outlet_is_named_without_its_legal_form_and_agencies_one_way(raw: str, name: str) -> None:
    from qtapp.article.rules.outlets import canonical

    assert canonical(raw) == name


def test_a_section_name_is_never_taken_for_the_masthead() -> None:
    article = parse_text("LIVE\n\nEU leaders agree a gas price cap after all-night talks\n\n"
                         "Leaders of the 27 member states agreed on Friday to cap the wholesale price of gas.")
    assert article.publisher is None


@pytest.mark.parametrize("line, names, role", [
    ("Sipho Dlamini, Staff Reporter", ["Sipho Dlamini"], "Staff Reporter"),
    ("Niamh Gallagher Ireland correspondent", ["Niamh Gallagher"], "Ireland correspondent"),
])
def test_a_name_with_its_role_under_the_headline_is_a_byline(line: str, names: list[str], role: str) -> None:
    found = bylines.parse_byline(line, under_headline=True)
    assert found is not None and (found[0].names, found[0].role) == (names, role)
    assert bylines.parse_byline(line) is None  # anywhere else it is just a line


@pytest.mark.parametrize("note, publisher, reprinter", [
    ("The Chinese newspaper Global Times has run an opinion piece by a Kazakh analyst under the headline "
     "“Ferries first”. Kazinform brings the text to its readers in full.", "Global Times", "Kazinform"),
    ("This article originally appeared in Atlantic Edge, a quarterly magazine about coastal towns. The "
     "Tidewater Review republishes it with the magazine's permission.", "Atlantic Edge", "The Tidewater Review"),
    ("The Iron Range Herald publishes this Associated Press report under its news agreement.",
     "Associated Press", "The Iron Range Herald"),
])
def test_reprint_notes_in_fresh_wordings(note: str, publisher: str, reprinter: str) -> None:
    found = notes.reprint_note(note)
    assert found is not None and (found.publisher, found.reprinted_by) == (publisher, reprinter)


def test_a_surname_of_two_words_is_the_person_named_in_full_earlier() -> None:
    article = parse_text("Boat builder keeps a craft alive\n\nTomás Ó Flaithearta has built currachs for 40 "
                         "years in a shed by the harbour.\n\n\"I had started to think the craft would die with "
                         "me,\" Ó Flaithearta said.")
    assert [q.speaker for q in article.quotations] == ["Tomás Ó Flaithearta"]


def test_a_posted_by_byline_gives_the_name_and_the_date() -> None:
    found = bylines.parse_byline("Posted by Ingrid Halvorsen on 14 March 2025")
    assert found is not None and (found[0].names, found[0].date) == (["Ingrid Halvorsen"], "2025-03-14")


@pytest.mark.parametrize("line, name", [
    ("Margaret Pell, Ashby Parva", "Margaret Pell"), ("— Tom Reyes, Leeds", "Tom Reyes"),
    ("Ana Ruiz, Reuters", None),  # an outlet, not a town: that is a byline tail
    ("Meanwhile, Ashby Parva", None),
])
def test_a_letter_signed_with_a_town(line: str, name: str | None) -> None:
    assert notes.signed_name(line) == name
