"""Background work in the window is safe by construction (issue 12: a segfault in the suite under load).

- Pool threads never create, touch or delete a Qt object: they return plain values (paths, bytes,
  dataclasses); pictures become ``QImage`` on the main thread; a job that returns a Qt object fails.
- Results reach widgets only through queued signals, on the main thread.
- Jobs are cancelled and awaited before their widget or window goes away; nothing runs after.
- The installed PySide6 does not lose references when a signal is emitted (6.12.0 does: every
  ``emit()`` from Python takes one reference from ``True``, and after a few thousand the interpreter dies).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from trainerkit.errors import Cancelled
from trainerkit.jobs import CancelToken, Progress
from trainerkit.ui.main_window import MainWindow
from trainerkit.ui.worker import active_jobs, run_job, shutdown_jobs, stop_jobs

MAIN = threading.main_thread()
_GIVEN_BACK: list[bool] = []


class _Emitter(QObject):
    ping = Signal()
    data = Signal(int, object)


def test_emitting_a_signal_keeps_reference_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 drops a reference to True on every emit (pyproject excludes it): this test catches it."""
    emitter = _Emitter()
    got: list[int] = []
    emitter.ping.connect(lambda: got.append(0))
    emitter.data.connect(lambda n, _o: got.append(n))
    before = sys.getrefcount(True)
    for n in range(300):
        emitter.ping.emit()
        emitter.data.emit(n, "x")
    assert len(got) == 600
    lost = before - sys.getrefcount(True)
    _GIVEN_BACK.extend([True] * max(lost, 0))  # so a broken PySide6 fails this test, not the whole session
    assert lost <= 5, f"emitting 600 signals lost {lost} references to True (PySide6 6.12.0 does)"


@pytest.fixture
def qt_off_main_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records every QImage or QPixmap made outside the main thread (the class of the issue-12 crash)."""
    offenders: list[str] = []
    for cls in (QImage, QPixmap):
        original = cls.__init__

        def init(self: Any, *args: Any, _original: Any = original, _name: str = cls.__name__, **kwargs: Any) -> None:
            if threading.current_thread() is not MAIN:
                offenders.append(f"{_name} in {threading.current_thread().name}")
            _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)
    yield offenders


@pytest.fixture
def window(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRAINERKIT_NO_LIBREOFFICE", "1")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.create_course("Mombasa", "Kenya")
    yield window
    window.close()
    shutdown_jobs()


def test_slide_pictures_are_made_into_images_on_the_main_thread_only(qtbot, qt_off_main_thread, window) -> None:  # type: ignore[no-untyped-def]
    window.select_session(2)
    qtbot.waitUntil(window.sorter.pictures_complete, timeout=120_000)
    assert window.sorter.model.has_all_images()
    assert qt_off_main_thread == []


def test_a_job_that_returns_a_qt_object_fails_instead_of_handing_it_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress: Progress, token: CancelToken) -> Any:
        return {"picture": [QImage(4, 4, QImage.Format.Format_RGB32)]}

    job = run_job(work, parent=None, doing="drawing", on_error=lambda exc: None)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert isinstance(job.error, TypeError) and "QImage" in str(job.error)
    assert job.result is None


def test_results_and_progress_arrive_on_the_main_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, bool]] = []

    def work(progress: Progress, token: CancelToken) -> str:
        for n in range(5):
            progress(n, 5, f"step {n}")
        return "done"

    job = run_job(
        work,
        parent=None,
        doing="counting",
        on_progress=lambda d, t, label: seen.append((label, threading.current_thread() is MAIN)),
        on_result=lambda value: seen.append((value, threading.current_thread() is MAIN)),
    )
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert [label for label, _ in seen] == ["step 0", "step 1", "step 2", "step 3", "step 4", "done"]
    assert all(on_main for _, on_main in seen)


def _slow_job(started: threading.Event, running: list[int]) -> Any:
    def work(progress: Progress, token: CancelToken) -> str:
        running.append(1)
        started.set()
        try:
            for _ in range(400):  # up to 20 s unless cancelled
                token.check()
                time.sleep(0.05)
            return "finished"
        finally:
            running.pop()

    return work


def test_closing_the_window_cancels_and_awaits_its_jobs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    started, running = threading.Event(), []
    delivered: list[object] = []
    job = run_job(_slow_job(started, running), parent=window.sorter, doing="waiting", on_result=delivered.append)
    assert started.wait(60)
    window.close()  # closeEvent: cancel, then wait for the pool thread to leave the job
    assert running == [], "a job of the window still runs after the window closed"
    assert job.done and job.left and job.token.cancelled
    assert job not in active_jobs()
    qtbot.wait(100)
    assert delivered == []  # nothing reaches the closed window's widgets afterwards


def test_closing_the_window_with_pictures_pending_waits_for_the_picture_jobs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_session(3)
    sorter_jobs = [job for job in active_jobs() if job.owner() is window.sorter]
    assert sorter_jobs, "the sorter asked for pictures"
    window.close()
    assert all(job.done and job.left for job in sorter_jobs)
    assert not [job for job in active_jobs() if job.owner() is window.sorter]


def test_a_dialog_that_closes_stops_its_job(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.export_dialog()
    assert dialog is not None
    dialog.folder.setText(str(tmp_path / "out"))
    job = dialog.start()
    dialog.reject()  # the trainer closes the window while it exports
    assert job.done and job.left and job.token.cancelled
    assert job not in active_jobs()


def test_stop_jobs_only_stops_the_jobs_of_that_widget(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    started, running = threading.Event(), []
    other = run_job(_slow_job(started, running), parent=None, doing="elsewhere", on_error=lambda exc: None)
    assert started.wait(60)
    assert stop_jobs(window.sorter)
    assert not other.done and not other.token.cancelled
    other.cancel()
    qtbot.waitUntil(lambda: other.done, timeout=10_000)
    assert other.error is None and other.result is None


def test_cancelled_is_not_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    cancelled: list[bool] = []

    def work(progress: Progress, token: CancelToken) -> None:
        raise Cancelled()

    job = run_job(work, parent=None, doing="nothing", on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert cancelled == [True] and job.error is None
