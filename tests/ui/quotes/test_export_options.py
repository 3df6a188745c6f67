"""The Export dialog's per-format choices, read from the format table: a note template (built-in, the
user's folder, or any file) for Markdown, the user's name for annotations; the Copy Citation style
reaches the formats that cite."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from qtapp.library.exporters.md_template import templates_folder
from qtapp.ui.quotes.export_dialog import ExportDialog, ScopeCounts
from tests.ui.quotes.conftest import SAYING
from tests.ui.quotes.test_export_dialog import library  # noqa: F401 - the fixture, shared
from tests.ui.quotes.test_saving import action


def test_each_format_shows_only_the_choices_it_takes(window: Any, qtbot: QtBot) -> None:
    dialog = ExportDialog(window, ScopeCounts(3, 2, 0), "md")
    qtbot.addWidget(dialog)
    rows = {"md": (True, False), "w3c": (False, True), "hypothesis": (False, True), "csv": (False, False)}
    for fmt, (template, creator) in rows.items():
        dialog.set_format(fmt)
        assert (dialog._form.isRowVisible(dialog.template), dialog._form.isRowVisible(dialog.creator)) == (
            template, creator), fmt
    dialog.set_format("csv")
    dialog.creator.setText("Jane")
    assert dialog.request().creator == ""  # a choice the format does not take is not passed on


def test_the_template_list_offers_the_users_folder_and_any_file(window: Any, qtbot: QtBot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = templates_folder()
    folder.mkdir(parents=True)
    (folder / "brief.md.j2").write_text("{{ title }}\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere.j2"
    elsewhere.write_text("{{ title }}\n", encoding="utf-8")
    dialog = ExportDialog(window, ScopeCounts(3, 2, 0), "md")
    qtbot.addWidget(dialog)
    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert labels == ["Built-in", "brief.md.j2", "Other file…"]
    assert dialog.request().template is None
    dialog.template.setCurrentIndex(1)
    assert dialog.request().template == folder / "brief.md.j2"
    answers = iter([elsewhere, None])
    monkeypatch.setattr(ExportDialog, "ask_template", classmethod(lambda cls, parent: next(answers)))
    dialog.template.activated.emit(dialog.template.count() - 1)  # the user picks "Other file…"
    assert dialog.request().template == elsewhere and dialog.template.currentText() == "elsewhere.j2"
    dialog.template.activated.emit(dialog.template.count() - 1)  # ... and cancels the file dialog
    assert dialog.request().template is None


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path, fmt: str, set_up: Callable[[ExportDialog], None]) -> None:
    """The dialog built for real and set up as a user would; the file dialog answers ``path``."""
    def ask(cls: type, parent: Any, counts: ScopeCounts, fmt_: str | None = None, scope: str | None = None,
            creator: str = "") -> Any:
        dialog = ExportDialog(parent, counts, fmt_, scope, creator)
        dialog.set_format(fmt)
        set_up(dialog)
        request = dialog.request()
        dialog.deleteLater()
        return request

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(ExportDialog, "ask_path", classmethod(lambda cls, parent, suggested, fmt_: path))


def test_a_user_template_writes_the_notes(window: Any, library: dict[str, int], tmp_path: Path,  # noqa: F811
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    template = tmp_path / "list.j2"
    template.write_text("{% for q in quotes %}* {{ q.text }} <{{ q.link }}>\n{% endfor %}", encoding="utf-8")
    out = tmp_path / "notes.md"
    _answer(monkeypatch, out, "md", lambda dialog: dialog.set_template(template))
    action(window, "actionExport").trigger()
    text = out.read_text(encoding="utf-8")
    assert f"<quoteclip://quote/{library[SAYING]}>" in text and text.count("* ") == 3
    assert "Exported 3 quotes as Markdown" in window.statusBar().currentMessage()


def test_a_bad_template_says_which_line_and_writes_nothing(window: Any, library: dict[str, int],  # noqa: F811
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           shown_errors: list[tuple[str, str]]) -> None:
    template = tmp_path / "broken.j2"
    template.write_text("fine\n{{ quotes | nosuch }}\n", encoding="utf-8")
    out = tmp_path / "notes.md"
    out.write_text("the old export\n", encoding="utf-8")
    _answer(monkeypatch, out, "md", lambda dialog: dialog.set_template(template))
    action(window, "actionExport").trigger()
    [(title, message)] = shown_errors
    assert title == "Export failed" and "broken.j2, line 2" in message and "nosuch" in message
    assert out.read_text(encoding="utf-8") == "the old export\n"


def test_markdown_cites_in_the_copy_citation_style(window: Any, library: dict[str, int],  # noqa: F811
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = {}
    for style in ("apa", "mla"):
        window.session.citation_style = style
        written[style] = tmp_path / f"{style}.md"
        _answer(monkeypatch, written[style], "md", lambda dialog: None)
        action(window, "actionExport").trigger()
    apa, mla = (written[s].read_text(encoding="utf-8") for s in ("apa", "mla"))
    # The seed's reference: APA gives initials and a bracketed date, MLA the whole name and title case.
    assert "Wang, H. (n.d.). New pragmatic" in apa and "(n.d.)" not in mla
    assert "Wang Haiyan. “New Pragmatic and Promising Chapter" in mla


def test_w3c_from_the_window_names_the_user_and_counts_in_the_source(
        window: Any, library: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        seed_text: str) -> None:
    out = tmp_path / "quotes.jsonld"
    _answer(monkeypatch, out, "w3c", lambda dialog: dialog.creator.setText("  Jane  Reader "))
    action(window, "actionExport").trigger()
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert len(items) == 3 and all(a["creator"] == {"type": "Person", "name": "Jane Reader"} for a in items)
    seed = next(a for a in items if a["target"]["selector"][0]["exact"] == SAYING)
    position = seed["target"]["selector"][1]
    assert position["type"] == "TextPositionSelector"
    stored = window.quotes.library.store.articles.get(window.quotes.current.article_id()).source
    assert stored[position["start"]:position["end"]] == SAYING


def test_your_name_is_remembered_for_the_next_export(
        window: Any, library: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from qtapp.ui.session import Session

    _answer(monkeypatch, tmp_path / "first.jsonld", "w3c", lambda dialog: dialog.creator.setText(" Jane  Reader "))
    action(window, "actionExport").trigger()
    offered: list[str] = []
    _answer(monkeypatch, tmp_path / "second.json", "hypothesis", lambda dialog: offered.append(dialog.creator.text()))
    action(window, "actionExport").trigger()  # the name is left as the dialog offers it
    assert offered == ["Jane Reader"]
    data = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    assert {a["user_info"]["display_name"] for a in data["annotations"]} == {"Jane Reader"}
    window.session.sync()
    assert Session().export_creator == "Jane Reader"  # in the settings file: the next run offers it too
    _answer(monkeypatch, tmp_path / "third.jsonld", "w3c", lambda dialog: dialog.creator.clear())
    action(window, "actionExport").trigger()  # cleared on purpose: no name next time either
    assert window.session.export_creator == ""
    assert all("creator" not in a for a in json.loads((tmp_path / "third.jsonld").read_text(encoding="utf-8"))
               ["first"]["items"])


@pytest.mark.qt_log_ignore(r"^This plugin does not support")  # the offscreen platform, showing a dialog
def test_help_describes_every_format_of_the_table(window: Any, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from qtapp.library.exporters.formats import FORMATS
    from qtapp.ui.quotes.export_help import FormatsHelp

    dialog = ExportDialog(window, ScopeCounts(3, 2, 0), "md")
    qtbot.addWidget(dialog)
    dialog.box.button(QDialogButtonBox.StandardButton.Help).click()
    [shown] = dialog.findChildren(FormatsHelp)
    text = shown.text.toPlainText()
    for fmt in FORMATS:
        assert f"--format {fmt.key}" in text and fmt.name in text
    assert "block_id" in text and "sandbox" in text
    tips = [dialog.format.itemData(i, 3) for i in range(dialog.format.count())]  # Qt.ToolTipRole
    assert all(tips) and len(set(tips)) == len(FORMATS)


@pytest.mark.qt_log_ignore(r"^This plugin does not support")  # the offscreen platform, showing a dialog
def test_help_menu_describes_each_import_format_and_open_url(window: Any) -> None:
    from qtapp.library.importers.formats import FORMATS as IMPORTS
    from qtapp.ui.quotes.export_help import FormatsHelp

    action(window, "actionFormatsHelp").trigger()
    [shown] = window.findChildren(FormatsHelp)
    text = shown.text.toPlainText()
    for key, name in IMPORTS.items():
        assert f"--format {key}" in text and name in text
    assert "Open URL" in text and "no cookies kept" in text and "20 seconds and 10 MB" in text
    assert "quoteclip parse URL --json" in text
    shown.close()
