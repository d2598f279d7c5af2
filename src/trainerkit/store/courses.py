"""A trainer's courses and their changes: create, list, record a change, undo, redo.

A course is a name, the bundled course (and version) it starts from, an initial profile, and an ordered
log of changes. ``head`` says how many changes are in effect: undo moves it back, redo forward, and a new
change discards what was undone after it, as in any editor. Because all of this is rows in SQLite, undo
and redo survive a restart, and a crash loses at most the change being written.
"""

from __future__ import annotations

import json
import logging
import shlex
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from trainerkit.errors import InvalidInputError, NotFoundError
from trainerkit.store.db import Store
from trainerkit.store.kinds import CHANGE_KINDS as CHANGE_KINDS  # declared once there, with payloads
from trainerkit.store.kinds import kind_of
from trainerkit.store.kinds import label as kind_label

log = logging.getLogger(__name__)

def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Change:
    seq: int
    kind: str
    session: int | None
    slide_key: str | None
    payload: dict[str, Any]
    created: str

    def describe(self) -> str:
        """One line a trainer understands, for the undo menu and `course show` (names the slide by key)."""
        return kind_label(self.kind, self.slide_key, self.payload, session=self.session)

    def label(self, title: str | None = None) -> str:
        """As ``describe`` but naming the slide by its ``title`` when given: "Hide slide 'Welcome'"."""
        return kind_label(self.kind, self.slide_key, self.payload, title, session=self.session)


@dataclass(frozen=True)
class CourseRecord:
    id: int
    name: str
    base_course: str
    base_version: str
    initial_profile: dict[str, str]
    head: int
    created: str
    updated: str
    changes: tuple[Change, ...] = field(default=())
    redo_available: int = 0

    @property
    def active_changes(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.seq <= self.head)


def validate_name(name: str) -> str:
    """The course name cleaned (``trainerkit.values.course_name``); ``InvalidInputError`` if unusable."""
    from trainerkit.values import course_name

    return course_name(name)


def create_course(
    store: Store, name: str, base_course: str, base_version: str, profile: dict[str, str] | None = None
) -> CourseRecord:
    name = validate_name(name)
    if _row(store, name) is not None:
        raise InvalidInputError(f"A course named '{name}' already exists; choose another name.")
    stamp = now()
    store.db.table("courses").insert(
        {
            "name": name,
            "base_course": base_course,
            "base_version": base_version,
            "profile": json.dumps(profile or {}, ensure_ascii=False),
            "head": 0,
            "created": stamp,
            "updated": stamp,
        }
    )
    log.info("course %r: created from %s %s", name, base_course, base_version)
    return get_course(store, name)


def _row(store: Store, name: str) -> dict[str, Any] | None:
    cursor = store.conn.execute("SELECT * FROM courses WHERE name = ? COLLATE NOCASE", [name.strip()])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def course_names(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT name FROM courses ORDER BY updated DESC, name")]


def get_course(store: Store, name: str) -> CourseRecord:
    row = _row(store, name)
    if row is None:
        known = course_names(store)
        create = f"`trainerkit course create {shlex.quote(name)} --country CODE`"
        hint = f" Your courses: {', '.join(known)}." if known else f" Create one with {create}."
        raise NotFoundError(f"There is no course named '{name}'.{hint}")
    changes = tuple(
        Change(
            seq=r[0],
            kind=r[1],
            session=r[2],
            slide_key=r[3],
            payload=json.loads(r[4]),
            created=r[5],
        )
        for r in store.conn.execute(
            "SELECT seq, kind, session, slide_key, payload, created FROM changes WHERE course_id = ? ORDER BY seq",
            [row["id"]],
        )
    )
    return CourseRecord(
        id=row["id"],
        name=row["name"],
        base_course=row["base_course"],
        base_version=row["base_version"],
        initial_profile=json.loads(row["profile"]),
        head=row["head"],
        created=row["created"],
        updated=row["updated"],
        changes=changes,
        redo_available=sum(1 for c in changes if c.seq > row["head"]),
    )


def list_courses(store: Store) -> list[CourseRecord]:
    return [get_course(store, name) for name in course_names(store)]


def rename_course(store: Store, name: str, new_name: str) -> CourseRecord:
    """Give course ``name`` the name ``new_name`` (checked like a new course's name); its changes stay."""
    record = get_course(store, name)
    new_name = validate_name(new_name)
    other = _row(store, new_name)
    if other is not None and other["id"] != record.id:
        raise InvalidInputError(f"A course named '{other['name']}' already exists; choose another name.")
    store.conn.execute("UPDATE courses SET name = ?, updated = ? WHERE id = ?", [new_name, now(), record.id])
    log.info("course %r: renamed to %r", record.name, new_name)
    return get_course(store, new_name)


def delete_course(store: Store, name: str) -> None:
    record = get_course(store, name)
    store.conn.execute("DELETE FROM courses WHERE id = ?", [record.id])
    log.info("course %r: deleted", record.name)


def add_change(
    store: Store,
    name: str,
    kind: str,
    *,
    session: int | None = None,
    slide_key: str | None = None,
    payload: dict[str, Any] | None = None,
) -> Change:
    """Record one change after the current head, discarding any undone changes (one transaction)."""
    kind_of(kind).check(payload or {})  # ValueError for an unknown kind or a payload lacking a key
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = _row(store, name)
        if row is None:
            raise NotFoundError(f"There is no course named '{name}'.")
        seq = row["head"] + 1
        stamp = now()
        conn.execute("DELETE FROM changes WHERE course_id = ? AND seq >= ?", [row["id"], seq])
        conn.execute(
            "INSERT INTO changes (course_id, seq, kind, session, slide_key, payload, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [row["id"], seq, kind, session, slide_key, json.dumps(payload or {}, ensure_ascii=False), stamp],
        )
        conn.execute("UPDATE courses SET head = ?, updated = ? WHERE id = ?", [seq, stamp, row["id"]])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    change = Change(seq, kind, session, slide_key, payload or {}, stamp)
    log.info("course %r: %s", row["name"], change.describe())
    return change


def undo(store: Store, name: str) -> Change | None:
    """Step back one change; returns the change undone, or None when there is nothing to undo."""
    record = get_course(store, name)
    if record.head == 0:
        return None
    undone = next(c for c in record.changes if c.seq == record.head)
    store.conn.execute("UPDATE courses SET head = ?, updated = ? WHERE id = ?", [record.head - 1, now(), record.id])
    log.info("course %r: undone: %s", record.name, undone.describe())
    return undone


def redo(store: Store, name: str) -> Change | None:
    record = get_course(store, name)
    redone = next((c for c in record.changes if c.seq == record.head + 1), None)
    if redone is None:
        return None
    store.conn.execute("UPDATE courses SET head = ?, updated = ? WHERE id = ?", [record.head + 1, now(), record.id])
    log.info("course %r: redone: %s", record.name, redone.describe())
    return redone
