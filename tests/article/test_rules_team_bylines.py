"""A team or desk in a 'Posted ... by' line names no one: "Kelso Trams Customer Information" was read as a
person (given "Kelso Trams Customer", family "Information") and cited as the notice's author. The
cases are invented; ``tests/corpus/articles/notice-rail-team-posted-by-service-change`` holds the shape.
"""

from __future__ import annotations

import pytest

from qtapp.article import parse_text
from qtapp.article.rules.persons import is_person, is_team


@pytest.mark.parametrize("name", ["Kelso Trams Customer Information", "Harbour Water Operations",
                                  "the Network Support Team", "Ferrybank Council Communications"])
def test_a_team_is_no_person(name: str) -> None:
    assert is_team(name) and not is_person(name)


@pytest.mark.parametrize("name", ["Colette Baird", "Ana Desk-Ruiz", "Tomas Updike"])
def test_a_person_is_no_team(name: str) -> None:
    assert not is_team(name) and is_person(name)


def test_a_notice_posted_by_a_team_keeps_its_date_and_names_no_author() -> None:
    article = parse_text("Kelso Trams\n\nEngineering works close the Quay loop on Sunday\n\n"
                         "Posted 3 March 2026 by Kelso Trams Customer Information\n\n"
                         "Trams will not run between the Quay and Market Cross on Sunday 8 March while the track "
                         "is relaid, and buses will replace them for the day.\n")
    assert article.authors == []
    assert article.date == "2026-03-03"
    assert article.blocks[1].kind == "byline"


def test_an_undated_posted_by_a_team_is_a_byline_that_names_no_one() -> None:
    article = parse_text("Kelso Trams\n\nEngineering works close the Quay loop on Sunday\n\n"
                         "Posted by Kelso Trams Customer Information\n\n"
                         "Trams will not run between the Quay and Market Cross on Sunday while the track "
                         "is relaid, and buses will replace them for the day.\n")
    assert article.title == "Engineering works close the Quay loop on Sunday"
    assert article.authors == []
    assert article.blocks[1].kind == "byline"
