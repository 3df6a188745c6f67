"""A correction the editors append to a published piece is their note, not the author's last paragraph."""

from __future__ import annotations

from qtapp.article import parse_text
from qtapp.library.attribution import derive_voice

STORY = ("Council approves library cuts\n\nBy Tom Ashdown\n\n"
         "The council voted to shorten opening hours at five libraries on Thursday night.\n\n"
         "Correction: An earlier version of this article said seven libraries were affected.\n")


def test_a_correction_is_the_editors_note_and_its_words_are_the_editors() -> None:
    article = parse_text(STORY)
    assert article.editors_note == "An earlier version of this article said seven libraries were affected."
    start = article.text.index("An earlier version")
    assert derive_voice(article, start, start + 20)[0] == "editors"
    body = article.text.index("The council voted")
    assert derive_voice(article, body, body + 17)[0] == "author"


def test_the_word_correction_inside_a_sentence_is_no_label() -> None:
    article = parse_text(STORY.replace("Correction: An earlier", "A correction: an earlier"))
    assert article.editors_note is None
