"""``N_`` marks the core's English without Qt, and the ``Text`` it returns behaves as the English does."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from qtapp.translatable import N_, Text


def test_a_marked_text_is_its_english_and_remembers_its_template() -> None:
    text = N_("Library", "the library {path} is locked").format(path="/tmp/a.sqlite3")
    assert text == "the library /tmp/a.sqlite3 is locked" and isinstance(text, str)
    assert (text.context, text.source, text.values) == ("Library", "the library {path} is locked",
                                                        {"path": "/tmp/a.sqlite3"})
    assert json.dumps({"error": text}) == '{"error": "the library /tmp/a.sqlite3 is locked"}'
    assert f"quoteclip: {text}" == "quoteclip: the library /tmp/a.sqlite3 is locked"


def test_values_may_be_marked_texts_and_survive_a_copy_or_a_pickle() -> None:
    text = N_("Checks", "{title}: {reason}.").format(title=N_("Checks", "Check"), reason="why")
    assert text == "Check: why." and isinstance(text.values["title"], Text)
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == text and isinstance(again, Text) and again.values == text.values


def test_placeholders_are_named_so_a_translation_may_reorder_them() -> None:
    with pytest.raises(TypeError, match="named placeholders"):
        N_("Library", "{} and {}").format("a", "b")


def test_an_error_keeps_the_marked_text_it_was_raised_with() -> None:
    from qtapp.errors import UserError

    error = UserError(N_("Library", "cannot open {path}").format(path="x"))
    assert str(error) == "cannot open x" and isinstance(error.args[0], Text)
