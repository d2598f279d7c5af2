"""Load and validate the bundled course from ``resources/course/``.

Validation is strict because the files are edited by hand: unknown kinds, missing sources, step
numbers out of order, a handout id that the catalogue does not know, or an agenda slot naming a session
that does not exist all fail with the file and line. Cross-file checks run after every file parsed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, fields, is_dataclass
from functools import cache, lru_cache
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints

from trainerkit.course.files import course_files
from trainerkit.course.model import (
    AdaptationPoint,
    Agenda,
    AgendaDay,
    AgendaSlot,
    AnnouncedSession,
    Course,
    Handout,
    Module,
    PlanStep,
    Resource,
    Session,
    Text,
    TextList,
    to_minutes,
)
from trainerkit.errors import CourseDataError
from trainerkit.paths import resources_dir
from trainerkit.yamlread import checked, display_name, load_yaml_lines

if TYPE_CHECKING:
    from trainerkit.course.schema import StepIn, TextIn, TextListIn

TIME_RE = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")
HANDOUT_ID_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
Loc = tuple[str | int, ...]


class _File:
    """One file being read: its name for messages and the line of each value."""

    def __init__(self, path: Path) -> None:
        self.name = display_name(path)
        self.data, self.lines = load_yaml_lines(path)

    def fail(self, loc: Loc, problem: str) -> CourseDataError:
        return CourseDataError(self.name, self.lines.at(loc), problem)


def _text(value: TextIn, source: str) -> Text:
    return Text(value.text, value.source or source)


def _text_list(value: TextListIn | None) -> TextList:
    if value is None:
        return TextList(source="", items=())
    return TextList(source=value.source, items=tuple(_text(item, value.source) for item in value.items))


def _plan_step(file: _File, loc: Loc, step: StepIn, expected: int | None) -> PlanStep:
    number = step.step if step.step is not None else 0
    if expected is not None:
        if step.step is None:
            raise file.fail(loc, "a plan step has no 'step'")
        if number < 1:
            raise file.fail((*loc, "step"), "'step' must be at least 1")
        if number != expected:
            raise file.fail(
                (*loc, "step"), f"plan steps must be numbered in order: expected step {expected}, found {number}"
            )
    if step.minutes_max is not None and step.minutes_max < step.minutes:
        raise file.fail((*loc, "minutes_max"), "'minutes_max' is smaller than 'minutes'")
    if step.minutes == 0 and not step.optional:
        raise file.fail((*loc, "minutes"), "a step of 0 minutes must be marked optional: true")
    return PlanStep(
        number=number,
        title=step.title,
        minutes=step.minutes,
        minutes_max=step.minutes_max,
        optional=step.optional,
        method=step.method,
        activity=step.activity,
        resources=tuple(step.resources),
        handouts=tuple(step.handouts),
        source=step.source,
        parts=tuple(_plan_step(file, (*loc, "parts", i), part, None) for i, part in enumerate(step.parts)),
    )


def _session(path: Path) -> Session:
    from trainerkit.course.schema import SessionFile

    file = _File(path)
    f = checked(SessionFile, file.data, file.lines, file.name)
    plan = tuple(_plan_step(file, ("plan", i), step, i + 1) for i, step in enumerate(f.plan))
    if not plan:
        raise file.fail(("plan",), "the session has no plan steps")
    points = []
    for i, point in enumerate(f.adaptation_points):
        if point.step is not None and point.step not in {s.number for s in plan}:
            raise file.fail(
                ("adaptation_points", i, "step"),
                f"adaptation point refers to step {point.step}, which the plan does not have",
            )
        points.append(AdaptationPoint(point.kind, point.text, point.source, point.step))
    return Session(
        number=f.number,
        module=f.module,
        title=f.title,
        minutes=f.minutes,
        minutes_min=f.minutes_min,
        duration_text=f.duration_text,
        source=f.source,
        aim=_text(f.aim, f.source),
        summary=_text(f.summary, f.source),
        objectives=_text_list(f.objectives),
        key_messages=_text_list(f.key_messages),
        preparation=_text_list(f.preparation),
        equipment=_text_list(f.equipment),
        tips=_text_list(f.tips),
        handouts=tuple(f.handouts),
        plan=plan,
        adaptation_points=tuple(points),
        resources=tuple(Resource(r.title, r.source, r.kind, r.publisher, r.year, r.link) for r in f.resources),
    )


def _agenda(path: Path) -> Agenda:
    from trainerkit.course.schema import AgendaFile

    file = _File(path)
    f = checked(AgendaFile, file.data, file.lines, file.name)
    days = []
    for index, day in enumerate(f.days):
        if day.day != index + 1:
            raise file.fail(
                ("days", index, "day"), f"days must be numbered in order: expected day {index + 1}, found {day.day}"
            )
        slots = []
        previous_end: str | None = None
        for n, slot in enumerate(day.slots):
            loc: Loc = ("days", index, "slots", n)
            for key, value in (("start", slot.start), ("end", slot.end)):
                if not TIME_RE.match(value):
                    raise file.fail((*loc, key), f"'{key}' must be a time like 09:00, not '{value}'")
            start, end = slot.start, slot.end
            if to_minutes(end) <= to_minutes(start):
                raise file.fail((*loc, "end"), f"the slot ends ({end}) before it starts ({start})")
            if previous_end and to_minutes(start) < to_minutes(previous_end):
                raise file.fail(
                    (*loc, "start"), f"the slot starts at {start}, before the previous one ends ({previous_end})"
                )
            previous_end = end
            if slot.kind == "session" and slot.session is None:
                raise file.fail(loc, "a session slot needs 'session'")
            slots.append(
                AgendaSlot(
                    start=start.zfill(5),
                    end=end.zfill(5),
                    kind=slot.kind,
                    title=slot.title,
                    source=slot.source,
                    session=slot.session,
                    part=slot.part,
                )
            )
        days.append(AgendaDay(day=day.day, slots=tuple(slots)))
    return Agenda(source=f.source, days=tuple(days))


def _handouts(path: Path) -> tuple[Handout, ...]:
    from trainerkit.course.schema import HandoutsFile

    file = _File(path)
    f = checked(HandoutsFile, file.data, file.lines, file.name)
    result = []
    seen: set[str] = set()
    for index, handout in enumerate(f.handouts):
        if not HANDOUT_ID_RE.fullmatch(handout.id):
            raise file.fail(
                ("handouts", index, "id"), f"handout id '{handout.id}' must be lowercase words joined by '-'"
            )
        if handout.id in seen:
            raise file.fail(("handouts", index, "id"), f"handout id '{handout.id}' is used twice")
        seen.add(handout.id)
        result.append(Handout(handout.id, handout.title, handout.kind, tuple(handout.sessions), handout.source))
    return tuple(result)


def _cross_check(course: Course, root: Path) -> None:
    numbers = [s.number for s in course.sessions]
    handout_ids = {h.id for h in course.handouts}
    for session in course.sessions:
        file = f"resources/course/sessions/session-{session.number:02d}.yaml"
        try:
            module = course.module(session.module)
        except KeyError:
            raise CourseDataError(
                file,
                None,
                f"session {session.number} names module {session.module}, which course.yaml does not have",
            ) from None
        if session.number not in module.sessions:
            raise CourseDataError(file, None, f"module {module.number} does not list session {session.number}")
        unknown = [h for h in session.handouts if h not in handout_ids]
        unknown += [h for step in session.plan for h in step.handouts if h not in handout_ids]
        if unknown:
            raise CourseDataError(
                file,
                None,
                f"unknown handout id(s): {', '.join(sorted(set(unknown)))} "
                "(add them to resources/course/handouts.yaml)",
            )
    for module in course.modules:
        for number in module.sessions:
            if number not in numbers:
                raise CourseDataError(
                    "resources/course/course.yaml",
                    None,
                    f"module {module.number} lists session {number}, which has no file",
                )
    for day in course.agenda.days:
        for slot in day.slots:
            if slot.session is not None and slot.session not in numbers:
                raise CourseDataError(
                    "resources/course/agenda.yaml",
                    None,
                    f"day {day.day} {slot.start}: session {slot.session} does not exist",
                )


def load_course_from(root: Path) -> Course:
    """Load the course from a ``course`` folder (``course.yaml``, ``agenda.yaml``, ``handouts.yaml``,
    ``sessions/``), checking every file; ``CourseDataError`` names the file, the line and the problem."""
    from trainerkit.course.schema import CourseFile

    file = _File(root / "course.yaml")
    f = checked(CourseFile, file.data, file.lines, file.name)
    session_files = sorted((root / "sessions").glob("session-*.yaml"))
    if not session_files:
        raise CourseDataError(display_name(root / "sessions"), None, "no session files found")
    sessions = tuple(sorted((_session(p) for p in session_files), key=lambda s: s.number))
    course = Course(
        id=f.id,
        title=f.title,
        short_title=f.short_title,
        series=f.series,
        publisher=f.publisher,
        edition=f.edition,
        version=f.version,
        source=f.source,
        goal=_text(f.goal, f.source),
        objectives=_text_list(f.objectives),
        audiences=_text_list(f.audiences),
        group_size=(f.group_size.min, f.group_size.max),
        modules=tuple(
            Module(
                number=m.number,
                title=m.title,
                aim=_text(m.aim, m.source),
                source=m.source,
                sessions=tuple(m.sessions),
                forthcoming=m.forthcoming,
                announced_sessions=tuple(
                    AnnouncedSession(a.number, a.title, a.minutes, a.summary, a.source) for a in m.announced_sessions
                ),
            )
            for m in f.modules
        ),
        sessions=sessions,
        agenda=_agenda(root / "agenda.yaml"),
        handouts=_handouts(root / "handouts.yaml"),
    )
    _cross_check(course, root)
    return course


# ---- kept between runs -------------------------------------------------------------------------------
def _built(kind: Any, value: Any) -> Any:
    """``value`` (as ``dataclasses.asdict`` and JSON left it) as an object of type ``kind`` again."""
    if is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        return kind(**{f.name: _built(hints[f.name], value[f.name]) for f in fields(kind) if f.name in value})
    origin = get_origin(kind)
    if origin in (Union, UnionType):
        if value is None:
            return None
        return _built(next(a for a in get_args(kind) if a is not type(None)), value)
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_built(args[0], item) for item in value)
        return tuple(_built(a, item) for a, item in zip(args, value, strict=True))
    return value


@cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


@lru_cache(maxsize=4)
def _cached(root: Path) -> Course:
    """The course of ``root``, from the data folder's cache while its files hold the same bytes."""
    from trainerkit.contentcache import cached_json

    # The loader's own code is part of the key: a changed model or check makes the course again.
    code = [Path(__file__).with_name(name) for name in ("loader.py", "model.py", "schema.py")]
    data = cached_json("course", "course.json", course_files(root) + code, lambda: asdict(load_course_from(root)))
    try:
        return _built(Course, data)
    except (TypeError, KeyError, ValueError, StopIteration):  # a cache from other code: read the files
        return load_course_from(root)


def load_course(root: Path | None = None) -> Course:
    """The bundled course (read-only: checked once per change of its files, then kept)."""
    return _cached((root or resources_dir() / "course").resolve())
