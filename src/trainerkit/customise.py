"""What a trainer does to a course, as plain functions: the layer both the CLI and the app call.

Each function validates its input against the course as it is now (the slide must exist, the session
must be selected, the file must be a safe presentation) and records exactly one change in the store, so
one user action is one undo step. Nothing here writes a deck; export does. Never imports Qt.
"""

from __future__ import annotations

import shlex
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pycountry

from trainerkit.course import Course, load_course
from trainerkit.deck.slides import list_slides
from trainerkit.deck.tags import get_slide_tags
from trainerkit.errors import InvalidInputError, NotFoundError
from trainerkit.export.apply import ORIGIN_TAG
from trainerkit.recipe import PROFILE_FIELDS, CourseState, course_state
from trainerkit.store import Store
from trainerkit.store.courses import Change, CourseRecord, add_change, create_course, get_course
from trainerkit.values import known_profile_fields, notes_text, profile_key, profile_value, slide_text


def country_from_code(code: str) -> tuple[str, str]:
    """ISO 3166 code or name -> (alpha-2 code, common name); a clear error for anything else."""
    text = code.strip()
    country = None
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        country = None
    if country is None:
        raise InvalidInputError(f"'{code}' is not a country code or name known to ISO 3166 (e.g. KE, Kenya).")
    name = getattr(country, "common_name", None) or country.name
    return country.alpha_2, name


def new_course(store: Store, name: str, country: str | None = None, **profile: str) -> CourseRecord:
    course = load_course()
    values = {k: profile_value(k, v) for k, v in profile.items() if v}
    values = {k: v for k, v in values.items() if v}
    if country:
        code, country_name = country_from_code(country)
        values["country"] = country_name
        values["country_code"] = code
    return create_course(store, name, course.id, course.version, values)


def state_of(store: Store, name: str) -> tuple[CourseRecord, CourseState, Course]:
    course = load_course()
    record = get_course(store, name)
    return record, course_state(record, course), course


@dataclass(frozen=True)
class SlideRow:
    session: int
    position: int
    key: str
    title: str
    hidden: bool
    layout: str
    origin: str
    adapt: str
    tokens: tuple[str, ...]
    notes: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def current_slides(store: Store, name: str, session: int) -> list[SlideRow]:
    """The session's slides as the export will produce them (tokens not yet replaced)."""
    from trainerkit.export.decks import build_session_deck

    _record, state, course = state_of(store, name)
    _check_session(course, session)
    prs, _problems, _missing = build_session_deck(store, state, course, session, fill_tokens=False)
    rows = []
    for info, slide in zip(list_slides(prs), prs.slides, strict=True):
        tags = get_slide_tags(slide)
        rows.append(
            SlideRow(
                session=session,
                position=info.index + 1,
                key=info.key,
                title=info.title,
                hidden=info.hidden,
                layout=info.layout_name,
                origin=tags.get(ORIGIN_TAG, "bundled" if tags.get("TRAINERKIT_KEY") else "unknown"),
                adapt=tags.get("TRAINERKIT_ADAPT", ""),
                tokens=tuple(info.tokens),
                notes=info.notes_text,
            )
        )
    return rows


def _check_session(course: Course, session: int) -> None:
    if session not in [s.number for s in course.sessions]:
        raise NotFoundError(f"There is no session {session}; the course has sessions 1-{len(course.sessions)}.")


def find_slide(store: Store, name: str, key: str, session: int | None = None) -> SlideRow:
    """Locate a slide by key: sessions named by the key prefix first, then all."""
    _record, _state, course = state_of(store, name)
    candidates = [session] if session else []
    if not candidates:
        if key.startswith("s") and key[1:].split("-")[0].isdigit():
            candidates.append(int(key[1:].split("-")[0]))
        candidates += [s.number for s in course.sessions if s.number not in candidates]
    for number in candidates:
        for row in current_slides(store, name, number):
            if row.key == key:
                return row
    if session:
        raise NotFoundError(
            f"Slide '{key}' is not in session {session} of course '{name}'. "
            f"List them with `trainerkit slides {shlex.quote(name)} --session {session}`."
        )
    raise NotFoundError(
        f"There is no slide '{key}' in course '{name}'. List them with `trainerkit slides {shlex.quote(name)}`."
    )


