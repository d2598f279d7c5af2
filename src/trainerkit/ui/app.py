"""Start the desktop app: logging, the QApplication, the main window, and a last-resort error box."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from trainerkit import APP_NAME, __version__
from trainerkit.logsetup import setup_logging
from trainerkit.paths import resources_dir

if TYPE_CHECKING:
    from trainerkit.ui.main_window import MainWindow

log = logging.getLogger("trainerkit.ui")


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors: the log gets the traceback, the trainer a plain message with details (no traceback)."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(kind, value, tb)
        return
    from trainerkit.ui.worker import error_message

    message, details = error_message(value)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message)
    box.setDetailedText(details)
    box.exec()


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    add_bundled_fonts()
    return app


def add_bundled_fonts() -> list[str]:
    """Register the fonts of ``resources/fonts`` (DejaVu Sans, Noto Sans Arabic, Noto Sans Symbols2, Noto
    Emoji) with Qt, so the app draws what the printed material draws (emoji, Arabic, symbols typed in the
    profile or notes) even on a computer without such fonts; returns the families added."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def _smoke_test_args(argv: list[str]) -> tuple[bool, str | None]:
    """(``--smoke-test`` given, the course named by ``--open NAME``) from the command line."""
    smoke = "--smoke-test" in argv
    name = argv[argv.index("--open") + 1] if "--open" in argv[:-1] else None
    return smoke, name


def _smoke_test(window: MainWindow, app: QApplication, course: str | None) -> None:
    """Hidden ``--smoke-test``: once the window is shown and the event loop has run, open ``course`` (if
    given), report on stdout as one JSON line, and close the window, which quits the app.

    ``usable_after_s`` counts seconds from the process's start to the first turn of the event loop with
    the window shown; exit code 1 when the course cannot be opened.
    """
    import json
    import time

    import psutil

    usable = time.time() - psutil.Process().create_time()
    report: dict[str, object] = {"smoke_test": "ok", "usable_after_s": round(usable, 3), "visible": window.isVisible()}
    if course is not None:
        from trainerkit.errors import TrainerKitError

        try:  # the controller, not window.open_course: its error box would wait for a click
            window.controller.open(course)
            opened = True
        except TrainerKitError as exc:
            opened = False
            report["error"] = str(exc)
        app.processEvents()
        report.update(course=course, opened=opened, title=window.windowTitle())
        if not opened:
            report["smoke_test"] = "failed"
            app.setProperty("smoke_exit", 1)
    if sys.stdout is not None:
        print(json.dumps(report), flush=True)
    window.close()
    QTimer.singleShot(0, app.quit)


def main() -> None:
    setup_logging()
    smoke, smoke_course = _smoke_test_args(sys.argv[1:])
    app = create_app()
    from trainerkit.ui.i18n import choose_language, install_language

    install_language(app, choose_language(sys.argv[1:]))  # --lang, TRAINERKIT_LANG, the saved choice, the system
    sys.excepthook = _excepthook
    from trainerkit.errors import TrainerKitError
    from trainerkit.ui.main_window import MainWindow
    from trainerkit.ui.worker import shutdown_jobs

    try:
        window = MainWindow(open_last=not smoke)
    except TrainerKitError as exc:
        if smoke:
            print(f"Error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(exc))
        sys.exit(1)
    window.show()
    if smoke:
        QTimer.singleShot(0, lambda: _smoke_test(window, app, smoke_course))
    code = app.exec()
    shutdown_jobs()
    sys.exit(code or int(app.property("smoke_exit") or 0))


if __name__ == "__main__":
    main()
