"""Citations against golden strings from citeproc-js 1.4.61 with the official styles (see issue 5)."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from qtapp.errors import UserError
from qtapp.library.citation import canonical, cite, reference_html, speaker_short_name, style_path, typographic_quote

URL = "https://news.az/news/new-pragmatic-and-promising-chapter-of-china-kazakhstan-cooperation"
TITLE = "New pragmatic and promising chapter of China-Kazakhstan cooperation"


def record(voice: str = "author", speaker: str | None = None, *, date: str | None = "2024-07-02",
           url: str | None = URL, family_first: bool = True) -> dict[str, Any]:
    return {
        "id": 1, "uuid": "0b0f5c1e-4a59-4a8e-9d0c-2f6a8f1f0a11", "text": "Success comes to those who "
        "share in one purpose.", "note": "", "tags": [], "color": None, "voice": voice, "speaker": speaker,
        "article": {"id": 7, "title": TITLE, "publisher": "CGTN", "reprinted_by": "News.Az",
                    "date": date, "url": url, "path": None,
                    "authors": [{"name": "Wang Haiyan", "family": "Wang", "given": "Haiyan",
                                 "description": "director", "family_first": family_first}]},
    }


def stars(markup: str) -> str:
    """The golden notation: italics as *…*."""
    return html.unescape(re.sub(r"</?i>", "*", markup))


GOLDEN = {
    "apa": f"Wang, H. (2024, July 2). {TITLE}. *News.Az*. {URL} (Originally published by CGTN)",
    "mla": f"Wang Haiyan. “New Pragmatic and Promising Chapter of China-Kazakhstan Cooperation.” "
           f"*News.Az*, 2 July 2024, {URL}.",
    "chicago-bib": f"Wang Haiyan. “New Pragmatic and Promising Chapter of China-Kazakhstan Cooperation.” "
                   f"*News.Az*, July 2, 2024. {URL}. Originally published by CGTN.",
    "chicago-note": f"Wang Haiyan, “New Pragmatic and Promising Chapter of China-Kazakhstan Cooperation,” "
                    f"*News.Az*, July 2, 2024, {URL}.",
    "chicago-author-date": f"Wang Haiyan. 2024. “New Pragmatic and Promising Chapter of "
                           f"China-Kazakhstan Cooperation.” *News.Az*, July 2. {URL}. "
                           "Originally published by CGTN.",
}


@pytest.mark.parametrize(("style", "golden"), [
    ("apa", GOLDEN["apa"]), ("mla", GOLDEN["mla"]), ("modern-language-association", GOLDEN["mla"]),
    ("chicago", GOLDEN["chicago-bib"]), ("chicago-note-bibliography", GOLDEN["chicago-bib"]),
    ("chicago-author-date", GOLDEN["chicago-author-date"]),
])
def test_reference_matches_golden(style: str, golden: str) -> None:
    citation = cite(record(), style)
    assert stars(citation.html) == golden
    assert citation.text == golden.replace("*", "")


def test_apa_without_date_or_url() -> None:
    citation = cite(record(date=None, url=None), "apa")
    assert stars(citation.html) == (f"Wang, H. (n.d.). {TITLE}. *News.Az*. (Originally published by CGTN)")
    assert citation.in_text == "(Wang, n.d.)"


def test_chicago_note_is_the_full_note() -> None:
    citation = cite(record(), "chicago")
    assert citation.is_note
    assert stars(citation.in_text_html) == GOLDEN["chicago-note"]


def test_in_text_citations_of_the_author() -> None:
    assert cite(record(), "apa").in_text == "(Wang, 2024)"
    # disambiguate="true" must not fire for a lone item: MLA cites the author alone, no title.
    assert cite(record(), "mla").in_text == "(Wang)"
    assert cite(record(), "chicago-author-date").in_text == "(Wang 2024)"


def test_a_quoted_speaker_is_cited_through_the_author() -> None:
    text = "Chinese President Xi Jinping will attend. President Xi quotes a Chinese saying."
    quoted = record("speaker", "Xi Jinping")
    assert cite(quoted, "apa", text=text).in_text == "(Xi, as cited in Wang, 2024)"
    assert cite(quoted, "mla", text=text).in_text == "(qtd. in Wang)"
    note = cite(quoted, "chicago", text=text).in_text
    assert note == "Xi Jinping, quoted in " + GOLDEN["chicago-note"].replace("*", "")
    # The reference stays the article's.
    assert cite(quoted, "apa", text=text).text == GOLDEN["apa"].replace("*", "")


def test_the_editors_note_is_cited_to_the_publishers_editors() -> None:
    citation = cite(record("editors"), "apa")
    assert citation.in_text == "(CGTN Editors, 2024)"
    assert citation.text.startswith("CGTN Editors. (2024, July 2).")
    assert "Wang" not in citation.text + citation.in_text


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date", "ieee", "agora"])
@pytest.mark.parametrize("family_first", [True, False])
def test_reference_html_is_the_citations_html(style: str, family_first: bool) -> None:
    """The per-article reference (Markdown's) is what cite() gives, also where there is no entry."""
    article = record(family_first=family_first)["article"]
    assert reference_html(article, style) == cite({"article": article, "text": ""}, style).html


def test_reference_html_of_a_style_without_bibliography_is_the_in_text_citation() -> None:
    citation = cite(record(), "agora")  # a note style with no cs:bibliography
    assert citation.html == citation.in_text_html
    assert "Wang" in reference_html(record()["article"], "agora")


def test_a_name_not_family_first_is_inverted_as_usual() -> None:
    citation = cite(record(family_first=False), "mla")
    assert citation.text.startswith("Wang, Haiyan. “New Pragmatic")


def test_speaker_short_name_is_the_part_the_text_uses_alone() -> None:
    assert speaker_short_name("Xi Jinping", "Xi Jinping spoke. Later President Xi said") == "Xi"
    assert speaker_short_name("Joe Biden", "Joe Biden spoke. Biden said") == "Biden"
    assert speaker_short_name("Joe Biden") == "Biden"
    assert speaker_short_name("Plato", "whatever") == "Plato"


def test_quote_is_in_typographic_quotes_with_inner_quotes_single() -> None:
    assert typographic_quote('shoulder to "shoulder" ok') == "“shoulder to ‘shoulder’ ok”"
    assert typographic_quote("a “b” c") == "“a ‘b’ c”"


@pytest.mark.parametrize(("passage", "expected"), [
    ('shoulder to shoulder,"', "“shoulder to shoulder,’”"),  # read by direction, not by count
    ('"Go," she said', "“‘Go,’ she said”"),
    ('he said ("no") twice', "“he said (‘no’) twice”"),
])
def test_straight_inner_quotes_open_and_close_by_what_is_around_them(passage: str, expected: str) -> None:
    assert typographic_quote(passage) == expected


def test_clipboard_text_and_html() -> None:
    citation = cite(record(), "apa")
    assert citation.plain() == ("“Success comes to those who share in one purpose.” (Wang, 2024)\n\n"
                                + GOLDEN["apa"].replace("*", ""))
    assert "<i>News.Az</i>" in citation.rich()
    assert citation.rich().startswith("<p>“Success comes")


def test_any_installed_style_renders() -> None:
    for style in ("ieee", "harvard-cite-them-right", "nature", "vancouver"):
        citation = cite(record(), style)
        assert "Wang" in citation.text or "Wang" in citation.in_text
        assert TITLE.split()[1].lower() in citation.text.lower()


def test_style_names_resolve() -> None:
    assert canonical("MLA") == "modern-language-association"
    assert canonical("chicago") == "chicago-notes-bibliography"
    assert canonical("apa5th") == "apa"  # from the styles package's renamed-styles.json
    assert style_path("apa").name == "apa.csl"


def test_unknown_style_is_a_user_error_with_a_suggestion() -> None:
    with pytest.raises(UserError, match="unknown citation style 'apaa'.*apa"):
        cite(record(), "apaa")


def test_unicode_survives_citation() -> None:
    data = record()
    data["article"]["title"] = "中哈合作 — שלום 🎉 chapter"
    data["article"]["authors"] = [{"name": "王海燕", "family": "王", "given": "海燕",
                                   "description": None, "family_first": True}]
    citation = cite(data, "chicago")
    assert citation.text.startswith("王海燕. “中哈合作 — שלום 🎉 Chapter.”")


def test_an_organisation_speaker_is_cited_by_its_whole_name() -> None:
    """"(Organization, as cited in …)" named no one: a body's name is not a person's family name."""
    text = "The World Health Organization said on Monday. The organization added that the Ministry of Mines agreed."
    assert speaker_short_name("World Health Organization", text) == "World Health Organization"
    assert speaker_short_name("Ministry of Mines", text) == "Ministry of Mines"
    assert speaker_short_name("India Meteorological Department") == "India Meteorological Department"
    assert speaker_short_name("Tomi Rautiainen", "Tomi Rautiainen said. Rautiainen added.") == "Rautiainen"
    assert cite(record("speaker", "Ministry of Mines"), "apa", text=text).in_text == \
        "(Ministry of Mines, as cited in Wang, 2024)"


def test_a_speakers_short_name_is_the_family_name_in_its_own_order() -> None:
    assert speaker_short_name("Luo Meixin") == "Luo"  # family first, as pinyin names are written
    assert speaker_short_name("Ana María de la Cruz") == "de la Cruz"
    assert speaker_short_name("Luo Meixin", "Luo Meixin runs the kiln. Meixin and Luo both laugh.") == "Luo"
