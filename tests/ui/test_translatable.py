"""Every user-visible string in ``qtapp/ui`` goes through Qt's translation functions.

The README promises a translator can translate the whole window. A string literal handed straight to a
widget setter would silently stay English, so this walks the source and fails on any such literal; a
second test runs ``pyside6-lupdate`` (when installed) to check the wrapped strings are really extracted.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

UI = Path(__file__).resolve().parents[2] / "qtapp" / "ui"

# Methods whose every text argument is shown to the reader.
SETTERS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setTitle", "setLabelText", "setAccessibleName", "setAccessibleDescription", "showMessage",
    "addAction", "addMenu", "addTab", "addRow", "setHorizontalHeaderLabels", "setInformativeText",
    "setDetailedText", "setWindowIconText", "addItem", "setSpecialValueText", "setSuffix", "setPrefix",
}
# Constructors whose first argument is the widget's visible text.
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
           "QToolButton", "QCommandLinkButton", "QToolBar", "QDockWidget", "QProgressDialog"}
# Keyword arguments (Qt properties) that are visible text, whatever the call.
TEXT_KEYWORDS = {"toolTip", "statusTip", "whatsThis", "placeholderText", "windowTitle", "title",
                 "accessibleName", "accessibleDescription"}
# QMessageBox's static functions: (parent, title, text, ...).
MESSAGE_BOXES = {"warning", "information", "critical", "question", "about"}
# Other calls with visible text: argument positions (``Spec(name, text, tip)``).
POSITIONS = {"Spec": (1, 2), "_spec": (1, 2), "createUndoAction": (1,), "createRedoAction": (1,), "setFormat": (0,),
             "_error": (0,), "getSaveFileName": (1,), "getOpenFileName": (1,), "getText": (1, 2),
             "getItem": (1, 2), "_status": (0,), "_fail": (0,)}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _is_translated(node: ast.expr) -> bool:
    """A tr/translate call, or ``.format``/``.arg`` applied to one (placeholders after translating)."""
    if not isinstance(node, ast.Call):
        return False
    name = _name(node.func)
    if name in TRANSLATORS:
        return True
    return name in {"format", "arg", "replace"} and isinstance(node.func, ast.Attribute) \
        and _is_translated(node.func.value)


def _has_words(text: str) -> bool:
    """Letters outside markup: ``<a href="details">{}</a>`` wraps a text, it is not one."""
    return any(ch.isalpha() for ch in re.sub(r"<[^<>]*>", "", text))


def _bare_text(node: ast.expr) -> bool:
    """Visible English that skipped translation: a literal with letters, an f-string, or text built from one."""
    if _is_translated(node):
        return False
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _has_words("".join(str(part.value) if isinstance(part, ast.Constant) else "{}"
                                  for part in node.values))
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_bare_text(element) for element in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in {"format", "join"}:
        return _bare_text(node.func.value)
    return False


def _visible_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    shown: list[ast.expr] = [kw.value for kw in call.keywords if kw.arg in TEXT_KEYWORDS]
    if name in SETTERS:
        shown += list(call.args)
    elif name in WIDGETS:
        shown += call.args[:1] + [kw.value for kw in call.keywords if kw.arg == "text"]
    elif name in POSITIONS:
        shown += [call.args[i] for i in POSITIONS[name] if i < len(call.args)]
    elif name in MESSAGE_BOXES and isinstance(call.func, ast.Attribute) \
            and _name(call.func.value) == "QMessageBox":
        shown += call.args[1:3]
    return shown


def untranslated(source: str, filename: str = "<source>") -> list[str]:
    """``file:line: text`` for each visible literal that does not pass through a translation function."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for argument in _visible_arguments(node):
                if _bare_text(argument):
                    found.append(f"{filename}:{argument.lineno}: {ast.unparse(argument)}")
    return found


def test_every_visible_literal_in_the_ui_is_translated() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent.parent)))
    assert not found, "wrap these in self.tr / QCoreApplication.translate:\n" + "\n".join(found)


@pytest.mark.parametrize("line", [
    'label.setText("Saved")',
    'QLabel("Speaker:")',
    'bar.showMessage(f"Saved {n} quotes")',
    'QMessageBox.warning(self, "Cannot open", text)',
    'menu.addAction("Copy " + kind)',
    'QLineEdit(placeholderText="Search…")',
    'box.setWindowTitle("Export {n}".format(n=n))',
])
def test_the_check_catches_an_unwrapped_string(line: str) -> None:
    assert untranslated(line)


