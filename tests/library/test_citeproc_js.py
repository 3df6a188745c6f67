"""Differential citations: the same CSL-JSON items rendered by our engine (citeproc-py with our fixes) and
by citeproc-js, the engine Zotero uses (npm ``citeproc``, installed by ``.ci/run`` with ``npm ci``).

Every corpus article is cited as its author's words, as the editors' words where it has an editor's note,
and through the author for its first quoted speaker, in the four styles we name and (with ``--slow``) in
20 other bundled styles; the quick run gives the sample styles every tenth record. Each difference must be
one of the few the README lists, each with the engine defect behind it; and each of those must still
occur, so a fixed one is taken off the list.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import citeproc
import pytest

from qtapp.library.citation import citation_prefix, cite, cited_item, style_path
from tests.corpus.corpus import ARTICLES

HARNESS = Path(__file__).resolve().parents[1] / "citeproc_js"
NAMED = ("apa", "mla", "chicago", "chicago-author-date")
SAMPLE = ("ieee", "harvard-cite-them-right", "nature", "science", "american-medical-association",
          "american-sociological-association", "american-political-science-association",
          "american-chemical-society", "elsevier-harvard", "springer-basic-author-date", "cell", "plos", "bmj",
          "oscola", "din-1505-2", "apa-6th-edition", "chicago-shortened-notes-bibliography", "mhra-notes",
          "nlm-citation-sequence", "associacao-brasileira-de-normas-tecnicas")
# citeproc-js sets each name in small caps and "u. a." back in normal type: the markup, not the text, differs
SMALL_CAPS = re.compile(r'<span style="font-variant:(?:small-caps|normal);">|</span>')


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the differential test renders with citeproc-js under Node")
    if not (HARNESS / "node_modules" / "citeproc").is_dir():
        pytest.fail(f"citeproc-js is not installed: run `npm ci --prefix {HARNESS}` (.ci/run does)")
    return node


def _records() -> list[tuple[str, dict[str, Any]]]:
    """(label, quote record) for each voice a corpus article can be cited in; every other one has a URL."""
    out = []
    for index, path in enumerate(sorted(ARTICLES.glob("*.json"))):
        answer = json.loads(path.read_text(encoding="utf-8"))
        article = {"id": index, "title": answer["title"], "publisher": answer["publisher"],
                   "reprinted_by": answer["reprinted_by"], "date": answer["date"], "authors": answer["authors"],
                   "url": f"https://example.org/{path.stem}" if index % 2 else None}
        out.append((path.stem, {"text": "…", "voice": "author", "article": article}))
        if answer["editors_note"]:
            out.append((f"{path.stem} (editors)", {"text": "…", "voice": "editors", "block_kind": "editors_note",
                                                   "article": article}))
        speakers = [q["speaker"] for q in answer["quotations"] if q.get("speaker")]
        if speakers:
            out.append((f"{path.stem} (speaker)", {"text": "…", "voice": "speaker", "speaker": speakers[0],
                                                   "article": article}))
    return out


def _normal(markup: str | None) -> str | None:
    """An engine's HTML without its entry wrapper, and with entities read."""
    if markup is None:
        return None
    markup = re.sub(r"</?div[^>]*>", "", markup).strip()
    return html.unescape(re.sub(r'<span style="font-style:normal;">(.*?)</span>', r"\1", markup))


@dataclass(frozen=True)
class Known:
    """A difference the README lists, the engine defect behind it, and how to recognise it."""

    name: str
    matches: Callable[[str, str, dict[str, Any]], bool]


def _particle(item: dict[str, Any]) -> bool:
    return any(re.match(r"^[a-z]+(?: [a-z]+)* \S", n.get("family", "")) for n in item.get("author", []))


