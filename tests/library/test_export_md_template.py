"""Markdown note templates: the default gives the built-in writer's bytes, a user's template is
sandboxed, escaped for Markdown (URLs and YAML whole), and a mistake names its line."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from qtapp.errors import UserError
from qtapp.library.exporters.markdown import write, write_notes
from qtapp.library.exporters.md_template import (
    NoteTemplate,
    default_template,
    load_template,
    templates_folder,
    user_templates,
)
from tests.library.test_export_markdown import ARTICLE, QUOTES, TEXTS, URL, _quote


def _records() -> list[dict[str, Any]]:
    """Every hard passage, quotes with and without attribution, note or tags, in two articles."""
    other = dict(ARTICLE, id=8, title=None, url=None, authors=[])
    made = [_quote(20 + n, text, note=text if n % 2 else "", tags=["x y", "🎉"] if n % 3 else [])
            for n, text in enumerate(TEXTS)]
    made.append(dict(_quote(40, "No attribution here"), attribution=""))
    made.append(dict(_quote(41, "Blank\n\nline inside"), article=other))
    made.append({k: v for k, v in _quote(42, "A dict without an id").items() if k != "id"})
    return QUOTES + made


def _render(records: list[dict[str, Any]], template: NoteTemplate | None = None) -> str:
    out = io.StringIO()
    write(records, out, template=template)
    return out.getvalue()


@pytest.mark.parametrize("records", [_records(), QUOTES, [QUOTES[0]]], ids=["two-articles", "one", "single"])
def test_the_default_template_writes_the_built_in_bytes(records: list[dict[str, Any]]) -> None:
    assert _render(records, default_template()) == _render(records)


def test_the_default_template_writes_the_same_notes(tmp_path: Path) -> None:
    built_in = write_notes(_records(), tmp_path / "a")
    templated = write_notes(_records(), tmp_path / "b", template=default_template())
    assert [p.name for p in built_in] == [p.name for p in templated] and len(built_in) == 2
    for one, two in zip(built_in, templated, strict=True):
        assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


USER = """\
---
{{ {"title": article.title, "source": article.url, "people": article.authors} | yaml }}---
# {{ title }}
{% for quote in quotes %}
- {{ quote.text }} ([open]({{ quote.link }})) {{ quote.tags | tags }}
{% endfor %}
"""


def test_a_user_template_escapes_text_and_keeps_urls_and_yaml_whole(tmp_path: Path) -> None:
    file = tmp_path / "mine.md.j2"
    file.write_text(USER, encoding="utf-8")
    records = [_quote(12, "Read https://example.com/a?src=rss&x=1_2 *now*", tags=["C++"]),
               _quote(13, "Costs: $41 billion")]
    text = _render(records, load_template(file))
    front = yaml.safe_load(text.split("---\n")[1])  # the YAML library reads it back as given
    assert front == {"title": ARTICLE["title"], "source": URL, "people": ["Ana Lima", "Wang Haiyan"]}
    assert "# Markets: $41 billion \\*lost\\*?" in text
    assert "- Read <https://example.com/a?src=rss&x=1_2> \\*now\\* ([open](quoteclip://quote/12)) #C-plus-plus" in text
    if shutil.which("pandoc"):
        rendered = subprocess.run(["pandoc", "-f", "markdown-smart+yaml_metadata_block", "-t", "html"], input=text,
                                  capture_output=True, text=True, check=True, timeout=60).stdout
        hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', rendered)]
        assert hrefs == ["https://example.com/a?src=rss&x=1_2", "quoteclip://quote/12", "quoteclip://quote/13"]
        assert "<em>" not in rendered


@pytest.mark.parametrize(("text", "line", "what"), [
    ("ok\n{% for q in quotes %}\n{{ q.text }\n{% endfor %}", 3, "unexpected"),
    ("one\ntwo\n{{ article.nonexistent }}\n", 3, "nonexistent"),
    ("{% for q in quotes %}{{ q.text | nosuchfilter }}{% endfor %}", 1, "nosuchfilter"),
])
def test_a_bad_template_says_which_line(tmp_path: Path, text: str, line: int, what: str) -> None:
    file = tmp_path / "bad.j2"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as raised:
        _render(QUOTES, load_template(file))
    assert f"bad.j2, line {line}:" in str(raised.value) and what in str(raised.value)


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ quotes.append(1) }}",
    "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
])
def test_a_template_runs_in_the_sandbox(attack: str) -> None:
    with pytest.raises(UserError) as raised:
        _render(QUOTES, NoteTemplate(attack, "attack.j2"))
    assert "attack.j2" in str(raised.value)


def test_missing_or_unreadable_templates_are_clear(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such template"):
        load_template(tmp_path / "absent.j2")
    (tmp_path / "latin1.j2").write_bytes(b"caf\xe9 {{ title }}")
    with pytest.raises(UserError, match="not UTF-8"):
        load_template(tmp_path / "latin1.j2")


def test_the_templates_folder_lists_template_files() -> None:
    assert user_templates() == []
    folder = templates_folder()
    folder.mkdir(parents=True)
    for name in ("b.md.j2", "A.jinja", "notes.md", "readme.txt"):
        (folder / name).write_text("{{ title }}", encoding="utf-8")
    assert [p.name for p in user_templates()] == ["A.jinja", "b.md.j2", "notes.md"]
