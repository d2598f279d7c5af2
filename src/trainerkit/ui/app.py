"""Start the desktop app: logging, the QApplication, the main window, and a last-resort error box."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from trainerkit import APP_NAME, __version__
from trainerkit.logsetup import setup_logging

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
    return app


def main() -> None:
    setup_logging()
    app = create_app()
    sys.excepthook = _excepthook
    from trainerkit.errors import TrainerKitError
    from trainerkit.ui.main_window import MainWindow
    from trainerkit.ui.worker import shutdown_jobs

    try:
        window = MainWindow(open_last=True)
    except TrainerKitError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        sys.exit(1)
    window.show()
    code = app.exec()
    shutdown_jobs()
    sys.exit(code)


if __name__ == "__main__":
    main()
