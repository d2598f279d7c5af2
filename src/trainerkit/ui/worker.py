"""Run a core function off the UI thread, with progress, cancel, and errors shown as a plain message.

The one helper every long job of the app goes through (export, slide pictures, packaging, bundles). A job
is a core function called as ``fn(progress, token)``: it reports ``progress(done, total, label)`` and checks
the ``CancelToken``; it knows nothing of Qt::

    job = run_job(lambda progress, token: export_decks(store, name, out, progress=progress, token=token),
                  parent=self, doing="exporting the decks", on_result=self._exported)
    cancel_button.clicked.connect(job.cancel)

Safe by construction (issue 12, a segfault under load):

* A pool thread runs only ``fn`` and a small wrapper. It never creates, touches or deletes a Qt object
  of ours: it emits on one relay ``QObject`` that is made once on the main thread and lives until the
  application ends, so no per-job ``QObject`` (and no widget) is ever referenced from a pool thread, and
  no Python reference a pool thread drops can delete one. ``fn`` must not capture widgets either: give it
  plain values (paths, names, numbers).
* ``fn`` returns plain data (paths, bytes, dataclasses). A result that holds a Qt object (a ``QImage``,
  a ``QPixmap``...) is refused with ``TypeError``: pictures are made into ``QImage`` on the main thread.
* Progress, result, error and "cancelled" reach the ``Job`` (a ``QObject`` of the main thread) through
  queued signals, so widgets only ever hear of a job on the main thread.
* ``stop_jobs(widget)`` cancels every job started for ``widget`` (or a widget inside it), waits until
  their pool threads have left them, and detaches them: nothing they report reaches a widget afterwards.
  Windows call it in ``closeEvent``, dialogs in ``done``, the app and tests through ``shutdown_jobs``.

Why not superqt's ``thread_worker``/``create_worker`` (napari's workers)? Two reasons, both shown with
superqt 0.9.0 before this was written: its ``WorkerBase.run`` replaces the process-wide
``warnings.showwarning`` inside ``warnings.catch_warnings()``, which is not thread-safe: with two workers
at once (the slide sorter always runs two) the global hook is left pointing at a finished worker, which
then swallows every later warning of the process and keeps that worker alive. And each worker owns a
``QObject`` of signals that the pool thread references, so which thread deletes it depends on which one
drops the last reference: the class of bug this module exists to rule out.

Errors never reach the trainer as a traceback: a ``TrainerKitError`` shows its own message, anything
else a plain sentence; the details expander says what was being done and where the log is (the log has
the traceback). ``Cancelled`` is not an error: it emits ``cancelled``.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget
from shiboken6 import Shiboken

from trainerkit import APP_NAME
from trainerkit.errors import Cancelled, TrainerKitError
from trainerkit.jobs import CancelToken, Progress
from trainerkit.ui.i18n import tr

log = logging.getLogger(__name__)

JobFunction = Callable[[Progress, CancelToken], Any]
STOP_WAIT_MS = 30_000  # how long closing a window waits for its jobs (they check their token often)
PICTURES = -1  # queue priority of background pictures: what the trainer asked for (export, pack...) goes first
RESULT, ERROR, CANCELLED = "result", "error", "cancelled"


def error_message(exc: BaseException, doing: str = "") -> tuple[str, str]:
    """(message, details) for a trainer: no traceback, the log file for the curious."""
    from trainerkit.fileio import writing_refused
    from trainerkit.paths import database_path, log_path
    from trainerkit.store.db import database_error

    if isinstance(exc, sqlite3.Error):  # a read-only or damaged database: the command line's one line
        exc = database_error(exc, database_path())
    refused = writing_refused(exc)  # a write-protected stick or folder: the trainer's to fix, as on the CLI
    if isinstance(exc, TrainerKitError) or refused is not None:
        message = str(refused or exc)
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


# ---- what a pool thread sees ----------------------------------------------------------------------
@dataclass
class _Run:
    """Everything a pool thread holds of a job: plain Python, no Qt object."""

    number: int
    fn: JobFunction
    token: CancelToken
    left: threading.Event = field(default_factory=threading.Event)  # set when the pool thread is done with it


class _Relay(QObject):
    """The one QObject pool threads emit on: made on the main thread, kept until the application ends."""

    progress = Signal(int, object, object, str)  # job number, done, total, label
    ended = Signal(int, str, object)  # job number, RESULT / ERROR / CANCELLED, value or exception

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # queued even when emitted on the main thread; delivered by this object's (the main) thread
        self.progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self.ended.connect(self._deliver_end, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object, str)
    def _deliver_progress(self, number: int, done: Any, total: Any, label: str) -> None:
        job = _ACTIVE.get(number)
        if job is not None:
            job.progress.emit(int(done), int(total), label)

    @Slot(int, str, object)
    def _deliver_end(self, number: int, outcome: str, value: Any) -> None:
        job = _ACTIVE.pop(number, None)
        if job is not None:
            job._end(outcome, value)


_relay: _Relay | None = None
_ACTIVE: dict[int, Job] = {}  # running jobs of the main thread, by number, until they end or are stopped
_numbers = itertools.count(1)


def _on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        app = QCoreApplication.instance()
        if app is None or not _on_main_thread():
            raise RuntimeError("jobs are started on the main thread of a running Qt application")
        _relay = _Relay(app)  # owned by the application: never deleted while a pool thread may emit on it
    return _relay


def _qt_object_in(value: Any, depth: int = 0) -> str | None:
    """The class name of a Qt object inside ``value`` (looked into lists, tuples, sets, dicts), else None."""
    if isinstance(value, Shiboken.Object):
        return type(value).__name__
    if depth >= 4:
        return None
    items: Any = ()
    if isinstance(value, dict):
        items = itertools.chain(value.keys(), value.values())
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    for item in items:
        found = _qt_object_in(item, depth + 1)
        if found:
            return found
    return None


def _work(run: _Run, relay: _Relay) -> None:
    """In a pool thread: call the job, report through the relay, touch nothing else of Qt."""

    def progress(done: int, total: int, label: str) -> None:
        relay.progress.emit(run.number, done, total, label)

    try:
        try:
            run.token.check()
            value = run.fn(progress, run.token)
            qt_object = _qt_object_in(value)
            if qt_object is not None:
                raise TypeError(
                    f"a background job returned a Qt object ({qt_object}); jobs return plain data "
                    "(paths, bytes) and the main thread makes pictures of it"
                )
        except Cancelled:
            relay.ended.emit(run.number, CANCELLED, None)
        except BaseException as exc:  # shown to the user by the Job, logged here with its traceback
            log.debug("job failed", exc_info=True)
            relay.ended.emit(run.number, ERROR, exc)
        else:
            relay.ended.emit(run.number, RESULT, value)
    finally:
        run.left.set()


# ---- what the main thread sees --------------------------------------------------------------------
class Job(QObject):
    """A running job, seen from the main thread: its signals, ``cancel()``, ``stop()`` and whether it is done.

    ``progress(done, total, label)``, then exactly one of ``succeeded(value)``, ``failed(exception)``,
    ``cancelled()``, then ``finished()``, all on the main thread. A job that was stopped says nothing more.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, doing: str, run: _Run, owner: QObject | None) -> None:
        super().__init__()
        self.doing = doing
        self.token = run.token
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._run = run
        self._owner = weakref.ref(owner) if owner is not None else None

    @property
    def left(self) -> bool:
        """True once the pool thread has left the job (finished, failed, cancelled or never started)."""
        return self._run.left.is_set()

    def owner(self) -> QObject | None:
        """The widget the job was started for (None when none was given, or it is gone)."""
        return self._owner() if self._owner is not None else None

    def cancel(self) -> None:
        """Ask the job to stop at its next check (the Cancel button); ``cancelled`` follows."""
        self.token.cancel()

    def stop(self, wait_ms: int = STOP_WAIT_MS) -> bool:
        """Cancel, wait until the pool thread has left the job, and say nothing more. True if it left in time."""
        self.token.cancel()
        left = self._run.left.wait(wait_ms / 1000)
        if not left:
            log.warning("a background job (%s) did not stop within %d ms", self.doing, wait_ms)
        _ACTIVE.pop(self._run.number, None)
        self.done = True
        return left

    def _end(self, outcome: str, value: Any) -> None:
        self.done = True
        if outcome == RESULT:
            self.result = value
            self.succeeded.emit(value)
        elif outcome == ERROR:
            self.error = value
            self.failed.emit(value)
        else:
            self.cancelled.emit()
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
    priority: int = 0,
) -> Job:
    """Start ``fn(progress, token)`` on the thread pool for ``parent``; errors default to ``show_error``.

    Call on the main thread. ``fn`` must not hold widgets and must return plain data (see the module).
    Among queued jobs a higher ``priority`` starts first (``PICTURES`` for work nobody waits for).
    ``stop_jobs(parent)`` (or of a window containing it) cancels and awaits the job.
    """
    relay = _the_relay()
    run = _Run(next(_numbers), fn, CancelToken())
    job = Job(doing, run, parent)
    if on_result is not None:
        job.succeeded.connect(on_result)
    if on_progress is not None:
        job.progress.connect(on_progress)
    if on_cancelled is not None:
        job.cancelled.connect(on_cancelled)
    job.failed.connect(on_error if on_error is not None else (lambda exc: show_error(parent, exc, doing)))
    _ACTIVE[run.number] = job
    (pool or QThreadPool.globalInstance()).start(lambda: _work(run, relay), priority)
    return job


def _inside(obj: QObject | None, widget: QObject) -> bool:
    while obj is not None and Shiboken.isValid(obj):
        if obj is widget:
            return True
        obj = obj.parent()
    return False


def stop_jobs(widget: QObject | None = None, wait_ms: int = STOP_WAIT_MS) -> bool:
    """Cancel and await the running jobs of ``widget`` and of the widgets inside it (all jobs for None).

    Call it before a window or dialog goes away (``closeEvent``, ``done``). True if all stopped in time.
    """
    jobs = [job for job in list(_ACTIVE.values()) if widget is None or _inside(job.owner(), widget)]
    for job in jobs:
        job.token.cancel()
    return all([job.stop(wait_ms) for job in jobs])


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
    return list(_ACTIVE.values())


def shutdown_jobs(wait_ms: int = STOP_WAIT_MS) -> bool:
    """Cancel and await every job, then wait for the pool's threads (before the app exits). True if all ended."""
    stopped = stop_jobs(None, wait_ms)
    return QThreadPool.globalInstance().waitForDone(wait_ms) and stopped
