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
