"""What a trainer does to a course, as plain functions taking ``(store, name)``: the older API.

Each function opens the course (``trainerkit.courseops.course.OpenCourse``) and calls one of its
operations, so the checks and the recorded change are the same whoever calls. Code that does several
things to one course opens it once instead. Nothing here writes a deck; export does. Never imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainerkit.course import load_course
from trainerkit.courseops.course import Changes, OpenCourse, checked_profile_value
from trainerkit.courseops.index import SlideRow
from trainerkit.recipe import PROFILE_FIELDS, state_of
from trainerkit.store import Store
from trainerkit.store.courses import Change, CourseRecord, create_course
from trainerkit.store.kinds import BATCHABLE
from trainerkit.values import profile_value

_checked_profile_value = checked_profile_value


def country_from_code(code: str) -> tuple[str, str]:
    """ISO 3166 code or name -> (alpha-2 code, common name); see ``trainerkit.countries``."""
    from trainerkit.countries import country_from_code as lookup  # pycountry loads only when needed

    return lookup(code)


def new_course(store: Store, name: str, country: str | None = None, **profile: str) -> CourseRecord:
    course = load_course()
    values = {k: profile_value(k, v) for k, v in profile.items() if v}
    values = {k: v for k, v in values.items() if v}
    if country:
        code, country_name = country_from_code(country)
        values["country"] = country_name
        values["country_code"] = code
    return create_course(store, name, course.id, course.version, values)


def current_slides(store: Store, name: str, session: int) -> list[SlideRow]:
    """The session's slides as the export will produce them (tokens not yet replaced)."""
    return OpenCourse.open(store, name).slides(session)


def find_slide(store: Store, name: str, key: str, session: int | None = None) -> SlideRow:
    """Locate a slide by key: sessions named by the key prefix first, then all."""
    return OpenCourse.open(store, name).find_slide(key, session)


def slide_paragraphs(store: Store, name: str, session: int, key: str) -> list[str]:
    """The text of each paragraph on a slide as the course has it now (tokens not filled)."""
    return OpenCourse.open(store, name).paragraphs(session, key)


def _change(changes: Changes) -> Change:
    """The change an operation recorded (every operation here records one or raises)."""
    assert changes.change is not None
    return changes.change


def set_profile(store: Store, name: str, values: dict[str, str], tokens: dict[str, str] | None = None) -> Change:
    """Set profile fields and declare custom tokens as one change (``OpenCourse.set_profile``)."""
    return _change(OpenCourse.open(store, name).set_profile(values, tokens))


def select_sessions(store: Store, name: str, sessions: list[int]) -> Change:
    return _change(OpenCourse.open(store, name).select_sessions(sessions))


def slide_change(store: Store, name: str, kind: str, key: str, payload: dict[str, Any] | None = None) -> Change:
    """One change to one slide, validated, as one undo step."""
    return _change(OpenCourse.open(store, name).change_slide(kind, key, payload))


def slide_changes(
    store: Store, name: str, items: list[tuple[str, str, dict[str, Any] | None]], what: str
) -> Change | None:
    """Several slide changes (``(kind, key, payload)``, applied in order) as ONE undo step: what a
    trainer did with one gesture (hiding a selection, dragging a block) is undone with one Ctrl+Z.
    Every item is validated before anything is recorded. Returns None when ``items`` is empty."""
    return OpenCourse.open(store, name).change_slides(items, what).change


def import_slide(
    store: Store, name: str, file: Path, slide_number: int, session: int, after: str | None = None
) -> Change:
    """Copy slide ``slide_number`` of ``file`` into ``session`` after ``after`` (or at the end)."""
    return _change(OpenCourse.open(store, name).import_slide(file, slide_number, session, after))


def insert_slide(
    store: Store,
    name: str,
    session: int,
    spec: dict[str, Any],
    after: str | None = None,
    example: str | None = None,
) -> Change:
    return _change(OpenCourse.open(store, name).insert_slide(session, spec, after, example))


__all__ = [
    "BATCHABLE",
    "PROFILE_FIELDS",
    "SlideRow",
    "country_from_code",
    "current_slides",
    "find_slide",
    "import_slide",
    "insert_slide",
    "new_course",
    "select_sessions",
    "set_profile",
    "slide_change",
    "slide_changes",
    "state_of",
]