@pytest.mark.parametrize("line", [
    'label.setText(self.tr("Saved"))',
    'QLabel(QCoreApplication.translate("Quotes", "Speaker:"))',
    'bar.showMessage(self.tr("Saved {n} quotes").format(n=n))',
    'QMessageBox.warning(self, self.tr("Cannot open"), str(error))',
    'label.setText("")',
    'label.setText("—")',
    'label.setText(record.speaker)',
    'label.setText(f\'<a href="details" style="color: {link}">⚠ {text}</a>\')',
])
def test_the_check_accepts_translated_and_non_text_arguments(line: str) -> None:
    assert not untranslated(line)


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate ships with the full PySide6 only")
def test_lupdate_extracts_the_window_strings(tmp_path: Path) -> None:
    sources = [str(path) for path in sorted(UI.rglob("*.py"))]
    target = tmp_path / "quoteclip.ts"
    done = subprocess.run([str(_lupdate()), *sources, "-ts", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    ts = target.read_text(encoding="utf-8")
    # lupdate names a context after the class around ``self.tr``; ``window.tr(...)`` or a helper ``tr(...)``
    # would land in a context ("window", "") that the running app never looks up.
    contexts = {context.findtext("name") for context in ElementTree.fromstring(ts).iter("context")}
    assert all(name and name.lstrip("_")[:1].isupper() for name in contexts), sorted(contexts)
    # One string from the action table, one from the window, one from the quotes package.
    for text in ("Open an article: text, Markdown or a saved web page", "&amp;File", "&amp;Speaker:"):
        assert f"<source>{text}" in ts, text


def test_the_missing_fields_note_reads_as_before() -> None:
    from qtapp.ui.quotes.article_status import missing_note

    assert missing_note(["date"]) == (
        "Needs you: date", "No reading rule found this article's date, so its citations lack it. Click here "
                           "(or Edit ▸ Article Details…) to add it.")
    assert missing_note(["title", "authors", "date"]) == (
        "Needs you: title, author, date", "No reading rule found this article's title, author and date, so its "
                                          "citations lack them. Click here (or Edit ▸ Article Details…) to add them.")


CORE = [UI.parent / "article", UI.parent / "library", UI.parent / "errors.py"]
# Every message the core raises is marked with ``qtapp.translatable.N_`` (and so shown translated by
# ``qtapp.ui.i18n.error_message``): a literal or an f-string handed straight to an error would reach the
# window in English. An f-string becomes a marked template with named placeholders, formatted after it.


def _core_files() -> list[Path]:
    return sorted(p for root in CORE for p in ([root] if root.is_file() else root.rglob("*.py")))


def _message_arguments(node: ast.AST) -> list[ast.expr]:
    """The text arguments of ``raise SomethingError(…)`` and of an error's own ``super().__init__(…)``."""
    if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
        return list(node.exc.args)  # every part of the message: ImportInvalid(where, problem)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__" \
            and isinstance(node.func.value, ast.Call) and _name(node.func.value.func) == "super":
        return list(node.args)
    return []


def _unmarked_messages(source: str, filename: str = "<source>") -> list[str]:
    """``file:line`` for each message (a literal or ``f"…"``) that skipped ``N_``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        for argument in _message_arguments(node):
            if _bare_text(argument) and not (isinstance(argument, ast.Call) and _name(argument.func) == "N_"):
                found.append(f"{filename}:{argument.lineno}")
    return found


def test_the_core_marks_every_message_it_raises() -> None:
    found = []
    for path in _core_files():
        found += _unmarked_messages(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert not found, "mark these with qtapp.translatable.N_ (a template, then .format):\n" + "\n".join(found)


@pytest.mark.parametrize("line", [
    'raise UserError("no such file")',
    'raise UserError(f"{path}: no such file")',
    'raise ImportInvalid(label, "it must be an object")',
    'super().__init__(f"cannot import: {where}")',
])
def test_the_core_check_catches_an_unmarked_message(line: str) -> None:
    assert _unmarked_messages(line)


@pytest.mark.parametrize("line", [
    'raise UserError(N_("Article", "no such file"))',
    'raise UserError(N_("Article", "{path}: no such file").format(path=path))',
    'raise ImportInvalid(label, N_("Import", "it must be an object"))',
    'raise UserError(str(error)) from error',
    'raise',
])
def test_the_core_check_accepts_marked_messages(line: str) -> None:
    assert not _unmarked_messages(line)


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate ships with the full PySide6 only")
def test_lupdate_extracts_the_cores_marked_strings(tmp_path: Path) -> None:
    target = tmp_path / "core.ts"
    done = subprocess.run([str(_lupdate()), *map(str, _core_files()), "-tr-function-alias",
                           "QT_TRANSLATE_NOOP+=N_", "-ts", str(target)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    root = ElementTree.fromstring(target.read_text(encoding="utf-8"))
    sources = {context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
               for context in root.iter("context")}
    assert "Check who said this" in sources["Checks"] and "URL" in sources["Fields"]
    assert any(text and text.startswith("the library {path} is locked") for text in sources["Library"])
