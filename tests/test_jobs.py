"""Long work reports progress that only moves forward and can be cancelled."""

from __future__ import annotations

import pytest

from trainerkit.errors import Cancelled
from trainerkit.jobs import CancelToken


def test_progress_of_steps_never_goes_backwards() -> None:
    from trainerkit.jobs import part_of

    seen: list[float] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(done / total)

    for step in range(3):
        sub = part_of(progress, step, 3)
        for done in range(5):
            sub(done, 4, "working")
    assert seen == sorted(seen)
    assert seen[0] == 0.0 and seen[-1] == 1.0


def test_a_cancelled_token_stops_work_at_the_next_check() -> None:
    token = CancelToken()
    token.check()
    token.cancel()
    with pytest.raises(Cancelled):
        token.check()
