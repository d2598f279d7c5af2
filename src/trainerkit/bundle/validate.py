"""The content of a bundle's members, checked before anything is written: the manifest, the course
(name, base course and edition, profile, change log), the trainer's own examples and every file.

A bundle made for a newer edition of the course than the one this TrainerKit carries is refused (its
changes name slides this edition may not have); an older edition is accepted, as a course made here
before an update is. Never imports Qt.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import Any

from trainerkit.bundle.changes import ChangeLogError, check_change_log, check_profile_value, unstorable_text
from trainerkit.bundle.format import FILE_KINDS, FORMAT, FORMAT_VERSION, bad, image_sha
from trainerkit.course import load_course
from trainerkit.errors import BadFileError, InvalidInputError
from trainerkit.examples.library import MY_PREFIX, Example, clean_example
from trainerkit.store.courses import validate_name
from trainerkit.values import profile as clean_profile

_EDITION_RE = re.compile(r"^\d{1,6}(?:\.\d{1,6}){0,3}$")


def edition_key(version: str) -> tuple[int, ...] | None:
    """``"2026.1"`` -> ``(2026, 1)``; None when ``version`` is not an edition number."""
    if not _EDITION_RE.match(version):
        return None
    return tuple(int(part) for part in version.split("."))


def check_manifest(path: Path, manifest: Any, names: set[str]) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise bad(path, "it is not a TrainerKit course bundle.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad(path, "its format version is missing or malformed.")
    if version > FORMAT_VERSION:
        raise bad(
            path,
            f"it was made by a newer TrainerKit (bundle format {version}; this version reads "
            f"{FORMAT_VERSION}). Update TrainerKit to import it.",
        )
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise bad(path, "its manifest lists no members.")
    listed = set(members)
    actual = names - {"manifest.json"}
    if listed - actual:
        raise bad(path, f"it is incomplete: {', '.join(sorted(listed - actual)[:3])} is missing.")
    if actual - listed:
        raise bad(path, f"it contains {', '.join(sorted(actual - listed)[:3])}, which its manifest does not list.")
    for name in ("course.json", "examples.json"):
        if name not in actual:
            raise bad(path, f"it has no {name}.")
    for name, meta in members.items():
        if (
            not isinstance(meta, dict)
            or not isinstance(meta.get("sha256"), str)
            or not isinstance(meta.get("size"), int)
            or isinstance(meta.get("size"), bool)
            or meta["size"] < 0
        ):
            raise bad(path, f"its manifest entry for {name} is malformed.")
    return manifest


def course_file_refs(changes: list[dict[str, Any]]) -> list[str]:
    """SHA-256 of every stored file a change log uses (imported decks, slide pictures), in order."""
    shas: list[str] = []

    def visit(change: dict[str, Any]) -> None:
        p = change.get("payload") or {}
        if change.get("kind") == "import-slide" and p.get("file"):
            shas.append(str(p["file"]))
        if change.get("kind") == "insert-slide":
            picture = (p.get("spec") or {}).get("picture") or {}
            sha = image_sha(picture.get("image", "")) if isinstance(picture, dict) else None
            if sha:
                shas.append(sha)
        if change.get("kind") == "batch":
            for sub in p.get("changes") or []:
                if isinstance(sub, dict):
                    visit(sub)

    for change in changes:
        visit(change)
    return list(dict.fromkeys(shas))


def check_course(path: Path, course: Any, files: dict[str, str]) -> dict[str, Any]:
    """``files`` maps the SHA-256 of each file in the bundle to its kind (``picture`` or ``deck``)."""
    if not isinstance(course, dict):
        raise bad(path, "course.json is malformed.")
    for key in ("name", "base_course", "base_version", "created", "updated"):
        if not isinstance(course.get(key), str):
            raise bad(path, f"course.json has no valid '{key}'.")
    try:
        course["name"] = validate_name(course["name"])
    except InvalidInputError as exc:
        raise bad(path, f"the course name is not usable ({exc}).") from exc
    problem = unstorable_text(course["name"], "the course name")
    if problem:
        raise bad(path, problem + ".")
    bundled = load_course()
    if course["base_course"] != bundled.id:
        raise bad(path, f"it is a course based on '{course['base_course']}', not on this course ({bundled.id}).")
    theirs, ours = edition_key(course["base_version"]), edition_key(bundled.version)
    if theirs is None:
        raise bad(path, f"its course edition ({course['base_version'][:20]!r}) is malformed.")
    if ours is not None and theirs > ours:
        raise bad(
            path,
            f"it was made for edition {course['base_version']} of the course; this TrainerKit has edition "
            f"{bundled.version}. Update TrainerKit to import it.",
        )
    profile = course.get("profile")
    if not isinstance(profile, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in profile.items()):
        raise bad(path, "the course profile is malformed.")
    try:
        for key, value in profile.items():
            check_profile_value(key, value, "the course profile")
    except ChangeLogError as exc:
        raise bad(path, f"{exc}.") from exc
    try:  # the same checks as a value typed in the app (trainerkit.values)
        course["profile"] = clean_profile(profile)
    except InvalidInputError as exc:
        raise bad(path, f"its course profile is not usable ({exc}).") from exc
    changes = course.get("changes")
    if not isinstance(changes, list):
        raise bad(path, "the change log is malformed.")
    try:
        check_change_log(
            changes,
            bundled,
            pictures={sha for sha, kind in files.items() if kind == "picture"},
            decks={sha for sha, kind in files.items() if kind == "deck"},
            older_edition=ours is not None and theirs < ours,
        )
    except ChangeLogError as exc:
        raise bad(path, f"{exc}.") from exc
    head = course.get("head")
    if not isinstance(head, int) or isinstance(head, bool) or not 0 <= head <= len(changes):
        raise bad(path, "the undo position is outside the change log.")
    missing = [sha for sha in course_file_refs(changes) if sha not in files]
    if missing:
        raise bad(path, f"a file the course uses is not in it ({missing[0][:12]}).")
    listed = course.get("files", {})
    if not isinstance(listed, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("name"), str) and v.get("kind") in ("picture", "deck")
        for v in listed.values()
    ):
        raise bad(path, "the list of files in course.json is malformed.")
    return course


def check_examples(path: Path, data: Any, file_shas: set[str]) -> list[Example]:
    if not isinstance(data, list):
        raise bad(path, "examples.json is malformed.")
    examples: list[Example] = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not str(item.get("id", "")).startswith(MY_PREFIX):
            raise bad(path, f"example {index} is malformed.")
        problem = unstorable_text(item, f"example {item.get('id')}")
        if problem:
            raise bad(path, problem + ".")
        try:
            cleaned = clean_example(
                title=item.get("title"),
                summary=item.get("summary"),
                source=item.get("source"),
                kind=str(item.get("kind", "example")),
                countries=item.get("countries") or [],
                regions=[r for r in item.get("regions") or [] if isinstance(r, str)],
                themes=item.get("themes") or [],
                sessions=[str(s) for s in item.get("sessions") or []],
                year=item.get("year", ""),
                place=item.get("place", ""),
                figure=item.get("figure", ""),
                source_ref=item.get("source_ref", ""),
            )
        except InvalidInputError as exc:
            raise bad(path, f"example {item.get('id')} is not valid: {exc}") from exc
        picture = item.get("picture")
        if picture is not None and picture not in file_shas:
            raise bad(path, f"the picture of example {item.get('id')} is not in it.")
        examples.append(
            Example(
                **{
                    **cleaned.as_dict(),
                    "id": str(item["id"]),
                    "countries": cleaned.countries,
                    "regions": cleaned.regions,
                    "themes": cleaned.themes,
                    "sessions": cleaned.sessions,
                    "picture": picture,
                    "picture_alt": str(item.get("picture_alt") or "")[:250],
                    "created": str(item.get("created") or ""),
                    "updated": str(item.get("updated") or ""),
                }
            )
        )
    return examples


def check_file(path: Path, sha: str, suffix: str, data: bytes) -> None:
    """A carried file: its bytes match its name, and it is a real picture or a safe presentation."""
    if hashlib.sha256(data).hexdigest() != sha:
        raise bad(path, f"files/{sha[:12]}… does not match its name; it has been altered.")
    if FILE_KINDS[suffix] == "picture":
        from trainerkit.examples.pictures import check_picture_bytes

        try:
            check_picture_bytes(data, "a picture")
        except BadFileError as exc:
            raise bad(path, str(exc)) from exc
    else:
        from trainerkit.deck.safety import open_presentation

        with tempfile.TemporaryDirectory() as folder:
            staged = Path(folder) / f"check{suffix}"
            staged.write_bytes(data)
            try:
                open_presentation(staged, allow_macros_stripped=True)
            except BadFileError as exc:
                raise bad(path, f"a presentation in it is not safe to use ({exc}).") from exc
