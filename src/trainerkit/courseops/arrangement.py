"""The pure maths of arranging a course: where a dragged block of slides goes, and agenda times.

No store, no course object: ``courseops.course`` and ``trainerkit.arrange`` both use these, so they
live below both. Never imports Qt.
"""

from __future__ import annotations

import copy
from typing import Any

from trainerkit.course import Course
from trainerkit.course.model import SLOT_KINDS, clock_text, to_minutes
from trainerkit.errors import InvalidInputError


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


def hhmm(minutes: int) -> str:
    """``HH:MM`` (``course.model.clock_text``, kept under the agenda builder's name)."""
    return clock_text(minutes)


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
