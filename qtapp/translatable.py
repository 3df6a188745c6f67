"""Marking the core's user-visible English for translation, without Qt.

The core (``article``, ``library``) imports no Qt, yet the window shows some of its words: error
messages, the reasons an attribution needs checking, field names. ``N_(context, source)`` marks such a
string as Qt's ``QT_TRANSLATE_NOOP`` does (``pyside6-lupdate -tr-function-alias QT_TRANSLATE_NOOP+=N_``
extracts it under ``context``) and returns a ``Text``: the English itself, so the command line and the
logs print it unchanged, which also remembers its context, its untranslated template and the values
``format`` put in. The window passes it through ``qtapp.ui.i18n.shown``, which looks the template up
with ``QCoreApplication.translate`` and formats the translation.
"""

from __future__ import annotations


class Text(str):
    """English as the core wrote it, remembering what a translator's lookup needs."""

    context: str
    source: str
    values: dict[str, object]

    def __new__(cls, context: str, source: str, values: dict[str, object] | None = None) -> Text:
        text = super().__new__(cls, source.format(**values) if values else source)
        text.context, text.source, text.values = context, source, dict(values or {})
        return text

    def __reduce__(self) -> tuple[type[Text], tuple[str, str, dict[str, object]]]:
        return Text, (self.context, self.source, self.values)  # a copy or pickle keeps what it remembers

    def format(self, *args: object, **values: object) -> Text:
        """Fill the ``{name}`` placeholders; keyword values only, so a translation may reorder them."""
        if args:
            raise TypeError("a translatable text takes named placeholders only")
        return Text(self.context, self.source, {**self.values, **values})


def N_(context: str, source: str) -> Text:  # noqa: N802 (the name lupdate and gettext users know)
    """Mark ``source`` for translation under ``context``; the English is returned, as a ``Text``."""
    return Text(context, source)
