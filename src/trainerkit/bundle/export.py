"""Writing a bundle: the course, its change log, the trainer's own examples it uses and the stored files
(pictures, presentations) they name, as one deterministic zip (sorted members, fixed metadata).

Only files kept in the store (``<data dir>/files/<sha256>.<ext>``) are ever put in a bundle: a change
that names a picture any other way (a path on the disk) stops the export, so a bundle cannot carry a
file from outside the course's stored files. Never imports Qt.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from trainerkit import __version__
from trainerkit.bundle.format import FILE_KINDS, FORMAT, FORMAT_VERSION, SUFFIX, image_sha
from trainerkit.bundle.validate import course_file_refs
from trainerkit.bundle.zipsafe import write_deterministic_zip
from trainerkit.errors import NotFoundError, StorageError
from trainerkit.examples.library import MY_PREFIX, Example, Filters, ensure_seeded, get_example, list_examples
from trainerkit.fileio import plain_os_error
from trainerkit.filenames import safe_name
from trainerkit.store.bundles import stored_file_row
from trainerkit.store.courses import Change, CourseRecord, get_course
from trainerkit.store.db import Store
from trainerkit.store.files import file_path


def _change_dict(change: Change) -> dict[str, Any]:
    return {
        "seq": change.seq,
        "kind": change.kind,
        "session": change.session,
        "slide_key": change.slide_key,
        "payload": change.payload,
        "created": change.created,
    }


def record_file_refs(record: CourseRecord) -> list[str]:
    """SHA-256 of every stored file the course's change log uses (imported decks, slide pictures)."""
    return course_file_refs([_change_dict(c) for c in record.changes])


def _pictures_outside_the_store(changes: list[dict[str, Any]]) -> list[str]:
    found = []
    for change in changes:
        payload = change.get("payload") or {}
        subs = payload.get("changes") if change.get("kind") == "batch" else None
        if isinstance(subs, list):
            found += _pictures_outside_the_store([s for s in subs if isinstance(s, dict)])
        if change.get("kind") != "insert-slide":
            continue
        picture = (payload.get("spec") or {}).get("picture")
        if isinstance(picture, dict) and image_sha(picture.get("image")) is None:
            found.append(str(change.get("slide_key") or payload.get("new_key") or "?"))
    return found


def own_examples(store: Store, record: CourseRecord, all_own: bool) -> list[Example]:
    if all_own:
        return list_examples(store, Filters(mine=True))
    ids = [
        str(c.payload.get("example")) for c in record.changes if c.kind == "insert-slide" and c.payload.get("example")
    ]
    found = []
    for example_id in dict.fromkeys(ids):
        if example_id.startswith(MY_PREFIX):
            try:
                found.append(get_example(store, example_id))
            except NotFoundError:  # deleted since: its slide keeps its own copy of the text
                continue
    return found


def example_json(example: Example) -> dict[str, Any]:
    data = example.as_dict()
    data.pop("picture_file", None)
    data.pop("origin", None)
    return data


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def bundle_members(store: Store, name: str, *, all_own_examples: bool = False) -> dict[str, bytes]:
    """Every member of the bundle for course ``name``, manifest included. Raises ``StorageError`` when a
    change names a picture that is not one of the course's stored files, or a stored file is unreadable."""
    record = get_course(store, name)
    changes = [_change_dict(c) for c in record.changes]
    outside = _pictures_outside_the_store(changes)
    if outside:
        raise StorageError(
            f"Slide {outside[0]} of course '{record.name}' uses a picture that is not one of the course's "
            "stored files; delete the slide and insert the example again before sharing the course."
        )
    ensure_seeded(store)
    examples = own_examples(store, record, all_own_examples)
    shas = course_file_refs(changes) + [e.picture for e in examples if e.picture]
    members: dict[str, bytes] = {}
    file_meta: dict[str, dict[str, str]] = {}
    for sha in dict.fromkeys(shas):
        path = file_path(store, sha)
        row = stored_file_row(store, sha)
        assert row is not None  # file_path raised NotFoundError otherwise
        suffix = path.suffix.lower()
        if suffix not in FILE_KINDS:
            raise StorageError(f"The file {row.name} this course uses has a type bundles cannot carry ({suffix}).")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(f"Cannot read {row.name} from the data folder: {plain_os_error(exc)}.") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise StorageError(f"The stored file {row.name} has changed on disk; re-import it before exporting.")
        members[f"files/{sha}{suffix}"] = data
        file_meta[sha] = {"name": row.name, "kind": row.kind}
    course = {
        "name": record.name,
        "base_course": record.base_course,
        "base_version": record.base_version,
        "profile": record.initial_profile,
        "head": record.head,
        "created": record.created,
        "updated": record.updated,
        "changes": changes,
        "files": file_meta,
    }
    members["course.json"] = _dumps(course)
    members["examples.json"] = _dumps([example_json(e) for e in examples])
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "made_with": f"TrainerKit {__version__}",
        "course": record.name,
        "members": {
            member: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for member, data in sorted(members.items())
        },
    }
    members["manifest.json"] = _dumps(manifest)
    return members


def export_bundle(store: Store, name: str, target: Path, *, all_own_examples: bool = False) -> Path:
    """Write course ``name`` as a bundle at ``target`` (atomically; ``.tkcourse`` added if missing)."""
    target = Path(target)
    stem = target.name[: -len(SUFFIX)] if target.name.lower().endswith(SUFFIX) else target.name
    target = target.with_name(safe_name(stem, SUFFIX))  # no reserved or over-long name (trainerkit.filenames)
    members = bundle_members(store, name, all_own_examples=all_own_examples)
    write_deterministic_zip(target, members)
    return target
