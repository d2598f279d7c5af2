"""Course bundles (``.tkcourse``): one file that carries a trainer's course to another computer.

A bundle is a zip holding ``manifest.json`` (format name and version, and the size and SHA-256 of every
other member), ``course.json`` (the course: name, base course and version, initial profile, the whole
change log and its undo position), ``examples.json`` (the trainer's own examples the course uses, or all of
them) and ``files/<sha256>.<ext>`` (the pictures and the decks slides were imported from). Export is
deterministic (sorted members, fixed timestamps and attributes, sorted JSON): the same course gives the
same bytes.

Import trusts nothing. ``read_bundle`` checks the whole file before anything is written: the size of the
file, of each member and of all of them together, the compression ratio (zip bombs), member names (no
absolute paths, ``..``, backslashes, duplicates, links or folders), encryption, the format and its version,
every checksum and size against the manifest, and the content of each member (a known course, a valid
change log, valid examples, real pictures, safe presentations). ``import_bundle`` then stages the files
under temporary names, writes the course, its changes, files and examples in one SQLite transaction, and
renames the files into place just before committing; any failure rolls everything back and removes what
was staged, so nothing is ever half-imported.

Never imports Qt.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainerkit import __version__
from trainerkit.course import load_course
from trainerkit.deck.zipnorm import write_members
from trainerkit.errors import BadFileError, InvalidInputError, NotFoundError, StorageError
from trainerkit.examples.library import MY_PREFIX, Example, clean_example, ensure_seeded, get_example
from trainerkit.examples.library import _write as write_example_row
from trainerkit.fileio import atomic_write, fsync_dir, plain_os_error
from trainerkit.jobs import CancelToken, Progress, no_progress
from trainerkit.store.courses import CHANGE_KINDS, Change, CourseRecord, get_course, now, validate_name
from trainerkit.store.db import Store

FORMAT = "trainerkit-course"
FORMAT_VERSION = 1
SUFFIX = ".tkcourse"

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024

FILE_KINDS = {".png": "picture", ".jpg": "picture", ".jpeg": "picture", ".gif": "picture", ".pptx": "deck"}
FILE_RE = re.compile(r"^files/([0-9a-f]{64})(\.(?:png|jpg|jpeg|gif|pptx))$")
JSON_MEMBERS = ("manifest.json", "course.json", "examples.json")


class CourseExistsError(InvalidInputError):
    """The bundle's course has the same name as one already in the store: the caller must choose."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"A course named '{name}' already exists. Import the bundle under another name "
            f"(--as NEW_NAME) or replace your course with it (--replace)."
        )


def _bad(path: Path, problem: str) -> BadFileError:
    return BadFileError(f"{path.name} cannot be imported: {problem}")


# --- export -------------------------------------------------------------------------------------------
def _sha_of_image_name(name: str) -> str | None:
    match = re.fullmatch(r"([0-9a-f]{64})\.[a-z]+", name or "")
    return match.group(1) if match else None


def course_file_refs(record: CourseRecord) -> list[str]:
    """SHA-256 of every stored file the course's change log uses (imported decks, slide pictures)."""
    shas: list[str] = []
    for change in record.changes:
        p = change.payload
        if change.kind == "import-slide" and p.get("file"):
            shas.append(str(p["file"]))
        if change.kind == "insert-slide":
            picture = (p.get("spec") or {}).get("picture") or {}
            sha = _sha_of_image_name(str(picture.get("image", "")))
            if sha:
                shas.append(sha)
    return list(dict.fromkeys(shas))


def _own_examples(store: Store, record: CourseRecord, all_own: bool) -> list[Example]:
    from trainerkit.examples.library import Filters, list_examples

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


def _example_json(example: Example) -> dict[str, Any]:
    data = example.as_dict()
    data.pop("picture_file", None)
    data.pop("origin", None)
    return data


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_deterministic_zip(target: Path, members: dict[str, bytes]) -> None:
    """Write ``members`` as a zip whose bytes depend only on the members (sorted, fixed metadata)."""
    with atomic_write(target) as tmp, zipfile.ZipFile(tmp, "w") as zf:
        write_members(zf, ((name, members[name]) for name in sorted(members)), unix=True)