def slide_paragraphs(store: Store, name: str, session: int, key: str) -> list[str]:
    """The text of each paragraph on a slide as the course has it now (tokens not filled)."""
    from trainerkit.export.apply import slides_by_key
    from trainerkit.export.decks import build_session_deck

    _record, state, course = state_of(store, name)
    prs, _problems, _missing = build_session_deck(store, state, course, session, fill_tokens=False)
    slide = slides_by_key(prs).get(key)
    if slide is None:
        return []
    paragraphs: list[str] = []
    for any_shape in slide.shapes:
        shape: Any = any_shape
        frames = [shape.text_frame] if shape.has_text_frame else []
        if getattr(shape, "has_table", False):
            frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
        for frame in frames:
            paragraphs += ["".join(run.text for run in p.runs) for p in frame.paragraphs]
    return paragraphs


def set_profile(store: Store, name: str, values: dict[str, str], tokens: dict[str, str] | None = None) -> Change:
    """Set profile fields (``values``: known fields or the course's existing custom tokens) and declare
    or set custom tokens (``tokens``), as one change. Every key and value goes through
    ``trainerkit.values``; a misspelt field is refused with a suggestion ("did you mean venue?")."""
    record = get_course(store, name)
    custom = [k for k in course_state(record, load_course()).profile if k not in known_profile_fields()]
    clean: dict[str, str] = {}
    items = [(k, v, False) for k, v in values.items()] + [(k, v, True) for k, v in (tokens or {}).items()]
    for raw_key, raw_value, declare in items:
        key = profile_key(raw_key, custom=custom, declare=declare)
        value = profile_value(key, raw_value)
        if key == "country" and value:
            code, country_name = country_from_code(value)
            clean["country"] = country_name
            clean["country_code"] = code
            continue
        clean[key] = _checked_profile_value(key, value)
    if not clean:
        raise InvalidInputError("Give at least one KEY=VALUE to set.")
    return add_change(store, name, "profile", payload={"values": clean})


def _checked_profile_value(key: str, value: str) -> str:
    """Refuse values that would only fail later, at export: paper sizes and participant numbers."""
    if not value:
        return value
    if key == "paper":
        for size in ("A4", "Letter"):
            if value.lower() == size.lower():
                return size
        raise InvalidInputError(f"Paper must be A4 or Letter, not '{value}'.")
    if key == "participants" and not (value.isdigit() and 0 < int(value) <= 500):
        raise InvalidInputError(f"Participants must be a number of people (1-500), not '{value}'.")
    return value


def select_sessions(store: Store, name: str, sessions: list[int]) -> Change:
    course = load_course()
    for number in sessions:
        _check_session(course, number)
    if not sessions:
        raise InvalidInputError("Choose at least one session.")
    return add_change(store, name, "select-sessions", payload={"sessions": sorted(set(sessions))})


#: Slide changes that may be recorded together as one undo step (``slide_changes``).
BATCHABLE = ("hide", "show", "move", "delete", "duplicate", "mark-adapted", "reset-slide")


def _validated(
    store: Store,
    name: str,
    kind: str,
    key: str,
    payload: dict[str, Any] | None,
    new_key_suffix: str,
    rows_cache: dict[int, list[SlideRow]] | None = None,
) -> tuple[SlideRow, dict[str, Any]]:
    """Check one slide change against the course as it is now; returns the slide and the payload to store."""
    rows_cache = rows_cache if rows_cache is not None else {}
    row = next((r for rows in rows_cache.values() for r in rows if r.key == key), None)
    if row is None:
        row = find_slide(store, name, key)
        rows_cache.setdefault(row.session, current_slides(store, name, row.session))
    payload = dict(payload or {})
    if kind == "duplicate":
        payload["new_key"] = f"{key}-copy{new_key_suffix}"
    if kind == "move":
        count = len(rows_cache[row.session])
        to = int(payload.get("to", 0))
        if not 1 <= to <= count:
            raise InvalidInputError(f"Position {to} is outside 1-{count} (session {row.session} has {count} slides).")
    if kind == "edit-notes":
        payload["notes"] = notes_text(payload.get("notes", ""))
    if kind == "edit-text":
        find = payload["find"] = slide_text(payload.get("find", ""), "text to find")
        payload["replace"] = slide_text(payload.get("replace", ""))
        if not find:
            raise InvalidInputError("Say which text to replace.")
        if not any(find in paragraph for paragraph in slide_paragraphs(store, name, row.session, key)):
            raise InvalidInputError(
                f"The text '{find}' is not on slide {key} (it must be within one paragraph; tokens like "
                "{{country}} are set in the course profile instead)."
            )
    if kind in ("hide", "show") and row.hidden == (kind == "hide"):
        raise InvalidInputError(f"Slide {key} is already {'hidden' if row.hidden else 'shown'}.")
    return row, payload


