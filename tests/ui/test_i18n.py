"""Translations: a .qm for the desktop's language, built with the real lrelease, translates the window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from qtapp.ui import i18n
from qtapp.ui.main_window import MainWindow

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message><source>&amp;Open…</source><translation>Ö&amp;ffnen…</translation></message>
    <message><source>&amp;Preferences…</source><translation>&amp;Einstellungen…</translation></message>
</context>
</TS>
"""


def _lrelease() -> str:
    # The PySide6-Essentials wheel ships lrelease with a pyside6-lrelease wrapper beside the interpreter.
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease not found (it comes with PySide6-Essentials)")
    return found


@pytest.fixture
def german_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """resources/i18n as it would be with a German translation in it, and a German desktop."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    source = tmp_path / "quoteclip_de.ts"
    source.write_text(TS, encoding="utf-8")
    qm = folder / "quoteclip_de.qm"
    result = subprocess.run([_lrelease(), str(source), "-qm", str(qm)], check=False, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and qm.is_file(), result.stdout + result.stderr
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale("de_AT"))  # falls back to "de"
    return qm


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators: list[QTranslator] = []
    yield translators
    i18n.uninstall(qapp, translators)


def test_the_qm_for_the_system_language_translates_the_actions(
        german_qm: Path, installed: list[QTranslator], qapp: QApplication,
        make_reader_window: Callable[..., MainWindow]) -> None:
    installed.extend(i18n.install(qapp))
    assert any(t.filePath() == str(german_qm) for t in installed)
    window = make_reader_window(show=False)
    assert window.action("actionOpen").text() == "Ö&ffnen…"
    assert window.action("actionPreferences").text() == "&Einstellungen…"
    assert window.action("actionFind").text() == "&Find…"  # untranslated strings stay English


def test_without_a_qm_for_the_language_the_window_stays_english(
        german_qm: Path, installed: list[QTranslator], qapp: QApplication,
        make_reader_window: Callable[..., MainWindow]) -> None:
    installed.extend(i18n.install(qapp, QLocale("fr_FR")))
    assert not any(t.filePath() == str(german_qm) for t in installed)
    assert make_reader_window(show=False).action("actionOpen").text() == "&Open…"


def test_the_shipped_folder_is_found_in_the_checkout() -> None:
    folder = i18n.translations_dir()
    assert folder is not None and (folder / "README.md").is_file()


CORE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Checks</name>
    <message><source>Check who said this</source><translation>Prüfen, wer das sagte</translation></message>
    <message><source>the article names no author</source>
             <translation>der Artikel nennt keinen Autor</translation></message>
    <message><source>{title}: {reason}.</source><translation>{title}: {reason}.</translation></message>
</context>
<context>
    <name>Article</name>
    <message><source>{path}: no such file</source><translation>{path}: keine solche Datei</translation></message>
    <message><source>the file is empty</source><translation>die Datei ist leer</translation></message>
    <message><source>{name}: {error}</source><translation>{name}: {error}</translation></message>
</context>
<context>
    <name>Library</name>
    <message><source>LOCKED</source><translation>Die Bibliothek {path} ist gesperrt</translation></message>
</context>
</TS>
""".replace("LOCKED", "the library {path} is locked: another QuoteClip window or command is writing to it; "
                      "close the other one or try again in a moment")


def test_the_cores_marked_words_reach_the_window_translated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            qapp: QApplication,
                                                            installed: list[QTranslator]) -> None:
    """The core marks its words with ``N_`` (no Qt); the window looks them up, values filled in after."""
    import sqlite3

    from qtapp.library.attribution import check_message
    from qtapp.library.errors import translate
    from qtapp.ui.i18n import error_message, shown

    folder = tmp_path / "i18n"
    folder.mkdir()
    (tmp_path / "core_de.ts").write_text(CORE_TS, encoding="utf-8")
    result = subprocess.run([_lrelease(), str(tmp_path / "core_de.ts"), "-qm", str(folder / "quoteclip_de.qm")],
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # SQLITE_BUSY, as SQLite sets it
    locked = translate(busy, Path("/x/lib.sqlite3"))
    check = check_message("no_author")
    assert shown(check) == str(check) == "Check who said this: the article names no author."
    installed += i18n.install(qapp, QLocale("de_DE"), folder)
    assert shown(check) == "Prüfen, wer das sagte: der Artikel nennt keinen Autor."
    assert error_message(locked) == "Die Bibliothek /x/lib.sqlite3 ist gesperrt"
    assert str(locked).startswith("the library /x/lib.sqlite3 is locked")  # the command line keeps English
    assert error_message(ValueError("not marked")) == "not marked"


def _raised(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except Exception as error:  # the test looks at whichever error it is
        return error
    raise AssertionError("nothing raised")


def test_a_marked_template_reaches_the_window_translated_with_its_values(
        tmp_path: Path, qapp: QApplication, installed: list[QTranslator]) -> None:
    """An f-string message became a marked template: translated, then filled in, an inner error too."""
    from qtapp.article.html import parse_html_bytes
    from qtapp.article.loader import read_article_bytes
    from qtapp.ui.i18n import error_message

    folder = tmp_path / "i18n"
    folder.mkdir()
    (tmp_path / "core_de.ts").write_text(CORE_TS, encoding="utf-8")
    result = subprocess.run([_lrelease(), str(tmp_path / "core_de.ts"), "-qm", str(folder / "quoteclip_de.qm")],
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    missing = _raised(lambda: read_article_bytes(tmp_path / "gone.txt"))
    empty = _raised(lambda: parse_html_bytes(b"  ", "page.html"))
    installed += i18n.install(qapp, QLocale("de_DE"), folder)
    assert error_message(missing) == f"{tmp_path / 'gone.txt'}: keine solche Datei"
    assert str(missing) == f"{tmp_path / 'gone.txt'}: no such file"  # the command line keeps English
    assert error_message(empty) == "page.html: die Datei ist leer"
    assert str(empty) == "page.html: the file is empty"
