"""Fixes for defects of citeproc-py 0.11.1 that show on a plain newspaper article.

Each fix brings one behaviour in line with the CSL 1.0.2 specification (and with citeproc-js, which
produced our golden strings). They patch ``citeproc.model`` in place, and only for the exact version
they were written against: on any other version ``apply()`` does nothing, quietly, so an upgrade shows
up as failing golden tests rather than as a patch silently corrupting a changed internal.

1. ``initialize="false"`` was ignored: MLA and Chicago cut given names to initials.
2. ``punctuation-in-quote`` was ignored: full stops and commas landed outside closing quotes.
3. ``<if disambiguate="true">`` always fired (the test was never made): MLA in-text added the title.
4. ``cs:label`` printed its term when its variable was empty: Chicago printed "Edition" (issue #204).
5. ``static-ordering`` on a name was unsupported: "Wang Haiyan" came out as "Haiyan Wang".
6. ``text-case="title"`` followed neither the spec nor citeproc-js: "Cross-border", "Barges Near"; and
   any text-case on a name part crashed (a plain str has no ``capitalize_first``).
7. A substituted variable was printed again when the substitute was a macro: a piece with no author
   named its title twice (APA, MLA) or its publication twice (both Chicago styles).
8. Quotation marks and apostrophes in a field were printed as typed: citeproc-js prints "Can’t" and
   flips a quotation inside a quoted title to the style's inner marks.
9. A hyphenated given name with a lowercase second part ("Lok-sang") initialised as "L.-. sang .";
   citeproc-js gives "L." (and "J.-P." for "Jean-Paul", as before).
10. A localized date's own delimiter was ignored: PLOS and NLM printed "2Sept2024".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import citeproc
from citeproc import model
from citeproc.source import Name as SourceName
from citeproc.string import MixedString, NoCase, String

from qtapp.library.citation.quote_marks import smart_quotes
from qtapp.library.citation.title_case import title_case

FIXED_VERSION = "0.11.1"
STATIC_ORDERING = "static-ordering"
_applied = False


def applies_to(version: str) -> bool:
    """Whether these fixes were written for this citeproc-py version."""
    return version == FIXED_VERSION


def apply() -> bool:
    """Patch citeproc-py once; return whether the fixes are active."""
    global _applied
    if _applied:
        return True
    if not applies_to(citeproc.__version__):
        return False
    _fix_initialize_false()
    _fix_punctuation_in_quote()
    _fix_disambiguate()
    _fix_empty_label()
    _fix_static_ordering()
    _fix_title_case()
    _fix_substitute()
    _fix_quote_marks()
    _fix_hyphenated_initials()
    _fix_locale_date_delimiter()
    _applied = True
    return True


# 1. initialize="false" ----------------------------------------------------------------------------

def _inherited(element: Any, attribute: str, context: Any) -> str | None:
    """An inheritable name option: the element, its citation/bibliography, then the style."""
    value = element.get(attribute)
    if value is not None:
        return value
    scope = (context if context is not None else element).xpath_search(
        "./ancestor::*[self::cs:citation or self::cs:bibliography][1]")
    if scope and scope[0].get(attribute) is not None:
        return scope[0].get(attribute)
    return element.get_root().get(attribute)


def _fix_initialize_false() -> None:
    original = model.Name.get_option

    def get_option(self: Any, name: str, context: Any = None, sort_options: Any = None) -> Any:
        value = original(self, name, context, sort_options)
        if (name == "initialize-with" and value is not None
                and (_inherited(self, "initialize", context) or "true").lower() == "false"):
            return None  # keep given names whole; CSL only reformats existing initials here
        return value

    model.Name.get_option = get_option


# 2. punctuation-in-quote --------------------------------------------------------------------------

def punctuation_in_quote(element: Any) -> bool:
    """The locale option, from the first locale (in-style or bundled) that sets it."""
    for locale in getattr(element.get_root(), "locales", None) or []:
        options = locale.find("cs:style-options", locale.nsmap)
        if options is not None and options.get("punctuation-in-quote") is not None:
            return bool(options.get("punctuation-in-quote").lower() == "true")
    return False


def move_punctuation(text: str, close_quotes: str) -> str:
    """Move a full stop or comma that follows a closing quote inside it (American usage).

    Markup tags between the quote and the mark are kept in place; a mark that would double the
    sentence end the quoted words already have (“Why?”.) is dropped, as citeproc-js does.
    """
    if not close_quotes:
        return text
    pattern = re.compile(f"([{re.escape(close_quotes)}]+)((?:</[a-z]+>)*)([.,])")  # nested: ’” too

    def swap(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        quote, tags, mark = match.groups()
        if before in ".?!":
            return quote + tags
        return mark + quote + tags

    return pattern.sub(swap, text)


def _close_quotes(element: Any) -> str:
    marks = (str(element.get_single_term(name=n)) for n in ("close-quote", "close-inner-quote"))
    return "".join(m for m in marks if m)


def _fix_punctuation_in_quote() -> None:
    citation, bibliography = model.Layout.render_citation, model.Layout.render_bibliography

    def fix(self: Any, text: Any) -> Any:
        if text is None or not punctuation_in_quote(self):
            return text
        # The layout's output may be a MixedString (a list of pieces); str() is its rendering.
        return move_punctuation(str(text), _close_quotes(self))

    def render_citation(self: Any, citation_: Any, callback: Callable[..., Any]) -> Any:
        return fix(self, citation(self, citation_, callback))

    def render_bibliography(self: Any, items: Any) -> list[Any]:
        return [fix(self, entry) for entry in bibliography(self, items)]

    model.Layout.render_citation = render_citation
    model.Layout.render_bibliography = render_bibliography


# 3. disambiguate="true" ---------------------------------------------------------------------------

def _fix_disambiguate() -> None:
    original = model.If.render

    def render(self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
        # citeproc-py never disambiguates, so the test is false. It decides the branch alone when
        # every test must pass; with match="any"/"none" a false test changes nothing.
        if self.get("disambiguate", "false").lower() == "true" \
                and self.get("match", "all") == "all":
            raise model.ConditionFailed
        return original(self, item, context=context, delimiter=delimiter, **kwargs)

    model.If.render = render  # Else_If inherits it


# 4. empty cs:label ---------------------------------------------------------------------------------

def _variable_is_set(item: Any, variable: str) -> bool:
    if variable == "locator":
        return bool(item.has_locator)
    if variable == "citation-number":
        return True
    key = "page" if variable == "page-first" else variable.replace("-", "_")
    value = item.reference.get(key)
    return value is not None and str(value) != ""


def _fix_empty_label() -> None:
    original = model.Label.process

    def process(self: Any, item: Any, variable: str | None = None, plural: Any = None,
                context: Any = None, **kwargs: Any) -> Any:
        # Only the label's own variable is checked: cs:names passes a role it has already found
        # (or the "editortranslator" term, which is no variable at all).
        if variable is None and not _variable_is_set(item, self.get("variable", "")):
            return None
        return original(self, item, variable, plural, context, **kwargs)

    model.Label.process = process


# 5. static-ordering --------------------------------------------------------------------------------

def _is_cjk(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
               for c in text)


def _display_order(name: Any) -> Any:
    """A name that prints as family then given, whatever the style's order (citeproc-js's rule).

    Han, kana and Hangul names are written without a space between the parts (王海燕).
    """
    given, family, dropping, non_dropping, suffix = name.parts()
    parts = [p for p in (dropping, non_dropping, family, given) if p]
    whole = ("" if _is_cjk("".join(parts)) else " ").join(parts)
    fixed = SourceName(family=whole)
    if suffix:
        dict.__setitem__(fixed, "suffix", suffix)
    return fixed


def _fix_static_ordering() -> None:
    original = model.Name.process

    def process(self: Any, item: Any, variable: str, context: Any = None,
                sort_options: Any = None, **kwargs: Any) -> Any:
        names = item.reference.get(variable) or []
        if sort_options is not None or self.get_option("form", context, sort_options) != "long" \
                or not any(isinstance(n, dict) and n.get(STATIC_ORDERING) for n in names):
            return original(self, item, variable, context, sort_options, **kwargs)
        shown = [_display_order(n) if n.get(STATIC_ORDERING) else n for n in names]
        dict.__setitem__(item.reference, variable, shown)
        try:
            return original(self, item, variable, context, sort_options, **kwargs)
        finally:
            dict.__setitem__(item.reference, variable, names)

    model.Name.process = process


def mark_static_ordering(name: Any) -> Any:
    """Flag a parsed name for family-first display (set after parsing: the parser warns on it)."""
    dict.__setitem__(name, STATIC_ORDERING, True)
    return name


# 6. text-case="title" ------------------------------------------------------------------------------

def _transformed(text: Any, transform: Callable[[str], str]) -> Any:
    """A text transform over citeproc-py's strings: a plain String, or a MixedString transformed as one
    text (its first word and its last are the whole's) and cut back into its pieces; NoCase kept."""
    if isinstance(text, NoCase):
        return text
    if isinstance(text, String):
        return String(transform(str(text)))
    if not isinstance(text, MixedString) or not all(isinstance(p, str) for p in text):
        return text
    whole = "".join(str(p) for p in text)
    changed = transform(whole)
    if len(changed) != len(whole):
        return text
    pieces, start = [], 0
    for piece in text:
        end = start + len(piece)
        pieces.append(piece if isinstance(piece, NoCase) else type(piece)(changed[start:end]))
        start = end
    return MixedString(pieces)


def _fix_title_case() -> None:
    original = model.TextCased.case

    def case(self: Any, text: Any, language: str | None = None) -> Any:
        if type(text) is str:  # a name part: citeproc-py's own cases call String methods on it
            text = String(text)
        if self.get("text-case") == "title" and language == "en":
            return _transformed(text, title_case)
        return original(self, text, language)

    model.TextCased.case = case


# 7. substituted variables suppressed ---------------------------------------------------------------

# Keys of the layout's per-item ``repressed`` dict (whose own keys are element tags): the variables a
# substitute printed, and the set that collects them while a substitute renders.
SUPPRESSED, SEEN = "quoteclip:suppressed", "quoteclip:seen"


def _fix_substitute() -> None:
    variable, substitute = model.Text._variable, model.Substitute.render

    def _variable(self: Any, item: Any, context: Any) -> Any:
        name = self.get("variable")
        repressed = context.get_layout().repressed
        if name in repressed.get(SUPPRESSED, ()):
            return None
        text = variable(self, item, context)
        seen = repressed.get(SEEN)
        if seen is not None and text:
            seen.add(name)
        return text

    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        repressed = (context if context is not None else self).get_layout().repressed
        outer = repressed.get(SEEN)
        seen: set[str] = set()
        repressed[SEEN] = seen
        try:
            text = substitute(self, item, context=context, **kwargs)
        finally:
            if outer is None:
                del repressed[SEEN]
            else:
                outer |= seen
                repressed[SEEN] = outer
        if text:  # CSL 1.0.2: a variable the substitute printed is empty for the rest of the item
            repressed.setdefault(SUPPRESSED, set()).update(seen)
        return text

    model.Text._variable = _variable
    model.Substitute.render = render


# 8. quotation marks and apostrophes ----------------------------------------------------------------

# The text fields citeproc-js reads quotation marks in; never a URL, a DOI or a number.
PROSE_VARIABLES = frozenset({
    "title", "container-title", "collection-title", "original-title", "publisher", "original-publisher",
    "references", "event", "genre", "medium", "note", "archive", "source"})


def _quote_terms(element: Any) -> tuple[tuple[str, str], tuple[str, str]]:
    """The style's (outer, inner) quotation marks from its locale: en-GB's are ‘’ outside, “” inside."""
    outer = (str(element.get_single_term(name="open-quote")), str(element.get_single_term(name="close-quote")))
    inner = (str(element.get_single_term(name="open-inner-quote")),
             str(element.get_single_term(name="close-inner-quote")))
    return outer, inner


def _fix_quote_marks() -> None:
    case = model.TextCased.case

    def cased(self: Any, text: Any, language: str | None = None) -> Any:
        # After the case: citeproc-js cases the words with the straight marks still in (a word just
        # after one keeps its letter: 'lying flat' → ‘lying Flat’), and prints the marks after.
        text = case(self, text, language)
        if text and isinstance(self, model.Text) and self.get("variable") in PROSE_VARIABLES:
            quoted = self.get("quotes", "false").lower() == "true"
            marks = _quote_terms(self)
            return _transformed(text, lambda plain: smart_quotes(plain, quoted=quoted, marks=marks))
        return text

    model.TextCased.case = cased


def typographic_name(name: dict[str, Any]) -> dict[str, Any]:
    """A CSL name with ’ for its apostrophes (O'Neill → O’Neill), as citeproc-js prints it."""
    return {k: v.replace("'", "’") if isinstance(v, str) else v for k, v in name.items()}


# 9. hyphenated given names --------------------------------------------------------------------------

def _fix_hyphenated_initials() -> None:
    original = model.Name.initialize

    def initialize(self: Any, given: Any, mark: str, context: Any) -> Any:
        if "-" in str(given) and self.get_option("initialize-with-hyphen", context):
            kept = [part for part in str(given).split("-") if part[:1].isupper()]
            given = "-".join(kept) if kept else given  # citeproc-js drops a lowercase part: "Lok-sang" → L.
        return original(self, given, mark, context)

    model.Name.initialize = initialize


# 10. a localized date's delimiter --------------------------------------------------------------------

def _fix_locale_date_delimiter() -> None:
    original = model.Date.render_single_date

    def render_single_date(self: Any, date: Any, show_parts: Any = None, context: Any = None) -> Any:
        if self.get("delimiter") is None or not self.is_locale_date():
            return original(self, date, show_parts, context)
        parts = self.parts(date, show_parts, context) if context != self else self.parts(date, show_parts)
        return self.join(parts) if parts else None  # the locale's cs:date delimiter, not the caller's

    model.Date.render_single_date = render_single_date
