"""Translations: Qt's own and QuoteClip's, for the system's language, loaded before any window exists.

QuoteClip ships English only; a translator adds ``resources/i18n/quoteclip_<lang>.qm`` (built with
``pyside6-lrelease`` from the ``quoteclip.ts`` template that ``pyside6-lupdate`` extracts) and it is
picked up here with no code change. Strings reach it through ``self.tr`` / ``QCoreApplication.translate``;
the core's, marked with ``qtapp.translatable.N_``, through ``shown`` (and ``error_message`` for its errors).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qtapp import paths
from qtapp.translatable import Text

PREFIX = "quoteclip"


def translations_dir() -> Path | None:
    """``resources/i18n`` in the installed package or the checkout, if it is there."""
    try:
        return paths.resource("i18n")
    except FileNotFoundError:
        return None


def system_locale() -> QLocale:
    """The desktop's language (a seam: tests choose one without changing the process's locale)."""
    return QLocale.system()


def install(app: QCoreApplication, locale: QLocale | None = None,
            folder: Path | None = None) -> list[QTranslator]:
    """Install the translators found for ``locale`` (default: the system's); return those installed.

    QTranslator.load tries the locale's UI languages in order ("de_AT", then "de"), so a German
    translation serves every German-speaking region.
    """
    locale = locale or system_locale()
    folder = folder or translations_dir()
    installed = []
    candidates = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if folder is not None:
        candidates.append((PREFIX, str(folder)))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def shown(text: str) -> str:
    """The reader's language for text the core marked with ``N_`` (its values too); other text as is."""
    if not isinstance(text, Text):
        return text
    translated = QCoreApplication.translate(text.context, text.source)
    if not text.values:
        return translated
    values = {name: error_message(value) if isinstance(value, BaseException)  # "{name}: {error}" wraps one
              else shown(value) if isinstance(value, Text) else value for name, value in text.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a mistyped placeholder: keep English
        return str(text)


def error_message(error: BaseException) -> str:
    """What an error the user can act on says, in the reader's language where the core marked it."""
    return shown(error.args[0]) if len(error.args) == 1 and isinstance(error.args[0], Text) else str(error)