KNOWN = (
    Known("an item with neither author nor title: citeproc-js prints an error or a bare prefix, we “()”",
          lambda py, js, item: not item.get("author") and not item.get("title")),
    Known("a style that puts nothing in an author's place (Springer's author-date): with no author "
          "citeproc-js prints the bare prefix, or a style error when there is none, we “()”",
          lambda py, js, item: not item.get("author") and py == "()" and (
              js.rstrip(" )").endswith(" in") or "reference with no printed form" in js)),
    Known("citeproc-js keeps a comma after a title's own full stop or question mark (“… Repeal It.,”)",
          lambda py, js, item: re.sub(r"([.?]),([”’])", r"\1\2", js) == py),
    Known("citeproc-js capitalises a leading “n.d.” or “(no date)” (Cite Them Right)",
          lambda py, js, item: js.replace("N.d.", "n.d.").replace("(No date)", "(no date)") == py),
    Known("citeproc-py reads no particle out of a family name (“de la Cruz”): citeproc-js demotes it",
          lambda py, js, item: _particle(item)),
    Known("citeproc-py sets a whole name list in small caps, citeproc-js each name (DIN 1505-2)",
          lambda py, js, item: SMALL_CAPS.sub("", py) == SMALL_CAPS.sub("", js)),
    Known("our family-first fix makes the whole name the family: an uppercased family uppercases it all (ABNT)",
          lambda py, js, item: any(n.get("static-ordering") for n in item.get("author", []))
          and py.upper() == js.upper()),
    Known("citeproc-js strips-periods only at a word's end (“24.kg”)",
          lambda py, js, item: py.replace(".", "") == js.replace(".", "")),
)


def _render_js(node: str, styles: tuple[str, ...], jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    request = {"locales": str(Path(citeproc.__file__).parent / "data" / "locales"),
               "styles": {s: str(style_path(s)) for s in styles}, "jobs": jobs}
    done = subprocess.run([node, str(HARNESS / "render.js")], input=json.dumps(request), capture_output=True,
                          text=True, encoding="utf-8", timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def _differences(styles: tuple[str, ...], every: int = 1) -> tuple[list[str], set[str], int]:
    """(unexplained differences, known differences seen, citations compared)."""
    node = _node()
    records = _records()
    ours, jobs = [], []
    for style in styles:
        chosen = records if style in NAMED else records[::every]
        for label, record in chosen:
            citation = cite(record, style)
            item = cited_item(record, style)
            ours.append((style, label, citation, item))
            jobs.append({"style": style, "item": item, "prefix": citation_prefix(record, style)})
    theirs = _render_js(node, styles, jobs)
    unexplained, seen = [], set()
    for (style, label, citation, item), js in zip(ours, theirs, strict=True):
        pairs = [(_normal(citation.in_text_html), _normal(js["in_text"]))]
        if js["entry"] is not None:
            pairs.append((_normal(citation.html), _normal(js["entry"])))
        for py, other in pairs:
            if py == other:
                continue
            known = next((k for k in KNOWN if k.matches(str(py), str(other), item)), None)
            if known is None:
                unexplained.append(f"{style} / {label}:\n  ours:        {py}\n  citeproc-js: {other}")
            else:
                seen.add(known.name)
    return unexplained, seen, len(jobs)


@pytest.mark.timeout(900)  # ~1,000 renders by each engine: a minute idle, several on a loaded machine
def test_the_named_styles_cite_as_citeproc_js_does_on_every_corpus_article() -> None:
    unexplained, seen, compared = _differences(NAMED + SAMPLE, every=10)
    assert compared > 4 * len(list(ARTICLES.glob("*.json")))
    assert not unexplained, "\n".join(unexplained[:20]) + f"\n({len(unexplained)} differences)"


@pytest.mark.slow
@pytest.mark.timeout(3600)  # every record: ~10,000 renders by each engine; past the default 300 s when busy
def test_the_sample_styles_on_every_corpus_article_and_each_known_difference_still_occurs() -> None:
    unexplained, seen, _ = _differences(NAMED + SAMPLE)
    assert not unexplained, "\n".join(unexplained[:20]) + f"\n({len(unexplained)} differences)"
    assert seen == {k.name for k in KNOWN}, f"no longer seen (take off the README list): " \
                                           f"{sorted({k.name for k in KNOWN} - seen)}"
