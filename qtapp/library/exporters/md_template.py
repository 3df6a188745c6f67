"""User templates for the Markdown export (Jinja2, as Readwise's export does), one render per article.

A template is text the user got from somewhere, so it runs in Jinja2's immutable sandbox: it can read
what it is given and nothing else (no attributes starting with "_", no changing lists, no imports).

Escaping is Markdown's, not HTML's: every ``{{ value }}`` of plain text is made Markdown-inert by the
export's own ``escape`` (which leaves a URL whole), while what is already Markdown or YAML is passed as
safe markup and printed as it is: ``front_matter`` (written by the YAML library), ``reference`` (the
citation), ``quote.link`` and ``article.url`` (never escaped, so never broken), and the results of the
filters ``blockquote``, ``tags``, ``yaml`` and ``raw``. A mistake in a template is a ``UserError`` naming
the file and the line.

The default template (``DEFAULT``) writes what the built-in writer writes, byte for byte; the export
uses the built-in writer when no template is chosen, which is faster, and a test holds them equal.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from qtapp import paths
from qtapp.errors import UserError
from qtapp.library.exporters.markdown import escape, tag_line
from qtapp.translatable import N_

SUFFIXES = (".j2", ".jinja", ".jinja2", ".md")  # what the templates folder offers
MAX_BYTES = 1 << 20

DEFAULT = """\
{{ front_matter }}{{ heading }} {{ title }}

{{ reference }}

{% for quote in quotes -%}
{{ quote.text | blockquote }}
{%- if quote.attribution %}
>
> — {{ quote.attribution }}{% if quote.link %} · [open passage]({{ quote.link }}){% endif %}
{%- elif quote.link %}
>
> [open passage]({{ quote.link }})
{%- endif %}
{%- if quote.block_id %}

{{ quote.block_id }}
{%- endif %}
{%- if quote.note %}

{{ quote.note }}
{%- endif %}
{%- set tag_line = quote.tags | tags %}
{%- if tag_line %}

{{ tag_line }}
{%- endif %}

{% endfor %}"""


def templates_folder() -> Path:
    """Where the user keeps templates: ``templates`` in QuoteClip's config folder."""
    return paths.config_dir() / "templates"


def user_templates() -> list[Path]:
    """The templates in the user's folder, by name; none when it does not exist."""
    folder = templates_folder()
    try:
        return sorted((p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES),
                      key=lambda p: p.name.casefold())
    except OSError:
        return []


class NoteTemplate:
    """A compiled template; ``render(context)`` gives one article's Markdown."""

    def __init__(self, text: str, name: str = "<template>") -> None:
        self.name = name
        env = _environment()
        try:
            self._template = env.from_string(text)
        except TemplateSyntaxError as error:
            raise UserError(N_("Export", "{name}, line {lineno}: {message}; fix the template or choose the "
                                         "built-in one")
                            .format(name=name, lineno=error.lineno, message=error.message)) from error
        self._template.filename = name  # so a render error's traceback names the template's lines

    def render(self, context: dict[str, Any]) -> str:
        try:
            return self._template.render(context)
        except TemplateError as error:
            line = _template_line(error, self.name)
            where = f", line {line}" if line else ""
            raise UserError(N_("Export", "{name}{where}: {error}; fix the template or choose the built-in one")
                            .format(name=self.name, where=where, error=error)) from error


def _template_line(error: BaseException, name: str) -> int | None:
    """The template line a render error came from, from the traceback Jinja2 rewrites for templates."""
    tb = error.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def load_template(path: str | Path) -> NoteTemplate:
    """The template in ``path``, compiled; a UserError saying what is wrong with the file otherwise."""
    path = Path(path).expanduser()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(N_("Export", "{path} is larger than 1 MB: that is not a note template").format(path=path))
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise UserError(N_("Export", "{path}: no such template").format(path=path)) from error
    except UnicodeDecodeError as error:
        raise UserError(N_("Export", "{path} is not UTF-8 text: save the template as UTF-8")
                        .format(path=path)) from error
    except OSError as error:
        raise UserError(N_("Export", "{path}: cannot read the template ({error})")
                        .format(path=path, error=error.strerror or error)) from error
    return NoteTemplate(text, str(path))


def default_template() -> NoteTemplate:
    return NoteTemplate(DEFAULT, "built-in template")


def _finalize(value: Any) -> Any:
    """Markdown autoescape: plain text escaped, markup passed; None prints nothing (not "None")."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return escape(str(value))


def _blockquote(text: Any) -> Markup:
    """The passage as a blockquote, each line escaped; a blank line stays a bare ">"."""
    lines = str(text or "").splitlines() or [""]
    return Markup("\n".join(f"> {escape(line)}" if line.strip() else ">" for line in lines))


def _tags(names: Iterable[Any]) -> Markup:
    """``#tags`` as Obsidian allows them; a name with nothing usable is left out."""
    return Markup(tag_line(tuple(str(name) for name in names or ())))


def _yaml(value: Any) -> Markup:
    """A value as YAML (a mapping as block YAML, a scalar on one line), written by the YAML library."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    value = _plain(value)
    text = yaml.dump(value, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1 << 30)
    if text.endswith("\n...\n"):  # a lone scalar's document end marker
        text = text[:-4]
    return Markup(text.rstrip("\n") if not isinstance(value, dict | list) else text)


def _plain(value: Any) -> Any:
    """Markup made plain text again (for YAML), inside lists and mappings too."""
    if isinstance(value, Markup):
        return str.__add__("", value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _raw(value: Any) -> Markup:
    """Printed as given, no escaping: for a user who wants a field's own characters."""
    return Markup("" if value is None else str(value))


def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(autoescape=False, finalize=_finalize, undefined=StrictUndefined,
                                        keep_trailing_newline=True)
    env.filters.update(blockquote=_blockquote, tags=_tags, yaml=_yaml, raw=_raw)
    return env


if __name__ == "__main__":  # print the default, to start a template of one's own from it
    sys.stdout.write(DEFAULT)
