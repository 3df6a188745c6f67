"""Title and author mechanisms set 14 showed missing: a byline box's name and date spans copied as one line, and
a clipboard page whose <h1> the text's reading passed over for the deck under it. Each case is invented; the
corpus article html-clipboard-dek-name-date-harbour-baths holds both in context.
"""

from __future__ import annotations

from qtapp.article import parse_text
from qtapp.article.html import parse_html
from qtapp.article.rules import bylines, furniture


def test_a_name_run_into_its_date_is_a_byline_with_that_date() -> None:
    found = bylines.parse_byline("Maren Solberg Thu 8 Oct 2026 | 09:12", under_headline=True)
    assert found is not None and found[1] == "byline.name_then_date"
    assert found[0].names == ["Maren Solberg"] and found[0].date == "2026-10-08"


def test_a_labelled_date_after_the_name_is_read_too() -> None:
    found = bylines.parse_byline("Tao Minjie DATE: Nov 26 2026", under_headline=True)
    assert found is not None and found[0].names == ["Tao Minjie"] and found[0].date == "2026-11-26"


def test_a_name_with_words_left_over_is_no_such_byline() -> None:
    assert bylines.name_then_date.check("Maren Solberg wrote on Thu 8 Oct 2026") is None
    assert bylines.name_then_date.check("Harbour works Thu 8 Oct 2026") is None  # no person named


PAGE = """<div class="wrap">
<h1>Lantern festival returns to the old quarter after a three-year pause</h1>
<p>Organisers expect twice the usual crowd along the canal on Saturday night</p>
<div class="author-line">
<span>Maren Solberg</span>
<span>Thu 8 Oct 2026 | 09:12</span>
</div>
<div class="body">
<p>The lantern festival will return to the old quarter on Saturday for the first time in three years, the city's
events office said on Thursday, with boats carrying lanterns along the main canal from eight o'clock.</p>
<p>The office said it had asked residents along the canal to keep their window lights low during the procession.</p>
<p>Stalls will open on the quay from five o'clock, and the trams will run every ten minutes until midnight.</p>
</div>
</div>
"""


def test_the_pages_h1_is_the_headline_over_its_deck() -> None:
    article, _text = parse_html(PAGE)
    assert article.title == "Lantern festival returns to the old quarter after a three-year pause"
    assert article.found_by["title"] in ("html.h1_headline", "title.headline")
    assert [a.name for a in article.authors] == ["Maren Solberg"] and article.date == "2026-10-08"


LETTERS = """The Alderford Gazette

Letters to the editor: The ferry queue, the market hall and the new cycle lane

Published: 3 November 2026

The ferry queue starts too far from the pier

Every morning the queue for the first ferry stretches past the chemist and into the road, and nobody seems to
be in charge of it. A painted line and one steward would do.

Until then someone will be hurt before the boat leaves.

Marta Lindqvist
Harbour Street, Alderford

The market hall deserves a roof that works

The stallholders in the market hall have put buckets under the same leaks for two winters now.

The council says the repair is in hand. It has said so since last autumn.

Obinna Eze
Northgate

© 2026 The Alderford Gazette
"""


def test_a_letters_page_keeps_its_headline_and_has_no_single_author() -> None:
    article = parse_text(LETTERS)
    assert article.title == "Letters to the editor: The ferry queue, the market hall and the new cycle lane"
    assert article.authors == [] and "authors" not in article.found_by
    signatures = [b.text for b in article.blocks if b.kind == "signature"]
    assert signatures == ["Marta Lindqvist", "Harbour Street, Alderford", "Obinna Eze", "Northgate"]


def test_the_letters_label_alone_is_still_chrome() -> None:
    assert furniture.furniture("Letters to the editor") is not None
    assert furniture.furniture("Letters to the editor: letters@gazette.example") is not None


def test_a_notice_posted_by_a_team_names_no_author_but_keeps_its_date() -> None:
    found = bylines.parse_byline("Posted 12 November 2026 by Brackwater Trams Passenger Information")
    assert found is not None and found[0].names == [] and found[0].date == "2026-11-12"
    person = bylines.parse_byline("Posted 12 November 2026 by Oona Brackwater")
    assert person is not None and person[0].names == ["Oona Brackwater"]
