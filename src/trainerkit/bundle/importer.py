"""Importing a checked bundle into the store: files staged under temporary names, then the course, its
changes, file rows and examples written in one transaction (``store.bundles.write_imported_course``),
the files renamed into place just before it commits. Any failure rolls everything back and removes what
was staged, so nothing is ever half-imported. Never imports Qt.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trainerkit.bundle.export import example_json
from trainerkit.bundle.format import FILE_KINDS
from trainerkit.bundle.read import read_bundle
from trainerkit.errors import InvalidInputError, StorageError
from trainerkit.examples.library import Example, ensure_seeded, get_example
from trainerkit.examples.library import _write as write_example_row
from trainerkit.fileio import fsync_dir, plain_os_error
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.store.bundles import (
    ImportedCourse,
    StoredFileRow,
    course_id,
    example_exists,
    unused_example_id,
    write_imported_course,
)
from trainerkit.store.courses import Change, validate_name
from trainerkit.store.db import Store
from trainerkit.store.files import stored_path


class CourseExistsError(InvalidInputError):
    """The bundle's course has the same name as one already in the store: the caller must choose."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"A course named '{name}' already exists. Import the bundle under another name "
            f"(--as NEW_NAME) or replace your course with it (--replace)."
        )


@dataclass
class ImportReport:
    name: str
    replaced: bool
    changes: int
    files: int
    examples: list[str]
    renamed_examples: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "replaced": self.replaced,
            "changes": self.changes,
            "files": self.files,
            "examples": self.examples,
            "renamed_examples": self.renamed_examples,
        }


def safe_file_name(name: str, suffix: str) -> str:
    base = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "_", Path(name.replace("\\", "/")).name).strip(" .") or "file"
    if Path(base).suffix.lower() != suffix:
        base += suffix
    return base[:120]


def _comparable(example: Example) -> dict[str, Any]:
    return example_json(example) | {"created": "", "updated": ""}


def plan_examples(store: Store, examples: Iterable[Example]) -> tuple[list[Example], dict[str, str]]:
    """Own examples to write: identical ones are skipped, ones clashing with a different example get a
    new id (the trainer's own is never overwritten)."""
    planned: list[Example] = []
    renamed: dict[str, str] = {}
    for example in examples:
        if not example_exists(store, example.id):
            planned.append(replace(example, origin="trainer"))
            continue
        if _comparable(get_example(store, example.id)) != _comparable(example):
            new_id = unused_example_id(store, example.id, renamed.values())
            renamed[example.id] = new_id
            planned.append(replace(example, id=new_id, origin="trainer"))
    return planned, renamed


def import_bundle(
    store: Store,
    path: Path,
    *,
    as_name: str | None = None,
    replace: bool = False,
    progress: Progress = no_progress,
    token: CancelToken | None = None,
) -> ImportReport:
    """Import a checked bundle as a new course (``as_name`` or its own name), or over the course of the
    same name when ``replace``. Raises ``CourseExistsError`` when the name is taken and neither is given."""
    token = token or CancelToken()
    progress(0, 3, "Checking the bundle")
    bundle = read_bundle(path, token=token)
    name = validate_name(as_name) if as_name else bundle.name
    existing = course_id(store, name)
    if existing is not None and not replace:
        raise CourseExistsError(name)
    ensure_seeded(store)
    examples, renamed = plan_examples(store, bundle.examples)
    token.check()
    progress(1, 3, "Copying files")
    staged: list[tuple[Path, Path]] = []  # (temporary, final)
    placed: list[Path] = []
    course = bundle.course
    imported = ImportedCourse(
        name=name,
        base_course=course["base_course"],
        base_version=course["base_version"],
        profile=dict(course["profile"]),
        head=course["head"],
        created=course["created"],
        changes=tuple(
            Change(c["seq"], c["kind"], c.get("session"), c.get("slide_key"), c["payload"], c["created"])
            for c in bundle.changes
        ),
    )
    rows = [
        StoredFileRow(sha, safe_file_name(file_name, suffix), len(data), FILE_KINDS[suffix])
        for sha, (suffix, file_name, data) in sorted(bundle.files.items())
    ]

    def write_examples(conn: sqlite3.Connection) -> None:
        for example in examples:
            write_example_row(conn, example)

    def place_files() -> None:
        for tmp, final in staged:
            os.replace(tmp, final)
            placed.append(final)
        if staged:
            fsync_dir(staged[0][1].parent)
        token.check()

    try:
        for sha, (suffix, _name, data) in sorted(bundle.files.items()):
            final = stored_path(sha, suffix)
            if final.is_file():
                continue
            fd, tmp_name = tempfile.mkstemp(prefix=f".{sha[:12]}.", suffix=".tmp", dir=final.parent)
            tmp = Path(tmp_name)
            staged.append((tmp, final))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        token.check()
        progress(2, 3, "Writing the course")
        write_imported_course(
            store, imported, rows, replace_id=existing, also=write_examples, before_commit=place_files
        )
    except BaseException as exc:
        for tmp, _final in staged:
            tmp.unlink(missing_ok=True)
        for final in placed:
            final.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StorageError(f"Cannot import {Path(path).name}: {plain_os_error(exc)}.") from exc
        raise
    progress(3, 3, "Done")
    return ImportReport(
        name=name,
        replaced=existing is not None,
        changes=len(bundle.changes),
        files=len(bundle.files),
        examples=[e.id for e in examples],
        renamed_examples=renamed,
    )
