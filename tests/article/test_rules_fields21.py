"""Title, author and date shapes from holdout sets 15 and 16 (task fields21): a date stamp with its month in
capitals, … The pages are invented."""

from __future__ import annotations

from qtapp.article.parser import parse_text
from qtapp.article.rules import dates

BODY = ("The council approved the new harbour wall on Tuesday after a two-year review, and building will start "
        "in the spring.\n\nFishers said the works would close the slipway for a season.")


def test_a_date_stamp_with_its_month_in_capitals_is_a_date() -> None:
    assert dates.parse_date("Updated 17:48, 26 NOV 2026") == "2026-11-26"
    assert dates.parse_date("SEPT 3, 2025 - 9:42 PM GMT+3") == "2025-09-03"
    assert dates.is_time_or_date_words("15:12, 26 NOV 2026")
    assert dates.parse_date("JUNK 12, 2024") is None  # a word in capitals that only opens like a month
    article = parse_text(f"Harbour wall approved\n\nBy Ines Carrow\n\nMAR 4, 2026 - 7:15 AM GMT+1\n\n{BODY}")
    assert article.date == "2026-03-04"
