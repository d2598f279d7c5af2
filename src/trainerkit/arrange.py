"""Arranging a course by drag and drop, as core changes: slides moved as a block, and the edited agenda.

The app's slide sorter and agenda builder are drag and drop; this module turns what was dropped where
into the changes the store records (``move`` per slide, one ``agenda`` change for the whole agenda), and
computes what the agenda builder shows (times, totals per day, warnings against the guide's plan). The
CLI can call all of it. Never imports Qt.
"""

from __future__ import annotations

import copy
from typing import Any

from trainerkit.course import Course
from trainerkit.course.model import SLOT_KINDS, to_minutes
from trainerkit.errors import InvalidInputError
from trainerkit.store import Store
from trainerkit.store.courses import Change


# ---- slides -----------------------------------------------------------------------------------------
def _moved(order: list[str], key: str, index: int) -> list[str]:
    rest = [k for k in order if k != key]
    rest.insert(max(0, min(index, len(rest))), key)
    return rest


def block_move_plan(order: list[str], keys: list[str], before: int) -> list[tuple[str, int]]:
    """The ``(key, 1-based position)`` moves that put ``keys`` as a block before row ``before`` (0-based,
    ``len(order)`` for the end), moving only those slides. Empty when nothing would change."""
    block = [k for k in order if k in set(keys)]
    if not block:
        return []
    before = max(0, min(before, len(order)))
    shift = sum(1 for k in order[:before] if k in set(block))
    rest = [k for k in order if k not in set(block)]
    at = before - shift
    desired = rest[:at] + block + rest[at:]
    if desired == order:
        return []
    for sequence in (block, list(reversed(block))):
        current, moves = list(order), []
        for key in sequence:
            index = desired.index(key)
            if current.index(key) != index:
                current = _moved(current, key, index)
                moves.append((key, index + 1))
        if current == desired:
            return moves
    current, moves = list(order), []  # general case: left to right (may move other slides)
    for index, key in enumerate(desired):
        if current[index] != key:
            current = _moved(current, key, index)
            moves.append((key, index + 1))
    return moves


def move_slides(store: Store, name: str, session: int, keys: list[str], before: int) -> list[Change]:
    """Move ``keys`` of ``session`` as a block before row ``before``: one undo step for the whole drag."""
    from trainerkit.courseops.course import OpenCourse

    change = OpenCourse.open(store, name).move_block(session, keys, before).change
    return [change] if change is not None else []


# ---- agenda -----------------------------------------------------------------------------------------
def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration_text(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return (f"{h} h {m:02d} min" if m else f"{h} h") if h else f"{m} min"


def guide_agenda(course: Course) -> list[dict[str, Any]]:
    """The guide's sample agenda in the shape of ``trainerkit agenda --json``."""
    return [
        {
            "day": d.day,
            "start": d.start,
            "end": d.end,
            "session_minutes": d.session_minutes(),
            "slots": [
                {
                    "start": s.start,
                    "end": s.end,
                    "minutes": s.minutes,
                    "kind": s.kind,
                    "session": s.session,
                    "part": s.part,
                    "title": s.title,
                }
                for s in d.slots
            ],
        }
        for d in course.agenda.days
    ]


def course_agenda(store: Store, name: str) -> list[dict[str, Any]]:
    """The course's agenda: the trainer's edited one, else the guide's."""
    from trainerkit.courseops.course import OpenCourse

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


def retime(days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Days renumbered 1..n, each slot starting when the previous ends (from the day's start), with totals."""
    result = []
    for number, day in enumerate(days, start=1):
        day = copy.deepcopy(day)
        slots = day.get("slots", [])
        start = day.get("start") or (slots[0].get("start") if slots and slots[0].get("start") else "09:00")
        clock = to_minutes(start)
        for slot in slots:
            minutes = int(slot.get("minutes") or (to_minutes(slot["end"]) - to_minutes(slot["start"])))
            if minutes <= 0:
                raise InvalidInputError(f"A slot on day {number} has no time ({slot.get('title', '')}).")
            slot["minutes"] = minutes
            slot["start"], slot["end"] = hhmm(clock), hhmm(clock + minutes)
            slot.setdefault("session", None)
            slot.setdefault("part", "")
            slot.setdefault("title", "")
            clock += minutes
        if clock >= 24 * 60:
            raise InvalidInputError(f"Day {number} would end after midnight; shorten it or add a day.")
        day.update(
            day=number,
            start=start,
            end=hhmm(clock),
            session_minutes=sum(s["minutes"] for s in slots if s.get("kind") == "session"),
            slots=slots,
        )
        result.append(day)
    return result


def minutes_per_session(days: list[dict[str, Any]]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for day in days:
        for slot in day.get("slots", []):
            if slot.get("kind") == "session" and slot.get("session") is not None:
                totals[int(slot["session"])] = totals.get(int(slot["session"]), 0) + int(slot["minutes"])
    return totals


def agenda_warnings(course: Course, days: list[dict[str, Any]], sessions: list[int] | None = None) -> list[str]:
    """Sentences for the trainer: sessions given less time than the guide plans, or left off the agenda."""
    totals = minutes_per_session(days)
    warnings = []
    for session in course.sessions:
        if sessions is not None and session.number not in sessions:
            continue
        got = totals.get(session.number, 0)
        planned = session.planned_minutes
        if got == 0:
            warnings.append(f"Session {session.number} is not on the agenda.")
        elif got < planned:
            warnings.append(
                f"Session {session.number} gets {duration_text(got)}; the guide plans {duration_text(planned)}."
            )
    return warnings


def checked_agenda(course: Course, days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The days retimed, after checking every slot's kind and session; ``InvalidInputError`` otherwise."""
    known = {s.number for s in course.sessions}
    for day in days:
        for slot in day.get("slots", []):
            if slot.get("kind") not in SLOT_KINDS:
                raise InvalidInputError(f"'{slot.get('kind')}' is not a kind of agenda slot.")
            if slot.get("kind") == "session" and slot.get("session") not in known:
                raise InvalidInputError(f"There is no session {slot.get('session')} in the course.")
    if not days:
        raise InvalidInputError("An agenda needs at least one day.")
    return retime(days)


def save_agenda(store: Store, name: str, days: list[dict[str, Any]]) -> Change:
    """Record the whole edited agenda as one ``agenda`` change (one undo step)."""
    from trainerkit.courseops.course import OpenCourse

    change = OpenCourse.open(store, name).save_agenda(days).change
    assert change is not None
    return change


__all__ = [
    "agenda_warnings",
    "block_move_plan",
    "course_agenda",
    "duration_text",
    "guide_agenda",
    "minutes_per_session",
    "move_slides",
    "new_slot",
    "retime",
    "save_agenda",
]
