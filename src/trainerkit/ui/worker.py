"""Run a core function off the UI thread, with progress, cancel, and errors shown as a plain message.

The one helper every long job of the app goes through (export, slide pictures, packaging). A job is a
core function called as ``fn(progress, token)``: it reports ``progress(done, total, label)`` and checks the
``CancelToken``; it knows nothing of Qt. ``run_job`` runs it on the global ``QThreadPool`` and turns the
callback into signals on a ``Job`` that lives in the UI thread::

    job = run_job(lambda progress, token: export_decks(store, name, out, progress=progress, token=token),
                  parent=self, doing="exporting the decks", on_result=self._exported)
    cancel_button.clicked.connect(job.cancel)

Errors never reach the trainer as a traceback: a ``TrainerKitError`` shows its own message, anything
else a plain sentence; the details expander says what was being done and where the log is (the log has
the traceback). ``Cancelled`` is not an error: it emits ``cancelled``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget

from trainerkit import APP_NAME
from trainerkit.errors import Cancelled, TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.ui.i18n import tr

log = logging.getLogger(__name__)

JobFunction = Callable[[Progress, CancelToken], Any]
_ACTIVE: set[Job] = set()  # keeps running jobs (and their signals) alive until they finish


def error_message(exc: BaseException, doing: str = "") -> tuple[str, str]:
    """(message, details) for a trainer: no traceback, the log file for the curious."""
    from trainerkit.paths import database_path, log_path
    from trainerkit.store.db import database_error

    if isinstance(exc, sqlite3.Error):  # a read-only or damaged database: the command line's one line
        exc = database_error(exc, database_path())
    if isinstance(exc, TrainerKitError):
        message = str(exc)
    else:
        message = (
            tr("worker", "Something went wrong while {doing}. Nothing you did caused this; please try again.").format(
                doing=doing
            )
            if doing
            else tr("worker", "Something went wrong. Nothing you did caused this; please try again.")
        )
    details = []
    if doing:
        details.append(tr("worker", "What TrainerKit was doing: {doing}.").format(doing=doing))
    details.append(tr("worker", "Error: {kind}: {exc}").format(kind=type(exc).__name__, exc=exc))
    try:
        details.append(tr("worker", "The full report is in the log file: {log_path}").format(log_path=log_path()))
    except OSError:
        pass
    return message, "\n".join(details)


def show_error(parent: QWidget | None, exc: BaseException, doing: str = "") -> QMessageBox:
    """A window-modal message box with a "Show Details..." expander; returns without blocking."""
    message, details = error_message(exc, doing)
    if not isinstance(exc, TrainerKitError):
        log.error("error while %s", doing or "working", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Warning if isinstance(exc, TrainerKitError) else QMessageBox.Icon.Critical,
        APP_NAME,
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(details)
    box.setAccessibleName(tr("worker", "Error message"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Signals(QObject):
    progress = Signal(int, int, str)
    result = Signal(object)
    error = Signal(object)
    cancelled = Signal()
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: JobFunction, token: CancelToken, signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._token = token
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            try:
                value = self._fn(self._progress, self._token)
            except Cancelled:
                self._signals.cancelled.emit()
            except BaseException as exc:  # shown to the user by the Job, logged here with its traceback
                log.debug("job failed", exc_info=True)
                self._signals.error.emit(exc)
            else:
                self._signals.result.emit(value)
            finally:
                self._signals.finished.emit()
        except RuntimeError:  # the app is closing and the Job is gone: nobody is listening any more
            log.debug("job finished after its window closed")

    def _progress(self, done: int, total: int, label: str) -> None:
        try:
            self._signals.progress.emit(done, total, label)
        except RuntimeError:
            self._token.cancel()


class Job(QObject):
    """A running job, seen from the UI thread: its signals, ``cancel()``, and whether it is done."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, doing: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doing = doing
        self.token = CancelToken()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.result.connect(self._on_result)
        self._signals.error.connect(self._on_error)
        self._signals.cancelled.connect(self.cancelled)
        self._signals.finished.connect(self._on_finished)

    def cancel(self) -> None:
        self.token.cancel()

    def _on_result(self, value: object) -> None:
        self.result = value
        self.succeeded.emit(value)

    def _on_error(self, exc: BaseException) -> None:
        self.error = exc
        self.failed.emit(exc)

    def _on_finished(self) -> None:
        self.done = True
        _ACTIVE.discard(self)
        self.finished.emit()


def run_job(
    fn: JobFunction,
    *,
    parent: QWidget | None,
    doing: str,
    on_result: Callable[[Any], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Start ``fn(progress, token)`` on the thread pool; errors default to ``show_error(parent, ...)``."""
    job = Job(doing)
    if on_result is not None:
        job.succeeded.connect(on_result)
    if on_progress is not None:
        job.progress.connect(on_progress)
    if on_cancelled is not None:
        job.cancelled.connect(on_cancelled)
    job.failed.connect(on_error if on_error is not None else (lambda exc: show_error(parent, exc, doing)))
    _ACTIVE.add(job)
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, job.token, job._signals))
    return job


def show_progress(bar: QProgressBar, label: QLabel, done: int, total: int, text: str) -> None:
    """A job's progress in a dialog's bar and status line (the dialogs word ``text`` their own way)."""
    bar.setRange(0, max(total, 1))
    bar.setValue(done)
    label.setText(text)


def cancel_running(job: Job | None, label: QLabel) -> bool:
    """Cancel ``job`` if it still runs and say so; False when there was nothing to cancel (close instead)."""
    if job is None or job.done:
        return False
    job.cancel()
    label.setText(tr("worker", "Cancelling…"))
    return True


def active_jobs() -> list[Job]:
    return list(_ACTIVE)


def shutdown_jobs(wait_ms: int = 10_000) -> bool:
    """Cancel every running job and wait for the pool's threads (before the app exits). True if all ended."""
    for job in list(_ACTIVE):
        job.cancel()
    return QThreadPool.globalInstance().waitForDone(wait_ms)
