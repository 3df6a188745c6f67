"""Each citeproc-py fix, proven on a minimal style of our own, and pinned to the version it fixes."""

from __future__ import annotations

from pathlib import Path

import citeproc
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from qtapp.library.citation import citeproc_fixes

pytestmark = pytest.mark.skipif(not citeproc_fixes.applies_to(citeproc.__version__),
                                reason="the fixes are pinned to citeproc-py 0.11.1")

STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="{locale}"
       initialize-with=". ">
  <info><title>Probe</title><id>probe</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout>{citation}</layout></citation>
  <bibliography><layout>{bibliography}</layout></bibliography>
</style>"""
ITEM = {"id": "x", "type": "article-newspaper", "title": "A title", "container-title": "Paper",
        "author": [{"family": "Wang", "given": "Haiyan"}]}


def render(tmp_path: Path, bibliography: str, citation: str = '<text variable="title"/>',
           locale: str = "en-US", item: dict | None = None, static: bool = False) -> tuple[str, str]:
    assert citeproc_fixes.apply()
    path = tmp_path / "probe.csl"
    path.write_text(STYLE.format(locale=locale, citation=citation, bibliography=bibliography),
                    encoding="utf-8")
    source = CiteProcJSON([item or ITEM])
    if static:
        citeproc_fixes.mark_static_ordering(source["x"]["author"][0])
    bib = CitationStylesBibliography(CitationStylesStyle(str(path), validate=False), source,
                                     formatter.plain)
    cite = Citation([CitationItem("x")])
    bib.register(cite)
    return str(bib.cite(cite, lambda _: None)), str(bib.bibliography()[0])


def test_initialize_false_keeps_given_names(tmp_path: Path) -> None:
    _, entry = render(tmp_path, '<names variable="author"><name initialize="false"/></names>')
    assert entry == "Haiyan Wang"
    _, entry = render(tmp_path, '<names variable="author"><name/></names>')
    assert entry == "H. Wang"  # initialize-with still applies where initialize is not false


def test_punctuation_goes_inside_quotes_when_the_locale_says_so(tmp_path: Path) -> None:
    layout = '<group delimiter=". "><text variable="title" quotes="true"/><text variable="container-title"/></group>'
    assert render(tmp_path, layout)[1] == "“A title.” Paper"
    assert render(tmp_path, layout, locale="en-GB")[1] == "‘A title’. Paper"


def test_move_punctuation_keeps_tags_and_does_not_double_sentence_ends() -> None:
    assert citeproc_fixes.move_punctuation("“A”, <i>B</i>", "”") == "“A,” <i>B</i>"
    assert citeproc_fixes.move_punctuation("<i>“A”</i>. B", "”") == "<i>“A.”</i> B"
    assert citeproc_fixes.move_punctuation("“Why?”. B", "”") == "“Why?” B"
    assert citeproc_fixes.move_punctuation("no quotes. here", "”") == "no quotes. here"


def test_disambiguate_condition_is_false_without_ambiguity(tmp_path: Path) -> None:
    citation = ('<choose><if disambiguate="true"><text value="AMBIGUOUS"/></if>'
                '<else><text variable="title"/></else></choose>')
    assert render(tmp_path, '<text variable="title"/>', citation=citation)[0] == "A title"
    any_match = '<choose><if disambiguate="true" type="article-newspaper" match="any"><text value="hit"/></if></choose>'
    assert render(tmp_path, '<text variable="title"/>', citation=any_match)[0] == "hit"


def test_label_of_an_empty_variable_prints_nothing(tmp_path: Path) -> None:
    layout = ('<group delimiter=", "><text variable="title"/>'
              '<group delimiter=" "><text variable="edition"/><label variable="edition"/></group></group>')
    assert render(tmp_path, layout)[1] == "A title"
    assert render(tmp_path, layout, item=dict(ITEM, edition="Late"))[1] == "A title, Late edition"


def test_static_ordering_prints_family_first_in_any_order(tmp_path: Path) -> None:
    names = ('<names variable="author"><name initialize="false" name-as-sort-order="all"/></names>'
             '<text value=" / "/><names variable="author"><name initialize="false"/></names>'
             '<text value=" / "/><names variable="author"><name form="short"/></names>')
    assert render(tmp_path, names)[1] == "Wang, Haiyan / Haiyan Wang / Wang"
    assert render(tmp_path, names, static=True)[1] == "Wang Haiyan / Wang Haiyan / Wang"
    cjk = dict(ITEM, author=[{"family": "王", "given": "海燕"}])
    assert render(tmp_path, names, item=cjk, static=True)[1] == "王海燕 / 王海燕 / 王"


def test_fixes_are_pinned_to_the_version() -> None:
    assert citeproc_fixes.applies_to("0.11.1")
    assert not citeproc_fixes.applies_to("0.11.2")
    assert not citeproc_fixes.applies_to("1.0.0")
    assert citeproc_fixes.apply() is True  # idempotent


def test_another_version_is_left_alone_quietly(monkeypatch: pytest.MonkeyPatch,
                                               recwarn: pytest.WarningsRecorder) -> None:
    from citeproc import model

    monkeypatch.setattr(citeproc_fixes, "_applied", False)
    monkeypatch.setattr(citeproc, "__version__", "0.12.0")
    before = (model.Name.process, model.Label.process, model.If.render, model.Layout.render_citation)
    assert citeproc_fixes.apply() is False
    assert (model.Name.process, model.Label.process, model.If.render,
            model.Layout.render_citation) == before
    assert len(recwarn) == 0