def bundle_members(store: Store, name: str, *, all_own_examples: bool = False) -> dict[str, bytes]:
    """Every member of the bundle for course ``name``, manifest included."""
    from trainerkit.store.files import file_path

    record = get_course(store, name)
    ensure_seeded(store)
    examples = _own_examples(store, record, all_own_examples)
    shas = course_file_refs(record) + [e.picture for e in examples if e.picture]
    members: dict[str, bytes] = {}
    file_meta: dict[str, dict[str, str]] = {}
    for sha in dict.fromkeys(shas):
        path = file_path(store, sha)
        row = store.db.execute("SELECT name, kind FROM files WHERE sha256 = ?", [sha]).fetchone()
        suffix = path.suffix.lower()
        if suffix not in FILE_KINDS:
            raise StorageError(f"The file {row[0]} this course uses has a type bundles cannot carry ({suffix}).")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(f"Cannot read {row[0]} from the data folder: {plain_os_error(exc)}.") from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise StorageError(f"The stored file {row[0]} has changed on disk; re-import it before exporting.")
        members[f"files/{sha}{suffix}"] = data
        file_meta[sha] = {"name": row[0], "kind": row[1]}
    course = {
        "name": record.name,
        "base_course": record.base_course,
        "base_version": record.base_version,
        "profile": record.initial_profile,
        "head": record.head,
        "created": record.created,
        "updated": record.updated,
        "changes": [
            {
                "seq": c.seq,
                "kind": c.kind,
                "session": c.session,
                "slide_key": c.slide_key,
                "payload": c.payload,
                "created": c.created,
            }
            for c in record.changes
        ],
        "files": file_meta,
    }
    members["course.json"] = _dumps(course)
    members["examples.json"] = _dumps([_example_json(e) for e in examples])
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
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    members = bundle_members(store, name, all_own_examples=all_own_examples)
    write_deterministic_zip(target, members)
    return target


# --- reading and checking -----------------------------------------------------------------------------
@dataclass
class Bundle:
    """A bundle that passed every check, held in memory (its size is capped)."""

    path: Path
    manifest: dict[str, Any]
    course: dict[str, Any]
    examples: list[Example]
    files: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)  # sha -> (suffix, name, data)

    @property
    def name(self) -> str:
        return str(self.course["name"])

    @property
    def changes(self) -> list[dict[str, Any]]:
        return list(self.course["changes"])

    def summary(self) -> dict[str, Any]:
        return {
            "course": self.name,
            "base_version": self.course["base_version"],
            "changes": len(self.course["changes"]),
            "head": self.course["head"],
            "examples": [e.id for e in self.examples],
            "files": len(self.files),
            "format_version": self.manifest["format_version"],
            "made_with": self.manifest.get("made_with", ""),
        }


