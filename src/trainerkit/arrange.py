"""Arranging a course by drag and drop, as core changes: slides moved as a block, and the edited agenda.

The app's slide sorter and agenda builder are drag and drop; this module turns what was dropped where
into the changes the store records (``move`` per slide, one ``agenda`` change for the whole agenda), and
computes what the agenda builder shows (times, totals per day, warnings against the guide's plan). The
CLI can call all of it. Never imports Qt.
"""

from __future__ import annotations

from typing import Any

from trainerkit.course import Course
from trainerkit.course.model import SLOT_KINDS
from trainerkit.courseops.arrangement import (  # re-exported: the pure maths lives below the course object
    block_move_plan as block_move_plan,
)
from trainerkit.courseops.arrangement import checked_agenda as checked_agenda
from trainerkit.courseops.arrangement import guide_agenda as guide_agenda
from trainerkit.courseops.arrangement import hhmm as hhmm
from trainerkit.courseops.arrangement import retime as retime
from trainerkit.courseops.course import OpenCourse
from trainerkit.durations import format_duration
from trainerkit.errors import InvalidInputError
from trainerkit.store import Store
from trainerkit.store.courses import Change


# ---- slides -----------------------------------------------------------------------------------------
def move_slides(store: Store, name: str, session: int, keys: list[str], before: int) -> list[Change]:
    """Move ``keys`` of ``session`` as a block before row ``before``: one undo step for the whole drag."""
    change = OpenCourse.open(store, name).move_block(session, keys, before).change
    return [change] if change is not None else []


# ---- agenda -----------------------------------------------------------------------------------------
def duration_text(minutes: int) -> str:
    """``trainerkit.durations.format_duration`` (kept for the agenda builder's callers)."""
    return format_duration(minutes)


def course_agenda(store: Store, name: str) -> list[dict[str, Any]]:
    """The course's agenda: the trainer's edited one, else the guide's."""
    return OpenCourse.open(store, name).agenda()


def new_slot(course: Course, kind: str, session: int | None = None, minutes: int | None = None) -> dict[str, Any]:
    """A slot to drop on a day: a session (the guide's planned time by default) or a break, lunch, ..."""
    if kind not in SLOT_KINDS:
        raise InvalidInputError(f"'{kind}' is not a kind of agenda slot ({', '.join(SLOT_KINDS)}).")
    if kind == "session":
        if session is None:
            raise InvalidInputError("Say which session the slot is for.")
        s = course.session(session)
        return {"kind": kind, "session": session, "part": "", "title": s.title, "minutes": minutes or s.planned_minutes}
    defaults = {"break": 15, "lunch": 60, "recap": 15, "wrap-up": 15, "evaluation": 30}
    titles = {
        "break": "Break",
        "lunch": "Lunch break",
        "recap": "Daily recap",
        "wrap-up": "Wrap-up",
        "evaluation": "Evaluation",
    }
    return {"kind": kind, "session": None, "part": "", "title": titles[kind], "minutes": minutes or defaults[kind]}


def minutes_per_session(days: list[dict[str, Any]]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for day in days:
        for slot in day.get("slots", []):
            if slot.get("kind") == "session" and slot.get("session") is not None:
                totals[int(slot["session"])] = totals.get(int(slot["session"]), 0) + int(slot["minutes"])
    return totals


def agenda_warnings(
    course: Course, days: list[dict[str, Any]], sessions: list[int] | None = None, fitted: frozenset[int] = frozenset()
) -> list[str]:
    """Sentences for the trainer, in the user's language (``trainerkit.messages``): sessions given less
    time than the guide plans (not those in ``fitted``, whose plan the trainer fitted), or left off the
    agenda."""
    from trainerkit.messages import _

    totals = minutes_per_session(days)
    warnings = []
    for session in course.sessions:
        if sessions is not None and session.number not in sessions:
            continue
        got = totals.get(session.number, 0)
        planned = session.planned_minutes
        if got == 0:
            warnings.append(_("Session {number} is not on the agenda.").format(number=session.number))
        elif got < planned and session.number not in fitted:
            warnings.append(
                _("Session {number} gets {got}; the guide plans {planned}.").format(
                    number=session.number, got=duration_text(got), planned=duration_text(planned)
                )
            )
    return warnings


def course_agenda_warnings(course: Course, state: Any, days: list[dict[str, Any]]) -> list[str]:
    """Every warning on course ``state``'s agenda ``days`` (the ``agenda --json`` shape, as the course has
    it): sessions short of their plan or missing (``agenda_warnings``; a session whose plan the trainer
    fitted to its time no longer counts as short), then, per day, a plan that runs past the break that
    follows its slot and stretches without a break (``course.plan_fit.day_shape_warnings``)."""
    from trainerkit.course.model import AgendaSlot
    from trainerkit.course.plan_fit import day_shape_warnings, fit_plan, fitted_minutes
    from trainerkit.messages import _

    chosen = {s.number: s for s in course.sessions if s.number in state.sessions}
    given = minutes_per_session(days)
    fits_now = set()
    for number, fit in state.plan_fits.items():
        fitted = fitted_minutes(fit_plan(chosen[number], given.get(number), fit)) if number in chosen else None
        if fitted is not None and fitted <= given.get(number, 0):
            fits_now.add(number)
    warnings = agenda_warnings(course, days, state.sessions, frozenset(fits_now))
    placed = [
        (
            int(day.get("day", number)),
            [
                AgendaSlot(
                    str(slot.get("start", "")),
                    str(slot.get("end", "")),
                    str(slot.get("kind", "")),
                    str(slot.get("title", "")),
                    "",
                    session=int(slot["session"]) if slot.get("session") not in (None, "") else None,
                )
                for slot in day.get("slots", [])
            ],
        )
        for number, day in enumerate(days, start=1)
    ]
    shape = day_shape_warnings(placed, chosen, state.plan_fits)
    return warnings + [_("Day {day}").format(day=w.day) + f": {w.message}" for w in shape]


def save_agenda(store: Store, name: str, days: list[dict[str, Any]]) -> Change:
    """Record the whole edited agenda as one ``agenda`` change (one undo step)."""
    change = OpenCourse.open(store, name).save_agenda(days).change
    assert change is not None
    return change


__all__ = [
    "agenda_warnings",
    "block_move_plan",
    "course_agenda",
    "course_agenda_warnings",
    "duration_text",
    "guide_agenda",
    "minutes_per_session",
    "move_slides",
    "new_slot",
    "retime",
    "save_agenda",
]
