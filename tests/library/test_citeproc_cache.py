"""The citeproc-py memos: same answers as the lookups they replace, kept per style, pinned to the version."""

from __future__ import annotations

import gc
from pathlib import Path

import citeproc
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from qtapp.library.citation import citeproc_cache, citeproc_fixes

pytestmark = pytest.mark.skipif(not citeproc_fixes.applies_to(citeproc.__version__),
                                reason="the memos are pinned to citeproc-py 0.11.1")

# A group prints only if a variable it calls is printed: "title" is set, "URL" is not.
STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Probe</title><id>probe</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="title"><text variable="title"/></macro>
  <macro name="url"><group><text value="at "/><text variable="URL"/></group></macro>
  <macro name="fixed"><text value="fixed"/></macro>
  <citation><layout><text macro="title"/></layout></citation>
  <bibliography><layout><group delimiter="|">
    <group delimiter=" "><text value="A"/><text macro="title"/></group>
    <group delimiter=" "><text value="B"/><text macro="url"/></group>
    <group delimiter=" "><text value="C"/><text macro="fixed"/></group>
    <group delimiter=" "><text value="D"/><text macro="url"/></group>
  </group></layout></bibliography>
</style>"""
ITEM = {"id": "x", "type": "article-newspaper", "title": "A title"}


def style(tmp_path: Path) -> CitationStylesStyle:
    path = tmp_path / "probe.csl"
    path.write_text(STYLE, encoding="utf-8")
    return CitationStylesStyle(str(path), validate=False)


def entry(parsed: CitationStylesStyle) -> str:
    bibliography = CitationStylesBibliography(parsed, CiteProcJSON([ITEM]), formatter.plain)
    bibliography.register(Citation([CitationItem("x")]))
    return str(bibliography.bibliography()[0])


def test_groups_are_printed_or_suppressed_as_before(tmp_path: Path) -> None:
    assert citeproc_cache.apply()
    parsed = style(tmp_path)
    # B and D: their macro calls a variable that is empty; C's macro calls none, so C prints.
    assert entry(parsed) == entry(parsed) == "A A title|C fixed"


def test_a_macro_is_the_one_the_style_names(tmp_path: Path) -> None:
    assert citeproc_cache.apply()
    root = style(tmp_path).root
    found = root.get_macro("url")
    assert found.get("name") == "url"
    assert found is root.get_macro("url")  # looked up once
    with pytest.raises(IndexError):
        root.get_macro("missing")


def test_a_styles_memo_goes_with_the_style(tmp_path: Path) -> None:
    assert citeproc_cache.apply()
    parsed = style(tmp_path)
    entry(parsed)
    gc.collect()
    before = len(citeproc_cache._memos)
    assert parsed.root in citeproc_cache._memos
    del parsed
    gc.collect()
    assert len(citeproc_cache._memos) == before - 1


def test_another_version_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from citeproc import model

    monkeypatch.setattr(citeproc_cache, "_applied", False)
    monkeypatch.setattr(citeproc, "__version__", "0.12.0")
    before = (model.CitationStylesElement.get_macro, model.Text.calls_variable)
    assert citeproc_cache.apply() is False
    assert (model.CitationStylesElement.get_macro, model.Text.calls_variable) == before
