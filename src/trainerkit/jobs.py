"""Progress and cancellation for long work, without Qt.

Every long core function takes ``progress: Progress`` (called as ``progress(done, total, label)``) and a
``CancelToken``; it calls ``token.check()`` between units of work, which raises ``Cancelled``. The UI
wraps these in a worker thread and turns the callback into a signal; the CLI prints or ignores them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from trainerkit.errors import Cancelled

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """The default progress callback: report nothing."""


def part_of(progress: Progress, index: int, parts: int, resolution: int = 1000) -> Progress:
    """The progress of part ``index`` (0-based) of ``parts`` equal parts, reported as a share of the whole.

    Long jobs made of steps that each report their own (done, total) would make a progress bar jump
    back to zero at every step; wrapping each step's callback keeps the bar moving forward."""

    def report(done: int, total: int, label: str) -> None:
        fraction = min(max(done / total, 0.0), 1.0) if total else 0.0
        progress(int((index + fraction) * resolution), parts * resolution, label)

    return report


class CancelToken:
    """Set from any thread (the UI's Cancel button); checked by the worker between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