def _unsafe_member_name(name: str) -> str | None:
    if not name or "\x00" in name:
        return "an empty name"
    if "\\" in name:
        return "a backslash"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "an absolute path"
    if any(part in ("..", ".", "") for part in name.split("/")):
        return "a '..' or empty path part"
    if name not in JSON_MEMBERS and not FILE_RE.match(name):
        return "an unexpected name"
    return None


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _bad(path, f"it holds {len(infos)} files, more than a course bundle can ({MAX_MEMBERS}).")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        problem = _unsafe_member_name(name)
        if problem:
            raise _bad(path, f"it contains a file named {name!r} ({problem}); it may be hostile.")
        if name in seen:
            raise _bad(path, f"it contains {name} twice; it may be hostile.")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise _bad(path, "it is encrypted.")
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if info.create_system == 3 and file_type and file_type != stat.S_IFREG:
            raise _bad(path, f"{name} is a link or special file; it may be hostile.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _bad(path, f"{name} uses a compression TrainerKit does not read.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise _bad(path, f"{name} would be {info.file_size / 1e6:.0f} MB, too large.")
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bad(
                path, f"{name} expands {info.file_size // max(info.compress_size, 1)} times; it may be a zip bomb."
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _bad(path, f"its contents would be more than {MAX_TOTAL_BYTES // 2**20} MB, too large.")
    if "manifest.json" not in seen:
        raise _bad(path, "it has no manifest; it is not a TrainerKit course bundle.")


def _read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes, never more than ``limit`` (the directory's sizes are not trusted)."""
    out = io.BytesIO()
    try:
        with zf.open(info) as handle:
            while chunk := handle.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise _bad(path, f"{info.filename} is larger than it claims; it may be hostile.")
    except BadFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise _bad(path, f"it is damaged or incomplete ({info.filename}: {exc}).") from exc
    return out.getvalue()


def _json(path: Path, name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(path, f"{name} is not valid ({exc}).") from exc


def _check_manifest(path: Path, manifest: Any, names: set[str]) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad(path, "it is not a TrainerKit course bundle.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad(path, "its format version is missing or malformed.")
    if version > FORMAT_VERSION:
        raise _bad(
            path,
            f"it was made by a newer TrainerKit (bundle format {version}; this version reads "
            f"{FORMAT_VERSION}). Update TrainerKit to import it.",
        )
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise _bad(path, "its manifest lists no members.")
    listed = set(members)
    actual = names - {"manifest.json"}
    if listed - actual:
        raise _bad(path, f"it is incomplete: {', '.join(sorted(listed - actual)[:3])} is missing.")
    if actual - listed:
        raise _bad(path, f"it contains {', '.join(sorted(actual - listed)[:3])}, which its manifest does not list.")
    for name in ("course.json", "examples.json"):
        if name not in actual:
            raise _bad(path, f"it has no {name}.")
    for name, meta in members.items():
        if (
            not isinstance(meta, dict)
            or not isinstance(meta.get("sha256"), str)
            or not isinstance(meta.get("size"), int)
        ):
            raise _bad(path, f"its manifest entry for {name} is malformed.")
    return manifest


def _check_course(path: Path, course: Any, file_shas: set[str]) -> dict[str, Any]:
    if not isinstance(course, dict):
        raise _bad(path, "course.json is malformed.")
    for key in ("name", "base_course", "base_version", "created", "updated"):
        if not isinstance(course.get(key), str):
            raise _bad(path, f"course.json has no valid '{key}'.")
    try:
        validate_name(course["name"])
    except InvalidInputError as exc:
        raise _bad(path, f"the course name is not usable ({exc}).") from exc
    bundled = load_course()
    if course["base_course"] != bundled.id:
        raise _bad(path, f"it is a course based on '{course['base_course']}', not on this course ({bundled.id}).")
    profile = course.get("profile")
    if not isinstance(profile, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in profile.items()):
        raise _bad(path, "the course profile is malformed.")
    changes = course.get("changes")
    if not isinstance(changes, list):
        raise _bad(path, "the change log is malformed.")
    for index, change in enumerate(changes, start=1):
        if not isinstance(change, dict):
            raise _bad(path, f"change {index} is malformed.")
        if change.get("seq") != index:
            raise _bad(path, f"the change log is out of order at change {index}.")
        if change.get("kind") not in CHANGE_KINDS:
            raise _bad(path, f"change {index} is of an unknown kind ({change.get('kind')!r}).")
        session = change.get("session")
        if session is not None and (not isinstance(session, int) or isinstance(session, bool)):
            raise _bad(path, f"change {index} names a malformed session.")
        if change.get("slide_key") is not None and not isinstance(change.get("slide_key"), str):
            raise _bad(path, f"change {index} names a malformed slide.")
        if not isinstance(change.get("payload"), dict) or not isinstance(change.get("created"), str):
            raise _bad(path, f"change {index} is malformed.")
    head = course.get("head")
    if not isinstance(head, int) or isinstance(head, bool) or not 0 <= head <= len(changes):
        raise _bad(path, "the undo position is outside the change log.")
    record = CourseRecord(
        0,
        course["name"],
        course["base_course"],
        course["base_version"],
        {},
        head,
        "",
        "",
        changes=tuple(Change(c["seq"], c["kind"], c["session"], c["slide_key"], c["payload"], "") for c in changes),
    )
    missing = [sha for sha in course_file_refs(record) if sha not in file_shas]
    if missing:
        raise _bad(path, f"a file the course uses is not in it ({missing[0][:12]}).")
    files = course.get("files", {})
    if not isinstance(files, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("name"), str) and v.get("kind") in ("picture", "deck")
        for v in files.values()
    ):
        raise _bad(path, "the list of files in course.json is malformed.")
    return course


def _check_examples(path: Path, data: Any, file_shas: set[str]) -> list[Example]:
    if not isinstance(data, list):
        raise _bad(path, "examples.json is malformed.")
    examples: list[Example] = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not str(item.get("id", "")).startswith(MY_PREFIX):
            raise _bad(path, f"example {index} is malformed.")
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
            raise _bad(path, f"example {item.get('id')} is not valid: {exc}") from exc
        picture = item.get("picture")
        if picture is not None and picture not in file_shas:
            raise _bad(path, f"the picture of example {item.get('id')} is not in it.")
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


def _check_file(path: Path, sha: str, suffix: str, data: bytes) -> None:
    if hashlib.sha256(data).hexdigest() != sha:
        raise _bad(path, f"files/{sha[:12]}… does not match its name; it has been altered.")
    if FILE_KINDS[suffix] == "picture":
        from trainerkit.examples.pictures import check_picture_bytes

        try:
            check_picture_bytes(data, "a picture")
        except BadFileError as exc:
            raise _bad(path, str(exc)) from exc
    else:
        from trainerkit.deck.safety import open_presentation

        with tempfile.TemporaryDirectory() as folder:
            staged = Path(folder) / f"check{suffix}"
            staged.write_bytes(data)
            try:
                open_presentation(staged, allow_macros_stripped=True)
            except BadFileError as exc:
                raise _bad(path, f"a presentation in it is not safe to use ({exc}).") from exc


def read_bundle(path: Path, *, token: CancelToken | None = None) -> Bundle:
    """Open and check a bundle completely; a ``BadFileError`` saying what is wrong if anything is."""
    path = Path(path)
    token = token or CancelToken()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadFileError(f"Cannot open {path}: {plain_os_error(exc)}.") from exc
    if size > MAX_BUNDLE_BYTES:
        raise _bad(path, f"it is {size / 1e6:.0f} MB, larger than a course bundle can be.")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_directory(path, infos)
            by_name = {info.filename: info for info in infos}
            manifest = _check_manifest(
                path,
                _json(path, "manifest.json", _read_member(path, zf, by_name["manifest.json"], MAX_JSON_BYTES)),
                set(by_name),
            )
            contents: dict[str, bytes] = {}
            for name, meta in sorted(manifest["members"].items()):
                token.check()
                limit = MAX_JSON_BYTES if name in JSON_MEMBERS else MAX_MEMBER_BYTES
                data = _read_member(path, zf, by_name[name], min(limit, int(meta["size"])))
                if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
                    raise _bad(path, f"{name} does not match its checksum; the file was altered or damaged.")
                contents[name] = data
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise _bad(path, f"it is not a course bundle, or it is damaged or incomplete ({exc}).") from exc
    except (OSError, EOFError) as exc:
        raise _bad(path, f"it cannot be read ({exc}).") from exc
    files: dict[str, tuple[str, str, bytes]] = {}
    for name, data in contents.items():
        match = FILE_RE.match(name)
        if match:
            token.check()
            sha, suffix = match.group(1), match.group(2)
            _check_file(path, sha, suffix, data)
            files[sha] = (suffix, "", data)
    course = _check_course(path, _json(path, "course.json", contents["course.json"]), set(files))
    for sha, (suffix, _name, data) in list(files.items()):
        meta = course.get("files", {}).get(sha, {})
        files[sha] = (suffix, str(meta.get("name") or f"{sha[:12]}{suffix}"), data)
    examples = _check_examples(path, _json(path, "examples.json", contents["examples.json"]), set(files))
    return Bundle(path, manifest, course, examples, files)


# --- import -------------------------------------------------------------------------------------------
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


def _safe_file_name(name: str, suffix: str) -> str:
    base = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "_", Path(name.replace("\\", "/")).name).strip(" .") or "file"
    if Path(base).suffix.lower() != suffix:
        base += suffix
    return base[:120]


def _plan_examples(store: Store, examples: Iterable[Example]) -> tuple[list[Example], dict[str, str]]:
    """Own examples to write: identical ones are skipped, ones clashing with a different example get a
    new id (the trainer's own is never overwritten)."""
    from dataclasses import replace

    from trainerkit.examples.library import _new_id

    planned: list[Example] = []
    renamed: dict[str, str] = {}
    for example in examples:
        row = store.db.execute("SELECT 1 FROM examples WHERE id = ?", [example.id]).fetchone()
        if row is None:
            planned.append(replace(example, origin="trainer"))
            continue
        existing = get_example(store, example.id)
        same = _example_json(existing) | {"created": "", "updated": ""} == _example_json(example) | {
            "created": "",
            "updated": "",
        }
        if not same:
            new_id = _new_id(store, example.title)
            while new_id in renamed.values():
                new_id += "-b"
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
    from trainerkit.store.files import stored_path

    token = token or CancelToken()
    progress(0, 3, "Checking the bundle")
    bundle = read_bundle(path, token=token)
    name = validate_name(as_name) if as_name else bundle.name
    existing = store.db.execute("SELECT id FROM courses WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    if existing is not None and not replace:
        raise CourseExistsError(name)
    ensure_seeded(store)
    examples, renamed = _plan_examples(store, bundle.examples)
    token.check()
    progress(1, 3, "Copying files")
    staged: list[tuple[Path, Path]] = []  # (temporary, final)
    placed: list[Path] = []
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
        conn = store.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if existing is not None:
                conn.execute("DELETE FROM courses WHERE id = ?", [existing[0]])
            course = bundle.course
            cursor = conn.execute(
                "INSERT INTO courses (name, base_course, base_version, profile, head, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    name,
                    course["base_course"],
                    course["base_version"],
                    json.dumps(course["profile"], ensure_ascii=False),
                    course["head"],
                    course["created"],
                    now(),
                ],
            )
            course_id = cursor.lastrowid
            conn.executemany(
                "INSERT INTO changes (course_id, seq, kind, session, slide_key, payload, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        course_id,
                        c["seq"],
                        c["kind"],
                        c["session"],
                        c["slide_key"],
                        json.dumps(c["payload"], ensure_ascii=False),
                        c["created"],
                    )
                    for c in bundle.changes
                ],
            )
            stamp = now()
            for sha, (suffix, file_name, data) in sorted(bundle.files.items()):
                kind = FILE_KINDS[suffix]
                conn.execute(
                    "INSERT INTO files (sha256, name, size, kind, added) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(sha256) DO NOTHING",
                    [sha, _safe_file_name(file_name, suffix), len(data), kind, stamp],
                )
            for example in examples:
                write_example_row(conn, example)
            for tmp, final in staged:
                os.replace(tmp, final)
                placed.append(final)
            if staged:
                fsync_dir(staged[0][1].parent)
            token.check()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
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


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "Bundle",
    "CourseExistsError",
    "ImportReport",
    "bundle_members",
    "export_bundle",
    "import_bundle",
    "read_bundle",
    "write_deterministic_zip",
]
