"""The agenda a course will follow: the trainer's edited agenda when there is one, else the guide's sample.

Both the USB index page and the preflight check read it through ``agenda_days``, so they can never
disagree about how long a session's slots are. Never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainerkit.course.model import Course, to_minutes
from trainerkit.recipe import CourseState


@dataclass(frozen=True)
class Slot:
    day: int
    start: str
    end: str
    kind: str
    title: str
    session: int | None

    @property
    def minutes(self) -> int:
        try:
            return max(0, to_minutes(self.end) - to_minutes(self.start))
        except (ValueError, AttributeError):
            return 0


def _slot(day: int, raw: dict[str, Any]) -> Slot:
    session = raw.get("session")
    return Slot(
        day=day,
        start=str(raw.get("start", "")),
        end=str(raw.get("end", "")),
        kind=str(raw.get("kind", "session" if session else "")),
        title=str(raw.get("title", "")),
        session=int(session) if session not in (None, "") else None,
    )


def agenda_days(course: Course, state: CourseState) -> list[tuple[int, list[Slot]]]:
    """``[(day number, slots)]`` in order; the edited agenda (a change of kind 'agenda') wins."""
    edited = (state.agenda or {}).get("days") if state.agenda else None
    if edited:
        return [
            (int(d.get("day", i + 1)), [_slot(int(d.get("day", i + 1)), s) for s in d.get("slots", [])])
            for i, d in enumerate(edited)
        ]
    return [
        (d.day, [Slot(d.day, s.start, s.end, s.kind, s.title, s.session) for s in d.slots]) for d in course.agenda.days
    ]


def agenda_minutes(course: Course, state: CourseState) -> dict[int, int]:
    """Minutes the agenda gives each session (sessions absent from the agenda are absent here)."""
    minutes: dict[int, int] = {}
    for _day, slots in agenda_days(course, state):
        for slot in slots:
            if slot.session is not None:
                minutes[slot.session] = minutes.get(slot.session, 0) + slot.minutes
    return minutes
