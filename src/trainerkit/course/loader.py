"""Load and validate the bundled course from ``resources/course/``.

Validation is strict because the files are edited by hand: unknown kinds, missing sources, step
numbers out of order, a handout id that the catalogue does not know, or an agenda slot naming a session
that does not exist all fail with the file and line. Cross-file checks run after every file parsed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from trainerkit.course.model import (
    ADAPTATION_KINDS,
    HANDOUT_KINDS,
    RESOURCE_KINDS,
    SLOT_KINDS,
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
from trainerkit.yamlread import Fields, display_name, load_yaml

SOURCE_RE = re.compile(r"^\d{3} L\d+(-L?\d+)?")
TIME_RE = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def _source(fields: Fields, key: str = "source", inherited: str | None = None) -> str:
    if inherited is not None and (key not in fields.data or fields.data[key] is None):
        return inherited
    value = fields.text(key)
    if not SOURCE_RE.match(value):
        raise fields.fail(key, f"'{key}' must look like \"001 L612\", not '{value}'")
    return value


def _text(fields: Fields, key: str, inherited: str | None = None) -> Text:
    value = fields.data.get(key)
    if isinstance(value, str) and inherited is not None:
        return Text(value.strip(), inherited)
    sub = fields.mapping(key)
    assert sub is not None
    return Text(sub.text("text"), _source(sub, inherited=inherited))


def _text_item(file: str, line: int | None, item: Any, source: str) -> Text:
    if isinstance(item, str):
        if not item.strip():
            raise CourseDataError(file, line, "an empty item")
        return Text(item.strip(), source)
    fields = Fields(file, item, "an item", line)
    return Text(fields.text("text"), _source(fields, inherited=source))


def _text_list(fields: Fields, key: str, required: bool = True) -> TextList:
    sub = fields.mapping(key, required)
    if sub is None:
        return TextList(source="", items=())
    source = _source(sub)
    items = tuple(_text_item(fields.file, line, item, source) for line, item in sub.items("items", True))
    return TextList(source=source, items=items)


def _plan_step(file: str, line: int | None, data: Any, expected: int | None) -> PlanStep:
    f = Fields(file, data, "a plan step", line)
    number = f.integer("step", minimum=1) if expected is not None else f.integer("step", default=0)
    if expected is not None and number != expected:
        raise f.fail(
            "step", f"plan steps must be numbered in order: expected step {expected}, found {number}"
        )
    minutes = f.integer("minutes")
    minutes_max = f.opt_int("minutes_max")
    if minutes_max is not None and minutes_max < minutes:
        raise f.fail("minutes_max", "'minutes_max' is smaller than 'minutes'")
    optional = f.flag("optional")
    if minutes == 0 and not optional:
        raise f.fail("minutes", "a step of 0 minutes must be marked optional: true")
    parts = tuple(_plan_step(file, pline, part, None) for pline, part in f.items("parts"))
    return PlanStep(
        number=number,
        title=f.text("title"),
        minutes=minutes,
        minutes_max=minutes_max,
        optional=optional,
        method=f.text("method", ""),
        activity=f.text("activity", ""),
        resources=f.str_list("resources"),
        handouts=f.str_list("handouts"),
        source=_source(f),
        parts=parts,
    )


def _session(path: Path) -> Session:
    file = display_name(path)
    f = Fields(file, load_yaml(path), "the session file")
    source = _source(f)
    plan = tuple(
        _plan_step(file, line, data, index + 1) for index, (line, data) in enumerate(f.items("plan", True))
    )
    if not plan:
        raise f.fail("plan", "the session has no plan steps")
    points = []
    for line, data in f.items("adaptation_points"):
        p = Fields(file, data, "an adaptation point", line)
        step = p.opt_int("step")
        if step is not None and step not in {s.number for s in plan}:
            raise p.fail("step", f"adaptation point refers to step {step}, which the plan does not have")
        points.append(AdaptationPoint(p.choice("kind", ADAPTATION_KINDS), p.text("text"), _source(p), step))
    resources = []
    for line, data in f.items("resources"):
        r = Fields(file, data, "a resource", line)
        resources.append(
            Resource(
                title=r.text("title"),
                source=_source(r),
                kind=r.choice("kind", RESOURCE_KINDS, "reading"),
                publisher=r.text("publisher", ""),
                year=r.text("year", ""),
                link=r.text("link", ""),
            )
        )
    return Session(
        number=f.integer("number", minimum=1),
        module=f.integer("module", minimum=1),
        title=f.text("title"),
        minutes=f.integer("minutes", minimum=1),
        minutes_min=f.opt_int("minutes_min"),
        duration_text=f.text("duration_text", ""),
        source=source,
        aim=_text(f, "aim", source),
        summary=_text(f, "summary", source),
        objectives=_text_list(f, "objectives"),
        key_messages=_text_list(f, "key_messages"),
        preparation=_text_list(f, "preparation"),
        equipment=_text_list(f, "equipment"),
        tips=_text_list(f, "tips", required=False),
        handouts=f.str_list("handouts"),
        plan=plan,
        adaptation_points=tuple(points),
        resources=tuple(resources),
    )


def _modules(file: str, f: Fields) -> tuple[Module, ...]:
    modules = []
    for line, data in f.items("modules", True):
        m = Fields(file, data, "a module", line)
        announced = []
        for aline, adata in m.items("announced_sessions"):
            a = Fields(file, adata, "an announced session", aline)
            announced.append(
                AnnouncedSession(
                    number=a.integer("number", minimum=1),
                    title=a.text("title"),
                    minutes=a.integer("minutes", minimum=1),
                    summary=a.text("summary", ""),
                    source=_source(a),
                )
            )
        source = _source(m)
        modules.append(
            Module(
                number=m.integer("number", minimum=1),
                title=m.text("title"),
                aim=_text(m, "aim", source),
                source=source,
                sessions=tuple(int(s) for s in m.str_list("sessions")),
                forthcoming=m.flag("forthcoming"),
                announced_sessions=tuple(announced),
            )
        )
    return tuple(modules)


def _agenda(path: Path) -> Agenda:
    file = display_name(path)
    f = Fields(file, load_yaml(path), "the agenda file")
    days = []
    for index, (line, data) in enumerate(f.items("days", True)):
        d = Fields(file, data, "a day", line)
        day = d.integer("day", minimum=1)
        if day != index + 1:
            raise d.fail("day", f"days must be numbered in order: expected day {index + 1}, found {day}")
        slots = []
        previous_end: str | None = None
        for sline, sdata in d.items("slots", True):
            s = Fields(file, sdata, "a time slot", sline)
            start, end = s.text("start"), s.text("end")
            for key, value in (("start", start), ("end", end)):
                if not TIME_RE.match(value):
                    raise s.fail(key, f"'{key}' must be a time like 09:00, not '{value}'")
            if to_minutes(end) <= to_minutes(start):
                raise s.fail("end", f"the slot ends ({end}) before it starts ({start})")
            if previous_end and to_minutes(start) < to_minutes(previous_end):
                raise s.fail(
                    "start", f"the slot starts at {start}, before the previous one ends ({previous_end})"
                )
            previous_end = end
            kind = s.choice("kind", SLOT_KINDS)
            session = s.opt_int("session")
            if kind == "session" and session is None:
                raise s.fail(None, "a session slot needs 'session'")
            slots.append(
                AgendaSlot(
                    start=start.zfill(5),
                    end=end.zfill(5),
                    kind=kind,
                    title=s.text("title"),
                    source=_source(s),
                    session=session,
                    part=s.text("part", ""),
                )
            )
        days.append(AgendaDay(day=day, slots=tuple(slots)))
    return Agenda(source=_source(f), days=tuple(days))


def _handouts(path: Path) -> tuple[Handout, ...]:
    file = display_name(path)
    f = Fields(file, load_yaml(path), "the handouts file")
    result = []
    seen: set[str] = set()
    for line, data in f.items("handouts", True):
        h = Fields(file, data, "a handout", line)
        handout_id = h.text("id")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", handout_id):
            raise h.fail("id", f"handout id '{handout_id}' must be lowercase words joined by '-'")
        if handout_id in seen:
            raise h.fail("id", f"handout id '{handout_id}' is used twice")
        seen.add(handout_id)
        result.append(
            Handout(
                id=handout_id,
                title=h.text("title"),
                kind=h.choice("kind", HANDOUT_KINDS),
                sessions=tuple(int(s) for s in h.str_list("sessions")),
                source=_source(h),
            )
        )
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
            raise CourseDataError(
                file, None, f"module {module.number} does not list session {session.number}"
            )
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
    """Load the course from a ``course`` folder (``course.yaml``, ``agenda.yaml``, ``sessions/``)."""
    course_file = root / "course.yaml"
    file = display_name(course_file)
    f = Fields(file, load_yaml(course_file), "the course file")
    session_files = sorted((root / "sessions").glob("session-*.yaml"))
    if not session_files:
        raise CourseDataError(display_name(root / "sessions"), None, "no session files found")
    sessions = tuple(sorted((_session(p) for p in session_files), key=lambda s: s.number))
    group = f.mapping("group_size")
    assert group is not None
    source = _source(f)
    course = Course(
        id=f.text("id"),
        title=f.text("title"),
        short_title=f.text("short_title"),
        series=f.text("series"),
        publisher=f.text("publisher"),
        edition=f.text("edition"),
        version=f.text("version"),
        source=source,
        goal=_text(f, "goal", source),
        objectives=_text_list(f, "objectives"),
        audiences=_text_list(f, "audiences"),
        group_size=(group.integer("min", minimum=1), group.integer("max", minimum=1)),
        modules=_modules(file, f),
        sessions=sessions,
        agenda=_agenda(root / "agenda.yaml"),
        handouts=_handouts(root / "handouts.yaml"),
    )
    _cross_check(course, root)
    return course


@lru_cache(maxsize=4)
def _cached(root: Path) -> Course:
    return load_course_from(root)


def load_course(root: Path | None = None) -> Course:
    """The bundled course (cached: it is read-only)."""
    return _cached((root or resources_dir() / "course").resolve())
