"""Translations: Qt's own and QuoteClip's, for the system's language, loaded before any window exists.

QuoteClip ships English only; a translator adds ``resources/i18n/quoteclip_<lang>.qm`` (built with
``pyside6-lrelease`` from the ``quoteclip.ts`` template that ``pyside6-lupdate`` extracts) and it is
picked up here with no code change. Strings reach it through ``self.tr`` / ``QCoreApplication.translate``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qtapp import paths

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