def slide_change(store: Store, name: str, kind: str, key: str, payload: dict[str, Any] | None = None) -> Change:
    """One change to one slide, validated, as one undo step."""
    record = get_course(store, name)
    row, payload = _validated(store, name, kind, key, payload, str(record.head + 1))
    return add_change(store, name, kind, session=row.session, slide_key=key, payload=payload)


def slide_changes(
    store: Store, name: str, items: list[tuple[str, str, dict[str, Any] | None]], what: str
) -> Change | None:
    """Several slide changes (``(kind, key, payload)``, applied in order) as ONE undo step: what a
    trainer did with one gesture (hiding a selection, dragging a block) is undone with one Ctrl+Z.
    Every item is validated before anything is recorded. Returns None when ``items`` is empty."""
    if not items:
        return None
    if len(items) == 1:
        kind, key, payload = items[0]
        return slide_change(store, name, kind, key, payload)
    record = get_course(store, name)
    rows_cache: dict[int, list[SlideRow]] = {}
    subs = []
    for index, (kind, key, payload) in enumerate(items, start=1):
        if kind not in BATCHABLE:
            raise ValueError(f"{kind!r} changes cannot be grouped")
        row, clean = _validated(store, name, kind, key, payload, f"{record.head + 1}-{index}", rows_cache)
        subs.append({"kind": kind, "session": row.session, "slide_key": key, "payload": clean})
    return add_change(store, name, "batch", payload={"what": what, "changes": subs})


def import_slide(
    store: Store, name: str, file: Path, slide_number: int, session: int, after: str | None = None
) -> Change:
    """Copy slide ``slide_number`` of ``file`` into ``session`` after ``after`` (or at the end)."""
    from trainerkit.deck.copy import import_left_out
    from trainerkit.deck.safety import open_presentation_with_report
    from trainerkit.store.files import add_file

    course = load_course()
    _check_session(course, session)
    record = get_course(store, name)
    opened = open_presentation_with_report(file, allow_macros_stripped=True)
    prs = opened.presentation
    count = len(prs.slides)
    if not 1 <= slide_number <= count:
        raise InvalidInputError(
            f"{file.name} has {count} slide{'s' if count != 1 else ''}; there is no slide {slide_number}."
        )
    if after:
        find_slide(store, name, after, session)
    sha = add_file(store, file, "deck")
    new_key = f"s{session}-imported{record.head + 1}"
    return add_change(
        store,
        name,
        "import-slide",
        session=session,
        slide_key=new_key,
        payload={
            "file": sha,
            "name": file.name,
            "slide": slide_number,
            "new_key": new_key,
            "after": after,
            # what the copy leaves out (jumps, comments, ...), said now and kept with the change
            "notes": list(opened.notes) + import_left_out(prs, prs.slides[slide_number - 1]),
        },
    )


def insert_slide(
    store: Store,
    name: str,
    session: int,
    spec: dict[str, Any],
    after: str | None = None,
    example: str | None = None,
) -> Change:
    course = load_course()
    _check_session(course, session)
    record = get_course(store, name)
    if after:
        find_slide(store, name, after, session)
    stem = f"ex-{example}" if example else "inserted"
    new_key = f"s{session}-{stem}-{record.head + 1}"
    return add_change(
        store,
        name,
        "insert-slide",
        session=session,
        slide_key=new_key,
        payload={"spec": spec, "new_key": new_key, "after": after, "example": example},
    )


__all__ = [
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
    "state_of",
]
