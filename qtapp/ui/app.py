"""Starting the window: the QApplication, the first article, and the one-shot screenshot mode.

``--screenshot`` builds the window at 1200×800, waits until the document is laid out, grabs the
window and exits: it is how the README images are made and how start-up time is measured.
The window's own run opens a team library in the background (``quotes/team_opening.py``): the window
shows "Connecting…" at once; a screenshot waits for the team's quotes listed (the first page a reader
process read at launch, ``library/postgres/early_read.py``, or the library opened), so it pictures the
window settled.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qtapp import APP_ID, APP_NAME, __version__
from qtapp.errors import UserError
from qtapp.ui import headless

SCREENSHOT_SIZE = (1200, 800)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The desktop entry's id: Wayland compositors and docks match the window to its entry and icon by it.
    app.setDesktopFileName(APP_ID)
    return app


def quiet_offscreen_notices(app: QApplication) -> None:
    """Drop the offscreen platform's "This plugin does not support …" notices (window sizing hints it
    cannot honour): harmless, yet printed at every headless run and screenshot. Other messages pass."""
    if app.platformName() != "offscreen":
        return
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith("This plugin does not support"):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    previous = qInstallMessageHandler(handler)


def wait_for_layout(window: object) -> None:
    """Lay the whole reader document out now (Qt does it lazily, block by block, while painting)."""
    from qtapp.ui.reader import lay_out_to

    document = window.reader.document()  # type: ignore[attr-defined]
    lay_out_to(document, document.lastBlock())


def wait_for_library(window: object) -> None:
    """Until a team library opening in the background lists its quotes: its first page read by the
    start's reader process, or the library opened (or said why it could not)."""
    library = getattr(getattr(window, "quotes", None), "library", None)
    if library is None or not library.connecting or library.early_rows is not None:
        return
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    library.switched.connect(loop.quit)
    library.earlyListed.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)  # libpq's connect_timeout ends it long before
    if library.connecting and library.early_rows is None:
        loop.exec()


def _building(main_window: type) -> object:
    """The window, a team library opening in the background while it builds and shows."""
    from qtapp.ui.quotes.service import QuoteLibrary

    QuoteLibrary.open_team_in_background = True
    try:
        return main_window()
    finally:
        QuoteLibrary.open_team_in_background = False


def take_screenshot(window: object, out: str | Path) -> None:
    """Grab the laid-out window into ``out``; raises UserError when the image cannot be written."""
    QApplication.processEvents()  # the window's own pending layout (docks sized on first show) first
    wait_for_layout(window)
    image = window.grab()  # type: ignore[attr-defined]
    if image.isNull() or not image.save(str(out)):
        raise UserError(f"cannot write the screenshot to {out}: check the folder exists and is writable")


def settle_collection() -> None:
    """Collect garbage again, now that the window is painted (the program's entry paused it).

    Start-up builds thousands of objects that live as long as the window — modules, classes, widgets'
    wrappers, the article — and frees almost nothing: collections during it only walk them again, and so
    would every full collection later and the one at exit. ``gc.freeze`` keeps them out of all of
    those (measured: ~25 ms less from launch to exit, mostly at exit).
    """
    gc.freeze()
    gc.enable()


def run_window(file: str | None, screenshot: str | None = None, *, own_process: bool = False) -> int:
    """Open the window on ``file`` (else the last article, else the seed); with ``screenshot``, render
    it once to that PNG and exit 0. ``own_process``: the program's entry paused garbage collection for
    start-up, and the window resumes it once painted."""
    app = application()
    quiet_offscreen_notices(app)
    from qtapp.ui import crash_hook, i18n, single_instance
    from qtapp.ui.icons import app_icon
    from qtapp.ui.main_window import MainWindow  # not for start-up: widgets need the QApplication first

    crash_hook.install()  # a bug in a slot shows a copyable report instead of vanishing into stderr
    i18n.install(app)  # before any widget: actions translate their texts when built
    app.setWindowIcon(app_icon())  # dialogs and the task switcher, not only the main window

    if not screenshot and single_instance.send_to_running(file):
        return 0  # the open window took the file, as desktop apps do
    if not screenshot:
        from qtapp.quote_link import is_quote_link

        link = file if is_quote_link(file) else None
        window = cast(MainWindow, _building(MainWindow))
        window.open_initial(None if link else file)
        window.show()
        if link is not None:
            from qtapp.ui.quote_links import open_quote_link

            open_quote_link(window, link)
        QTimer.singleShot(0, lambda: single_instance.serve(window))  # after the first paint
        if own_process:
            QTimer.singleShot(0, settle_collection)  # after the first paint, which show() posted
        return app.exec()
    headless.start()
    try:
        return _screenshot(app, MainWindow, file, screenshot, own_process)
    finally:
        headless.stop()


def _screenshot(app: QApplication, window_class: type, file: str | None, screenshot: str,
                own_process: bool) -> int:
    """The ``--screenshot`` run: no dialog may wait for an answer, so every message ends it (exit 2)."""
    from qtapp.ui.opening import read_article

    # Read here, on the command line's thread: a failure is a message, not a box nobody sees, and a
    # large file is not handed to a background read the window would close under.
    opened = read_article(file) if file else None
    window: Any = _building(window_class)
    if opened is not None and file is not None:
        window.show_article(*opened, Path(file).resolve())
    else:
        window.open_initial(None)
    if headless.messages:
        _discard(window)
        raise UserError(headless.messages[0])
    window.resize(*SCREENSHOT_SIZE)
    window.hint_bar.hide()  # README images show the reading layout; the hint stays due for the user
    window.show()
    result: list[BaseException] = []

    def capture() -> None:
        wait_for_library(window)
        try:
            take_screenshot(window, screenshot)
        except UserError as error:
            result.append(error)
        if own_process:
            settle_collection()
        window.close()
        app.quit()

    QTimer.singleShot(0, capture)
    app.exec()
    if result:
        raise result[0]
    if headless.messages:
        _discard(window)
        raise UserError(headless.messages[0])
    return 0


def _discard(window: object) -> None:
    """Close a window the run gives up on, and its library (a test's process goes on)."""
    library = getattr(getattr(window, "quotes", None), "library", None)
    if library is not None:
        library.close()
    window.close()  # type: ignore[attr-defined]
