"""The store's side of a course bundle: the rows a bundle export reads and a bundle import writes.

Bundle code (``trainerkit.bundle``) never writes ``courses``, ``changes`` or ``files`` itself: it hands
checked values to ``write_imported_course``, which writes them in one SQLite transaction. Rows of other
tables the import needs in the same transaction (the trainer's own examples) are written by their own
module through the ``also`` callback. Never imports Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from trainerkit.store.courses import Change, now
from trainerkit.store.db import Store


@dataclass(frozen=True)
class ImportedCourse:
    """A course as a bundle carries it: ``profile`` is the initial profile, ``head`` the undo position."""

    name: str
    base_course: str
    base_version: str
    profile: dict[str, str]
    head: int
    created: str
    changes: tuple[Change, ...] = field(default=())  # as the bundle reader checked them


@dataclass(frozen=True)
class StoredFileRow:
    """A row of ``files``: a file kept under ``<data dir>/files/<sha256><suffix>``; ``kind`` is
    ``picture`` or ``deck``, ``size`` in bytes."""

    sha256: str
    name: str
    size: int
    kind: str


def course_id(store: Store, name: str) -> int | None:
    """The id of the course named ``name`` (names compare without case), or None."""
    row = store.db.execute("SELECT id FROM courses WHERE name = ? COLLATE NOCASE", [name.strip()]).fetchone()
    return int(row[0]) if row else None


def stored_file_row(store: Store, sha256: str) -> StoredFileRow | None:
    """The ``files`` row of a stored file, or None when the store does not know it."""
    row = store.db.execute("SELECT sha256, name, size, kind FROM files WHERE sha256 = ?", [sha256]).fetchone()
    return StoredFileRow(row[0], row[1], int(row[2]), row[3]) if row else None


def example_exists(store: Store, example_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM examples WHERE id = ?", [example_id]).fetchone() is not None


def unused_example_id(store: Store, wanted: str, taken: Iterable[str] = ()) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``, ...: the first id no example in the store (nor in
    ``taken``) has."""
    also = set(taken)
    candidate, n = wanted, 2
    while candidate in also or example_exists(store, candidate):
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def _nothing(_conn: sqlite3.Connection) -> None:
    return None


def write_imported_course(
    store: Store,
    course: ImportedCourse,
    files: Iterable[StoredFileRow],
    *,
    replace_id: int | None = None,
    also: Callable[[sqlite3.Connection], None] = _nothing,
    before_commit: Callable[[], None] = lambda: None,
) -> int:
    """Write ``course`` (replacing the course ``replace_id`` if given), its changes and the ``files``
    rows (kept when already there), then ``also(conn)`` and ``before_commit()``, in ONE transaction:
    any exception rolls all of it back and is raised again. Returns the new course's id."""
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if replace_id is not None:
            conn.execute("DELETE FROM courses WHERE id = ?", [replace_id])
        cursor = conn.execute(
            "INSERT INTO courses (name, base_course, base_version, profile, head, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                course.name,
                course.base_course,
                course.base_version,
                json.dumps(course.profile, ensure_ascii=False),
                course.head,
                course.created,
                now(),
            ],
        )
        new_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT INTO changes (course_id, seq, kind, session, slide_key, payload, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (new_id, c.seq, c.kind, c.session, c.slide_key, json.dumps(c.payload, ensure_ascii=False), c.created)
                for c in course.changes
            ],
        )
        stamp = now()
        for row in files:
            conn.execute(
                "INSERT INTO files (sha256, name, size, kind, added) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(sha256) DO NOTHING",
                [row.sha256, row.name, row.size, row.kind, stamp],
            )
        also(conn)
        before_commit()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return new_id


__all__ = [
    "ImportedCourse",
    "StoredFileRow",
    "course_id",
    "example_exists",
    "stored_file_row",
    "unused_example_id",
    "write_imported_course",
]
