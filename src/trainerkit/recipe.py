"""A course's current state, folded from its change log: profile, sessions, agenda, slide operations.

The change log (``trainerkit.store.courses``) is the truth; this module turns the changes in effect
into what export and the listings need. It never touches a file: applying slide operations to a deck is
``trainerkit.export.apply``. Never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from trainerkit.store import Store
from trainerkit.store.courses import Change, CourseRecord, get_course
from trainerkit.store.kinds import RESETTABLE, SLIDE_KINDS, WORKS_ON_SLIDE

if TYPE_CHECKING:
    from trainerkit.course.model import Course
    from trainerkit.values import PROFILE_FIELDS as PROFILE_FIELDS  # re-exported beside PROFILE_LABELS


def __getattr__(name: str) -> Any:
    """``PROFILE_FIELDS``, re-exported from ``trainerkit.values`` on first use (PEP 562): recording a
    change does not need the input checks' module."""
    if name == "PROFILE_FIELDS":
        from trainerkit.values import PROFILE_FIELDS

        return PROFILE_FIELDS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

PROFILE_LABELS = {
    "country": "Country",
    "region": "Region",
    "organisation": "Organisation",
    "venue": "Venue",
    "dates": "Dates",
    "facilitators": "Facilitators",
    "participants": "Number of participants",
    "language": "Language",
}
_RESETTABLE = RESETTABLE


@dataclass(frozen=True)
class SlideOp:
    seq: int
    kind: str
    key: str
    payload: dict[str, Any]


@dataclass
class CourseState:
    name: str
    profile: dict[str, str]
    sessions: list[int]
    agenda: dict[str, Any] | None = None
    slide_ops: dict[int, list[SlideOp]] = field(default_factory=dict)
    #: The trainer's corrections of the country facts: instrument -> {"status", "year"}.
    fact_corrections: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: How a session's plan fits a shorter agenda slot: session -> {"mode": "rescale"|"drop", "drop": [steps]}.
    plan_fits: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: Who leads each session: session -> facilitator's name (``trainerkit session facilitator``).
    facilitators: dict[int, str] = field(default_factory=dict)
    #: The participants list, in order: [{"name": ..., "organisation": ...}] (``trainerkit participants``).
    participants: list[dict[str, str]] = field(default_factory=list)

    def token_values(self, course: Course) -> dict[str, str]:
        """Values for ``{{token}}`` replacement: the profile plus a few the course itself knows."""
        from trainerkit.values import xml_safe

        values = {"course_title": course.title, "course_short_title": course.short_title}
        values.update({k: xml_safe(v) for k, v in self.profile.items() if v})  # old data may hold \v
        if values.get("dates"):  # "14-16 June 2026" as the course's language writes it ("14–16 juin 2026")
            from trainerkit.course.plan_fit import localised_dates
            from trainerkit.translate.language import course_language

            values["dates"] = localised_dates(values["dates"], course_language(self.profile))
        if values.get("country") and values.get("country_code"):  # "Senegal" -> "Sénégal" in French
            from trainerkit.countries import country_display
            from trainerkit.translate.language import course_language

            values["country"] = country_display(
                values["country"], values["country_code"], course_language(self.profile)
            )
        return values


def worked_on_keys(ops: list[SlideOp]) -> set[str]:
    """Slides the trainer has worked on: text or notes edited, marked as adapted, or followed by a
    slide the trainer inserted or imported. A slide the guide asks to adapt counts as adapted once
    worked on (and no placeholder text is left on it)."""
    keys = {op.key for op in ops if op.kind in WORKS_ON_SLIDE}
    keys |= {
        str(op.payload["after"])
        for op in ops
        if op.kind in ("insert-slide", "import-slide") and op.payload.get("after")
    }
    return keys


def course_state(record: CourseRecord, course: Course) -> CourseState:
    return state_for(record, (s.number for s in course.sessions))


def state_for(record: CourseRecord, sessions: Iterable[int]) -> CourseState:
    """The state after ``record``'s changes in effect, for a course of ``sessions`` (all chosen unless a
    change chose some); ``course_state`` with the numbers alone, so the course need not be loaded."""
    state = CourseState(name=record.name, profile=dict(record.initial_profile), sessions=list(sessions))
    for change in record.active_changes:
        _apply(state, change)
    return state


def state_of(store: Store, name: str) -> tuple[CourseRecord, CourseState, Course]:
    """The course's record, its current state and the bundled course; ``NotFoundError`` for no such course.

    Reads the store each time: code that works on one course for longer opens it once instead
    (``trainerkit.courseops.course.OpenCourse``)."""
    from trainerkit.course import load_course

    course = load_course()
    record = get_course(store, name)
    return record, course_state(record, course), course


def _apply(state: CourseState, change: Change) -> None:
    p = change.payload
    if change.kind == "batch":  # one undo step holding several changes, applied in order
        for sub in p.get("changes", []):
            _apply(
                state,
                Change(
                    change.seq,
                    str(sub.get("kind")),
                    sub.get("session"),
                    sub.get("slide_key"),
                    dict(sub.get("payload") or {}),
                    change.created,
                ),
            )
    elif change.kind == "profile":
        for key, value in p.get("values", {}).items():
            if value in ("", None):
                state.profile.pop(key, None)
            else:
                state.profile[key] = str(value)
    elif change.kind == "select-sessions":
        state.sessions = [int(s) for s in p.get("sessions", [])]
    elif change.kind == "agenda":
        state.agenda = p
    elif change.kind == "fact":
        if p.get("status"):
            state.fact_corrections[str(p["instrument"])] = {"status": p["status"], "year": p.get("year")}
        else:
            state.fact_corrections.pop(str(p.get("instrument")), None)
    elif change.kind == "agenda-fit" and change.session is not None:
        if p.get("mode"):
            state.plan_fits[change.session] = {"mode": p["mode"], "drop": [int(n) for n in p.get("drop", [])]}
        else:
            state.plan_fits.pop(change.session, None)
    elif change.kind == "facilitator" and change.session is not None:
        if p.get("name"):
            state.facilitators[change.session] = str(p["name"])
        else:
            state.facilitators.pop(change.session, None)
    elif change.kind == "participants":
        state.participants = [
            {"name": str(row.get("name", "")), "organisation": str(row.get("organisation", ""))}
            for row in p.get("participants", [])
        ]
    elif change.kind == "reset-slide" and change.session is not None:
        ops = state.slide_ops.get(change.session, [])
        state.slide_ops[change.session] = [
            op for op in ops if not (op.key == change.slide_key and op.kind in _RESETTABLE)
        ]
    elif change.kind in SLIDE_KINDS and change.session is not None:
        state.slide_ops.setdefault(change.session, []).append(
            SlideOp(change.seq, change.kind, change.slide_key or "", p)
        )
